"""Which incident a figure belongs to: "The storm killed 34" vs "a bus crash killed 12".

One article may report several events; without this, their tolls share a key and
read as one figure restated. The incident is the lexicon noun (measures.toml
``[incidents.nouns]``, synonyms folded: quake -> earthquake) nearest the figure in its
clause, else in its sentence; a sentence with "in a separate incident" and no noun
gets an incident of its own ("incident#1"); a sentence naming nothing continues its
paragraph's last incident. Found with one scan of the text, then bisect per figure.
"""

from __future__ import annotations

import bisect

from numcheck.extract.sentences import Span
from numcheck.extract.vocab import Vocab, norm


class Incidents:
    """Incident nouns and "separate incident" markers of one text, by offset."""

    def __init__(self, text: str, vocab: Vocab) -> None:
        self._nouns: list[int] = []
        self._noun_names: list[str] = []
        self._marks: list[int] = []
        self._mark_names: list[str] = []
        if vocab.incident_re is None:
            return
        for m in vocab.incident_re.finditer(text):
            name = vocab.incident_names.get(" ".join(norm(m.group()).split()))
            if name is None:
                continue
            if name:
                self._nouns.append(m.start())
                self._noun_names.append(name)
            else:
                self._marks.append(m.start())
                self._mark_names.append(f"incident#{len(self._marks)}")

    def at(self, figure: int, clause: Span, sentence: Span, paragraph: Span | None) -> str | None:
        """The incident of the figure at offset ``figure``."""
        if not self._nouns and not self._marks:
            return None
        for lo, hi in (clause, sentence):
            name = _nearest(self._nouns, self._noun_names, figure, lo, hi)
            if name is not None:
                return name
        i = bisect.bisect_right(self._marks, sentence[1] - 1) - 1
        if i >= 0 and self._marks[i] >= sentence[0]:
            return self._mark_names[i]
        if paragraph is None:
            return None
        # the paragraph's last incident before this sentence, noun or marker
        n = bisect.bisect_left(self._nouns, sentence[0]) - 1
        m = bisect.bisect_left(self._marks, sentence[0]) - 1
        noun_at = self._nouns[n] if n >= 0 and self._nouns[n] >= paragraph[0] else -1
        mark_at = self._marks[m] if m >= 0 and self._marks[m] >= paragraph[0] else -1
        if noun_at < 0 and mark_at < 0:
            return None
        return self._noun_names[n] if noun_at > mark_at else self._mark_names[m]


def _nearest(starts: list[int], names: list[str], at: int, lo: int, hi: int) -> str | None:
    """The name nearest before ``at`` within ``[lo, hi)``, else the first after it."""
    i = bisect.bisect_left(starts, at) - 1
    if i >= 0 and starts[i] >= lo:
        return names[i]
    j = i + 1
    if j < len(starts) and starts[j] < hi:
        return names[j]
    return None
