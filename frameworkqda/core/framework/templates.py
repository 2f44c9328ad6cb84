"""Framework templates shipped in ``resources/frameworks``: ready-made codebooks to start from.

A template is a JSON file: a name, a description, a tree of themes (name, definition, colour,
children) and optional external score series attached to top-level themes (for example
Japan's national MIPEX scores, used by the rank comparison in stage 5).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.resources import resource_path

DEFAULT_COLOUR = "#9e9e9e"


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


def load_template(key: str) -> Template:
    path = resource_path("frameworks", f"{key}.json")
    if not path.is_file():
        raise NotFoundError(
            f"no framework template named {key!r}; choose one of: {', '.join(template_keys())}"
        )
    data = json.loads(path.read_text(encoding="utf-8"))
    return Template(
        key=key,
        name=data["name"],
        description=data.get("description", ""),
        themes=tuple(_node(item, DEFAULT_COLOUR) for item in data["themes"]),
        scores={
            series: {theme: float(value) for theme, value in values.items()}
            for series, values in data.get("scores", {}).items()
        },
    )


def _node(data: dict[str, Any], inherited_colour: str) -> TemplateNode:
    colour = data.get("colour", inherited_colour)
    return TemplateNode(
        name=data["name"],
        definition=data.get("definition", ""),
        colour=colour,
        children=tuple(_node(child, colour) for child in data.get("children", [])),
    )


def apply_template(session: Session, template: Template) -> list[model.Code]:
    """Add the template's themes after the codebook's existing top-level codes.

    Refused when a theme of the template already exists (the codebook keeps names unique per
    level): nothing is added then.
    """
    themes = session.scalars(select(model.Code.name).where(model.Code.parent_id.is_(None))).all()
    clashes = sorted({name.lower() for name in themes} & {t.name.lower() for t in template.themes})
    if clashes:
        raise ValidationError(
            f"template {template.key!r}: the codebook already has theme(s) {', '.join(clashes)}"
        )
    existing = len(themes)
    created: list[model.Code] = []

    def add(node: TemplateNode, parent: model.Code | None, position: int) -> model.Code:
        code = model.Code(
            name=node.name,
            definition=node.definition,
            colour=node.colour,
            position=position,
            parent=parent,
        )
        session.add(code)
        for index, child in enumerate(node.children):
            add(child, code, index)
        return code

    for index, theme in enumerate(template.themes):
        created.append(add(theme, None, existing + index))
    session.flush()
    by_name = {code.name: code for code in created}
    for series, values in template.scores.items():
        for theme_name, value in values.items():
            session.add(model.CodeScore(code_id=by_name[theme_name].id, series=series, value=value))
    session.flush()
    return created
