"""Configuration in one place: find ``factcheck.toml`` (or ``[tool.factcheck]``), merge it with defaults and options.

Precedence, highest first: command-line options (and ``FACTCHECK_INDEX`` for the index path),
then the configuration file, then the defaults. The file is the first of, walking from the
current folder up to the filesystem root: ``factcheck.toml``, or a ``pyproject.toml`` that has a
``[tool.factcheck]`` table (a ``pyproject.toml`` without one is passed over). ``FACTCHECK_CONFIG``
names a file explicitly and skips the search.

The file is flat; its keys are

- ``index``: the index folder, relative to the file's folder;
- ``fail_on``: the publication gate, ``contradicted``, ``unverified`` or ``never``;
- ``author``, ``author_url``: who publishes the ClaimReview records; ``date``: their
  ``datePublished`` (a TOML date or ``YYYY-MM-DD``; today when absent);
- any field of :class:`factcheck.settings.Settings` (``model``, ``top_k``, ``min_similarity``…).

An unknown key or a bad value raises ConfigError naming the file and the key.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError

from factcheck.errors import ConfigError
from factcheck.models import Frozen, Verdict
from factcheck.settings import Settings

CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"
DEFAULT_INDEX = Path(".factcheck/index")
FAIL_ON = ("contradicted", "unverified", "never")
DEFAULT_AUTHOR = "factcheck"

FailOn = Literal["contradicted", "unverified", "never"]

# Where a value came from, as `factcheck config` prints it.
DEFAULT = "default"
COMMAND_LINE = "command line"
ENVIRONMENT = "environment"

_OWN_KEYS = ("index", "fail_on", "author", "author_url", "date")


class Config(Frozen):
    """The effective configuration of one run, and where each value came from."""

    index: Path = DEFAULT_INDEX
    fail_on: FailOn = "contradicted"
    author: str = DEFAULT_AUTHOR
    author_url: str | None = None
    date: str | None = None
    settings: Settings = Field(default_factory=lambda: Settings.model_validate({}))
    file: Path | None = None
    origins: dict[str, str] = Field(default_factory=dict)

    @property
    def gate(self) -> Verdict | None:
        """The verdict at which the publication gate fails; None for ``never``."""
        return None if self.fail_on == "never" else Verdict(self.fail_on)

    def origin(self, key: str) -> str:
        return self.origins.get(key, DEFAULT)

    def is_set(self, key: str) -> bool:
        """True when ``key`` comes from the file or an option rather than the default."""
        return self.origin(key) != DEFAULT

    def effective(self) -> list[tuple[str, Any, str]]:
        """``(key, value, origin)`` for every key, the workflow keys first, then the settings."""
        rows: list[tuple[str, Any, str]] = [
            ("index", str(self.index), self.origin("index")),
            ("fail_on", self.fail_on, self.origin("fail_on")),
            ("author", self.author, self.origin("author")),
            ("author_url", self.author_url, self.origin("author_url")),
            ("date", self.date, self.origin("date")),
        ]
        rows += [(k, v, self.origin(k)) for k, v in self.settings.model_dump().items()]
        return rows


def find_config_file(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The configuration file that applies in ``start`` (default: the current folder) and its table."""
    explicit = os.environ.get("FACTCHECK_CONFIG")
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{path}: FACTCHECK_CONFIG names no file; fix the path or unset it")
        table = _factcheck_table(path, _read_toml(path))
        return path, table or {}
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in (CONFIG_FILE, PYPROJECT):
            path = candidate / name
            if path.is_file():
                table = _factcheck_table(path, _read_toml(path))
                if table is not None:
                    return path, table
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror}); check the file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 (byte {exc.start}); save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the syntax") from None


def _factcheck_table(path: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    """The whole of factcheck.toml; the ``[tool.factcheck]`` table of a pyproject.toml (None if it has none)."""
    if path.name != PYPROJECT:
        return data
    tool = data.get("tool")
    table = tool.get("factcheck") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.factcheck] must be a table of settings")
    return table


def parse_assignment(text: str) -> tuple[str, Any]:
    """``KEY=VALUE`` from ``--set``: VALUE is read as a TOML value (``0.4``, ``true``), else as a string."""
    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise ConfigError(f"--set {text!r}: expected KEY=VALUE, for example --set top_k=8")
    raw = raw.strip()
    try:
        value = tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        value = raw
    return key, value


def load_config(
    options: Mapping[str, Any] | None = None,
    *,
    environment: Mapping[str, Any] | None = None,
    start: Path | None = None,
) -> Config:
    """The effective configuration: defaults, then the file found from ``start`` upwards, then
    ``environment`` (values the CLI took from environment variables), then ``options``.

    ``options`` and ``environment`` map keys of the file (``index``, ``fail_on``, a Settings
    field…) to values; None values are ignored, so a CLI can pass its options as they are.
    """
    found = find_config_file(start)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    file: Path | None = None
    if found is not None:
        file, table = found
        for key, value in table.items():
            values[key] = _from_file(file, key, value)
            origins[key] = str(file)
    for layer, origin in ((environment or {}, ENVIRONMENT), (options or {}, COMMAND_LINE)):
        for key, value in layer.items():
            if value is None:
                continue
            _check_key(key, where=f"option {key!r}" if origin == COMMAND_LINE else f"environment ({key})")
            values[key] = value
            origins[key] = origin
    return _build(values, origins, file)


def _from_file(file: Path, key: str, value: Any) -> Any:
    _check_key(key, where=f"{file}: key {key!r}")
    if key == "index":
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{file}: key 'index' must be a folder path string, not {value!r}")
        path = Path(value).expanduser()
        return path if path.is_absolute() else file.parent / path
    if key == "date" and isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        raise ConfigError(f"{file}: key {key!r} is a table; factcheck's settings are flat (key = value)")
    return value


def _check_key(key: str, *, where: str) -> None:
    if key in _OWN_KEYS or key in Settings.model_fields:
        return
    close = difflib.get_close_matches(key, (*_OWN_KEYS, *Settings.model_fields), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise ConfigError(f"{where}: unknown setting; {hint}`factcheck config` lists the known ones")


def _build(values: dict[str, Any], origins: dict[str, str], file: Path | None) -> Config:
    def where(key: str) -> str:
        origin = origins.get(key, DEFAULT)
        if origin == COMMAND_LINE:
            return f"option {key!r}"
        if origin == ENVIRONMENT:
            return f"environment ({key})"
        return f"{origin}: key {key!r}"

    own = {k: values[k] for k in _OWN_KEYS if k in values}
    if "fail_on" in own and own["fail_on"] not in FAIL_ON:
        raise ConfigError(f"{where('fail_on')}: {own['fail_on']!r} is not a gate level; use {', '.join(FAIL_ON)}")
    for key in ("author", "author_url"):
        if key in own and (not isinstance(own[key], str) or not own[key].strip()):
            raise ConfigError(f"{where(key)}: expected a non-empty string, not {own[key]!r}")
    if "date" in own:
        own["date"] = _iso_date(own["date"], where("date"))
    if "index" in own:
        own["index"] = Path(own["index"])
    settings_values = {k: v for k, v in values.items() if k in Settings.model_fields}
    # Values from the file are typed by TOML and checked strictly ("0.4" is not a number there);
    # values from the command line arrive as text or parsed TOML and may be coerced.
    from_file = {k: v for k, v in settings_values.items() if origins.get(k) not in (COMMAND_LINE, ENVIRONMENT)}
    try:
        Settings.model_validate(from_file, strict=True)
        settings = Settings.model_validate(settings_values)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = str(err["loc"][0]) if err["loc"] else "?"
        raise ConfigError(f"{where(key)}: {err['msg'].lower()} (got {err.get('input')!r})") from None
    return Config(**own, settings=settings, file=file, origins=origins)


def _iso_date(value: Any, where: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ConfigError(f"{where}: {value!r} is not a date; write it as YYYY-MM-DD") from None
