"""Reading files: encodings, binary data, empty and huge files, OS errors, stdin."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import numcheck.readers.files as files
from numcheck.errors import InputError
from numcheck.readers import decode, format_for, read_path, read_stdin, read_text


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_utf8_with_bom_is_accepted_and_bom_not_counted(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "\ufeffAbout 5 “people”.".encode())
    doc = read_path(path)
    assert doc.text == "About 5 “people”."
    assert doc.path == path


def test_invalid_utf8_names_the_byte(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.txt", b"About 5 people\n caf\xe9 closed")
    with pytest.raises(InputError) as info:
        read_path(path)
    assert str(info.value) == f"{path}: not valid UTF-8 at byte 19 (use --encoding)"
    assert info.value.path == path


def test_invalid_utf8_after_bom_counts_the_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.txt", b"\xef\xbb\xbfab\xff")
    with pytest.raises(InputError, match="at byte 5 "):
        read_path(path)


def test_encoding_override(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Café owners, some 40 of them".encode("latin-1"))
    assert read_path(path, encoding="latin-1").text == "Café owners, some 40 of them"
    with pytest.raises(InputError, match="unknown encoding 'nope'"):
        read_path(path, encoding="nope")


def test_utf16_with_bom_is_read_without_flag(tmp_path: Path) -> None:
    path = write(tmp_path, "u16.txt", "About 5 people.".encode("utf-16"))
    assert read_path(path).text == "About 5 people."


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError) as info:
        read_path(path)
    assert info.value.problem == "binary file, skipped"


def test_nul_after_the_sniff_window_is_an_encoding_question(tmp_path: Path) -> None:
    path = write(tmp_path, "late.txt", b"a" * 9000 + b"\x00")
    assert read_path(path).text.endswith("\x00")


def test_empty_file_is_an_empty_document(tmp_path: Path) -> None:
    for name in ("e.txt", "e.md", "e.html"):
        doc = read_path(write(tmp_path, name, b""))
        assert (doc.text, doc.prose, doc.directives, doc.regions) == ("", "", (), ())
    assert read_path(str(tmp_path / "e.md")).format == "markdown"


def test_directory_missing_and_unreadable(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_path(str(tmp_path))
    with pytest.raises(InputError, match="no such file or directory"):
        read_path(str(tmp_path / "missing.txt"))


def test_unreadable_file_names_the_os_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "locked.txt", b"x")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "open_regular", refuse)  # works under root too
    with pytest.raises(InputError) as info:
        read_path(path)
    assert str(info.value) == f"{path}: cannot read: permission denied"


def test_max_size_skips_big_files(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"x" * 100)
    with pytest.raises(InputError, match="larger than the 10-byte limit"):
        read_path(path, max_size=10)
    assert read_path(path, max_size=0).text == "x" * 100


def test_format_by_extension_and_override() -> None:
    assert format_for("a/b.MD") == "markdown"
    assert format_for("x.htm") == "html"
    assert format_for("notes") == "text"
    assert format_for("a.txt", "md") == "markdown"
    with pytest.raises(InputError, match="unknown format"):
        format_for("a.txt", "docx")
    assert read_text("<p>5</p>", "page.html").format == "html"


def test_stdin_uses_the_stdin_filename(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"# Title 5\n\nBody `code 9`.\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    doc = read_stdin("draft.md")
    assert (doc.path, doc.format) == ("draft.md", "markdown")
    assert "9" not in doc.prose


def test_stdin_without_name_is_dash_and_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    with pytest.raises(InputError, match=r"^-: not valid UTF-8 at byte 0"):
        read_stdin()


def test_decode_with_named_codec_strips_its_bom() -> None:
    assert decode("\ufeffx".encode("utf-8"), "p", "utf-8") == "x"


PARAGRAPH = (
    "Officials said nearly 500 soldiers were killed and about 1,600 wounded, see "
    "https://example.com/report-2022 or mail desk@example.com. <!-- note --> `code 5`\n"
)


@pytest.mark.parametrize("name", ["big.txt", "big.md", "big.html"])
def test_big_file_reads_whole_with_offsets_intact(tmp_path: Path, name: str) -> None:
    # speed and linearity are measured in benchmarks/readers_linearity.py, not here
    unit = PARAGRAPH if not name.endswith("html") else f"<p>{PARAGRAPH}</p>"
    big = unit * 30_000  # 5 MB; 50 MB is measured in docs/users/inputs.md
    doc = read_path(write(tmp_path, name, big.encode()))
    assert doc.text == big
    assert len(doc.prose) == len(big)
    assert doc.prose.count("\n") == big.count("\n")
    assert "https://" not in doc.prose


PATHOLOGICAL_LINES = [
    ("a", "line.txt"),
    ("x@", "line.txt"),
    ("http://x)", "line.txt"),
    ("` ", "line.md"),
    ("[x](", "line.md"),
    ("<!--", "line.md"),
    ("~~", "line.md"),
    ("<a ", "line.html"),
    ("&amp;", "line.html"),
    ("<!--", "line.html"),
]


@pytest.mark.parametrize(("unit", "name"), PATHOLOGICAL_LINES)
def test_one_megabyte_pathological_line_reads_with_offsets_intact(unit: str, name: str) -> None:
    # a quadratic reader would take minutes here; the timings live in the benchmark
    big = unit * (1_000_000 // len(unit))
    doc = read_text(big, name)
    assert doc.text == big
    assert len(doc.prose) == len(big)
