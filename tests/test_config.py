"""Configuration: the file found from the current folder upwards, precedence option > environment >
file > default, one-line errors naming file and key, and `factcheck config`. No model, no index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.config import COMMAND_LINE, DEFAULT, ENVIRONMENT, find_config_file, load_config
from factcheck.errors import ConfigError


@pytest.fixture(autouse=True)
def _no_outside_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_CONFIG", raising=False)
    monkeypatch.delenv("FACTCHECK_INDEX", raising=False)


def _project(tmp_path: Path, text: str, name: str = "factcheck.toml") -> Path:
    (tmp_path / name).write_text(text, "utf-8")
    deep = tmp_path / "stories" / "2026"
    deep.mkdir(parents=True)
    return deep


def test_file_is_found_from_a_subfolder_and_paths_are_relative_to_it(tmp_path: Path) -> None:
    deep = _project(tmp_path, 'index = "data/index"\ntop_k = 8\nfail_on = "unverified"\nauthor = "Desk"\n')
    config = load_config(start=deep)
    assert config.file == tmp_path / "factcheck.toml"
    assert config.index == tmp_path / "data" / "index"
    assert config.settings.top_k == 8 and config.fail_on == "unverified" and config.author == "Desk"
    assert config.origin("top_k") == str(tmp_path / "factcheck.toml")
    assert config.origin("min_similarity") == DEFAULT


def test_pyproject_tool_table_is_read_and_one_without_it_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("top_k = 7\n")
    inner = tmp_path / "repo"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_config(start=inner).settings.top_k == 7  # no [tool.factcheck]: keep looking upwards
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factcheck]\ntop_k = 9\n')
    config = load_config(start=inner)
    assert config.settings.top_k == 9 and config.file == inner / "pyproject.toml"


def test_no_file_means_defaults(tmp_path: Path) -> None:
    assert find_config_file(tmp_path) is None
    config = load_config(start=tmp_path)
    assert config.fail_on == "contradicted" and config.settings.top_k == 5


def test_options_win_over_environment_over_file_over_defaults(tmp_path: Path) -> None:
    deep = _project(tmp_path, 'index = "from-file"\ntop_k = 8\nmin_similarity = 0.5\nfail_on = "unverified"\n')
    config = load_config({"top_k": 3, "fail_on": "never"}, environment={"index": "/env/index"}, start=deep)
    assert config.settings.top_k == 3 and config.origin("top_k") == COMMAND_LINE
    assert config.fail_on == "never" and config.gate is None
    assert config.index == Path("/env/index") and config.origin("index") == ENVIRONMENT
    assert config.settings.min_similarity == 0.5  # from the file
    assert config.settings.approx_tolerance == 0.10 and config.origin("approx_tolerance") == DEFAULT
    both = load_config({"index": "/cli/index"}, environment={"index": "/env/index"}, start=deep)
    assert both.index == Path("/cli/index")


def test_none_options_leave_the_file_value(tmp_path: Path) -> None:
    deep = _project(tmp_path, 'fail_on = "unverified"\n')
    assert load_config({"fail_on": None}, start=deep).fail_on == "unverified"


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ("top_kk = 3\n", ["top_kk", "unknown", "did you mean 'top_k'"]),
        ('top_k = "five"\n', ["top_k", "integer"]),
        ("top_k = 0\n", ["top_k"]),
        ('min_similarity = "0.4"\n', ["min_similarity"]),
        ('fail_on = "sometimes"\n', ["fail_on", "sometimes", "never"]),
        ("date = 2026-13-01\n", []),
        ('date = "yesterday"\n', ["date", "YYYY-MM-DD"]),
        ("[thresholds]\ntop_k = 3\n", ["thresholds"]),
        ("index = 3\n", ["index"]),
        ("top_k = \n", ["TOML"]),
    ],
    ids=["unknown-key", "wrong-type", "out-of-range", "number-as-string", "bad-gate", "invalid-toml-date",
         "bad-date", "table", "index-not-a-path", "syntax"],
)
def test_bad_file_raises_config_error_naming_file_and_key(tmp_path: Path, text: str, needles: list[str]) -> None:
    deep = _project(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(start=deep)
    message = str(info.value)
    assert "\n" not in message
    assert str(tmp_path / "factcheck.toml") in message
    for needle in needles:
        assert needle in message


def test_explicit_config_file_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "shared.toml"
    elsewhere.write_text("top_k = 11\n")
    monkeypatch.setenv("FACTCHECK_CONFIG", str(elsewhere))
    assert load_config(start=tmp_path).settings.top_k == 11
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match="FACTCHECK_CONFIG"):
        load_config(start=tmp_path)


def test_config_command_prints_values_and_their_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deep = _project(tmp_path, 'top_k = 8\nauthor = "Velmora desk"\n')
    monkeypatch.chdir(deep)
    result = CliRunner().invoke(cli, ["config", "--set", "min_similarity=0.42"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"# factcheck configuration file: {tmp_path / 'factcheck.toml'}"
    row = {line.split(" = ")[0]: line for line in lines if " = " in line and not line.startswith("#")}
    assert row["top_k"].split("#")[0].strip() == "top_k = 8" and row["top_k"].endswith(f"# {tmp_path / 'factcheck.toml'}")
    assert row["min_similarity"].split("#")[0].strip() == "min_similarity = 0.42"
    assert row["min_similarity"].endswith("# command line")
    assert row["fail_on"].endswith("# default")
    body = json.loads(CliRunner().invoke(cli, ["config", "--format", "json", "--set", "fail_on=never"]).stdout)
    assert body["settings"]["fail_on"] == {"value": "never", "source": "command line"}
    assert body["settings"]["author"] == {"value": "Velmora desk", "source": str(tmp_path / "factcheck.toml")}


def test_index_from_environment_is_reported_as_such(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_INDEX", str(tmp_path / "env-index"))
    body = json.loads(CliRunner().invoke(cli, ["config", "--format", "json"]).stdout)
    assert body["settings"]["index"] == {"value": str(tmp_path / "env-index"), "source": "environment"}


def _one_line_error(result: object, *needles: str) -> None:
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    err = result.stderr.strip()  # type: ignore[attr-defined]
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    for needle in needles:
        assert needle in err, err


def test_bad_config_stops_check_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deep = _project(tmp_path, "top_k = -1\n")
    (deep / "draft.md").write_text("The harbour opened in 1921.\n")
    monkeypatch.chdir(deep)
    result = CliRunner().invoke(cli, ["check", "draft.md"])
    _one_line_error(result, "factcheck.toml", "top_k")


def test_unknown_set_key_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _one_line_error(CliRunner().invoke(cli, ["config", "--set", "topk=3"]), "topk", "unknown")
    _one_line_error(CliRunner().invoke(cli, ["config", "--set", "top_k"]), "KEY=VALUE")
    _one_line_error(CliRunner().invoke(cli, ["config", "--set", "top_k=many"]), "top_k")
