"""Stage 4, the report: a dated snapshot → tables, charts, notebooks, HTML and PDF.

Takes a corpus folder and a date. Gives `snapshot.load` (the corpus cut at `as_of`, its claims,
links, families, events and corrections: what every notebook loads), `views` (what each notebook
shows: tables, charts, titles), `summary`, `charts`, `tables`, `display`, and the machinery that runs
the notebook series (`execution`, papermill), renders it (`render`: nbconvert HTML, Chromium PDF),
swaps it into place (`runner.run_report`) and keeps the committed outputs (`baseline`).

Notebooks import from here only: `from claimtrack.report import snapshot, views`. Imports from
every earlier stage, never from `claimtrack.cli`.
"""
