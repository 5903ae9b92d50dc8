"""Every reader on hostile input: only InputError, offsets kept, prose aligned."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from fuzz_profile import fuzz_settings
from fuzz_strategies import soups
from hypothesis import example, given
from hypothesis import strategies as st

from numcheck.document import Document
from numcheck.errors import InputError
from numcheck.readers import decode, read_path, read_stdin, read_text

NAMES = st.sampled_from(["a.txt", "a.md", "a.markdown", "a.html", "a.htm", "a"])
BYTES = st.one_of(
    st.binary(max_size=300),
    soups().map(lambda s: s.encode("utf-8", "surrogatepass")),
    soups().map(lambda s: s.encode("utf-16", "surrogatepass")),
    st.sampled_from([b"\xef\xbb\xbf12 people", b"\xff\xfe1\x002\x00", b"\xfe\xff\x001\x002",
                     b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\x80abc", b"a\x00b"]),
)


def well_formed(doc: Document, text: str) -> None:
    assert doc.text == text
    assert len(doc.prose) == len(doc.text)
    for original, shown in zip(doc.text, doc.prose, strict=True):
        if original in "\r\n":
            assert shown == original  # line numbers never move
    for region in doc.regions:
        assert 0 <= region.start <= region.end <= len(text)
    for directive in doc.directives:
        assert 0 <= directive.start <= directive.end <= len(text)
    if text:
        doc.position(len(text) - 1)


@fuzz_settings()
@given(soups(), NAMES)
@example("<script>" + "1 " * 50, "a.html")
@example("---\ntitle: [unclosed\n---\n12 people", "a.md")
@example("<!-- numcheck: ignore[" + "NC1," * 30, "a.md")
def test_read_text_any_format(text: str, name: str) -> None:
    well_formed(read_text(text, name), text)


@fuzz_settings()
@given(BYTES, st.sampled_from([None, "utf-8", "latin-1", "utf-16", "cp1252", "ascii"]))
def test_decode_refuses_cleanly(data: bytes, encoding: str | None) -> None:
    try:
        text = decode(data, "x.txt", encoding)
    except InputError as err:
        problem = str(err)
    else:
        assert isinstance(text, str)
        return
    assert "\n" not in problem


@fuzz_settings(0.5)
@given(BYTES, NAMES)
def test_read_path_and_stdin(tmp_path_factory: pytest.TempPathFactory, data: bytes,
                             name: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    outcomes = []
    for read in (lambda: read_path(str(path)), lambda: _stdin(data, name)):
        try:
            doc = read()
        except InputError as err:
            outcomes.append(("error", str(err).split(": ", 1)[1]))
            continue
        well_formed(doc, doc.text)
        outcomes.append(("ok", doc.text))
    assert outcomes[0] == outcomes[1]  # a file and stdin read the same bytes the same way


def _stdin(data: bytes, name: str) -> Document:
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data))
    try:
        return read_stdin(str(Path(name)))
    finally:
        sys.stdin = saved
