"""A definite figure that retells an earlier count by another noun for the same set
(numcheck/checkers/_restate_kin.py, ``[restated.kin]``): a synonym ("63 stores" ...
"the 36 shops"), a broader noun ("14 trawlers" ... "the 41 vessels"), a role noun whose
event the earlier clause told ("brought 23 people out alive" ... "the 32 survivors"), or
a noun for the acts of the earlier verb ("close 14 stores" ... "the 17 closures"). The
cases of data/restated23_realisations.toml were written before the mechanism; the
look-alikes (another set, a part, a sum, another place, time or event) must stay
silent. The relation table is data, and a wrong entry is refused with its key."""

from __future__ import annotations

from typing import Any

import pytest
from realisation_cases import realisation_cases

from numcheck.checkers._restate_kin import Kin
from numcheck.lexicon import LexiconError
from numcheck.testing import run_checks

RESTATED = ("NC101", "NC102", "NC103")


def _restated(text: str) -> list[str]:
    codes = run_checks(text, builtins=True, path="article.md").codes()
    return [c for c in codes if c in RESTATED]


@pytest.mark.parametrize("case", realisation_cases("restated23_realisations.toml"))
def test_restatement_by_another_noun(case: dict[str, str]) -> None:
    raised = _restated(case["text"])
    assert bool(raised) == bool(case["expect"])


def test_survivors_retell_people_brought_out_alive() -> None:
    """A role noun after a plain count of people whose clause tells its event."""
    text = (
        "Rescuers have brought 23 people out alive since Monday, a spokeswoman said. "
        "Of the 14 dead, five were children.\n\n"
        "The 32 survivors pulled from the rubble are being treated, officials said."
    )
    assert _restated(text) == ["NC101"]


def test_survivors_of_a_plain_count_without_the_event_stay_apart() -> None:
    text = (
        "Rescuers have brought 23 people out of the building since Monday. "
        "The 32 survivors pulled from the rubble are being treated, officials said."
    )
    assert _restated(text) == []


def test_a_broader_noun_over_two_sets_names_neither() -> None:
    text = (
        "Fourteen trawlers and 27 yachts were caught in the gale. "
        "The coastguard said the 40 vessels had all reached port."
    )
    assert _restated(text) == []


def _kin(table: dict[str, Any]) -> Kin:
    return Kin.of({"restated": {"kin": table}})


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ({"synonyms": [["shop", "store"], ["store", "outlet"]]}, "restated.kin.synonyms[1]"),
        ({"synonyms": [["shop"]]}, "restated.kin.synonyms[0]"),
        ({"synonyms": [["Shops", "store"]]}, "restated.kin.synonyms[0]"),
        ({"broader": {"vessel": ["vessel", "trawler"]}}, "restated.kin.broader.vessel"),
        ({"broader": {"vessel": "trawler"}}, "restated.kin.broader.vessel"),
        ({"told": {"rescued": ["out alive"], "fled": ["out alive"]}}, "restated.kin.told.fled"),
        ({"acts": {"closure": ["close down"]}}, "restated.kin.acts.closure"),
    ],
)
def test_a_wrong_entry_is_refused_with_its_key(table: dict[str, Any], key: str) -> None:
    with pytest.raises(LexiconError) as caught:
        _kin(table)
    assert caught.value.key == key


def test_relatives_are_synonyms_and_narrower_nouns_never_broader() -> None:
    kin = _kin({"synonyms": [["boat", "vessel"]], "broader": {"vessel": ["trawler"]}})
    assert kin.names("vessels", "trawlers")
    assert kin.names("boats", "trawlers")
    assert kin.names("boats", "vessels")
    assert not kin.names("trawlers", "vessels")
