"""Coverage-guided fuzzing of the readers (bytes -> Document) with atheris.

    python fuzz/fuzz_readers.py WORKDIR fuzz/corpus/readers -max_total_time=600 -timeout=10

The first byte picks the reader (text, Markdown, HTML) and the encoding handling
(UTF-8 sniffing or a named codec); the rest is the file. Decoding may refuse the
bytes with an InputError (that is the documented outcome); anything else must
give a Document whose prose keeps the text's length and line breaks, and whose
regions and directives lie inside it. Then the Document is parsed, as a run would.
"""

from __future__ import annotations

import atheris
from harness import run

with atheris.instrument_imports(include=["numcheck"]):
    from numcheck import parse
    from numcheck.errors import InputError
    from numcheck.readers import decode, read_text

NAMES = ("story.txt", "story.md", "story.html")
ENCODINGS = (None, None, "latin-1", "utf-16")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    name = NAMES[data[0] % len(NAMES)]
    encoding = ENCODINGS[(data[0] // len(NAMES)) % len(ENCODINGS)]
    try:
        text = decode(data[1:], name, encoding)
    except InputError:
        return
    doc = read_text(text, name)
    if doc.text != text or len(doc.prose) != len(text):
        raise AssertionError("prose does not align with the text")
    for original, shown in zip(text, doc.prose, strict=True):
        if original in "\r\n" and shown != original:
            raise AssertionError("a line break moved")
    for item in (*doc.regions, *doc.directives):
        if not 0 <= item.start <= item.end <= len(text):
            raise AssertionError(f"{item} lies outside the text")
    if text:
        doc.position(len(text) - 1)
    parse(doc.prose)


if __name__ == "__main__":
    run(test_one_input)
