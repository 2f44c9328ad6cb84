"""Project-wide search panel."""
