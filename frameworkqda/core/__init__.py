"""The Qt-free core: everything the GUI, the CLI, scripts and tests drive.

Nothing under this package may import PySide6.
"""
