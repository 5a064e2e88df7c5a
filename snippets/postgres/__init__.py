"""Chapter: PostgreSQL with asyncpg."""
