"""Hostile articles: a corpus whose text, file names and manifest fields carry script, frames,
javascript: and data: links, SVG, markdown and HTML injection and hiding CSS, rendered into a
report and opened in a real headless Chromium (Debian's `chromium`). Fails if any payload ran
(a changed title or DOM, a console message) or if the report's DOM holds anything active; keeps
a screenshot in outputs/test-artifacts/ for the reader."""

from __future__ import annotations

import subprocess

import lxml.html
import pytest
from claimtrack import cli
from claimtrack.report.display import LONG_TOKEN
from claimtrack.report.render import CHROMIUM_FLAGS, chromium
from conftest import REPO, write_corpus

MARK = "['PW','NED'].join('')"          # what a payload that runs writes; the word itself is never in the source
HOOK = f"document.title={MARK};document.body.setAttribute('data-ran',{MARK});console.log({MARK})"
EXECUTED = "PWNED"
ARTIFACTS = REPO / "outputs" / "test-artifacts"
AS_OF = "2024-12-01"

PAYLOADS = {
    "script": f"<script>{HOOK}</script>",
    "img-onerror": f'<img src=x onerror="{HOOK}">',
    "iframe": f'<iframe src="javascript:{HOOK}"></iframe>',
    "javascript-link": f'<a href="javascript:{HOOK}">read more</a>',
    "data-link": f'<a href="data:text/html,<script>{HOOK}</script>">source</a>',
    "svg-script": f'<svg onload="{HOOK}"><script>{HOOK}</script></svg>',
    "body-onload": f"<body onload=\"{HOOK}\">",
    "object": f'<object data="javascript:{HOOK}"></object>',
    "meta-refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "details-ontoggle": f"<details open ontoggle=\"{HOOK}\">x</details>",
    "markdown-link": f"[click here](javascript:{HOOK}) ![chart](x\" onerror=\"{HOOK})",
    "markdown-heading": "# BREAKING\n\n---\n\n**Big** _news_",
    "table-breakout": f"</td></tr></table><script>{HOOK}</script><table><tr><td>",
    "hiding-css": "<style>/*hostile-css*/ body, table, img {display:none !important}</style>"
                  '<div style="display:none">hidden</div>',
    "template-injection": "{{ 7*7 }} {% raw %} ${7*7} <%= 7*7 %>",
}
LONG_LINE = "A" * 20000                 # one unbroken 20,000-character run


def article(n: int, name: str, payload: str) -> str:
    return (f"Officials said on November {n + 1}, 2024, that more than {10000 + n * 100:,} North Korean troops "
            f"were in Russia {payload} according to the ministry.\n\n"
            f"A second paragraph repeats it: {payload}\n")


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    files = {f"{i:02d}_{name}.txt": article(i, name, p) for i, (name, p) in enumerate(PAYLOADS.items())}
    files['<img src=x onerror="alert(1)">.txt'] = article(20, "file name", "")     # a hostile file name
    files["long_line.txt"] = article(21, "long", LONG_LINE)
    files["page.html"] = (f"<html><head><title>Troops {PAYLOADS['script']}</title>{PAYLOADS['hiding-css']}</head>"
                          f"<body><article><p>{article(22, 'html', PAYLOADS['img-onerror'])}</p>"
                          f"<p>{PAYLOADS['iframe']} More than 12,500 North Korean troops were sent, "
                          f"the ministry said.</p></article></body></html>")
    rows = ["file,outlet,published,title,author,url"]
    for i, (name, p) in enumerate(PAYLOADS.items()):
        cell = p.replace('"', '""').replace("\n", " ")
        rows.append(f'{i:02d}_{name}.txt,"{cell}",2024-11-{i + 1:02d},"{cell}","{cell}","javascript:{HOOK}"')
    corpus = write_corpus(base / "corpus", files, "\n".join(rows) + "\n")
    out = base / "outputs"
    code = cli.main(["report", "--corpus", str(corpus), "--as-of", AS_OF, "--out", str(out)])
    assert code == 0
    return out / AS_OF


def open_in_chromium(page, screenshot=None) -> tuple[str, str]:
    """The DOM after the page loaded and had 5 s (virtual) to run anything, and the console log."""
    browser = chromium()
    assert browser, "Chromium is needed for this test (make system installs it)"
    flags = [*CHROMIUM_FLAGS, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
             f"--user-data-dir={page.parent / '.chromium-profile'}"]
    dom = subprocess.run([browser, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    if screenshot:
        subprocess.run([browser, *flags, "--hide-scrollbars", "--window-size=1280,3000",
                        f"--screenshot={screenshot}", page.as_uri()], capture_output=True, timeout=120)
    console = "\n".join(line for line in dom.stderr.splitlines() if "CONSOLE" in line)
    return dom.stdout, console


def shown_text(tree) -> str:
    """The text a reader sees: the body without style sheets."""
    return "".join(tree.xpath("//body//text()[not(ancestor::style)]"))


def test_the_harness_sees_a_script_that_runs(tmp_path):
    """The control: a page with one live payload is caught, so a pass below means something."""
    page = tmp_path / "live.html"
    page.write_text(f"<html><body><p>text</p>{PAYLOADS['script']}</body></html>")
    dom, console = open_in_chromium(page)
    assert EXECUTED in dom and EXECUTED in console


def test_no_payload_runs_in_the_report(hostile_report):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "hostile-report.png"
    dom, console = open_in_chromium(hostile_report / "report.html", screenshot=shot)
    assert "claims ledger" in dom.lower(), "the report did not load"
    assert EXECUTED not in dom, "a payload ran: it changed the page"
    assert console == "", f"the page logged to the console (a script ran, or the CSP blocked something): {console}"
    assert shot.is_file() and shot.stat().st_size > 10_000


def test_the_report_dom_holds_nothing_active_and_hides_nothing(hostile_report):
    html = (hostile_report / "report.html").read_text(encoding="utf-8")
    tree = lxml.html.document_fromstring(html)
    for tag in ("script", "iframe", "object", "embed", "svg", "details", "form", "base", "link"):
        assert not tree.xpath(f"//{tag}"), f"<{tag}> in the report"
    assert [m.get("http-equiv") for m in tree.xpath("//meta[@http-equiv]")] == ["Content-Security-Policy"]
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for attr, value in el.attrib.items():
            assert not attr.lower().startswith("on"), f"<{el.tag} {attr}=…>"
            if attr in ("href", "src", "data", "action"):
                assert not value.strip().lower().startswith(("javascript:", "data:text", "vbscript:")), value[:80]
    assert all(img.get("src", "").startswith("data:image/png;base64,") for img in tree.xpath("//img"))
    assert len(tree.xpath("//img")) == 5, "the five charts (the reporting graph among them), and no other image"
    styles = " ".join(s.text_content() for s in tree.xpath("//style"))
    assert "hostile-css" not in styles, "an article's CSS became a style sheet"
    assert not [el for el in tree.xpath("//*[@style]") if "none" in el.get("style").replace(" ", "")], \
        "an element is hidden by an inline style"
    text = shown_text(tree)
    for shown in ("<script>", "onerror=", "<iframe", "javascript:", "/*hostile-css*/", "{{ 7*7 }}", "</td></tr></table>"):
        assert shown in text, f"{shown!r} should be shown as text"


def test_hostile_file_name_and_long_line_are_shown_as_text(hostile_report):
    tree = lxml.html.document_fromstring((hostile_report / "report.html").read_text(encoding="utf-8"))
    text = shown_text(tree)
    assert '<img src=x onerror="alert(1)">' in text
    # the long run is in the ledger, broken into wrappable pieces (U+200B) rather than one 20,000-wide cell
    assert "A" * LONG_TOKEN + "\u200b" in text and "A" * (LONG_TOKEN + 1) not in text
    pdf = subprocess.run(["pdftotext", str(hostile_report / "report.pdf"), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert EXECUTED not in pdf and "<script>" in pdf
