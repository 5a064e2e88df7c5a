"""Build and test machinery of the guide: running examples, rendering them on pages."""
