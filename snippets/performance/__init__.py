"""Chapter: sync vs async, measured."""
