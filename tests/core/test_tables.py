"""The schema is defined once, in ``tables.py``; the model's classes are mapped onto it.

Each class annotates its columns (``id: Mapped[int]``) for the type checker and every caller,
and SQLAlchemy does not check those annotations against a table it is given: this does.
"""

from __future__ import annotations

import typing

from frameworkqda.core import model, tables


def _annotated_columns(entity: type[model.Base]) -> dict[str, bool]:
    """The columns ``entity`` annotates, each with whether its annotation allows None."""
    relationships = entity.__mapper__.relationships.keys()
    return {
        name: type(None) in typing.get_args(typing.get_args(hint)[0])
        for name, hint in typing.get_type_hints(entity, vars(model)).items()
        if typing.get_origin(hint) is model.Mapped and name not in relationships
    }


def test_every_table_is_mapped_by_one_class_on_the_same_metadata() -> None:
    assert model.Base.metadata is tables.metadata
    mapped = [mapper.local_table for mapper in model.Base.registry.mappers]
    assert sorted(table.name for table in mapped) == sorted(tables.metadata.tables)


def test_each_class_annotates_its_tables_columns_with_their_nullability() -> None:
    for mapper in model.Base.registry.mappers:
        entity = mapper.class_
        table = mapper.local_table
        expected = {column.name: bool(column.nullable) for column in table.columns}
        assert _annotated_columns(entity) == expected, entity.__name__


def test_the_tables_load_without_the_orm() -> None:
    import subprocess
    import sys

    child = "import sys\nimport frameworkqda.core.tables\nprint('sqlalchemy.orm' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False"]
