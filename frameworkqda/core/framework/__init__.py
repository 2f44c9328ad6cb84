"""The thematic framework (stage 2): the codebook, its templates and its exchange formats."""
