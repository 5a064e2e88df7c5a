"""Chapter: TaskGroup and structured concurrency."""
