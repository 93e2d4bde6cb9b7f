"""Bytes of an article file → text, saying which encoding was assumed and what looked wrong.

Handles: empty files, files over the size limit, binary files (NUL bytes or a known
binary signature), byte-order marks, and text that is not UTF-8 (detected with
charset-normalizer). Line endings are left alone here; cleaning normalises them so the
change is mapped and audited like any other.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

import charset_normalizer

from .limits import max_file_bytes

# Largest article file read, in bytes (5 MiB unless CLAIMTRACK_MAX_FILE_BYTES says otherwise; see
# limits.py): one mistaken file (a PDF, a data dump) must not dominate a run.
MAX_FILE_BYTES = max_file_bytes()

# Signatures of formats people mistake for articles (file(1)'s magic numbers).
BINARY_SIGNATURES = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive (or .docx/.odt)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
    b"\x1f\x8b": "a gzip archive",
}

BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class Decoded:
    """Result of decoding: `text` is None when the file could not be read as text."""

    text: str | None
    encoding: str | None
    bom: bool = False
    issues: list[tuple[str, str, str, str]] = field(default_factory=list)
    # each issue: (code, severity, message, action)


def decode_bytes(data: bytes, max_bytes: int = MAX_FILE_BYTES) -> Decoded:
    """Decode an article file's bytes, or explain why it cannot be read."""
    if len(data) > max_bytes:
        return Decoded(None, None, issues=[(
            "too-large", "error",
            f"file is {len(data):,} bytes, over the {max_bytes:,}-byte limit",
            "check it is an article; if so, save only the article text, or split it; to read it anyway, "
            f"raise the limit: --max-bytes {len(data)} or CLAIMTRACK_MAX_FILE_BYTES={len(data)}",
        )])
    if not data.strip():
        return Decoded(None, None, issues=[(
            "empty-file", "error", "file is empty (or only whitespace)",
            "add the article text or delete the file",
        )])
    for sig, what in BINARY_SIGNATURES.items():
        if data.startswith(sig):
            return Decoded(None, None, issues=[(
                "binary-file", "error", f"file is {what}, not text",
                "save the article as .txt, .md or .html and remove this file",
            )])
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as exc:
                return _undecodable(f"has a {enc} byte-order mark but is not valid {enc} ({exc.reason})")
            return Decoded(text, enc, bom=True, issues=[(
                "bom", "info", f"{enc} byte-order mark removed", "nothing to do",
            )])
    utf16 = _bomless_utf16(data)
    if utf16:
        try:
            return Decoded(data.decode(utf16), utf16, issues=[(
                "not-utf8", "warning", f"UTF-16 text without a byte-order mark; read as {utf16}",
                "re-save the file as UTF-8")])
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        return Decoded(None, None, issues=[(
            "binary-file", "error", "file contains NUL bytes: it is binary, not text",
            "save the article as .txt, .md or .html and remove this file",
        )])
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return _undecodable(f"is not UTF-8 (bad byte at {bad_at}) and no encoding fits")
    enc = best.encoding
    if enc in SINGLE_BYTE_LATIN and enc != "cp1252":
        try:  # the short texts charset-normalizer sees often fit several Latin code pages equally
            return Decoded(data.decode("cp1252"), "cp1252", issues=[(
                "not-utf8", "warning",
                f"not UTF-8 (first bad byte at offset {bad_at}); read as cp1252 (detector's guess: {enc})",
                "check the text reads correctly; if not, re-save the file as UTF-8")])
        except UnicodeDecodeError:
            pass
    return Decoded(str(best), enc, issues=[(
        "not-utf8", "warning",
        f"not UTF-8 (first bad byte at offset {bad_at}); read as {enc}",
        "check the text reads correctly; if not, re-save the file as UTF-8",
    )])


# Code pages charset-normalizer may pick for English text in a legacy encoding. For English
# news, Windows-1252 is by far the most common; when it decodes the bytes it is preferred,
# since on short files the detector cannot tell it from cp1250 (and "km²" would become "km˛").
SINGLE_BYTE_LATIN = {"cp1250", "cp1252", "cp1257", "latin_1", "iso8859_2", "iso8859_15", "iso8859_13",
                     "mac_latin2", "mac_roman"}


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte of ASCII-heavy text is NUL."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _undecodable(why: str) -> Decoded:
    return Decoded(None, None, issues=[(
        "undecodable", "error", f"file {why}", "re-save the file as UTF-8 text",
    )])
