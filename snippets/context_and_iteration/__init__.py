"""Chapter: context variables and async iteration."""
