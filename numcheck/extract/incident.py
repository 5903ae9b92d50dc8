"""Which incident a figure belongs to: "The storm killed 34" vs "a bus crash killed 12".

One article may report several events; without this, their tolls share a key and
read as one figure restated. The incident is the lexicon noun (measures.toml
``[incidents.nouns]``, synonyms folded: quake -> earthquake) nearest the figure in its
clause, else in its sentence; a sentence with "in a separate incident" and no noun
gets an incident of its own ("incident@<offset of the marker>"); a sentence naming
nothing continues its paragraph's last incident. Each paragraph holding a figure is
scanned once (a trie regex), then every figure is a few bisects.
"""

from __future__ import annotations

import bisect

from numcheck.extract.sentences import Span
from numcheck.extract.vocab import NO_INCIDENT, Vocab, norm


class _Hits:
    """Incident nouns and "separate incident" markers of one paragraph, by offset."""

    __slots__ = ("mark_names", "marks", "noun_names", "nouns")

    def __init__(self, text: str, span: Span, vocab: Vocab) -> None:
        self.nouns: list[int] = []
        self.noun_names: list[str] = []
        self.marks: list[int] = []
        self.mark_names: list[str] = []
        if vocab.incident_re is None:
            return
        for m in vocab.incident_re.finditer(text, *span):
            name = vocab.incident_names.get(" ".join(norm(m.group()).split()))
            if name == NO_INCIDENT:
                continue  # "heart attack": no incident
            if name:
                self.nouns.append(m.start())
                self.noun_names.append(name)
            elif name is not None:
                self.marks.append(m.start())
                self.mark_names.append(f"incident@{m.start()}")


class Incidents:
    """The incidents of one article's figures, read paragraph by paragraph on demand."""

    def __init__(self, text: str, vocab: Vocab) -> None:
        self.text = text
        self.vocab = vocab
        self._hits: dict[Span, _Hits] = {}

    def at(self, figure: int, clause: Span, sentence: Span, paragraph: Span | None) -> str | None:
        """The incident of the figure at offset ``figure``."""
        region = paragraph if paragraph is not None else sentence
        hits = self._hits.get(region)
        if hits is None:
            hits = self._hits[region] = _Hits(self.text, region, self.vocab)
        if not hits.nouns and not hits.marks:
            return None
        for lo, hi in (clause, sentence):
            name = _nearest(hits.nouns, hits.noun_names, figure, lo, hi)
            if name is not None:
                return name
        i = bisect.bisect_left(hits.marks, sentence[1]) - 1
        if i >= 0 and hits.marks[i] >= sentence[0]:
            return hits.mark_names[i]
        # the paragraph's last incident before this sentence, noun or marker
        n = bisect.bisect_left(hits.nouns, sentence[0]) - 1
        m = bisect.bisect_left(hits.marks, sentence[0]) - 1
        noun_at = hits.nouns[n] if n >= 0 else -1
        mark_at = hits.marks[m] if m >= 0 else -1
        if noun_at < 0 and mark_at < 0:
            return None
        return hits.noun_names[n] if noun_at > mark_at else hits.mark_names[m]


def _nearest(starts: list[int], names: list[str], at: int, lo: int, hi: int) -> str | None:
    """The name nearest before ``at`` within ``[lo, hi)``, else the first after it."""
    i = bisect.bisect_left(starts, at) - 1
    if i >= 0 and starts[i] >= lo:
        return names[i]
    j = i + 1
    if j < len(starts) and starts[j] < hi:
        return names[j]
    return None
