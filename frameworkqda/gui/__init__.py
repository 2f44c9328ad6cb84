"""The PySide6 desktop app. Every window here calls core services; nothing here runs SQL."""
