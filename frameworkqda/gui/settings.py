"""Settings remembered per user (QSettings): recent projects, window state, zoom, last code,
the coder's name, the interface language, and per project the cases of the mapping view's
group average."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class Settings:
    """Typed access to the user's QSettings; tests pass their own QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings("FrameworkQDA", "FrameworkQDA")

    def recent_projects(self) -> list[str]:
        value = self._store.value("recent/projects", [])
        return [str(item) for item in _as_list(value) if item]

    def add_recent_project(self, location: str) -> None:
        items = [item for item in self.recent_projects() if item != location]
        self._store.setValue("recent/projects", [location, *items][:MAX_RECENT])

    def remove_recent_project(self, location: str) -> None:
        items = [item for item in self.recent_projects() if item != location]
        self._store.setValue("recent/projects", items)

    def last_folder(self) -> str:
        return str(self._store.value("files/last_folder", str(Path.home())))

    def set_last_folder(self, folder: str) -> None:
        self._store.setValue("files/last_folder", folder)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._store.value("window/geometry")
        state = self._store.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)

    def zoom(self) -> float:
        return float(self._store.value("view/zoom", 1.0))  # type: ignore[arg-type]

    def set_zoom(self, zoom: float) -> None:
        self._store.setValue("view/zoom", zoom)

    def recent_codes(self, project: str) -> list[int]:
        value = self._store.value(f"codes/recent/{_key(project)}", [])
        return [int(str(item)) for item in _as_list(value)]

    def push_recent_code(self, project: str, code_id: int) -> None:
        items = [code_id, *(c for c in self.recent_codes(project) if c != code_id)][:MAX_RECENT]
        self._store.setValue(f"codes/recent/{_key(project)}", items)

    def mapping_group(self, project: str) -> list[str]:
        """The cases whose average the mapping view showed last in this project: their guids
        (names, as earlier versions kept them: a renamed case then dropped out of the group;
        ids are reused once a case is deleted)."""
        guids = _as_list(self._store.value(f"mapping/group-cases/{_key(project)}", None))
        if guids:
            return [str(item) for item in guids if item]
        value = self._store.value(f"mapping/group/{_key(project)}", [])
        return [str(item) for item in _as_list(value) if item]

    def set_mapping_group(self, project: str, case_guids: list[str]) -> None:
        self._store.setValue(f"mapping/group-cases/{_key(project)}", case_guids)
        self._store.remove(f"mapping/group/{_key(project)}")

    def coder_name(self) -> str:
        """Who codes in the app (empty: the login name)."""
        return str(self._store.value("coding/coder", "") or "")

    def set_coder_name(self, name: str) -> None:
        self._store.setValue("coding/coder", name)

    def language(self) -> str:
        """The interface language: "system" (the default), "en" or "ja" (gui/i18n.py)."""
        return str(self._store.value("view/language", "system") or "system")

    def set_language(self, language: str) -> None:
        self._store.setValue("view/language", language)

    def sync(self) -> None:
        self._store.sync()


def _key(location: str) -> str:
    import hashlib

    return hashlib.sha1(location.encode()).hexdigest()[:16]


def _as_list(value: object) -> list[object]:
    """QSettings gives one stored item back as itself, several as a list, none as None."""
    if isinstance(value, (list, tuple)):
        return list(value)
    return [] if value is None or value == "" else [value]
