"""The mapping view (stage 5)."""
