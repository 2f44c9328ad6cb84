"""The PySide6 desktop app. Every window here calls core services; nothing here runs SQL."""

from frameworkqda.gui.feature_scan import scan_without_keeping
from frameworkqda.gui.refcount_guard import protect_none

protect_none()
scan_without_keeping()
