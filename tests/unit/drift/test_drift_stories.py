"""Story sets: drift compares claims only within one story; the desk sheet spans them all."""

from __future__ import annotations

import dataclasses

import pytest
from drift_helpers import claim

from numcheck.checkers import drift
from numcheck.checkers.drift.reference import load_references
from numcheck.claims import Claim
from numcheck.document import Document, Metadata
from numcheck.findings import Finding
from numcheck.interval import Interval
from numcheck.readers import read_text
from numcheck.settings import Settings
from numcheck.testing import run_checks
from numcheck.testing.builders import make_context, make_document


def doc(path: str, story: str | None = None) -> Document:
    document = make_document("x", path)
    return dataclasses.replace(document, metadata=Metadata(story=story))


def run(claims: list[Claim], documents: list[Document], scope: str = "run") -> list[Finding]:
    context = make_context(settings=Settings(story_scope=scope))
    found = drift.numcheck_check_corpus(documents, claims, context)
    return sorted(found, key=Finding.sort_key)


FLOOD = claim("flood/a.md", "116", Interval.point(116), thing="people")
# two figures within ten times of each other: further apart by no slip of the pen they
# would be two figures, not one told two ways (checkers/_slips.py)
QUAKE = claim("quake/b.md", "340", Interval.point(340), thing="people")


def test_run_scope_compares_everything_checked_together() -> None:
    assert [f.rule for f in run([FLOOD, QUAKE], [doc("flood/a.md"), doc("quake/b.md")])] == [
        "NC401"
    ]


def test_directory_scope_keeps_each_directory_apart() -> None:
    docs = [doc("flood/a.md"), doc("quake/b.md")]
    assert run([FLOOD, QUAKE], docs, "directory") == []
    same_dir = claim("flood/c.md", "340", Interval.point(340), thing="people")
    found = run([FLOOD, QUAKE, same_dir], [*docs, doc("flood/c.md")], "directory")
    assert [(f.rule, f.location.path) for f in found] == [("NC401", "flood/c.md")]


def test_file_scope_compares_only_documents_grouped_by_metadata() -> None:
    docs = [doc("flood/a.md"), doc("quake/b.md")]
    assert run([FLOOD, QUAKE], docs, "file") == []
    tagged = [doc("flood/a.md", "Marrow floods"), doc("quake/b.md", "marrow  FLOODS")]
    assert [f.rule for f in run([FLOOD, QUAKE], tagged, "file")] == ["NC401"]


@pytest.mark.parametrize("scope", ["run", "directory", "file"])
def test_metadata_story_beats_the_scope(scope: str) -> None:
    docs = [doc("news/a.md", "floods"), doc("news/b.md", "quake")]
    a = claim("news/a.md", "116", Interval.point(116), thing="people")
    b = claim("news/b.md", "3,400", Interval.point(3400), thing="people")
    assert run([a, b], docs, scope) == []


def test_the_desk_sheet_applies_to_every_story_set(tmp_path: object) -> None:
    from pathlib import Path

    sheet = Path(str(tmp_path)) / "figures.toml"
    sheet.write_text('[[figure]]\nmeasure = "people killed"\nvalue = "about 100"\n'
                     'claimant = "the regional office"\n', encoding="utf-8")  # fmt: skip
    a = claim("flood/a.md", "3,000", Interval.point(3000), thing="people")
    b = claim("quake/b.md", "5,000", Interval.point(5000), thing="people")
    settings = Settings(story_scope="directory", reference=(str(sheet),))
    figures = [f.claim for f in load_references(settings.reference)]  # the engine's part
    found = drift.numcheck_check_corpus([doc("flood/a.md"), doc("quake/b.md")],
                                        [a, b, *figures], make_context(settings=settings))
    by_path = {f.location.path: f for f in found}
    assert set(by_path) == {"flood/a.md", "quake/b.md"}
    for finding in by_path.values():
        assert [r.path for r in finding.related] == [str(sheet)]
        assert "the desk sheet" in finding.message


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("---\ntitle: Floods\nstory: Marrow floods\n---\n\nText.\n", "a.md"),
        ("Story: Marrow floods\nDate: 2023-06-12\n\nText.\n", "a.txt"),
        (
            '<html><head><meta name="story" content="Marrow floods"></head>'
            "<body><p>Text.</p></body></html>",
            "a.html",
        ),
    ],
)
def test_readers_take_the_story_from_metadata(text: str, path: str) -> None:
    assert read_text(text, path).metadata.story == "Marrow floods"


def dated(path: str, date: str | None) -> Document:
    import datetime as dt

    document = make_document("x", path)
    when = dt.date.fromisoformat(date) if date else None
    return dataclasses.replace(document, metadata=Metadata(date=when))


def test_story_scope_chains_a_news_cycle_and_splits_other_weeks() -> None:
    from numcheck.checkers.drift.stories import story_of

    docs = [dated("a", "2024-03-01"), dated("b", "2024-03-06"), dated("c", "2024-03-12"),
            dated("d", "2024-04-30"), dated("e", None)]  # fmt: skip
    story = story_of(docs, "story", days=7)
    assert story("a") == story("b") == story("c")  # each within a week of the one before
    assert story("d") != story("a")
    assert story("e") not in (story("a"), story("d"))  # two chains: undated apart
    one = story_of(docs[:2] + docs[4:], "story", days=7)
    assert one("e") == one("a")  # the only chain takes the undated article


def test_story_scope_splits_unrelated_incidents_of_one_week() -> None:
    from numcheck.checkers.drift.stories import story_of

    docs = [dated(p, "2024-03-01") for p in ("flood", "quake", "typhoon", "quiet")]
    incidents = {
        "flood": frozenset({"flood"}),
        "quake": frozenset({"earthquake"}),
        "typhoon": frozenset({"storm"}),
    }
    related = {"storm": frozenset({"flood"}), "flood": frozenset({"storm"})}
    story = story_of(docs, "story", 7, incidents, related)
    assert story("flood") == story("typhoon") != story("quake")
    assert story("quiet") == story("flood")  # no incident: the largest story of its week


def test_default_scope_keeps_unrelated_stories_apart_end_to_end() -> None:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {
        "fire.md": "---\ndate: 2023-02-11\n---\n\nThree people died in the house fire.\n",
        "quake.md": "---\ndate: 2023-02-12\n---\n\nThe earthquake killed 40 people.\n",
        "fire2.md": "---\ndate: 2023-02-12\n---\n\nTwo people died in the house fire.\n",
    }
    found = run_checks(texts, [drift])
    assert [(f.rule, f.location.path) for f in found] == [("NC401", "fire2.md")]


def test_two_fires_a_week_apart_in_two_towns_are_two_stories() -> None:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {
        "a.md": "---\ndate: 2023-02-11\n---\n\nThree people died in a house fire on "
                "Harrogate Road, West Riding Fire and Rescue Service said.\n",
        "b.md": "---\ndate: 2023-02-18\n---\n\nTwo people died in a house fire on Kingsley "
                "Street in Dunmore, Lowland Fire and Rescue Service said.\n",
        # the same Dunmore fire told by another outlet that names the town only
        "c.md": "---\ndate: 2023-02-19\n---\n\nDUNMORE, Feb 19 - The fire service said "
                "three people were killed in the house fire.\n",
        # and one that names no place at all: one of the stories of its week
        "d.md": "---\ndate: 2023-02-19\n---\n\nFour people were killed in the house fire, "
                "the fire service said.\n",
    }  # fmt: skip
    found = run_checks(texts, [drift])
    related = {(f.location.path, r.path) for f in found for r in f.related}
    assert ("c.md", "b.md") in related or ("b.md", "c.md") in related
    assert not any("a.md" in pair for pair in related)


def test_articles_naming_no_incident_are_split_by_place_not_lumped_together() -> None:
    """A day's wire where few figures name an incident ("the explosion"): the articles that
    name none still form one story per place, not one story of the whole day."""
    from numcheck.checkers.drift.stories import Marks, story_of

    docs = [dated(p, "2024-05-02") for p in ("a1", "a2", "b1", "b2", "c1", "loose")]
    incidents = {"a1": frozenset({"explosion"})}
    marks = {
        "a1": Marks(places=frozenset({"tolvik"})),
        "a2": Marks(places=frozenset({"tolvik"})),  # the same town, no incident named
        "b1": Marks(places=frozenset({"arnhold"}), names=frozenset({"arnhold water board"})),
        "b2": Marks(names=frozenset({"arnhold water board"})),  # joins b1 by a name
        "c1": Marks(places=frozenset({"siebenau"})),
        "loose": Marks(),  # names nothing: the largest story of its day
    }
    story = story_of(docs, "story", 7, incidents, {}, marks=marks)
    assert story("a1") == story("a2")
    assert story("b1") == story("b2")
    assert len({story("a1"), story("b1"), story("c1")}) == 3
    assert story("loose") in {story("a1"), story("b1"), story("c1")}


def test_unrelated_articles_of_one_day_do_not_drift_against_each_other() -> None:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {
        "a.md": "---\ndate: 2024-05-02\n---\n\nThe council said 41 people were hurt in Tolvik.\n",
        "b.md": "---\ndate: 2024-05-02\n---\n\nMedics said 96 people were hurt in Arnhold.\n",
        "c.md": "---\ndate: 2024-05-03\n---\n\nDoctors said 52 people were hurt in Tolvik.\n",
    }
    found = run_checks(texts, [drift])
    related = {(f.location.path, r.path) for f in found for r in f.related}
    assert related
    assert all("b.md" not in pair for pair in related)


def test_two_instruments_named_by_their_terms_are_not_one_figure() -> None:
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    texts = {
        "a.md": "---\ndate: 2026-03-02\n---\n\nThe 10-year gilt yield rose to 4.1% in London.\n",
        "b.md": "---\ndate: 2026-03-02\n---\n\nThe two-year gilt yield rose to 3.9% in London.\n",
    }
    assert [f.rule for f in run_checks(texts, [drift])] == []


def test_one_towns_two_incidents_months_apart_are_two_stories_in_a_daily_wire() -> None:
    """An archive never falls silent for a week, so the run's chain by date never
    breaks; a story set still does, where its own articles are more than a week apart."""
    from numcheck.checkers import drift
    from numcheck.testing import run_checks

    def shelling(day: str, killed: str) -> str:
        return (f"---\ndate: {day}\n---\n\nThe regional governor said {killed} civilians "
                f"were killed by shelling in Varmol.\n")

    texts = {"m1.md": shelling("2024-03-01", "1,657"), "m2.md": shelling("2024-03-02", "1,657"),
             "a1.md": shelling("2024-08-10", "3,208"), "a2.md": shelling("2024-08-10", "9,600")}
    # other stories every few days between them: the run's date chain never breaks
    import datetime as dt

    for n in range(40):
        day = (dt.date(2024, 3, 1) + dt.timedelta(days=4 * n)).isoformat()
        texts[f"w{n:02d}.md"] = (f"---\ndate: {day}\n---\n\nFloods forced 120 families from "
                                 f"their homes in Lornbury {n}, the council said.\n")
    found = run_checks(texts, [drift])
    pairs = {frozenset({f.location.path, *(r.path for r in f.related)}) for f in found}
    assert frozenset({"a1.md", "a2.md"}) in pairs  # August's two tolls still contradict
    assert not any(p & {"m1.md", "m2.md"} and p & {"a1.md", "a2.md"} for p in pairs)


def test_an_article_naming_both_places_joins_two_halves_of_one_story() -> None:
    """The paper never names its town, the radio never names the river: the wire names
    both, so the three are one story and the toll that fell is a contradiction."""
    docs = {
        "wire-mon.txt": "Title: River bursts banks\nPublished: 2026-11-09\nSource: Northline\n\n"
        "BRANFORD, Nov 9 (Northline) - About 600 people were evacuated in Branford on Monday "
        "after the River Rell burst its banks at Mill Bridge, the council said.\n",
        "paper-wed.md": "---\ntitle: Clean-up begins\ndate: 2026-11-11\nsource: Echo\n---\n\n"
        "The storm has killed 14 people, police said on Wednesday. The river fell to 3.9 "
        "metres at Mill Bridge.\n",
        "radio-thu.md": "---\ntitle: Toll\ndate: 2026-11-12\nsource: Radio\n---\n\n"
        "The storm has killed 12 people, police said on Thursday. Clean-up crews were "
        "working in Branford.\n",
    }
    assert run_checks(docs, [drift]).codes() == ["NC401"]
