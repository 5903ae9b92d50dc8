"""A share of a counted base is named by its base: "33% of its 3,200 staff", "25% of
the hospital's 480 beds", "about 40% of the 27 cases".

A share followed by "of" and a figure with its noun says whom it is a share of, as "44%
of patients" already keys (the base's thing: ``checkers/drift/keys.py`` leaves such
shares unaligned, the likeness route leaves shares of a named base out). The words
after "of" stop at the base's figure ("of its 3,200 staff"), so the noun phrase reader
(subject.py) never reached them; the base's own claim names them. Only the thing and
its qualifiers are given: an event would make the share alignable as a count of the
event ("nearly half of the 27 cases were children" is not all the cases).
docs/maintainers/claims.md, "A figure named by the phrase it belongs to".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from numcheck.claims import Claim, Scope
from numcheck.extract.keys import key_for
from numcheck.lazyre import lazy_compile
from numcheck.quantity import Kind

# between a share and its base's figure: "of", a determiner or a possessor, a hedge
_OF_BASE = lazy_compile(
    r"[ \t]+of[ \t]+(?:(?:the|its|their|our|his|her|this|these|those|all|[A-Za-z][\w.&-]*"
    r"(?:[ \t][A-Z][\w.&-]*)*['’]s?)[ \t]+)?(?:(?:about|around|roughly|some|nearly|almost|"
    r"more[ \t]+than|over|just[ \t]+over|an[ \t]+estimated)[ \t]+)?",
    re.IGNORECASE)
# percents and word fractions ("two-thirds of its 421 stores"): drift aligns a share keyed
# by a thing alone only when the thing is an amount itself (checkers/drift/keys.py), and a
# share followed by "of" never meets by likeness, so the base's name meets nothing new
_SHARES = frozenset({Kind.PERCENT, Kind.RATIO})


def name_shares(text: str, claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each share of a counted base keyed by the base's thing."""
    out = list(claims)
    for i in range(len(claims) - 1):
        share, base = claims[i], claims[i + 1]
        q, b = share.quantity, base.quantity
        if (q.kind not in _SHARES or share.scope is Scope.BOILERPLATE or share.is_change
                or q.change is not None or b.kind is not Kind.COUNT or b.noun is None
                or base.key.thing is None or base.part_of is not None
                or share.sentence != base.sentence):
            continue
        if not _OF_BASE.fullmatch(text, q.end, b.start):
            continue
        key = key_for(q, base.key.thing, None, base.key.qualifiers, share.key.incident)
        out[i] = dataclasses.replace(share, key=key)
    return out
