"""Stage 1, reading: a corpus folder → articles.

Takes a folder of article files (text, Markdown, saved HTML; any encoding) and its optional
`manifest.csv`. Gives `Corpus` (`corpus.read_corpus`): per article its metadata (manifest or
inferred), raw text, cleaned text with an audit of every change and a map back to raw offsets,
and sentences; and the problems found, one row each. Never edits a file it reads.

Public names: `corpus.read_corpus`, `corpus.plan_corpus`, `corpus.iter_corpus`, `corpus.Corpus`,
`problems.Problem`, `limits.LimitExceeded`, `manifest.MANIFEST_NAME`, `manifest.CORRECTIONS_NAME`, `manifest.REVIEWS_NAME`,
`sentences.split_sentences`, `clean.clean`. Imports nothing from later stages.
"""
