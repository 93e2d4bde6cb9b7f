"""Problems found while reading a corpus: one row each, with what the user should do.

A problem never stops the run. `severity` says what happened to the article:
'error' (not read), 'warning' (read, with an assumption the user should check),
'info' (read; something was fixed that the user may want to know about).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Problem:
    file: str            # path relative to the corpus folder ('manifest.csv' for manifest rows)
    line: int | None     # 1-based line in `file`, where one applies
    code: str            # short machine-readable name, e.g. 'empty-file'
    severity: str        # one of SEVERITIES
    message: str         # what is wrong
    action: str          # what to do about it

    def __post_init__(self):
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        return f"{where}: {self.severity}: {self.message} — {self.action}"
