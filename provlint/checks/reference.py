"""``reference``: a report, study, investigation or document mentioned without a name or date.

The rule's ``pattern`` finds the mention (case-insensitive). The mention counts as *named*
when a capitalised word sits inside it ("a Pentagon report") or right after it ("a study by
Oxford researchers"), when its sentence names another source or carries a link; as *dated* when
its sentence has a precise time reference, a year or month name, or a relative one the article's
date resolves ("a study published today", "released yesterday"). A capitalised noun after a
capitalised word is part of a name ("Exit polling by Meadowlark Research found"), no mention of
unnamed research. ``exclude-before`` skips a mention the words before it ask for or announce
("could order an independent inquiry", "called for a review").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from provlint import regexcache
from provlint.analysis import Analysis
from provlint.checks import Hit
from provlint.checks.common import claims_by_sentence
from provlint.document import Sentence
from provlint.model import Attribution

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FIELDS = ("text", "missing")
_NAMED_AFTER = regexcache.compile(
    r"\s*,?\s*(?:by|from|of|for|at|in|published by|commissioned by|conducted by)\s+"
    r"(?:the\s+)?[A-Z0-9][\w&.'’-]*"
)
_CAPITALISED = regexcache.compile(r"\b[A-Z][\w&.'’-]*")
_DATE_WORDS = regexcache.compile(
    r"\b(?:1[89]|20)\d{2}\b|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_PRECISE = {"day", "month", "day_month", "year", "weekday"}


@cache
def compile_pattern(pattern: str) -> re.Pattern[str]:
    return regexcache.compile(pattern, re.IGNORECASE)


# A capitalised word ending right before a position, after a space: the word before a mention.
_NAME_BEFORE = regexcache.compile(r"[A-Z][\w&.'’-]*[ \t]+$")


def _in_name(prose: str, sent_start: int, mention: str, start: int) -> bool:
    """Whether the mention opening at ``start`` is capitalised, follows a capitalised word of its
    sentence and ends in a lowercase verb: a name's last word ("Meadowlark Research found"),
    not "research". A title-case headline ("New Polls Show Gaps") capitalises the verb too."""
    return (
        prose[start].isupper()
        and mention.split()[-1][:1].islower()
        and _NAME_BEFORE.search(prose, max(sent_start, start - 40), start) is not None
    )


def _sentence_of(sentences: list[Sentence], starts: list[int], pos: int) -> int | None:
    i = bisect_right(starts, pos) - 1
    if i >= 0 and sentences[i].start <= pos < sentences[i].end:
        return i
    return None


def _named_elsewhere_or_around(t: Attribution, sentence: int, start: int, end: int) -> bool:
    """A named source in the sentence that is not the mention itself ("a study found" beside
    "X said"), or that holds it: the detector found its maker ("a report published in March by
    the Delta Trust")."""
    src = t.source
    if t.sentence != sentence or t.source_kind != "named" or src is None:
        return False
    return src.end <= start or src.start >= end or src.start <= start and end <= src.end


def check(a: Analysis, params: dict[str, Any]) -> list[Hit]:
    doc = a.document
    pattern = compile_pattern(params["pattern"])
    require = params.get("require") or ["name", "date"]
    before = (
        compile_pattern(params["exclude-before"] + r"\s*$")
        if params.get("exclude-before")
        else None
    )
    claims = claims_by_sentence(a)
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    hits = []
    for m in pattern.finditer(doc.prose):
        i = _sentence_of(sentences, starts, m.start())
        if i is None:
            continue
        s = sentences[i]
        if _in_name(doc.prose, s.start, m.group(0), m.start()):
            continue
        if before is not None and before.search(doc.prose, max(s.start, m.start() - 60), m.start()):
            continue  # "could order an independent inquiry": asked for, not cited
        sentence = doc.prose[s.start : s.end]
        missing = []
        if "name" in require:
            named = (
                any(_CAPITALISED.match(w) for w in m.group(0).split()[1:])
                or _NAMED_AFTER.match(doc.prose, m.end(), s.end) is not None
                or any(_named_elsewhere_or_around(t, i, m.start(), m.end()) for t in a.attributions)
                or any(s.start <= k.start < s.end for k in doc.links)
                or (i in claims and claims[i].cited)
            )
            if not named:
                missing.append("name")
        if "date" in require:
            dated = _DATE_WORDS.search(sentence) is not None or any(
                d.sentence == i and (d.precision in _PRECISE or d.value is not None)
                for d in a.dates
            )
            if not dated:
                missing.append("date")
        if missing:
            hits.append(
                Hit(m.start(), m.end(), i, {"text": m.group(0), "missing": " or ".join(missing)})
            )
    return hits
