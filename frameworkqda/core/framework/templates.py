"""Framework templates shipped in ``resources/frameworks``: ready-made codebooks to start from.

A template is a JSON file: a name, a description, a tree of themes (name, definition, colour,
children) and optional external score series attached to top-level themes (for example
Japan's national MIPEX scores, used by the rank comparison in stage 5).

Each node (and the template itself) may carry a ``ja`` object with its Japanese name and
definition: a researcher working in Japanese starts from a codebook in Japanese, with MIPEX's
Japanese area names. Score series name themes by their English name, whatever the language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from frameworkqda.core.errors import NotFoundError
from frameworkqda.core.resources import resource_path

if TYPE_CHECKING:  # the ORM is loaded when a template is applied, not when keys are listed
    from sqlalchemy.orm import Session

    from frameworkqda.core import model

DEFAULT_COLOUR = "#9e9e9e"
LANGUAGES = ("en", "ja")


@dataclass(frozen=True)
class TemplateNode:
    name: str
    definition: str = ""
    colour: str = DEFAULT_COLOUR
    children: tuple[TemplateNode, ...] = ()


@dataclass(frozen=True)
class Template:
    key: str
    name: str
    description: str
    themes: tuple[TemplateNode, ...]
    scores: dict[str, dict[str, float]] = field(default_factory=dict)


def template_keys() -> list[str]:
    """The names ``--framework`` accepts, e.g. ``mipex``, ``mipex-local``, ``icc``, ``empty``."""
    return sorted(path.stem for path in resource_path("frameworks").glob("*.json"))


def load_template(key: str, language: str = "en") -> Template:
    """The template ``key`` with names and definitions in ``language`` where it has them."""
    if language not in LANGUAGES:
        raise NotFoundError(f"no templates in {language!r}; choose one of: {', '.join(LANGUAGES)}")
    path = resource_path("frameworks", f"{key}.json")
    if not path.is_file():
        raise NotFoundError(
            f"no framework template named {key!r}; choose one of: {', '.join(template_keys())}"
        )
    data = json.loads(path.read_text(encoding="utf-8"))
    themes = {item["name"]: _node(item, DEFAULT_COLOUR, language) for item in data["themes"]}
    return Template(
        key=key,
        name=_translated(data, language).get("name", data["name"]),
        description=_translated(data, language).get("description", data.get("description", "")),
        themes=tuple(themes.values()),
        scores={
            series: {themes[theme].name: float(value) for theme, value in values.items()}
            for series, values in data.get("scores", {}).items()
        },
    )


def _translated(data: dict[str, Any], language: str) -> dict[str, str]:
    """The node's ``ja`` (say) object; English is the node itself."""
    return {} if language == "en" else dict(data.get(language, {}))


def _node(data: dict[str, Any], inherited_colour: str, language: str) -> TemplateNode:
    colour = data.get("colour", inherited_colour)
    translation = _translated(data, language)
    return TemplateNode(
        name=translation.get("name", data["name"]),
        definition=translation.get("definition", data.get("definition", "")),
        colour=colour,
        children=tuple(_node(child, colour, language) for child in data.get("children", [])),
    )


def apply_template(session: Session, template: Template) -> list[model.Code]:
    """Add the template's codebook after the existing codes; returns the codes it created.

    A theme or sub-code the codebook already has (same name, case aside, at the same level) is
    reused and only what it lacks is added below it, so applying a template twice adds nothing.
    Score series are added for themes that do not have them yet.
    """
    from sqlalchemy import select

    from frameworkqda.core import model

    created: list[model.Code] = []

    def add(node: TemplateNode, parent_id: int | None) -> model.Code:
        level = (
            model.Code.parent_id.is_(None)
            if parent_id is None
            else (model.Code.parent_id == parent_id)
        )
        siblings = list(session.scalars(select(model.Code).where(level)))
        code = next((c for c in siblings if c.name.lower() == node.name.lower()), None)
        if code is None:
            code = model.Code(
                name=node.name,
                definition=node.definition,
                colour=node.colour,
                position=len(siblings),
                parent_id=parent_id,
            )
            session.add(code)
            session.flush()
            created.append(code)
        for child in node.children:
            add(child, code.id)
        return code

    themes = {theme.name: add(theme, None) for theme in template.themes}
    for series, values in template.scores.items():
        for theme_name, value in values.items():
            code_id = themes[theme_name].id
            if session.get(model.CodeScore, (code_id, series)) is None:
                session.add(model.CodeScore(code_id=code_id, series=series, value=value))
    session.flush()
    return created
