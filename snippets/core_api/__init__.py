"""Chapter: the core API."""
