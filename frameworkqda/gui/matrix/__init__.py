"""The framework matrix view (stage 4)."""
