"""The verb a figure is told with: event verbs by lemma, every inflection read.

measures.toml ``[verbs]`` lists an event's verbs as lemmas, particles included ("lay
off", "take on"); a desk writes them in whatever form its sentence needs ("will lay off
1,200", "were laid off", "laying off"), so the table is expanded here, once per
lexicon, by English regular morphology plus the irregular forms of ``[verbs.irregular]``.
No lemmatizer is loaded: a one-article check stays cheap. docs/maintainers/claims.md,
"The verb a figure is told with".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

from numcheck.extract.supplied import Supplied, supplied_from
from numcheck.text import norm

__all__ = ["Frame", "Verbs", "inflections", "verbs_from"]

# In a frame's complement, a slot for up to this many words of a name or modifier
# ("admitted 31 guests to Tarnby Royal Infirmary": "to * infirmary").
_GAP = "*"
GAP_WORDS = 3
# Words of the object's noun phrase a frame's complement may come after ("took 35
# fighters prisoner", "admitted 63 children with heatstroke to hospital").
OBJECT_WORDS = 5


class Frame(NamedTuple):
    """A verb phrase that names its event only with a complement after its object
    ("admit _ to hospital", "take _ prisoner", "leave _ without power"): the complement
    words, ``*`` standing for a few words of a name ("to * infirmary")."""

    complement: tuple[str, ...]
    event: str

    def matches(self, words: Sequence[str], at: int) -> int | None:
        """The end of the complement read from ``words[at]``, or None."""
        return _complement_end(self.complement, words, at)


def _complement_end(want: Sequence[str], words: Sequence[str], at: int) -> int | None:
    if not want:
        return at
    head, rest = want[0], want[1:]
    if head == _GAP:
        for skip in range(GAP_WORDS + 1):
            if (end := _complement_end(rest, words, at + skip)) is not None:
                return end
            if at + skip >= len(words) or not words[at + skip].isalpha():
                return None
        return None
    if at < len(words) and words[at] == head:
        return _complement_end(rest, words, at + 1)
    return None

_VOWELS = frozenset("aeiou")
_SIBILANTS = ("s", "x", "z", "ch", "sh", "o")


class Verbs(NamedTuple):
    """The event verbs in every inflection."""

    # inflected verb phrase (words) -> event: ("laid", "off") -> "cut"
    events: Mapping[tuple[str, ...], str]
    irregular: Mapping[str, str]  # an irregular form -> its lemma: "laid" -> "lay"
    # event -> every form of its verbs whose subject is the counted thing ("losing their
    # jobs"), read after the figure only
    subjects: Mapping[str, tuple[str, ...]] = MappingProxyType({})
    # inflected verb phrase -> the thing a sum it takes as its object measures:
    # ("brought", "in") -> "revenue" ([verbs.amounts])
    amounts: Mapping[tuple[str, ...], str] = MappingProxyType({})
    # inflected verb phrase -> the head a sum it takes as its object is measured by:
    # ("fined",) -> "fine", ("sold", "for") -> "price" ([verbs.sums])
    sums: Mapping[tuple[str, ...], str] = MappingProxyType({})
    # inflected verb phrase -> the frames it opens ([verbs.frames]): ("admitted",) ->
    # (Frame(("to", "hospital"), "hospitalised"), ...)
    frames: Mapping[tuple[str, ...], tuple[Frame, ...]] = MappingProxyType({})
    # the supply frames ([verbs.supplied]): "cut power to _", "the outage hit _"
    supplied: Supplied = Supplied()

    def forms(self) -> dict[str, list[str]]:
        """The inflected phrases by event, as ``[events]`` lists its forms, for the
        readers that meet a verb after its figure: every form of a subject's verb
        ("losing their jobs"), and of an object's verb only its participles ("1,200 staff
        were laid off", "taken on"), which say what happened to the figure's thing. A
        base or -s form may be a noun ("traffic accidents", "charges"), and an -ing form
        after a figure makes the figure its agent ("40 officers arresting fans")."""
        out: dict[str, list[str]] = {e: list(forms) for e, forms in self.subjects.items()}
        for words, event in self.events.items():
            if words[0].endswith("ed") or words[0] in self.irregular:
                out.setdefault(event, []).append(" ".join(words))
        return out

    def ending_at(self, words: Sequence[str]) -> tuple[str, int] | None:
        """The event verb phrase (longest first, up to three words) that ends the
        sequence ``words``, with its length: "will lay off" -> ("cut", 2)."""
        return _ending(self.events, words)

    def amount_ending_at(self, words: Sequence[str]) -> tuple[str, int] | None:
        """The verb of a sum taken in that ends ``words``, as (thing, length): "had
        brought in" -> ("revenue", 2)."""
        return _ending(self.amounts, words)

    def sum_ending_at(self, words: Sequence[str]) -> tuple[str, int] | None:
        """The verb of a sum paid, charged or asked that ends ``words``, as (head,
        length): "was fined" -> ("fine", 1), "sold for" -> ("price", 2)."""
        return _ending(self.sums, words)


    def frames_ending_at(self, words: Sequence[str]
                         ) -> tuple[tuple[Frame, ...], int] | None:
        """The frames of the verb phrase that ends ``words``, with its length: "had
        admitted" -> ((to hospital: hospitalised, ...), 1)."""
        for n in (3, 2, 1):
            if n <= len(words) and (found := self.frames.get(tuple(words[-n:]))):
                return found, n
        return None

    def opens_frame(self, words: Sequence[str]) -> bool:
        """Whether ``words[0]`` is a frame's verb whose complement follows in its clause
        ("admitted 63 children to hospital"): an event, not the cue verb of a claimant
        ("the minister admitted 40 errors")."""
        frames = self.frames.get(tuple(words[:1]), ())
        for j in range(1, min(len(words), OBJECT_WORDS + 2)):
            if any(f.matches(words, j) is not None for f in frames):
                return True
            if not any(ch.isalnum() for ch in words[j]):
                break  # a mark ends the clause
        return False

    def frame_after(self, words: Sequence[str], at: int) -> tuple[str, int] | None:
        """A passive frame from ``words[at]`` ("31 guests were admitted to Tarnby Royal
        Infirmary", "35 fighters were taken prisoner"): a past participle of a frame's
        verb and its complement right after it, as (event, end)."""
        for n in (3, 2, 1):
            verb = tuple(words[at:at + n])
            if len(verb) < n or not (verb[0].endswith("ed") or verb[0] in self.irregular):
                continue
            for frame in self.frames.get(verb, ()):
                if (end := frame.matches(words, at + n)) is not None:
                    return frame.event, end
        return None


def _ending(table: Mapping[tuple[str, ...], str], words: Sequence[str]
            ) -> tuple[str, int] | None:
    for n in (3, 2, 1):
        if n <= len(words) and (found := table.get(tuple(words[-n:]))):
            return found, n
    return None


def frames_from(groups: object, irregular: Mapping[str, tuple[str, ...]]
                ) -> dict[tuple[str, ...], tuple[Frame, ...]]:
    """``[verbs.frames]``: event -> "verb _ complement" as inflected verb -> frames. An
    entry without its object slot, or with nothing after it, is a misspelling: it
    raises rather than read every use of the verb as the event."""
    out: dict[tuple[str, ...], list[Frame]] = {}
    for event, entries in (groups.items() if isinstance(groups, Mapping) else ()):
        for entry in entries:
            verb, slot, complement = norm(str(entry)).partition(" _ ")
            if not slot or not verb or not complement.strip():
                raise ValueError(f"measures.verbs.frames.{event}: {entry!r} is not "
                                 "'verb _ complement' (the object slot '_' between them)")
            frame = Frame(tuple(complement.split()), str(event))
            for form in _phrase_forms(verb, irregular):
                out.setdefault(form, []).append(frame)
    return {verb: tuple(sorted(fs, key=lambda f: -len(f.complement))) for verb, fs in out.items()}


def verbs_from(data: Mapping[str, object]) -> Verbs:
    """``[verbs]`` of measures.toml, expanded."""
    irregular_raw = data.get("irregular", {})
    irregular = {norm(k): tuple(norm(str(f)) for f in v)
                 for k, v in (irregular_raw.items() if isinstance(irregular_raw, Mapping) else ())}
    events = _expanded(data.get("events", {}), irregular)
    back = {form: lemma for lemma, forms in irregular.items() for form in forms}
    raw = data.get("subjects", {})
    subjects = {str(event): tuple(" ".join(f) for lemma in lemmas
                                  for f in _phrase_forms(norm(str(lemma)), irregular))
                for event, lemmas in (raw.items() if isinstance(raw, Mapping) else ())}
    return Verbs(events, back, subjects, _expanded(data.get("amounts", {}), irregular),
                 _expanded(data.get("sums", {}), irregular),
                 frames_from(data.get("frames", {}), irregular),
                 supplied_from(data.get("supplied", {}),
                               lambda p: _phrase_forms(p, irregular)))


def _expanded(groups: object, irregular: Mapping[str, tuple[str, ...]]
              ) -> dict[tuple[str, ...], str]:
    """A table of name -> verb lemmas as inflected phrase -> name."""
    out: dict[tuple[str, ...], str] = {}
    for name, lemmas in (groups.items() if isinstance(groups, Mapping) else ()):
        for lemma in lemmas:
            for form in _phrase_forms(norm(str(lemma)), irregular):
                out.setdefault(form, str(name))
    return out


def _phrase_forms(phrase: str, irregular: Mapping[str, tuple[str, ...]]
                  ) -> Iterable[tuple[str, ...]]:
    """Every inflection of a verb phrase: its first word inflected, its particles kept."""
    verb, *rest = phrase.split()
    for form in inflections(verb, irregular):
        yield (form, *rest)


def inflections(lemma: str, irregular: Mapping[str, tuple[str, ...]] = {}) -> frozenset[str]:
    """A verb's base, third person, -ing and past forms ("cancel": also "cancelling" and
    "canceled", both spellings of a final l); irregular past forms replace the regular
    past."""
    forms = {lemma, _third(lemma)}
    doubled = _doubles(lemma)
    if lemma.endswith("ie"):
        plain = (lemma[:-2] + "ying", lemma + "d")
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        plain = (lemma[:-1] + "ing", lemma + "d")
    elif lemma.endswith("e"):
        plain = (lemma + "ing", lemma + "d")
    elif len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in _VOWELS:
        plain = (lemma + "ing", lemma[:-1] + "ied")
    else:
        plain = (lemma + "ing", lemma + "ed")
    twice = (lemma + lemma[-1] + "ing", lemma + lemma[-1] + "ed")
    ing = {twice[0]} if doubled else {plain[0]}
    past = {twice[1]} if doubled else {plain[1]}
    if doubled and lemma.endswith("l"):  # British and American spellings
        ing.add(plain[0])
        past.add(plain[1])
    forms |= ing
    forms |= set(irregular[lemma]) if lemma in irregular else past
    return frozenset(forms)


def _third(lemma: str) -> str:
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + ("es" if lemma.endswith(_SIBILANTS) else "s")


def _doubles(lemma: str) -> bool:
    """Whether the final consonant doubles before -ed/-ing: one-syllable words ending in
    consonant-vowel-consonant ("cut", "shed", "slash" no), and a final l after one vowel
    ("cancel": British spelling)."""
    if len(lemma) < 3 or lemma[-1] in _VOWELS or lemma[-1] in "wxy":
        return False
    if lemma[-2] not in _VOWELS or lemma[-3] in _VOWELS:
        return False
    if lemma.endswith("l"):
        return True
    groups = sum(1 for i, ch in enumerate(lemma)
                 if ch in _VOWELS and (i == 0 or lemma[i - 1] not in _VOWELS))
    return groups == 1
