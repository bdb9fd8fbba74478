"""``attribution``: attributions whose source is of some kinds (anonymous, agentless)."""

from __future__ import annotations

import re
from typing import Any

from provlint.analysis import Analysis
from provlint.checks import Hit
from provlint.checks.common import claims_by_sentence, is_factual

FIELDS = ("text", "cue", "source", "source_kind", "content")


def check(a: Analysis, params: dict[str, Any]) -> list[Hit]:
    kinds = set(params["source-kinds"])
    cue_types = set(params.get("cue-types") or ())
    factual_only = params.get("factual-only", False)
    # Attributions that only source a figure another rule reports (figure sourced anonymously).
    skip = (
        {f.attribution for f in a.figures if f.attribution is not None}
        if params.get("skip-figures")
        else set()
    )
    exclude = (
        re.compile(params["exclude-sources"], re.IGNORECASE)
        if params.get("exclude-sources")
        else None
    )
    claims = claims_by_sentence(a)
    hits = []
    for i, t in enumerate(a.attributions):
        if t.source_kind not in kinds or (cue_types and t.cue_type not in cue_types) or i in skip:
            continue
        if factual_only and not is_factual(a, t.sentence, claims):
            continue
        if exclude is not None and t.source is not None and exclude.search(t.source.text):
            continue
        span = t.source or t.cue
        hits.append(
            Hit(
                span.start,
                span.end,
                t.sentence,
                {
                    "text": span.text,
                    "cue": t.cue.text,
                    "source": t.source.text if t.source else "",
                    "source_kind": t.source_kind,
                    "content": t.content.text if t.content else "",
                },
            )
        )
    return hits
