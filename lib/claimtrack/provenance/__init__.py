"""Stage 3, provenance: claims → claims per original source, and where sources part.

Takes articles and claims. Gives links between articles and their families (`links`: credits,
near-duplicate text, shared passages), claim identity (`identity`: a source passed down a
family, the reporting chain), series (`series.estimates`: one estimate per figure per original
source), disagreements with both quotes (`disagreements`), consensus per metric and period
(`consensus`), and analysts' corrections applied as data (`corrections`, corrections.yml).

Public names: `links.links`, `links.families`, `identity.resolve_sources`, `series.estimates`,
`series.bonuses`, `disagreements.disagreements`, `consensus.consensus_table`,
`corrections.load_corrections`. Imports only from `claimtrack.reading` and `claimtrack.extraction`.
"""
