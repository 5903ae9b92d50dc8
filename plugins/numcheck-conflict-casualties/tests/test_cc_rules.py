"""Conflict-casualties rule logic on hand-built claims (no parser needed)."""

from __future__ import annotations

from collections.abc import Sequence

import numcheck_conflict_casualties as cc

from numcheck.claims import Claim, Scope
from numcheck.document import Document
from numcheck.findings import Finding
from numcheck.lexicon import Lexicon
from numcheck.quantity import Bound
from numcheck.testing import assert_findings
from numcheck.testing.builders import make_claim, make_context, make_document


def check(doc: Document, claims: Sequence[Claim]) -> list[Finding]:
    return list(cc.numcheck_check_document(doc, claims, make_context()))


def corpus(docs: Sequence[Document], claims: Sequence[Claim]) -> list[Finding]:
    return list(cc.numcheck_check_corpus(docs, claims, make_context()))


BLAST = "The blast killed 120 and wounded 300, officials said. There were 350 casualties."


def test_killed_plus_wounded_above_casualties() -> None:
    doc = make_document(BLAST)
    claims = [
        make_claim(doc, "120", event="killed"),
        make_claim(doc, "300", event="wounded"),
        make_claim(doc, "350", event="casualties"),
    ]
    (finding,) = check(doc, claims)
    assert_findings([finding], [("CC101", "350")])
    assert [r.text for r in finding.related] == ["120", "300"]


def test_casualties_that_hold_the_parts_are_fine() -> None:
    doc = make_document(BLAST.replace("350", "420"))
    claims = [
        make_claim(doc, "120", event="killed"),
        make_claim(doc, "300", event="wounded"),
        make_claim(doc, "420", event="casualties"),
    ]
    assert check(doc, claims) == []


def test_hedges_give_the_benefit_of_the_doubt() -> None:
    text = "About 120 were killed and about 300 wounded: 400 casualties in all."
    doc = make_document(text)
    claims = [
        make_claim(doc, "About 120", event="killed", bound=Bound.APPROX),
        make_claim(doc, "about 300", event="wounded", bound=Bound.APPROX),
        make_claim(doc, "400", event="casualties"),
    ]
    assert check(doc, claims) == []  # 108 + 270 can be within 400


def test_civilian_and_military_figures_are_kept_apart() -> None:
    text = "Shelling killed 200 soldiers. Civilian casualties stood at 150."
    doc = make_document(text)
    claims = [
        make_claim(doc, "200", event="killed", thing="soldier", qualifiers=("military",)),
        make_claim(doc, "150", event="casualties", thing="civilian", qualifiers=("civilian",)),
    ]
    assert check(doc, claims) == []
    # but everyone's casualties include the soldiers
    everyone = make_claim(doc, "150", event="casualties")
    assert_findings(check(doc, [claims[0], everyone]), [("CC101", "150")])


def test_different_claimants_are_not_added_up() -> None:
    doc = make_document(BLAST)
    claims = [
        make_claim(doc, "120", event="killed", claimant="Russia's Defense Ministry"),
        make_claim(doc, "300", event="wounded", claimant="Russia's Defense Ministry"),
        make_claim(doc, "350", event="casualties", claimant="Ukraine's emergency services"),
    ]
    assert check(doc, claims) == []


def test_refugees_abroad_above_displaced_total() -> None:
    text = (
        "The UN says 2 million refugees have crossed into neighbouring countries. "
        "In all, 1.5 million people have been displaced by the fighting."
    )
    doc = make_document(text)
    claims = [
        make_claim(doc, "2 million", event="fled", thing="people"),
        make_claim(doc, "1.5 million", event="fled", thing="people"),
    ]
    (finding,) = check(doc, claims)
    assert_findings([finding], [("CC102", "1.5 million")])
    assert finding.related[0].text == "2 million"


def test_internally_displaced_are_not_a_total() -> None:
    text = "2 million refugees fled abroad, and 1.5 million are internally displaced."
    doc = make_document(text)
    claims = [
        make_claim(doc, "2 million", event="fled", thing="people"),
        make_claim(doc, "1.5 million", event="displaced", thing="people"),
    ]
    assert check(doc, claims) == []


def test_quoted_findings_are_marked() -> None:
    doc = make_document('"There were 350 casualties," he said. The blast killed 400.')
    claims = [
        make_claim(doc, "350", event="casualties", scope=Scope.QUOTE),
        make_claim(doc, "400", event="killed"),
    ]
    (finding,) = check(doc, claims)
    assert finding.in_quote
    assert finding.fix is None


def _report(
    path: str, date: str, text: str, phrase: str, window: str | None = None
) -> tuple[Document, Claim]:
    doc = make_document(text, path, date=date, source=path.split(".")[0])
    claim = make_claim(doc, phrase, event="killed", claimant="the health ministry", window=window)
    return doc, claim


def test_falling_toll_between_reports_of_the_same_claimant() -> None:
    d1, c1 = _report("mon.txt", "2022-03-01", "The health ministry said 300 were killed.", "300")
    d2, c2 = _report("wed.txt", "2022-03-03", "The health ministry said 250 were killed.", "250")
    d3, c3 = _report("tue.txt", "2022-03-02", "The health ministry said 320 were killed.", "320")
    (finding,) = corpus([d1, d2, d3], [c2, c1, c3])
    assert_findings([finding], [("CC103", "250")])
    assert finding.location.path == "wed.txt"
    assert finding.related[0].path == "tue.txt"  # the highest earlier toll


def test_rising_tolls_corrections_and_rolling_windows_are_fine() -> None:
    d1, c1 = _report("a.txt", "2022-03-01", "The health ministry said 300 were killed.", "300")
    d2, c2 = _report("b.txt", "2022-03-02", "The health ministry said 310 were killed.", "310")
    assert corpus([d1, d2], [c1, c2]) == []
    text = "The health ministry revised the toll: 250 were killed."
    d3, c3 = _report("c.txt", "2022-03-03", text, "250")
    assert corpus([d1, d3], [c1, c3]) == []
    text = "The health ministry said 20 were killed in the last 24 hours."
    d4, c4 = _report("d.txt", "2022-03-01", text, "20", window="last 24 hours")
    d5, c5 = _report("e.txt", "2022-03-02", text.replace("20", "12"), "12", window="last 24 hours")
    assert corpus([d4, d5], [c4, c5]) == []


def test_other_claimants_and_undated_reports_are_not_compared() -> None:
    d1, c1 = _report("a.txt", "2022-03-01", "The health ministry said 300 were killed.", "300")
    d2 = make_document("The army said 250 were killed.", "b.txt", date="2022-03-02")
    c2 = make_claim(d2, "250", event="killed", claimant="the army")
    d3 = make_document("The health ministry said 250 were killed.", "c.txt")
    c3 = make_claim(d3, "250", event="killed", claimant="the health ministry")
    assert corpus([d1, d2, d3], [c1, c2, c3]) == []


def test_lexicon_extension_merges_into_numcheck() -> None:
    extended = Lexicon.default().extended([cc.numcheck_lexicon()])
    events = extended["measures"]["events"]
    assert "unaccounted for" in events["missing"]
    assert "internally displaced" in events["displaced"]
    assert "killed" in events["killed"]  # the built-in forms are kept
    assert "infants" in extended["measures"]["things"]["child"]
