"""Which language a project was made in (``new --language``), told from what it holds.

A project does not record its language: ``new`` writes the value scale and the template's
codebook in it. Copying a project (``new`` then ``merge``: docs/server-setup.md) needs it,
since codes match by name and a Japanese codebook shares no name with the English one, so
``info`` says it and ``merge`` names it when no code matched. Exports are labelled in it
unless asked otherwise (:func:`export_language`, the CLI's and the app's one rule). Read with
the tables alone: ``info`` loads neither the ORM nor the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from frameworkqda.core import tables
from frameworkqda.core.default_scale import DEFAULT_VALUE_SCALE, VALUE_LABELS
from frameworkqda.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from frameworkqda.core.store import Project

# a codebook's language in a sentence ("this project's codebook is English"), translated
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("Language", "English").format(),
    "ja": QT_TRANSLATE_NOOP("Language", "Japanese").format(),
}


def scale_language(labels: tuple[str, ...]) -> str | None:
    """The language whose default scale these labels are, in order; None for an edited one."""
    scales = {"en": tuple(label for label, _, _ in DEFAULT_VALUE_SCALE), **VALUE_LABELS}
    return next((language for language, scale in scales.items() if scale == labels), None)


def codebook_language(framework: str | None, themes: set[str]) -> str | None:
    """The language of the template's themes this codebook holds (by name), if any."""
    from frameworkqda.core.errors import NotFoundError
    from frameworkqda.core.framework.templates import LANGUAGES, load_template

    if not framework or not themes:
        return None
    for language in LANGUAGES:
        try:
            template = load_template(framework, language)
        except NotFoundError:  # a key from a REFI-QDA file or a later version
            return None
        if themes & {theme.name for theme in template.themes}:
            return language
    return None


def project_language(connection: Connection) -> str | None:
    """The language ``new --language`` was given: by the value scale, else (a scale since
    edited) by the codebook's themes against the template's; None when neither tells."""
    labels = tuple(
        connection.scalars(
            select(tables.chart_values.c.label).order_by(tables.chart_values.c.position)
        )
    )
    found = scale_language(labels)
    if found is not None:
        return found
    framework = connection.scalar(select(tables.project.c.framework))
    themes = set(
        connection.scalars(select(tables.codes.c.name).where(tables.codes.c.parent_id.is_(None)))
    )
    return codebook_language(framework, themes)


def export_language(project: Project, asked: str | None = None, otherwise: str = "en") -> str:
    """The language of an export's captions, headers and notes: the one asked for, else the
    project's (a Japanese project's tables were headed "Counts", "Measure" among Japanese
    data), else ``otherwise`` (the CLI's English, the app's interface language)."""
    if asked is not None:
        return asked
    with project.connect() as connection:
        return project_language(connection) or otherwise
