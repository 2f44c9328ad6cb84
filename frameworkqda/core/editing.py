"""Deprecated alias, no code of its own: memos live in :mod:`frameworkqda.core.memos`.

Kept only because ``gui/mapping/view.py`` (being unified in parallel) still imports
``editing.memo_text``; delete this file once it imports ``memos.memo_text``.
"""

from frameworkqda.core.memos import memo_text

__all__ = ["memo_text"]
