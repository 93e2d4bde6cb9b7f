"""The corpus manifest: `manifest.csv`, one row of metadata per article file.

Columns `file,outlet,url,published,title,author`; `file` is relative to the corpus
folder. Other columns (such as `notes`) are kept as they are. Rows are checked here;
whether each file exists is checked by the reader.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .decode import decode_bytes
from .problems import Problem

MANIFEST_NAME = "manifest.csv"
# Analysts' corrections (claimtrack.provenance.corrections reads them); beside the manifest, not an article.
CORRECTIONS_NAME = "corrections.yml"
# Analysts' verdicts on claims (claimtrack.provenance.reviews reads and appends them); not an article.
REVIEWS_NAME = "reviews.csv"
COLUMNS = ("file", "outlet", "url", "published", "title", "author")
METADATA_FIELDS = COLUMNS[1:]


@dataclass
class ManifestRow:
    file: str                      # normalised relative path, '/'-separated
    line: int                      # line of the row in manifest.csv
    fields: dict[str, str]         # every column but `file`, stripped


@dataclass
class Manifest:
    path: Path | None
    rows: dict[str, ManifestRow] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def read_manifest(path: Path, label: str = MANIFEST_NAME) -> Manifest:
    """Read a manifest; never raises for bad content, reports it as problems."""
    out = Manifest(path)
    if not path.exists():
        return out

    def problem(line, code, severity, message, action):
        out.problems.append(Problem(label, line, code, severity, message, action))

    decoded = decode_bytes(path.read_bytes())
    if decoded.text is None:
        code, _, message, action = decoded.issues[0]
        problem(None, "manifest-unreadable", "error", f"manifest {message}; metadata will be inferred from the text",
                f"fix {label}: {action}")
        return out
    reader = csv.DictReader(io.StringIO(decoded.text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    if "file" not in header:
        problem(1, "manifest-no-file-column", "error",
                f"manifest has no 'file' column (columns: {', '.join(header) or 'none'})",
                f"make the first line of {label}: {','.join(COLUMNS)}")
        return out
    reader.fieldnames = header
    try:
        for raw in reader:
            line = reader.line_num
            if None in raw:
                problem(line, "manifest-extra-cells", "warning", "row has more cells than the header; extra cells ignored",
                        "quote values that contain commas")
            values = {k: (v or "").strip() for k, v in raw.items() if k is not None}
            name = values.pop("file", "")
            if not name:
                if any(values.values()):
                    problem(line, "manifest-no-file", "warning", "row has no file name; ignored",
                            "fill in the 'file' column or delete the row")
                continue
            rel = PurePosixPath(name.replace("\\", "/"))
            if rel.is_absolute() or ".." in rel.parts:
                problem(line, "manifest-bad-path", "warning", f"file {name!r} is outside the corpus folder; ignored",
                        "give the path relative to the corpus folder")
                continue
            key = str(rel)
            if key in out.rows:
                problem(line, "manifest-duplicate-row", "warning",
                        f"second row for {key} (first on line {out.rows[key].line}); this one is ignored",
                        "merge the two rows")
                continue
            out.rows[key] = ManifestRow(key, line, values)
    except csv.Error as exc:
        problem(reader.line_num, "manifest-malformed", "error", f"manifest is not valid CSV ({exc}); rows after this are ignored",
                f"fix {label} at this line (an unclosed quote?)")
    return out
