"""Sizes said to a person: binary units with the exact byte count, so limits compare plainly."""

from __future__ import annotations


def describe_size(count: int) -> str:
    """``209715201`` → ``"200.0 MiB (209,715,201 bytes)"``: rounding never hides the excess."""
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if count >= scale:
            return f"{count / scale:.1f} {unit} ({count:,} bytes)"
    return f"{count:,} bytes"
