"""The measure-drift cases of tests/unit/drift/cases/head_pairs33_dev.toml (md33,
meet_cases.py's format): one count of one lexicon thing told by two desks under two
measures; look-alikes that tell one measure in other words, and whole consistent
articles, stay silent. Written as the class every desk writes; the branch adds no rule
(docs/maintainers/phrasings-relations.md §55, md33: on the gates no evidence the copy
carries separates the planted pairs of this class from agreeing ones)."""

from __future__ import annotations

import pytest
from meet_cases import Case, check, load

DEV = load("head_pairs33_dev.toml")
ASIDE = load("head_pairs33_aside.toml")  # scored once, at the end
# still missed: a workforce ("employs 1,240 workers") and a cut the relation table does
# not relate (a plant that closes cuts all of it: one figure for both is no drift
# without evidence); a kind and the whole it is a kind of ("dockers", "people who work
# at the port"), often one set; "posts" is no lexicon thing; a remainder ("still
# without power") beside its onset is read as a part of it (remainder.py)
KNOWN = frozenset({
    "labour: the workforce told as the jobs cut",
    "labour: dockers on strike told as everyone at the port",
    "local: posts cut told as people losing their jobs",
    "energy: customers cut off told as customers still cut off",
})


@pytest.mark.parametrize("case", DEV + ASIDE, ids=[c.name for c in DEV + ASIDE])
def test_case(case: Case) -> None:
    check(case, KNOWN)
