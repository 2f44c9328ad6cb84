"""The carry-over report: what an import brought in and what it could not (REFI asks importers
to warn about data loss, so every element of the file is either counted or listed here)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from frameworkqda.core.words import plural


@dataclass
class CarryOverReport:
    source: str
    project: str = ""
    origin: str = ""
    imported: Counter[str] = field(default_factory=Counter)
    lost: list[str] = field(default_factory=list)  # one sentence per item not carried over
    notes: list[str] = field(default_factory=list)  # carried over, but changed on the way

    def lose(self, message: str) -> None:
        self.lost.append(message)

    def note(self, message: str) -> None:
        self.notes.append(message)

    def lines(self) -> list[str]:
        """The report as lines a person reads (CLI output, the GUI's report dialog)."""
        out = [f"imported {self.source} into {self.project}"]
        if self.origin:
            out.append(f"made by: {self.origin}")
        counts = ", ".join(  # kinds are plural nouns: "1 document", "2 chart cells"
            plural(n, kind.removesuffix("s"), kind)
            for kind, n in sorted(self.imported.items())
            if n
        )
        out.append(f"carried over: {counts or 'nothing'}")
        if self.notes:
            out.append(f"changed on the way ({len(self.notes)}):")
            out.extend(f"  - {line}" for line in self.notes)
        if self.lost:
            out.append(f"not carried over ({len(self.lost)}):")
            out.extend(f"  - {line}" for line in self.lost)
        else:
            out.append("not carried over: nothing")
        return out
