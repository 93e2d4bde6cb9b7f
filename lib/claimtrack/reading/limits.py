"""The limits on what claimtrack reads, each with the environment variable that raises it.

Limits keep one mistaken or hostile input (a data dump, a minified page, a folder of the wrong
files) from taking a run's memory or time; hitting one is a clear error or a problem row that
names the limit and says how to raise it. Environment variables, not options, so one setting
reaches the command line, the notebooks (their kernels inherit it) and scheduled runs alike.
Documented in README.md ("Limits").
"""

from __future__ import annotations

import os


def _from_env(name: str, default: int) -> int:
    value = os.environ.get(name, "").replace("_", "").replace(",", "")
    if not value:
        return default
    if not value.isdigit() or int(value) <= 0:
        raise ValueError(f"{name}={os.environ[name]!r}: give a positive whole number")
    return int(value)


def max_file_bytes() -> int:
    """Largest article file read. A long news article is ~50 KB of text and a page saved from a
    browser ("HTML only") is usually under 2 MB; 5 MiB leaves room for pages with inline scripts."""
    return _from_env("CLAIMTRACK_MAX_FILE_BYTES", 5 * 1024 * 1024)


def max_articles() -> int:
    """Most article files in one corpus. The report holds the corpus in each notebook process,
    two at a time (~1.1 GB each at 10,000 articles); 20,000 is what an 8 GB machine runs. The
    store's build stages its records, so `claimtrack extract` can go further (docs/store.md)."""
    return _from_env("CLAIMTRACK_MAX_ARTICLES", 20_000)


def max_line_chars() -> int:
    """Longest line of article text, in characters: about 8,000 words in one paragraph. Prose
    lines are far shorter; longer ones are data, minified code or a file that lost its line breaks."""
    return _from_env("CLAIMTRACK_MAX_LINE_CHARS", 50_000)


class LimitExceeded(ValueError):
    """A corpus over a limit: the message names the limit and the variable that raises it."""
