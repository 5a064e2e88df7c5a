"""Chapter: HTTP with aiohttp."""
