"""Chapter: debugging and introspection."""
