"""Chapter: SQLite with aiosqlite."""
