"""Chapter: tasks and futures."""
