"""Chapter: speed knobs."""
