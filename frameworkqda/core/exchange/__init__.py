"""Exchange with other programs: REFI-QDA projects (.qdpx) and codebooks (.qdc)."""
