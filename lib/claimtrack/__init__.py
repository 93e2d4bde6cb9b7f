"""claimtrack: numeric claims about North Korea's troops in Russia, traced to their sentences.

Data flows one way: articles (raw files, never edited) → cleaned articles with an audit
(`claimtrack.corpus`) → claims → series → charts → report.
"""

__version__ = "0.1.0"
