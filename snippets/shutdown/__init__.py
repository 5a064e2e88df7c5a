"""Chapter: signals and graceful shutdown."""
