"""Chapter: cancelling tasks."""
