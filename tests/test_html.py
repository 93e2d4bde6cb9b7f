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


LIST_PAGE = """<!DOCTYPE html><html><head><title>North Korea in ten numbers</title></head><body>
<header><p>N. Korea sends troops, JCS says</p><p>Reporter Kim Tae-hoon</p></header>
<article><h1>North Korea in Russia's war, in numbers</h1>
<p>Here are the figures that matter, from the agencies that gave them in the past months.</p>
<ul><li>11,000 &ndash; North Korean troops in the Kursk region, Pentagon, December 2024</li>
<li>4,000 &ndash; North Koreans killed or wounded, Zelensky, January 2025</li>
<li>300 &ndash; North Korean soldiers killed, South Korea's NIS, January 2025</li>
<li>2,700 &ndash; North Korean soldiers wounded, South Korea's NIS, January 2025</li></ul>
<table><tr><th>Source</th><th>Date</th><th>North Korean troops in Russia</th></tr>
<tr><td>South Korea NIS</td><td>18 October 2024</td><td>1,500</td></tr>
<tr><td>Pentagon</td><td>28 October 2024</td><td>10,000</td></tr></table>
<p>Self-propelled guns and shells have been shipped as well, officials in Seoul say, though no one gives a count.</p>
</article><footer>Kim Tae-hoon kimth@example.kr. Copyright 2025.</footer></body></html>
"""


def test_html_list_and_table_quotes_are_their_own_lines(tmp_path):
    """Every claim's quote on a page of list items and a table is the item or row its figure stands in: the
    extractor's rewritten punctuation (a "-" for an en dash, a table's "|") is found only right where it stands, so a
    hyphen further on ("Self-propelled", "Tae-hoon" in the footer) moves no word after it."""
    from claimtrack.extraction.claims import extract_corpus
    from claimtrack.extraction.wording import readable
    c = read_corpus(write_corpus(tmp_path, {"page.html": LIST_PAGE}))
    df = extract_corpus(c)
    quotes = {r["surface"].split()[-1]: readable(r["quote"]) for r in df.to_dict("records")}
    assert quotes["300"] == "300 – North Korean soldiers killed, South Korea's NIS, January 2025", quotes
    assert quotes["2,700"].startswith("2,700 – North Korean soldiers wounded"), quotes
    assert quotes["10,000"] == "Pentagon | 28 October 2024 | 10,000", quotes
    art = c["page"]
    for r in df.to_dict("records"):
        assert art.raw[r["start"]:r["end"]] == r["quote"]        # the raw evidence stays exact


def test_readable_quote_keeps_plain_text():
    from claimtrack.extraction.wording import readable
    assert readable("a < b and c > d, AT&T said") == "a < b and c > d, AT&T said"
    assert readable("td>Pentagon</td><td>28 October 2024</td><td>10,000<") == "Pentagon | 28 October 2024 | 10,000"
    assert readable("600&nbsp;sq&nbsp;km") == "600 sq km"


def test_page_dated_only_by_its_footer_year_takes_its_dateline(tmp_path):
    """A page with no date in its metadata: trafilatura's guess from "© 2024" (the year's first day) is no date;
    the body's dateline "KYIV, Nov 20 (CPA) -" takes the footer's copyright year."""
    page = ("<html><head><title>Ukraine's hold on Kursk shrinks</title></head><body><article>"
            "<h1>Ukraine's hold on Kursk shrinks to about 800 sq km</h1>"
            "<p>KYIV, Nov 20 (CPA) - Ukraine now controls about 800 square kilometres of Russia's Kursk region, "
            "down from a peak of 1,376 sq km at the end of August, a source in the General Staff said on Wednesday.</p>"
            "<p>Russia has massed about 50,000 troops in the region to push the Ukrainians out, officials say.</p>"
            "</article><footer><p class='copyright'>© 2024 Continental Press Agency. All rights reserved.</p>"
            "</footer></body></html>")
    c = read_corpus(write_corpus(tmp_path, {"wire.html": page, "other.txt": "Seoul, 2025-03-01. Nothing.\n"}))
    art = c["wire"]
    assert art.metadata["published"] == "2024-11-20", (art.metadata, art.evidence)
    assert "copyright" in art.evidence["published"]



def test_a_page_dated_1_january_keeps_that_date_where_it_says_so(tmp_path):
    """The footer-year guard drops a 1 January only the page never names: a URL's /2025/01/01/ or a byline's
    "Jan 01, 2025" keeps it."""
    page = ("<html><head><title>New year, new bonuses</title>"
            "<link rel='canonical' href='https://example.org/2025/01/01/new-bonuses'></head><body><article>"
            "<h1>New year, new bonuses</h1><p class='byline'>By Jane Doe | Jan 01, 2025</p>"
            "<p>From today the signing bonus in Tatarstan is 2 million rubles, the regional government said, as Russian "
            "regions compete for the men who sign contracts to fight in Ukraine.</p>"
            "<p>Moscow pays 1.9 million rubles, officials there said last month.</p></article>"
            "<footer>© 2025 Example</footer></body></html>")
    c = read_corpus(write_corpus(tmp_path, {"bonus.html": page}))
    assert c["bonus"].metadata.get("published") == "2025-01-01", (c["bonus"].metadata, c["bonus"].evidence)


def test_readable_quote_takes_markdown_marks_out():
    from claimtrack.extraction.wording import readable
    assert readable("about **2,700** were wounded, _at least 100_ killed[^1]") == \
        "about 2,700 were wounded, at least 100 killed"
    assert readable("according to [the NIS](https://nis.go.kr), 11,000") == "according to the NIS, 11,000"
    assert readable("snake_case_name and 5 * 3 = 15") == "snake_case_name and 5 * 3 = 15"
