"""Where the project's folders are, so a notebook finds the seeds whether it runs in JupyterLab
(working directory `notebooks/`) or under papermill started from any folder.

Relative paths given to a notebook parameter are read from the project root; the `claimtrack`
command makes the paths it is given absolute first, so on the command line they are relative to
the shell's folder as usual.
"""

from __future__ import annotations

from pathlib import Path

# lib/claimtrack/report/project.py → the folder holding pyproject.toml (the package is installed editable).
ROOT = Path(__file__).resolve().parents[3]
NOTEBOOKS = ROOT / "notebooks"
SEEDS = ROOT / "seeds"


def resolve(path: str | Path | None) -> Path | None:
    """`path` as an absolute path; a relative one is taken from the project root. None and '' stay None."""
    if path is None or str(path) == "":
        return None
    p = Path(path).expanduser()
    return p if p.is_absolute() else ROOT / p
