"""A page saved from a browser: main text out, page metadata in, offsets into the source."""

from claimtrack.reading.corpus import read_corpus
from conftest import write_corpus

PAGE = """<!DOCTYPE html><html><head><title>Seoul says 10,000 troops &mdash; Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-11-05T09:00:00Z">
<meta name="author" content="Jane Doe">
<script>var x = "<p>not text 99,999</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/x">Most read: 55,555 killed</a></nav>
<article><h1>Seoul says 10,000 troops</h1>
<p>More than 10,000 North Korean troops have been sent to Russia, South Korea&rsquo;s defence ministry said on Tuesday.</p>
<p>The ministry said a &quot;significant number&quot; of them had moved to the front, including Kursk, where Ukraine holds about 600&nbsp;sq&nbsp;km.</p>
<p>Russia has raised sign-up bonuses in several regions, some to 3 million roubles, as it struggles to recruit volunteers for the war.</p>
</article><footer>Copyright 2024 Example News. <a href="/privacy">Privacy</a></footer></body></html>
"""


def test_html_article(tmp_path):
    c = read_corpus(write_corpus(tmp_path, {"page.html": PAGE}))
    art = c["page"]
    assert art.format == "html"
    assert "More than 10,000 North Korean troops" in art.cleaned
    assert "South Korea's defence ministry" in art.cleaned
    assert "99,999" not in art.cleaned and "55,555" not in art.cleaned
    assert art.metadata["outlet"] == "Example News" and art.provenance["outlet"] == "html"
    assert art.metadata["published"] == "2024-11-05"
    assert art.metadata["author"] == "Jane Doe"
    # offsets point into the HTML source, entities and all
    i = art.cleaned.index("600 sq km")
    assert art.raw_quote(i, i + len("600 sq km")) == "600&nbsp;sq&nbsp;km"
    i = art.cleaned.index("3 million roubles")
    assert art.raw_quote(i, i + 17) == "3 million roubles"
    # what extraction left out is in the audit
    dropped = " ".join(ch.removed for ch in art.changes if ch.rule == "html-extraction")
    assert "55,555" in dropped


def test_html_without_article_text(tmp_path):
    page = "<html><head><script>var a = 1;</script></head><body><img src=x.jpg></body></html>"
    c = read_corpus(write_corpus(tmp_path, {"empty.htm": page}))
    assert [p.code for p in c.problems] == ["html-no-text"]
    assert not c.articles


def test_headline_word_also_in_menu_maps_to_headline(tmp_path):
    page = PAGE.replace('<a href="/">Home</a>', '<a href="/">Seoul</a> <a href="/r">Markets</a>')
    c = read_corpus(write_corpus(tmp_path, {"page.html": page}))
    art = c["page"]
    i = art.cleaned.index("Seoul says")
    assert art.raw_quote(i, i + len("Seoul says 10,000 troops")) == "Seoul says 10,000 troops"
