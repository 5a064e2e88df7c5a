"""Chapter: why asynchronous code."""
