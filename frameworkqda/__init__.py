"""FrameworkQDA: qualitative framework analysis of Japanese and English policy documents."""

__version__ = "0.1.0"
