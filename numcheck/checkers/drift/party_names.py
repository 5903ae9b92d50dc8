"""Who a claimant is: the party behind its wording (claimants.toml [parties]).

Split from drift/alignment.py (wave 21): the party words and the reading of a claimant's
words ("Mayor Ileana Drost" -> mayor), and whether two parties differ.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from numcheck.checkers.drift.coreference import same_name
from numcheck.lexicon import Lexicon
from numcheck.text import norm


class PartyWords(NamedTuple):
    """claimants.toml [parties]: the words that tell a source's party from its wording."""

    offices: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    voices: frozenset[str] = frozenset()
    owned: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()  # agent heads: "police officials" are police
    staff: frozenset[str] = frozenset()  # "Environment Agency engineers": the agency
    forms: frozenset[str] = frozenset()  # legal forms: "Prairie Electric Cooperative"
    organs: frozenset[str] = frozenset()  # "Russia's Defence Ministry" is Russia's

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> PartyWords:
        data: Mapping[str, Any] = lex["claimants"]
        table: Mapping[str, Any] = data.get("parties", {})

        def words(name: str, source: Mapping[str, Any] = table) -> frozenset[str]:
            return frozenset(norm(str(w)) for w in source.get(name, ()))

        return cls(
            offices=words("offices"),
            honorifics=words("honorifics"),
            voices=words("voices"),
            owned=words("owned"),
            generic=words("generic"),
            bodies=words("bodies"),
            heads=words("heads", data.get("agents", {}))
            | words("words", data.get("organisations", {})),
            staff=words("staff"),
            forms=words("forms"),
            organs=words("organs") | words("bodies"),
        )


@cache
def _party_pattern(alias: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + re.escape(alias) + r"(?![\w])")


def _party(
    claimant: str,
    parties: tuple[tuple[str, tuple[str, ...]], ...],
    noise: frozenset[str],
    known: PartyWords | None = None,
) -> str:
    text = norm(claimant.replace("’", "'"))
    for name, aliases in parties:
        if any(_party_pattern(alias).search(text) for alias in aliases) and (
                text.removeprefix("the ") in aliases or not _own_name(claimant, known)):
            return name
    raw = claimant.replace("’", "'").split()
    while raw and (raw[0].lower() in noise or raw[0].isdigit()):
        raw.pop(0)
    if known is not None and raw:
        raw = _speaker(raw, known)
    words = [w.lower() for w in raw]
    if words:
        words[-1] = words[-1].removesuffix("'s")  # "Bramwell's said": Bramwell
    return " ".join(words) or text


def _own_name(claimant: str, known: PartyWords | None) -> bool:
    """ "UK Fireball Network", "British Airways": a proper name of several capitalized
    words whose head is no organ of a state or of the UN is its own party, whatever
    alias it holds ("Russia's Defence Ministry", "UN Relief Coordination Office" are
    the state's, the UN's)."""
    if known is None:
        return False
    words = [w for w in claimant.replace("’", "'").split() if w.lower() not in ("the", "a")]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return norm(words[-1].strip(".,")).removesuffix("'s") not in known.organs


def _speaker(raw: list[str], known: PartyWords) -> list[str]:
    """The party's words of a claimant: an office, not its holder's name ("Mayor Ileana
    Drost" -> "Mayor"); a person, not an honorific ("Dr Helen Okonjo"); a body, not its
    voice ("the fire service spokesman", "the mayor's office" -> "mayor"); and the people
    of a body by their domain ("health authorities" -> "health officials")."""
    raw = [w for k, w in enumerate(raw) if not _honorific(raw, k, known)]
    low = [w.lower().strip(".,") for w in raw]
    for t in range(len(raw) - 2, -1, -1):
        if (low[t] in known.offices or low[t] in known.voices) and _person(raw[t + 1 :], known):
            raw, low = raw[: t + 1], low[: t + 1]  # "regional governor Ilya Sarn"
            break
    if len(low) > 1 and low[-1] in known.voices:
        raw, low = raw[:-1], low[:-1]  # "the fire service spokesman"
    if len(low) > 1 and low[-1] in known.staff and raw[-1].islower() and (
        raw[-2][:1].isupper() or low[-2] in known.heads
    ):
        raw, low = raw[:-1], low[:-1]  # "Environment Agency engineers", "council staff"
    for size in (2, 1):
        owner = low[-size - 1] if len(low) > size else ""
        if owner.endswith("'s") and " ".join(low[-size:]) in known.owned:
            return [*raw[: -size - 1], raw[-size - 1].removesuffix("'s")]  # "governor's office"
    named = next((k for k, w in enumerate(raw) if w[:1].isupper()), len(raw))
    if 0 < named < len(raw) and all(w[:1].isupper() for w in raw[named:]):
        return raw[named:]  # "owner Kestrel Logistics", "grid operator Stedin"
    if len(low) > 1 and low[-1] in known.generic and raw[-1].islower():
        if low[-2].removesuffix("'s") in known.heads:
            return raw[:-1]  # "police officials": police
        return [*raw[:-1], "officials"]  # "health authorities": health officials
    return raw


def _honorific(raw: list[str], k: int, known: PartyWords) -> bool:
    """ "Dr Helen Okonjo": a person's title before a name is no part of the party."""
    low = raw[k].lower()
    return low in known.honorifics and k + 1 < len(raw) and raw[k + 1][:1].isupper()


def _person(tail: list[str], known: PartyWords) -> bool:
    """One to three capitalized words that are no organisation's ("Ilya Sarn")."""
    if not 1 <= len(tail) <= 3:
        return False
    return all(w[:1].isupper() and w.lower().strip(".,") not in known.heads for w in tail)


def parties_differ(a: str | None, b: str | None) -> bool:
    """Known and different. A short description is the same party as a name holding
    its words: "office" and "regional emergency office", "the fire service" and
    "Lowland Fire and Rescue Service", "police" and "West Riding Police"."""
    if a is None or b is None or a == b:
        return False
    if _officials_of(a, b) or _officials_of(b, a):
        return False
    short, long = sorted((a.split(), b.split()), key=len)
    if long[len(long) - len(short) :] == short:
        return False
    words = _words()
    if same_name(a, b, words.forms):
        return False  # "ngt" and "northern gas transmission"
    if len(long) > len(short) and long[-1] in words.bodies and (
            long[len(long) - len(short) - 1 : -1] == short):
        return False  # "police" and "the city police department"
    return not (len(short) <= 3 and short[-1] == long[-1] and set(short) <= set(long))


def _officials_of(a: str, b: str) -> bool:
    """ "health officials" speak for "the national health agency": the people of a body
    (``Alignment.party`` names them "<domain> officials") and a body of their domain."""
    officials, body = a.split(), b.split()
    if len(officials) < 2 or officials[-1] != "officials" or len(body) < 2:
        return False
    bodies = _words().bodies
    return body[-1] in bodies and set(officials[:-1]) <= set(body[:-1])


def _words() -> PartyWords:
    """The default lexicon's party words (through Alignment, one per lexicon)."""
    from numcheck.checkers.drift.alignment import Alignment

    return Alignment.from_lexicon().words
