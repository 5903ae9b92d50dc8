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


@pytest.mark.parametrize(("wrong", "right"), TUNED.values(), ids=list(TUNED))
def test_tuned_realisations(wrong: str, right: str) -> None:
    assert "NC203" in codes(wrong)
    assert "NC203" not in codes(right)


@pytest.mark.parametrize("text", SILENT.values(), ids=list(SILENT))
def test_look_alikes_stay_silent(text: str) -> None:
    found = codes(text)
    assert "NC203" not in found and "NC205" not in found
