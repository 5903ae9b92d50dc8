"""HTML reader: tags and page chrome blanked, meta tags read, offsets exact."""

from __future__ import annotations

import datetime as dt

from numcheck.document import DirectiveKind, Document, Role
from numcheck.readers import read_text

PAGE = """<!DOCTYPE html>
<html><head><title>Blast kills 34 &ndash; Example</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-03-03T22:10:00-05:00">
<meta name="description" content="A dek with 12 words">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://example.com/blast">
<script>var views = 999;</script><style>p { width: 100px }</style>
</head><body>
<nav>Home | Top 24 stories</nav>
<header><h1>Site logo 1</h1></header>
<article>
<header><h1>Blast kills 34</h1></header>
<p>Some 34 people died, Russia&rsquo;s ministry said&nbsp;&amp; <a href="https://x.org/5">more</a>.</p>
<!-- numcheck: ignore[NC101] reason="quote" -->
<p>"At least 40 dead," the
minister said.</p>
<p>Contact desk@example.com or https://example.com/9 for 3 tips.</p>
<figure><img src="a.jpg" alt="crowd 7"><figcaption>Crowd of 5,000</figcaption></figure>
<footer>Copyright 2022 Example</footer>
</article>
<aside>73 million under heat alerts</aside>
</body></html>
"""


def visible(document: Document) -> str:
    return " ".join(document.prose.split())


def test_meta_tags_give_metadata() -> None:
    doc = read_text(PAGE, "page.html")
    meta = doc.metadata
    assert doc.format == "html"
    assert meta.source == "Example News"
    assert meta.date == dt.date(2022, 3, 3)  # the date as written, no time-zone shift
    assert meta.headline == "Blast kills 34"  # the article's <h1>, not the logo's
    assert meta.description == "A dek with 12 words"
    assert meta.author == "Jane Doe"
    assert meta.url == "https://example.com/blast"


def test_only_article_prose_is_kept() -> None:
    doc = read_text(PAGE, "page.html")
    assert visible(doc) == (
        "Blast kills 34 Some 34 people died, Russia’ s ministry said & more . "
        '"At least 40 dead," the minister said. Contact or for 3 tips. Crowd of 5,000'
    )


def test_entities_keep_offsets() -> None:
    doc = read_text(PAGE, "page.html")
    start = PAGE.index("&rsquo;")
    assert doc.prose[start:start + len("&rsquo;")] == "’" + " " * 6
    assert len(doc.prose) == len(doc.text)
    assert [i for i, c in enumerate(doc.prose) if c == "\n"] == [
        i for i, c in enumerate(PAGE) if c == "\n"]


def test_kept_text_is_at_its_file_offset() -> None:
    doc = read_text(PAGE, "page.html")
    phrase = '"At least 40 dead," the\nminister said.'
    start = PAGE.index(phrase)
    assert doc.prose[start:start + len(phrase)] == phrase


def test_regions_headline_and_caption() -> None:
    doc = read_text(PAGE, "page.html")
    roles = [(PAGE[r.start:r.end], r.role) for r in doc.regions]
    assert roles == [("Blast kills 34", Role.HEADLINE), ("Crowd of 5,000", Role.CAPTION)]


def test_ignore_covers_the_next_block_element() -> None:
    doc = read_text(PAGE, "page.html")
    [directive] = doc.directives
    assert directive.kind is DirectiveKind.IGNORE
    assert directive.reason == "quote"
    assert PAGE[directive.applies_start:directive.applies_end] == (
        '<p>"At least 40 dead," the\nminister said.</p>')


def test_page_without_article_keeps_body_text_and_uses_title() -> None:
    page = "<html><head><title>Storm: 12 dead</title></head><body><p>Body 3.</p></body></html>"
    doc = read_text(page, "a.htm")
    assert visible(doc) == "Storm: 12 dead Body 3."
    [region] = doc.regions
    assert region.role is Role.HEADLINE
    assert page[region.start:region.end] == "Storm: 12 dead"
    assert doc.metadata.headline == "Storm: 12 dead"


def test_fragment_without_html_element() -> None:
    doc = read_text("<p>About 5<br>people &#x2014; 6 &unknown; AT&T</p>", "a.html")
    assert visible(doc) == "About 5 people — 6 &unknown; AT&T"


def test_json_ld_metadata_is_a_fallback() -> None:
    page = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2022-03-17", "headline": "Ld headline", '
        '"publisher": {"name": "Ld News"}}</script><p>Text 1.</p>'
    )
    meta = read_text(page, "a.html").metadata
    assert (meta.date, meta.headline, meta.source) == (
        dt.date(2022, 3, 17), "Ld headline", "Ld News")


def test_unclosed_head_does_not_hide_the_body() -> None:
    doc = read_text("<html><head><title>T</title><body><p>Body 4.</p>", "a.html")
    assert "Body 4." in doc.prose


def test_malformed_markup_never_raises() -> None:
    for page in ("<p", "<<<>>>", "<!-- open", "<a href='x>5</a>", "&#99999999;",
                 "</p></div>x 5", "<script>never closed 9"):
        doc = read_text(page, "a.html")
        assert len(doc.prose) == len(page)


def test_stacked_directives_and_unclosed_block_fallback() -> None:
    page = (
        "<!-- numcheck: ignore[NC1] --><!-- numcheck: ignore[NC2] -->"
        "<ul><li>One 1</li><li>Two 2</li></ul>\n"
        "<!-- numcheck: ignore[NC3] -->\n<p>Never closed 3\nstill 4\n\n<p>Later 5\n"
    )
    doc = read_text(page, "a.html")
    covered = [page[d.applies_start:d.applies_end] for d in doc.directives]
    assert covered[0] == covered[1] == "<ul><li>One 1</li><li>Two 2</li></ul>"
    assert covered[2] == "<p>Never closed 3\nstill 4"


def test_directive_inside_script_is_not_a_directive() -> None:
    page = "<script>/* <!-- numcheck: ignore --> */</script><p>5</p>"
    assert read_text(page, "a.html").directives == ()


def test_entities_between_a_figure_and_its_sign_or_unit_keep_the_reading() -> None:
    """CMS markup writes signs and spaces as entities ("&pound;412.6 million",
    "40&nbsp;km"): the decoded character is followed by blanks, and the parser reads
    a run of blanks after a sign or before a unit symbol as one space."""
    from numcheck import parse

    page = ("<html><body><article><p>A &pound;412.6 million budget, a &#8364;5 million "
            "grant and a depot 40&nbsp;km away.</p></article></body></html>")
    doc = read_text(page, "cms.html")
    found = {(page[q.start:q.end], q.unit) for q in parse(doc.prose)}
    assert ("&pound;412.6 million", "GBP") in found
    assert ("&#8364;5 million", "EUR") in found
    assert ("40&nbsp;km", "kilometer") in found
