"""Each coder connects as their own PostgreSQL role, with the password in ~/.pgpass (or the
file PGPASSFILE names), never in the project or the URL the app remembers."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.core.errors import ServerPasswordError
from frameworkqda.core.store import ProjectLocation, create_project, open_project
from tests.password_server import PASSWORD, PasswordServer, password_server, pgpass

__all__ = ["password_server"]  # the fixture, used below


@pytest.mark.postgres
def test_a_role_with_a_password_opens_through_pgpass_and_codes_as_itself(
    password_server: PasswordServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(ServerPasswordError) as refused:
        create_project(password_server.url, framework="mipex-local")
    message = str(refused.value)
    assert message.startswith(f"{password_server.url}: the server wants a password for role ")
    assert "~/.pgpass" in message and "\n" not in message

    monkeypatch.setenv("PGPASSFILE", str(pgpass(tmp_path, password_server)))
    create_project(password_server.url, framework="mipex-local").close()
    with open_project(password_server.url) as project:
        assert project.coder_name == "hanako"  # the role, not the login name
        assert str(project.location) == password_server.url
        assert project.read_only is False

    # a password given and refused is said so (it read "wants a password … put it in
    # ~/.pgpass", as if none had been given)
    monkeypatch.setenv("PGPASSFILE", str(pgpass(tmp_path, password_server, "wrong")))
    with pytest.raises(ServerPasswordError, match="password authentication failed") as wrong:
        open_project(password_server.url)
    assert str(wrong.value).startswith(
        f"{password_server.url}: the server refused the password for role hanako ("
    )


def test_a_password_in_a_url_is_never_shown_nor_remembered() -> None:
    location = ProjectLocation.parse("postgresql://taro:hunter2@db.example:5432/study")
    assert str(location) == "postgresql://taro@db.example:5432/study"
    assert location.role == "taro"
    again = ProjectLocation.parse(location.with_password(PASSWORD))
    assert again.url.password == PASSWORD and PASSWORD not in str(again)
