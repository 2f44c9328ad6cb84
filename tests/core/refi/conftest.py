"""Fixtures for the REFI-QDA tests: the schemas are read from the shared corpus, never copied."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree


@pytest.fixture(scope="session")
def refi_dir(corpus: Path) -> Path:
    folder = corpus / "refi"
    if not (folder / "Project-mrt2019.xsd").is_file():
        pytest.skip(f"{folder}: the REFI-QDA schemas are not in the corpus")
    return folder


@pytest.fixture(scope="session")
def project_schema(refi_dir: Path) -> Any:
    return etree.XMLSchema(etree.parse(str(refi_dir / "Project-mrt2019.xsd")))


@pytest.fixture(scope="session")
def codebook_schema(refi_dir: Path) -> Any:
    return etree.XMLSchema(etree.parse(str(refi_dir / "Codebook-mrt2019.xsd")))
