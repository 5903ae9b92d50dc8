"""Files and stdin -> Document: decoding, format choice, masking, metadata.

``read_path`` and ``read_stdin`` turn bytes into text (UTF-8 by default, a BOM
accepted, ``encoding=`` to override) and refuse what is not an article with an
:class:`~numcheck.errors.InputError` (one line: "PATH: problem"). ``read_text``
picks the reader by extension: .md/.markdown -> Markdown, .html/.htm -> HTML,
anything else -> plain text. docs/users/inputs.md documents what each reader
keeps as prose.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Callable

from numcheck.document import Document
from numcheck.errors import InputError
from numcheck.readers.files import DEFAULT_MAX_SIZE, read_capped, read_file
from numcheck.readers.markdown import read_markdown
from numcheck.readers.plain import read_plain


def read_html(text: str, path: str) -> Document:
    """The HTML reader, imported on first use (html.parser costs start-up time that
    plain-text and Markdown runs never need)."""
    from numcheck.readers.html import read_html as read

    return read(text, path)


FORMATS: dict[str, Callable[[str, str], Document]] = {
    "text": read_plain,
    "markdown": read_markdown,
    "html": read_html,
}
_ALIASES = {"txt": "text", "plain": "text", "md": "markdown", "htm": "html"}
_EXTENSIONS = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}
BINARY_SNIFF = 8192
STDIN = "-"


def format_for(path: str, fmt: str | None = None) -> str:
    """The reader name for ``fmt`` (text, markdown, html or an alias), else by extension."""
    if fmt is not None:
        name = _ALIASES.get(fmt.lower(), fmt.lower())
        if name not in FORMATS:
            raise InputError(path, f"unknown format {fmt!r} (text, markdown, html)")
        return name
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower(), "text")


def read_text(text: str, path: str, fmt: str | None = None) -> Document:
    """A Document from already-decoded text; ``fmt`` overrides the extension."""
    name = format_for(path, fmt)
    if not text:
        return Document(path=path, text="", prose="", format=name)
    return FORMATS[name](text, path)


def known_encoding(encoding: str) -> bool:
    """Is ``encoding`` a codec Python knows (checked before any file is read)?"""
    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Bytes -> text, refusing binary data and reporting the first bad byte."""
    if encoding is None:
        if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            encoding = "utf-32"  # before UTF-16: the UTF-32-LE BOM starts like UTF-16-LE's
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"
        elif b"\0" in data[:BINARY_SNIFF]:
            raise InputError(path, "binary file, skipped")
    elif not known_encoding(encoding):
        raise InputError(path, f"unknown encoding {encoding!r}")
    offset = 0
    if encoding is None:
        if data.startswith(codecs.BOM_UTF8):
            offset = len(codecs.BOM_UTF8)
        label, codec = "UTF-8", "utf-8"
    else:
        label, codec = encoding, encoding
    try:
        text = data[offset:].decode(codec) if offset else data.decode(codec)
    except UnicodeDecodeError as err:
        hint = " (use --encoding)" if encoding is None else ""
        raise InputError(path, f"not valid {label} at byte {err.start + offset}{hint}") from None
    if encoding is not None and text.startswith("\ufeff"):
        text = text[1:]  # a BOM the named codec kept; offsets count from after it
    return text


def read_path(path: str, *, encoding: str | None = None,
              max_size: int | None = DEFAULT_MAX_SIZE) -> Document:
    """Read one article file (``-`` reads stdin as plain text).

    Only regular files are read (a FIFO or device is skipped, never opened for a
    blocking read); ``max_size`` (bytes, 0 or None = no limit) caps the read itself,
    so a device or a growing file cannot exhaust memory.
    """
    if path == STDIN:
        return read_stdin(encoding=encoding, max_size=max_size)
    data = read_file(path, max_size)
    return read_text(decode(data, path, encoding), path)


def read_stdin(stdin_filename: str | None = None, encoding: str | None = None,
               max_size: int | None = DEFAULT_MAX_SIZE) -> Document:
    """Read stdin, at most ``max_size`` bytes; ``stdin_filename`` names it in output
    and picks its format."""
    path = stdin_filename or STDIN
    if sys.stdin is None:  # started with the descriptor closed (``<&-``)
        raise InputError(path, "cannot read: stdin is closed")
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    try:
        if stream is not None:
            data = read_capped(stream, max_size, path)
        else:
            data = sys.stdin.read().encode("utf-8")
    except OSError as err:
        reason = (err.strerror or type(err).__name__).lower()
        raise InputError(path, f"cannot read: {reason}") from None
    return read_text(decode(data, path, encoding), path)


__all__ = [
    "DEFAULT_MAX_SIZE", "FORMATS", "STDIN", "decode", "format_for", "known_encoding",
    "read_file", "read_path", "read_stdin", "read_text",
]
