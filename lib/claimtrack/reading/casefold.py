"""When lower-casing a text finds what a case-blind pattern finds: the shortcut several searches take
(sentence splitting, dates, quantities, regions; issue 18) instead of running `re.IGNORECASE`
patterns at every place."""

from __future__ import annotations

import re

# Non-ASCII characters that `re.IGNORECASE` matches to an ASCII letter or digit (İ ı ſ K; all of
# them, found by trying every code point): where a text has none, a case-blind ASCII word occurs
# exactly where it is a substring of `text.lower()`.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
