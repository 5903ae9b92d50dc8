"""The lexicon's generated JSON: read only while it matches its TOML, never stale."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

import numcheck.lexicon as lexicon
from numcheck.lexicon import generate, load_section, section_names, toml_digest


def test_shipped_json_is_current() -> None:
    assert generate.stale() == [], f"run {generate.COMMAND}"


@pytest.mark.parametrize("name", section_names())
def test_every_section_reads_as_its_toml(name: str) -> None:
    toml = tomllib.loads(lexicon.read_data(f"{name}.toml"))
    assert load_section.__wrapped__(name) == toml


def _serve(monkeypatch: pytest.MonkeyPatch, files: dict[str, bytes]) -> None:
    real = lexicon._read_bytes

    def read(name: str) -> bytes:
        if name in files:
            return files[name]
        return real(name)

    monkeypatch.setattr(lexicon, "_read_bytes", read)


def _generated(raw: bytes, data: object) -> bytes:
    return json.dumps({"toml_sha256": toml_digest(raw), "data": data}).encode()


def test_json_is_read_when_its_digest_matches_the_toml(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = b'[prefix]\napprox = ["about"]\n'
    # data unlike the TOML's: only the JSON path can return it
    _serve(monkeypatch, {"hedges.toml": raw,
                         "generated/hedges.json": _generated(raw, {"from": ["json"]})})
    assert load_section.__wrapped__("hedges") == {"from": ["json"]}


def test_an_edited_toml_is_parsed_not_shadowed_by_its_old_json(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = b'[prefix]\napprox = ["about"]\n'
    edited = b'[prefix]\napprox = ["about", "some"]\n'
    stale = _generated(old, {"prefix": {"approx": ["about"]}})
    _serve(monkeypatch, {"hedges.toml": edited, "generated/hedges.json": stale})
    assert load_section.__wrapped__("hedges") == {"prefix": {"approx": ["about", "some"]}}


@pytest.mark.parametrize("damage", [b"", b"{not json", b"[]", b'{"toml_sha256": "x"}'])
def test_a_missing_or_damaged_json_falls_back_to_the_toml(
    monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    raw = b'[prefix]\napprox = ["about"]\n'
    _serve(monkeypatch, {"hedges.toml": raw, "generated/hedges.json": damage})
    assert load_section.__wrapped__("hedges") == {"prefix": {"approx": ["about"]}}


def test_a_section_without_generated_json_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = b'[prefix]\napprox = ["about"]\n'
    real = lexicon._read_bytes

    def read(name: str) -> bytes:
        if name == "hedges.toml":
            return raw
        if name.startswith("generated/"):
            raise FileNotFoundError(name)
        return real(name)

    monkeypatch.setattr(lexicon, "_read_bytes", read)
    assert load_section.__wrapped__("hedges") == {"prefix": {"approx": ["about"]}}


def test_generator_writes_checks_and_removes_orphans(tmp_path: Path) -> None:
    (tmp_path / "words.toml").write_text('[a]\nb = ["c", 1.5]\n', encoding="utf-8")
    assert generate.stale(tmp_path) == ["generated/words.json"]
    assert generate.write(tmp_path) == ["generated/words.json"]
    assert generate.stale(tmp_path) == []
    written = json.loads((tmp_path / "generated" / "words.json").read_text(encoding="utf-8"))
    assert written["data"] == {"a": {"b": ["c", 1.5]}}
    (tmp_path / "words.toml").write_text('[a]\nb = ["d"]\n', encoding="utf-8")
    (tmp_path / "generated" / "gone.json").write_text("{}", encoding="utf-8")
    assert generate.stale(tmp_path) == ["generated/words.json", "generated/gone.json"]
    assert generate.write(tmp_path) == ["generated/words.json", "generated/gone.json (removed)"]
    assert not (tmp_path / "generated" / "gone.json").exists()


def test_generator_refuses_values_json_cannot_carry(tmp_path: Path) -> None:
    (tmp_path / "dates.toml").write_text("[a]\nwhen = 2024-01-02\n", encoding="utf-8")
    with pytest.raises(ValueError, match="dates"):
        generate.render("dates", tmp_path)


def test_check_mode_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "words.toml").write_text('[a]\nb = ["c"]\n', encoding="utf-8")
    assert generate.main(["--check"], tmp_path) == 1
    assert "generated/words.json" in capsys.readouterr().err
    assert generate.main([], tmp_path) == 0
    assert generate.main(["--check"], tmp_path) == 0
