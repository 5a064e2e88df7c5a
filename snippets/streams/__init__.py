"""Chapter: streams: TCP servers and clients."""
