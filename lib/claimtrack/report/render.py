"""Executed notebooks → one reader-facing HTML report (code hidden, charts embedded, no CDN) →
the same as PDF, printed by headless Chromium.

PDF engine: Chromium from Debian's packages printing the HTML. It is one package (`make report`
installs it with poppler-utils when it can), takes about a second, and prints exactly what the
HTML shows; LaTeX would need ~600 MB and renders tables differently; WeasyPrint needs Pango.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import tempfile
import time
from importlib import resources
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

from .display import CELL_STYLE

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PDF_TIMEOUT_SECONDS = 180
PROFILE_PREFIX = "claimtrack-chromium-"
# A printing run killed outright (SIGKILL, a scheduler's timeout) cannot remove its Chromium profile
# (2 MB in the system's temporary folder); the next print removes those older than this. A day is
# far past any print's timeout, so no live print's profile is touched.
STALE_PROFILE_S = 24 * 3600
# Chromium in a sandbox-less container with no network: no first-run, sync or update traffic.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-quic", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw"]
INSTALL_HINT = ("PDF needs Chromium. On Debian or Ubuntu: `sudo apt-get install chromium` (`make report` "
                "does this when run as root); elsewhere install Chrome or Chromium and set CLAIMTRACK_CHROMIUM "
                "to its path; or ask for HTML only with `--format html`.")


class RenderError(RuntimeError):
    """The report could not be rendered; the message says what to install or check."""


def chromium() -> str | None:
    """The browser that prints the PDF: $CLAIMTRACK_CHROMIUM, else the first on PATH."""
    env = os.environ.get("CLAIMTRACK_CHROMIUM")
    if env:
        return env if Path(env).exists() else None
    return next((p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)


def _reader_cells(nb) -> list:
    """The cells a reader sees: parameter cells go; code cells keep only their outputs."""
    cells = []
    for c in nb.cells:
        tags = c.get("metadata", {}).get("tags", [])
        if "parameters" in tags or "injected-parameters" in tags:
            continue
        if c.cell_type == "code" and not c.get("outputs"):
            continue
        cells.append(c)
    return cells


def combine(paths: list[Path], title: str, subtitle: str):
    """One notebook of all executed notebooks in order, under a title cell."""
    book = nbformat.v4.new_notebook()
    book.metadata = {"title": title, "kernelspec": {"name": "python3", "display_name": "Python 3"}}
    head = (f"<h1 class='claimtrack-title'>{html.escape(title)}</h1>"
            f"<p class='claimtrack-subtitle'>{html.escape(subtitle)}</p>")
    book.cells.append(nbformat.v4.new_markdown_cell(head))
    for i, path in enumerate(paths):
        nb = nbformat.read(path, as_version=4)
        cells = _reader_cells(nb)
        if i and cells and cells[0].cell_type == "markdown":
            cells[0] = nbformat.v4.new_markdown_cell("<div class='claimtrack-notebook'></div>\n\n" + cells[0].source)
        book.cells.extend(cells)
    return book


def to_html(book, dest: Path) -> Path:
    """The reader's HTML: inputs and prompts hidden, images inline, styles inline, no scripts."""
    templates = resources.files("claimtrack.report") / "templates"
    exporter = HTMLExporter(template_name="claimtrack", extra_template_basedirs=[str(templates)],
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
                            embed_images=True)
    body, _ = exporter.from_notebook_node(book)
    dest.write_text(_shared_cell_style(body), encoding="utf-8")
    return dest


def _shared_cell_style(body: str) -> str:
    """The page without the inline alignment each table cell carries for JupyterLab: report.css
    sets the same for every claimtrack table, and at 10,000 articles the 20,000 copies of it were
    a quarter of the page (issue 16: under 3 MB). Escaped text cannot match: its quotes are
    `&quot;`, so only attributes are removed."""
    return body.replace(f' style="{CELL_STYLE}"', "")


def remove_stale_profiles(folder: Path | None = None, now: float | None = None) -> list[Path]:
    """Remove the Chromium profiles of prints killed more than STALE_PROFILE_S ago."""
    folder = Path(folder or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed = []
    for d in folder.glob(f"{PROFILE_PREFIX}*"):
        try:
            if d.is_dir() and now - d.stat().st_mtime > STALE_PROFILE_S:
                shutil.rmtree(d, ignore_errors=True)
                removed.append(d)
        except OSError:
            continue                    # gone already, or not ours to read
    return removed


def to_pdf(html_file: Path, dest: Path) -> Path:
    """Print the HTML to PDF with headless Chromium (A4, the page size set in report.css)."""
    browser = chromium()
    if browser is None:
        raise RenderError(INSTALL_HINT)
    remove_stale_profiles()
    # ignore_cleanup_errors: when the run is interrupted while printing, Chromium's helper processes
    # may still write to the profile as it is removed; the interrupt must not become an OSError.
    with tempfile.TemporaryDirectory(prefix=PROFILE_PREFIX, ignore_cleanup_errors=True) as profile:
        cmd = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={dest}",
               html_file.resolve().as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=PDF_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            raise RenderError(f"Chromium did not print {html_file} within {PDF_TIMEOUT_SECONDS} s") from None
    if proc.returncode != 0 or not dest.exists() or dest.stat().st_size == 0:
        tail = "\n".join((proc.stderr or "").strip().splitlines()[-5:])
        raise RenderError(f"Chromium ({browser}) could not print {html_file} to PDF (exit {proc.returncode}):\n{tail}")
    return dest
