"""Chapter: streams: TCP servers and clients with start_server and open_connection."""
