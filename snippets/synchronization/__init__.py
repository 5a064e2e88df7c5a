"""Chapter: synchronization primitives: Lock, Event, Condition, Barrier,
BoundedSemaphore."""
