"""Chapter: the event loop."""
