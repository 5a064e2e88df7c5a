"""Chapter: mixing sync and async code."""
