"""Chapter: exceptions in tasks."""
