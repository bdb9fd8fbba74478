"""``claim``: check-worthy factual sentences with no attribution, no citation and no sourced
figure.

``skip-unsourced-figures`` leaves sentences with an unsourced figure to the figure rules, and
``skip-unattributed-quotes`` leaves sentences holding a full quotation with no identifiable
speaker to the quote rule, so one problem is reported once.
"""

from __future__ import annotations

from provlint.analysis import Analysis
from provlint.checks import Hit
from provlint.checks.common import sentence_text, shorten
from provlint.checks.quote import unattributed

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FIELDS = ("text",)
_BACKING = frozenset({"named", "carried", "cited"})  # an anonymous figure backs no claim


def check(a: Analysis, params: dict[str, Any]) -> list[Hit]:
    checkworthy_only = params.get("checkworthy-only", True)
    skip: set[int] = set()
    if params.get("skip-unsourced-figures", False):
        skip = {f.sentence for f in a.figures if f.sourcing == "none"}
    if params.get("skip-unattributed-quotes", False):
        skip |= {q.sentence for q in a.quotes if not q.partial and unattributed(a, q.speaker)}
    # a sourced figure backs its sentence, as in the score: "carried" ("The group also paid
    # $5m"), or found by a clause of evidence no cue marks ("The ministry put the toll at 58")
    skip |= {f.sentence for f in a.figures if f.sourcing in _BACKING}
    # a figure carried from an anonymous report in the sentence before ("Officials said ... The
    # council also paid $2 million"): PV104 reports it, once
    skip |= {
        f.sentence
        for f in a.figures
        if f.sourcing == "anonymous"
        and (f.attribution is None or a.attributions[f.attribution].sentence != f.sentence)
    }  # or backed anonymously by a clause of evidence ("Organisers put the turnout at 2.8m")
    sentences = a.document.sentences
    hits = []
    for c in a.claims:
        if c.kind != "factual" or c.attributed or c.cited or c.sentence in skip:
            continue
        if (checkworthy_only and not c.checkworthy) or not 0 <= c.sentence < len(sentences):
            continue
        s = sentences[c.sentence]
        text = sentence_text(a, c.sentence, sentences)
        lead = len(text) - len(text.lstrip())
        end = s.start + len(text.rstrip())
        hits.append(Hit(s.start + lead, end, c.sentence, {"text": shorten(text)}))
    return hits
