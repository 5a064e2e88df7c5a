"""Chapter: testing async code. Each example is a test file run by pytest."""
