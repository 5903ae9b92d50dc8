"""The two-article cases of tests/unit/extract/data/event_verbs_*.toml (the verb a
figure is told with, extract/verbs.py): a planted case is right when its two figures
are filed in one group and one block the drift index compares and drift raises its
rule; a look-alike when drift raises no warning or error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from story_cases import Case, load_cases

DATA = Path(__file__).parent / "data"
ACCEPT = {"NC401": ("NC401", "NC402"), "NC403": ("NC403",)}


def load(name: str) -> list[tuple[Case, tuple[str, str]]]:
    import tomllib

    raw = tomllib.loads((DATA / name).read_text(encoding="utf-8"))["case"]
    return [(case, (r["fa"], r["fb"])) for case, r in zip(load_cases(DATA / name), raw,
                                                          strict=True)]


def _claim(path: str, text: str, figure: str) -> Any:
    from numcheck.engine import analyse_document, make_parser
    from numcheck.lexicon import Lexicon
    from numcheck.readers import read_text

    doc = read_text(text, path)
    lexicon = Lexicon.default()
    claims = analyse_document(doc, make_parser(lexicon, 0.0), lexicon).claims
    start = doc.text.index(figure, doc.text.rindex("---"))  # the body, not the front matter
    end = start + len(figure)
    return next((c for c in claims if c.location.start < end and start < c.location.end), None)


def grouped(case: Case, figures: tuple[str, str]) -> bool:
    """Both figures alignable, in one group (keys.fine_key) and in blocks the index
    compares (keys.linked)."""
    from numcheck.checkers.drift.alignment import Alignment
    from numcheck.checkers.drift.keys import alignable, block_key, fine_key, linked

    alignment = Alignment.from_lexicon()
    a, b = (_claim(path, text, figure) for (path, text), figure
            in zip(case.articles.items(), figures, strict=True))
    if a is None or b is None or not (alignable(a, alignment) and alignable(b, alignment)):
        return False
    return (fine_key(a, "s", alignment) == fine_key(b, "s", alignment)
            and linked(block_key(a, alignment), block_key(b, alignment), alignment))


def raised(case: Case) -> list[str]:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    return sorted(f.rule for f in run_checks(case.articles, [drift])
                  if f.rule in ("NC401", "NC402", "NC403"))


def right(case: Case, figures: tuple[str, str]) -> bool:
    rules = raised(case)
    if not case.expect:
        return not rules
    return grouped(case, figures) and any(r in ACCEPT[case.expect] for r in rules)


def check(case: tuple[Case, tuple[str, str]], known: set[str]) -> None:
    """A case is right, unless it is a known miss or alarm, which must still be wrong
    (so a fix shows up as a list to shorten)."""
    story, figures = case
    if story.name in known:
        assert not right(story, figures), f"{story.name} passes now: drop it from the list"
        return
    assert right(story, figures), story.name


def planted_share(cases: list[tuple[Case, tuple[str, str]]]) -> float:
    """The share of planted problems among ``cases`` (the rest are look-alikes)."""
    return sum(1 for c, _ in cases if c.expect) / len(cases)


def score(name: str) -> tuple[int, int, int, int, list[str]]:
    """(planted right, planted, look-alikes silent, look-alikes, names wrong)."""
    found = planted = silent = alike = 0
    wrong = []
    for case, figures in load(name):
        ok = right(case, figures)
        if case.expect:
            planted += 1
            found += ok
        else:
            alike += 1
            silent += ok
        if not ok:
            wrong.append(case.name)
    return found, planted, silent, alike, wrong
