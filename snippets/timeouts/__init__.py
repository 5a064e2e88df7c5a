"""Chapter: timeouts."""
