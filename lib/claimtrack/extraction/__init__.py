"""Stage 2, extraction: articles → claims.

Takes the articles of `claimtrack.reading`. Gives `Claim` records (`claims.extract_corpus`,
`claims.iter_claims`): each numeric claim of a catalogue metric (`metrics.yml`) with value, bounds,
hedge, unit, period (`periods`), source (`sources`, `sources.yml`), region (`regions`,
`regions.yml`), sentence and offsets; dated events (`events`, `events.yml`); writers for CSV,
JSON lines and Parquet; and `wording`, how a figure is written for readers, which every later
stage uses.

Public names: `claims.extract_corpus`, `claims.iter_claims`, `claims.claims_frame`,
`catalogue.load_catalogue`, `catalogue.Metric`, `quantities.find_quantities`, `periods.find_times`,
`periods.period_bounds`, `sources.attribution`, `sources.canonical`, `events.event_mentions`,
`writers.write_claims`, `wording.row_figure`. Imports only from `claimtrack.reading`.
"""
