"""Review view: every coded segment in one table."""
