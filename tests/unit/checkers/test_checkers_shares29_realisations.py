"""NC203 on percent-of realisations written for wave 29 (pof29), across desks: a share
and the count it stands for, with the base in the same sentence or the one before, the
share as a percentage or in words. ``TUNED`` was read while the readers were tuned;
``ASIDE`` was written at the same time and scored only at the end. Each pair is
(wrong, right): the wrong copy must raise NC203, the right copy must not. ``SILENT`` and
``ASIDE_SILENT`` are consistent look-alikes (a share of another base, another time, the
rest, a level beside a count) that must raise neither NC203 nor NC205."""

from __future__ import annotations

import pytest

from numcheck.checkers import shares
from numcheck.testing import run_checks


def codes(text: str) -> list[str]:
    return run_checks(text, [shares], path="article.txt").codes()


# (wrong, right)
TUNED = {
    "health: 'of those', the count then a word share, base a sentence back": (
        "The trust saw 4,800 patients in A&E last month. Of those, 1,900 waited more than "
        "four hours, about a quarter.",
        "The trust saw 4,800 patients in A&E last month. Of those, 1,200 waited more than "
        "four hours, about a quarter.",
    ),
    "education: part of an owned whole, the percentage set off after it": (
        "Some 312 of the school's 1,040 pupils, or 40%, receive free meals.",
        "Some 312 of the school's 1,040 pupils, or 30%, receive free meals.",
    ),
    "business: a word share and its base after the count": (
        "The retailer will shut 96 stores, roughly one in five of its 320 outlets.",
        "The retailer will shut 64 stores, roughly one in five of its 320 outlets.",
    ),
    "elections: part of a whole, the percentage closing the sentence": (
        "Turnout was 18,400 of 40,000 registered voters, or 62%.",
        "Turnout was 18,400 of 40,000 registered voters, or 46%.",
    ),
    "transport: the whole opens the sentence, a dash before the word share": (
        "Of the 2,150 trains that ran in March, 430 were late - more than a third.",
        "Of the 2,150 trains that ran in March, 430 were late - about a fifth.",
    ),
    "crime: 'of them' and a word share between commas": (
        "Police recorded 5,600 burglaries, and 1,400 of them, nearly half, went unsolved.",
        "Police recorded 5,600 burglaries, and 2,700 of them, nearly half, went unsolved.",
    ),
    "environment: the share in a pair of dashes after 'of them'": (
        "The survey counted 880 ponds, and 220 of them - three in five - had dried up.",
        "The survey counted 880 ponds, and 528 of them - three in five - had dried up.",
    ),
    "housing: 'of the total' after a part of a whole": (
        "Of the 12,000 homes built last year, 3,600 were affordable, or 45% of the total.",
        "Of the 12,000 homes built last year, 3,600 were affordable, or 30% of the total.",
    ),
    "health: 'of them' opens the next sentence, the share in dashes": (
        "The clinic screened 2,400 adults. Of them, 600 - roughly 40% - had high blood "
        "pressure.",
        "The clinic screened 2,400 adults. Of them, 600 - roughly 25% - had high blood "
        "pressure.",
    ),
    "workforce: 'three out of four' of a base, the count set off after it": (
        "Three out of four of the 800 nurses polled, some 450, said they planned to leave.",
        "Three out of four of the 800 nurses polled, some 600, said they planned to leave.",
    ),
    "business: 'accounting for' a share of a money base": (
        "Exports reached £12bn, accounting for 60% of the firm's £30bn of sales.",
        "Exports reached £12bn, accounting for 40% of the firm's £30bn of sales.",
    ),
    "charity: 'X% of whom', the count set off after it": (
        "The charity helped 3,000 families, 40% of whom, some 900, were single parents.",
        "The charity helped 3,000 families, 40% of whom, some 1,200, were single parents.",
    ),
    "workforce: the count first, the share and its 'workforce of N' after it": (
        "About 450 staff, 15% of its 2,000 employees, will go.",
        "About 300 staff, 15% of its 2,000 employees, will go.",
    ),
    "farming: a word share of an owned base, the count set off after it": (
        "One in eight of the region's 6,400 farms, about 1,200, has been sold.",
        "One in eight of the region's 6,400 farms, about 800, has been sold.",
    ),
    "politics: 'of them' points to a base a sentence back, a word share after": (
        "The council has 60 seats. Labour now holds 33 of them, almost two-thirds.",
        "The council has 60 seats. Labour now holds 40 of them, almost two-thirds.",
    ),
    "health trusts: the count's own noun names the base, told a sentence back": (
        "The trust employs 9,000 staff. About 2,700 staff work part-time, or 40% of staff.",
        "The trust employs 9,000 staff. About 2,700 staff work part-time, or 30% of staff.",
    ),
    "housing: a copula states the count as a share of a base a sentence back": (
        "The county has 14,500 households. 2,900 households accounted for 40% of "
        "households.",
        "The county has 14,500 households. 2,900 households accounted for 20% of "
        "households.",
    ),
    "clubs: a share of the membership after the count's clause": (
        "The club has 2,300 members. In all, 1,500 members voted for the merger, about 45 "
        "per cent of the membership.",
        "The club has 2,300 members. In all, 1,500 members voted for the merger, about 65 "
        "per cent of the membership.",
    ),
    "unions: a share of the part's own whole after the pair": (
        "In the ballot, 1,200 of 4,000 members voted yes, 45% of those balloted.",
        "In the ballot, 1,200 of 4,000 members voted yes, 30% of those balloted.",
    ),
    "sport: a part of an owned whole, the percentage after the clause": (
        "Hartley won 45 of his 60 matches this season, or 60%.",
        "Hartley won 45 of his 60 matches this season, or 75%.",
    ),
    "sport: 'out of' a whole, a percentage in brackets": (
        "Hartley won 45 out of 60 matches (60%) this season.",
        "Hartley won 45 out of 60 matches (75%) this season.",
    ),
}

# consistent look-alikes: no NC203, no NC205
SILENT = {
    "a share of the rest": (
        "Of the 1,200 staff, 300 will move to Leeds, and 15% of the others will retire."
    ),
    "a share of the vote beside seats": (
        "The party won 45% of the vote and 210 of the 650 seats."
    ),
    "a rate beside a count of people": (
        "Unemployment fell to 4.2%, with 1.4 million people out of work."
    ),
    "a share and a later count of another event": (
        "About 30% of the 900 flats are empty, and 120 have been sold."
    ),
    "occupancy beside a count of patients": (
        "The hospital has 600 beds; 95% were full on Monday and 40 patients waited in "
        "corridors."
    ),
    "last year's share beside this year's part": (
        "Of 400 applicants, 120 were offered places, up from 25% last year."
    ),
    "a part of matches and a share of finals": (
        "Hartley won 45 of his 60 matches, and 60% of his finals."
    ),
    "a cut and another group's count": (
        "The 2,000-strong workforce will shrink by 10% next year, while 300 contractors "
        "leave."
    ),
    "a share and what is left later": (
        "Some 40% of the 5,000 homes lost power; by evening 1,200 were still dark."
    ),
    "a survey share and another group's count": (
        "One in five adults smokes, the survey of 3,000 found, and 450 said they had quit."
    ),
    "a share of the count itself ('of them')": (
        "The county has 14,500 households. Some 2,900 households, 40% of them in the north, "
        "fell behind."
    ),
    "a share of a group in another clause": (
        "The region has 14,500 farms. Some 2,900 farms grow wheat, and 40% of farms keep "
        "sheep."
    ),
    "a share of a scoped group ('households there')": (
        "The town has 14,500 households. Some 2,900 households in the old town, 60% of "
        "households there, lack broadband."
    ),
    "a share of a base told for another year": (
        "The county had 14,500 households in 2010. This winter 2,900 households fell "
        "behind on bills, or 15% of households."
    ),
    "a share of a region's clubs": (
        "The league has 92 clubs. In the north, 23 clubs are in debt, 60% of clubs in the "
        "region."
    ),
    "a share of one site's staff": (
        "The trust employs 9,000 staff. Some 1,200 staff work nights, 40% of staff at the "
        "Leeds site."
    ),
    "a share of the staff beside a part of the shops": (
        "The chain shut 40 of its 320 shops, and 20% of its staff left."
    ),
    "a part of a whole and a share in another clause": (
        "In the ballot, 1,200 of 4,000 members voted yes, while 45% of those balloted "
        "voted no."
    ),
    "a share of the part, pointed back to by a bare pronoun": (
        "The council let 300 of its 1,200 flats last year, about a third of them to key "
        "workers."
    ),
    "a right share with its part and whole after it": (
        "Turnout was 62%, with 24,800 of the 40,000 registered voters casting a ballot."
    ),
    "an article that agrees throughout": (
        "Hollin Water will cut 360 jobs, about 12% of its 3,000 staff, the company said on "
        "Tuesday.\n\nOf the 360, 90 are in Leeds. About a quarter of the cuts, 90 posts, "
        "fall on the call centre, which employs 400 people.\n\nThe union said 70% of its "
        "members had backed strike action."
    ),
    "an article of shares and counts of different groups": (
        "The school has 1,200 pupils. Last year 85% of those sitting exams passed, and 40 "
        "pupils were excluded.\n\nOf the 80 teachers, half are part-time, and 12 are new."
    ),
}

# written with the rest; scored only at the end (not read while tuning)
ASIDE = {
    "education: the count and a word share set off after the whole": (
        "Of the 250 teachers surveyed, 175, or half, said workload had grown.",
        "Of the 250 teachers surveyed, 175, or seven in ten, said workload had grown.",
    ),
    "banking: a percentage of an owned staff base after the count": (
        "The bank will cut 2,400 jobs, about 12% of its 16,000 staff.",
        "The bank will cut 2,400 jobs, about 15% of its 16,000 staff.",
    ),
    "hospitals: the base a sentence back, the percentage set off after the count": (
        "The hospital had 900 beds. On Monday, 810 were occupied, or 75%.",
        "The hospital had 900 beds. On Monday, 810 were occupied, or 90%.",
    ),
    "aviation: an owned whole opens the sentence, the word share in dashes": (
        "Of the airline's 140 jets, 35 - a third - are grounded.",
        "Of the airline's 140 jets, 35 - a quarter - are grounded.",
    ),
    "policing: 'out of' and a percentage closing the sentence": (
        "Officers solved 240 out of 1,600 robberies, or 25%.",
        "Officers solved 240 out of 1,600 robberies, or 15%.",
    ),
}

ASIDE_SILENT = {
    "turnout and a count of the yes vote": (
        "The union has 3,400 members; 60% voted, and 1,200 backed the strike."
    ),
    "a part and a share of another state": (
        "Of the 140 jets, 35 are grounded and a third are leased."
    ),
    "a share of another base in the next clause": (
        "Some 2,400 jobs will go, and 12% of the suppliers' 8,000 staff may follow."
    ),
}


# not read yet (left for a later wave; the report says why)
GAPS = {
    "health: 'of those', the count then a word share, base a sentence back": (
        "the count's clause holds a comparison ('more than four hours'), which breaks the "
        "gap a count set off before a share may hold"
    ),
}
SILENT_GAPS = {
    "a share and what is left later": (
        "'still dark' is read as what the share leaves (the rest), though it is a part of "
        "the homes that lost power: the state's polarity is not read"
    ),
}


def _marked(table: dict[str, object], gaps: dict[str, str]) -> list[object]:
    return [
        pytest.param(
            *(v if isinstance(v, tuple) else (v,)),
            id=k,
            marks=[pytest.mark.xfail(reason=gaps[k], strict=True)] if k in gaps else [],
        )
        for k, v in table.items()
    ]


@pytest.mark.parametrize(("wrong", "right"), _marked(TUNED, GAPS))
def test_tuned_realisations(wrong: str, right: str) -> None:
    assert "NC203" in codes(wrong)
    assert "NC203" not in codes(right)


@pytest.mark.parametrize("text", _marked(SILENT, SILENT_GAPS))
def test_look_alikes_stay_silent(text: str) -> None:
    found = codes(text)
    assert "NC203" not in found
    assert "NC205" not in found


# the aside slice, scored once at the end: two realisations still missed
ASIDE_GAPS = {
    "education: the count and a word share set off after the whole": (
        "a word share set off after the part of a whole that opens the sentence is not "
        "checked against the part"
    ),
    "hospitals: the base a sentence back, the percentage set off after the count": (
        "a count of a state ('were occupied') is not read as a share of the capacity "
        "told in the sentence before"
    ),
}


@pytest.mark.parametrize(("wrong", "right"), _marked(ASIDE, ASIDE_GAPS))
def test_aside_realisations(wrong: str, right: str) -> None:
    assert "NC203" in codes(wrong)
    assert "NC203" not in codes(right)


@pytest.mark.parametrize("text", _marked(ASIDE_SILENT, {}))
def test_aside_look_alikes_stay_silent(text: str) -> None:
    found = codes(text)
    assert "NC203" not in found
    assert "NC205" not in found
