"""What a run reads: paths found by discovery, stdin, and documents given as text.

The CLI and :func:`numcheck.check` hand the engine the same kind of sources
(paths, which the engine reads through :class:`MetadataReader`, or ready
Documents), so selection, suppressions and the baseline see the same paths
whichever door a document came through.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from numcheck.document import Document
from numcheck.errors import InputError, NumcheckError
from numcheck.settings import Settings

Source = str | Document
# what numcheck.check accepts: a path, (name, text), or a Document
DocumentLike = str | os.PathLike[str] | tuple[str, str] | Document


def text_encoding(encoding: str) -> bool:
    """Is ``encoding`` a codec that turns bytes into text? (``rot13`` and ``base64``
    are codecs too, but not text encodings.)"""
    try:
        b"".decode(encoding)
        "".encode(encoding)
    except (LookupError, ValueError):
        return False
    return True


@dataclass(frozen=True)
class MetadataReader:
    """Reads a path and applies --date/--source (picklable, for --jobs)."""

    encoding: str | None = None
    max_size: int = 0
    date: str | None = None
    source: str | None = None

    def __call__(self, path: str) -> Document:
        from numcheck.readers import read_path

        return self.adjust(read_path(path, encoding=self.encoding, max_size=self.max_size))

    def adjust(self, document: Document) -> Document:
        if self.date is None and self.source is None:
            return document
        meta = document.metadata
        meta = dataclasses.replace(
            meta, date=dt.date.fromisoformat(self.date) if self.date else meta.date,
            source=self.source if self.source is not None else meta.source)
        return dataclasses.replace(document, metadata=meta)


@dataclass
class Inputs:
    """The sources of one run, the problems met finding them, and stdin's name."""

    sources: list[Source]
    errors: list[InputError]
    stdin_path: str | None = None
    # JSON Lines / Parquet archives named as inputs (numcheck/readers/archive.py): read
    # after ``sources``, record by record, by whichever engine runs
    archives: list[str] = dataclasses.field(default_factory=list)

    def expanded(self, reader: MetadataReader) -> tuple[list[Source], list[InputError]]:
        """``sources`` then every archive's records, and the records that are not
        articles (for the in-process engine, which holds every source at once)."""
        from numcheck.readers.archive import iter_archive

        sources = list(self.sources)
        errors: list[InputError] = []
        for archive in self.archives:
            for item in iter_archive(archive, reader.max_size):
                if isinstance(item, InputError):
                    errors.append(item)
                else:
                    sources.append(reader.adjust(item))
        return sources, errors


def gather(paths: Sequence[str], settings: Settings, reader: MetadataReader, *,
           stdin_filename: str | None = None, force_exclude: bool = False,
           respect_ignore: bool = True, follow_symlinks: bool = False) -> Inputs:
    """Paths (files, directories, ``-``) -> sources, the way the CLI finds them."""
    from numcheck.discovery import find_files

    if list(paths).count("-") > 1:
        raise NumcheckError("'-' (stdin) can be given only once")
    from numcheck.readers.archive import archive_kind

    errors: list[InputError] = []
    archives = [p for p in paths if p != "-" and archive_kind(p) is not None]
    files = find_files([p for p in paths if p not in archives], settings, errors=errors,
                       force_exclude=force_exclude, respect_ignore=respect_ignore,
                       follow_symlinks=follow_symlinks)
    inputs = Inputs([], errors, archives=sorted(set(archives), key=archives.index))
    for path in files:
        if path != "-":
            inputs.sources.append(path)
            continue
        from numcheck.readers import read_stdin

        try:
            inputs.sources.append(reader.adjust(read_stdin(stdin_filename, reader.encoding,
                                                            max_size=reader.max_size)))
            inputs.stdin_path = stdin_filename or "-"
        except InputError as stdin_error:
            errors.append(stdin_error)
    return inputs


def from_objects(documents: Iterable[DocumentLike], settings: Settings,
                 reader: MetadataReader) -> Inputs:
    """What :func:`numcheck.check` accepts -> sources: paths are discovered (a
    directory is walked with the settings' include/exclude), ``(name, text)`` pairs
    are read from memory (the name's extension picks the reader), Documents pass."""
    from numcheck.discovery import find_files
    from numcheck.readers import read_text

    inputs = Inputs([], [])
    for item in documents:
        if isinstance(item, Document):
            inputs.sources.append(reader.adjust(item))
        elif isinstance(item, tuple):
            name, text = item
            if not isinstance(name, str) or not isinstance(text, str):
                raise TypeError(f"expected (name, text) strings, got {item!r}")
            try:
                inputs.sources.append(reader.adjust(read_text(text, name)))
            except InputError as err:
                inputs.errors.append(err)
        elif isinstance(item, str | os.PathLike):
            path = os.fspath(item)
            if path == "-":
                raise NumcheckError("numcheck.check reads no stdin: pass (name, text)")
            from numcheck.readers.archive import archive_kind

            if archive_kind(path) is not None:
                inputs.archives.append(path)
                continue
            inputs.sources.extend(find_files([path], settings, errors=inputs.errors))
        else:
            raise TypeError(f"expected a path, (name, text) or Document, got {item!r}")
    return inputs


__all__ = ["DocumentLike", "Inputs", "MetadataReader", "Source", "from_objects", "gather",
           "text_encoding"]
