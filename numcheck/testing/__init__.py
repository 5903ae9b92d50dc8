"""The test kit for plugin authors (pytest fixtures and hypothesis strategies)."""
