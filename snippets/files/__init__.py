"""Chapter: files and aiofiles."""
