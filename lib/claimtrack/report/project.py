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


def resolve_existing(path: str | Path | None, what: str, folder: bool = False) -> Path | None:
    """`resolve(path)`, checked: a missing file or folder raises FileNotFoundError that says a relative
    path is read from the project root, whichever folder the notebook or shell is in.
    `resolve_existing("seeds", "corpus_dir", folder=True)` → ROOT / "seeds"."""
    p = resolve(path)
    if p is None or (p.is_dir() if folder else p.is_file()):
        return p
    kind = "folder" if folder else "file"
    where = (f"; a relative path is read from the project root {ROOT}, not from the notebook's folder: "
             f"give it from there (e.g. seeds, or ../my-corpus for a folder beside the project) or as an absolute path"
             if not Path(str(path)).expanduser().is_absolute() else "")
    raise FileNotFoundError(f"{what} {str(path)!r}: {kind} {p} does not exist{where}")
