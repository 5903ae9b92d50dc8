"""Hypothesis strategies for hostile input: news-like soups, markup, TOML, findings."""

from __future__ import annotations

import json

from hypothesis import strategies as st

from numcheck.findings import Finding, Fix, Location, Replacement, Severity

# pieces reporters write, plus the characters that break naive code
NUMBERS = ["34", "1,597", "5,800", "2.5", "1.5 million", "498", "40", "0", "-12", "1e3",
           "٣٤", "𝟑𝟒", "½", "3/4", "1,000,000,000,000,000,000,000", "9" * 40, "007", "1.",
           ".5", "1,2,3", "12,", ",12", "$1.5bn", "€40m", "£3", "15%", "3 pc", "2022",
           "Feb. 24", "9:30", "F-16", "COP26", "Covid-19", "one", "twenty-one", "a dozen",
           "hundreds", "tens of thousands", "one in five", "two-thirds", "eighth", "¼", "½",
           "1" * 30]
WORDS = ["about", "nearly", "more than", "at least", "up to", "between", "and", "to", "-",
         "–", "from", "rose", "fell", "killed", "people", "died", "troops", "miles", "km",
         "per cent", "percent", "including", "of whom", "or so", "some", "an estimated",
         "said", "the", "(", ")", "\"", "“", "”", "'", ",", ".", ";", ":", "!", "?"]
ODD = [" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\u00a0", "\u2009", "\u200b", "\u202e",
       "\u2028", "\x00", "\x1b[31m", "\x85", "\ufeff", "é", "e\u0301", "😀", "\udcff",
       " " * 50, "," * 20, "-" * 20, "1" * 30, "0," * 15]
MARKUP = ["<p>", "</p>", "<script>", "</script>", "<style>", "<!--", "-->", "<br>", "&amp;",
          "&#8212;", "&#x10FFFF;", "&#0;", "<a href='x'>", "</a>", "<table><tr><td>",
          "</td></tr></table>", "# ", "## ", "> ", "- ", "1. ", "```", "`", "---\n",
          "title: x\n", "date: 2022-03-03\n", "[link](http://x/1)", "![img](5.png)",
          "<!-- numcheck: ignore -->", "<!-- numcheck: ignore[NC101] -->",
          "numcheck: disable", "<!-- numcheck: enable -->", "    code 12\n"]

PIECES = st.sampled_from(NUMBERS + WORDS + ODD + MARKUP)


def soups(max_pieces: int = 60) -> st.SearchStrategy[str]:
    """Text glued from news pieces, markup and odd characters, or plain random text."""
    glued = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=max_pieces).map(
        lambda parts: " ".join(parts) if len(parts) % 3 == 0 else "".join(parts))
    anything = st.text(st.characters(exclude_categories=()), max_size=200)
    return st.one_of(glued, anything)


# -- TOML --------------------------------------------------------------------------

def _toml_scalars() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=30).map(json.dumps),  # a JSON string is a TOML basic string
        st.sampled_from(['"about 9,000"', '"ALL"', '"NC1"', '"10MB"', '"infMB"', '"1e400MB"',
                         '"[z-a]"', '"**a**a**b"', '"(a+)+$"', '"2022-02-24"', '"run"',
                         '"file"', '"error"', '"x/../../etc/passwd"', '"/dev/zero"',
                         "2022-02-24", "1979-05-27T07:32:00Z", "07:32:00", "inf", "nan",
                         "-inf", "true", "false", "0", "-1", "1e400", "0.5", "1", "1_000",
                         "0x10", "'literal'", '"""multi\nline"""', "[]", "{}"]),
        st.integers(min_value=-(2**63), max_value=2**63 - 1).map(str),
        st.floats(allow_nan=False, allow_infinity=False).map(repr),
    )


_VALUES = st.recursive(
    _toml_scalars(),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]"),
        st.lists(st.tuples(st.sampled_from(["a", "b", "load", "style", "x-y"]), inner),
                 max_size=3, unique_by=lambda kv: kv[0]).map(
            lambda kvs: "{" + ", ".join(f"{k} = {v}" for k, v in kvs) + "}"),
    ),
    max_leaves=8,
)


def toml_documents(keys: list[str], tables: list[str]) -> st.SearchStrategy[str]:
    """TOML text using ``keys`` (and near misses) under optional ``tables`` headers."""
    key = st.one_of(st.sampled_from(keys), st.text(st.characters(codec="ascii"), min_size=1,
                                                    max_size=8).map(json.dumps))
    line = st.one_of(
        st.tuples(key, _VALUES).map(lambda kv: f"{kv[0]} = {kv[1]}"),
        st.sampled_from(tables),
        st.text(max_size=20),  # garbage lines: the error must still be one line
    )
    return st.lists(line, max_size=12).map("\n".join)


# -- findings for the formatters -------------------------------------------------------

HOSTILE = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=40),
    st.sampled_from(["", "]]>", "<![CDATA[", "</testcase>", "&", "\"", "\\", "%0A", "::",
                     "::error::", "\n::error file=x::pwned", "\x1b]0;title\x07", "\u202eevil",
                     "\r", "\x00", "\udcff", "{{ x }}", "{% raw %}", "<script>alert(1)</script>",
                     "-->", "a\u2028b", "\x85", "`rm -rf`", "[x](javascript:alert(1))"]),
)
# a file name is whatever the OS gives: any characters but lone surrogates, plus the
# \udc80-\udcff escapes of a name that is not UTF-8 (os.fsdecode)
PATHS = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30),
    st.binary(min_size=1, max_size=20).map(lambda b: b.replace(b"\0", b"").decode(
        "utf-8", "surrogateescape")).filter(bool),
    st.sampled_from(["a.md", "dir/b.txt", "-", "C:\\x.md", "./x y.html", "\udcffname.txt",
                     "\n::error file=x::pwned", "a\u202eb.md", "a\x1b[2Jb.md"]),
)


@st.composite
def locations(draw: st.DrawFn, path: str | None = None) -> Location:
    start = draw(st.integers(0, 10_000))
    end = start + draw(st.integers(0, 100))
    line = draw(st.integers(1, 10_000))
    column = draw(st.integers(1, 500))
    return Location(path if path is not None else draw(PATHS), start, end, line, column,
                    line + draw(st.integers(0, 3)), draw(st.integers(1, 500)), draw(HOSTILE))


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    fix = None
    if draw(st.booleans()):
        fix = Fix(draw(HOSTILE), (Replacement(0, draw(st.integers(0, 5)), draw(HOSTILE)),),
                  draw(st.booleans()))
    return Finding(
        rule=draw(st.sampled_from(["NC001", "NC101", "NC201", "NC401", "NC002"])),
        message=draw(HOSTILE),
        location=draw(locations()),
        related=tuple(draw(st.lists(locations(), max_size=2))),
        name=draw(st.sampled_from(["plugin-error", "restated-figure-contradiction", ""])),
        severity=draw(st.sampled_from(list(Severity))),
        plugin=draw(HOSTILE),
        fix=fix,
        in_quote=draw(st.booleans()),
        subject=draw(HOSTILE),
    )
