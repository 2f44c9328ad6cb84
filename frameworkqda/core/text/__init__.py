"""Japanese-aware text handling shared by importers, search and coding."""
