"""Chapter: coroutines and awaitables."""
