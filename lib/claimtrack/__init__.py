"""claimtrack: numeric claims about North Korea's troops in Russia, traced to their sentences.

The package is cut into stages; data flows one way, and each stage imports only from the
stages above it in this list (tests/test_architecture.py checks it):

1. `claimtrack.reading`     corpus folder → articles: decoded, cleaned with an audit, dated, split into sentences
2. `claimtrack.extraction`  articles → claims: value, bounds, hedge, period, source, region, event dates
3. `claimtrack.provenance`  claims → one claim per original source: links, families, series, disagreements,
                            consensus, analysts' corrections
4. `claimtrack.report`      a dated snapshot → tables, charts, the notebook series, HTML and PDF
5. `claimtrack.cli`         the `claimtrack` command over all of them

docs/architecture.md draws the stages and says where new code goes.
"""

__version__ = "0.1.0"
