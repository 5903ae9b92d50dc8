"""Small plugins that misbehave in every way a careless plugin can, for isolation tests."""

from __future__ import annotations

import operator
import os
import re
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

from numcheck import hookimpl
from numcheck.claims import Claim
from numcheck.context import CheckContext
from numcheck.document import Document
from numcheck.engine import Analysis, Engine
from numcheck.findings import Finding, Location, Rule, Severity
from numcheck.plugins import get_plugin_manager
from numcheck.settings import Settings

TEXT = "The storm killed 34 people.\nLater reports said at least 40 died.\n"


def loc(doc: Document, needle: str) -> Location:
    start = doc.text.index(needle)
    end = start + len(needle)
    (line, col), (end_line, end_col) = doc.position(start), doc.position(end)
    return Location(doc.path, start, end, line, col, end_line, end_col, needle)


class Declares:
    @hookimpl
    def numcheck_rules(self) -> Sequence[Rule]:
        return [Rule("TS1", "test-one", Severity.ERROR, "first test rule")]


class Finds:
    """A well-behaved checker: one finding per document, one per corpus."""

    @hookimpl
    def numcheck_check_document(self, document: Document) -> list[Finding]:
        return [Finding("TS1", "saw 34", loc(document, "34 people"))]

    @hookimpl
    def numcheck_check_corpus(self, documents: Sequence[Document],
                              claims: Sequence[Claim]) -> list[Finding]:
        return [Finding("TS1", f"corpus of {len(documents)} with {len(claims)} claims",
                        loc(documents[0], "at least 40"))]


class Exits:
    def __init__(self, code: object) -> None:
        self.code = code

    @hookimpl
    def numcheck_check_document(self) -> None:
        sys.exit(self.code)

    @hookimpl
    def numcheck_check_corpus(self) -> None:
        raise SystemExit(self.code)


class Interrupts:
    def __init__(self, error: BaseException) -> None:
        self.error = error

    @hookimpl
    def numcheck_check_document(self) -> None:
        raise self.error


class Returns:
    """Returns whatever it was given, from both check hooks."""

    def __init__(self, value: Any) -> None:
        self.value = value

    @hookimpl
    def numcheck_check_document(self, document: Document) -> Any:
        return self.value(document) if callable(self.value) else self.value


class Clears:
    """A corpus plugin that tries to change what the others see."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    @hookimpl
    def numcheck_check_corpus(self, documents: Any, claims: Any, context: CheckContext) -> None:
        for attempt in (lambda: claims.clear(), lambda: documents.append(None),
                        lambda: operator.setitem(context.extras, "lexicon", None)):
            try:
                attempt()
            except (AttributeError, TypeError) as err:
                self.errors.append(type(err).__name__)


class Hangs:
    """Never returns: a Python loop, a sleep, or a regex that holds the GIL."""

    def __init__(self, how: str, corpus: bool = False) -> None:
        self.how = how
        self.corpus = corpus

    def hang(self) -> None:
        if self.how == "loop":
            while True:
                pass
        if self.how == "sleep":
            time.sleep(3600)
        if self.how == "regex":  # catastrophic backtracking inside C, GIL held
            re.match(r"(a+)+$", "a" * 64 + "b")
        if self.how == "exit":
            os._exit(3)

    @hookimpl
    def numcheck_check_document(self, document: Document) -> list[Finding]:
        if not self.corpus:
            self.hang()
        return []

    @hookimpl
    def numcheck_check_corpus(self) -> list[Finding]:
        if self.corpus:
            self.hang()
        return []


class Counts:
    """Keeps state between document calls (a cache): it must survive in a worker."""

    def __init__(self) -> None:
        self.calls = 0

    @hookimpl
    def numcheck_check_document(self, document: Document) -> Iterator[Finding]:
        self.calls += 1
        yield Finding("TS1", f"call {self.calls}", loc(document, "34 people"))


def engine_with(*plugins: tuple[str, object], timeout: float = 0.0) -> Engine:
    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(Declares(), name="declares")
    for name, plugin in plugins:
        pm.register(plugin, name=name)
    return Engine(Settings(plugin_timeout=timeout), manager=pm)


def analysis(path: str = "story.txt", text: str = TEXT) -> Analysis:
    return Analysis(Document.from_text(text, path), (), ())


def messages(findings: Sequence[Finding]) -> list[tuple[str, str, str]]:
    return [(f.rule, f.plugin, f.message) for f in findings]
