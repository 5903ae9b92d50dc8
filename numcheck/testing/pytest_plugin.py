"""pytest plugin (entry point ``pytest11``) shipping numcheck's test fixtures."""
