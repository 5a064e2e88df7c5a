"""Chapter: concurrency control: semaphores, rate limits, queues."""
