"""Chapter: pitfalls: each mistake with its consequence, then the fix."""
