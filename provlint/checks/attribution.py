"""``attribution``: attributions whose source is of some kinds (anonymous, agentless).

Parameters (see ``schemas/rule.schema.json``): ``source-kinds``, ``cue-types``,
``factual-only`` (only in sentences classified factual), ``skip-figures`` (attributions
that only source a figure, which a figure rule reports), ``exclude-sources`` and
``exclude-content`` (case-insensitive regexes over the source and the reported content), and
``skip-restrictive-relatives``: a source that is a relative pronoun opening a restrictive
clause ("every person *who criticises* them", "reports *that say* so") describes who the
people are; the sentence's claim is the author's, not theirs.
"""

from __future__ import annotations

import re

from provlint import regexcache
from provlint.analysis import Analysis
from provlint.checks import Hit
from provlint.checks.common import claims_by_sentence, is_factual

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FIELDS = ("text", "cue", "source", "source_kind", "source_desc", "content")

RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
_SOURCE_DESC = {"anonymous": "an anonymous source", "none": "no one", "named": "a named source"}


def restrictive_relative(prose: str, source_start: int, source_text: str) -> bool:
    """A relative-pronoun source with no comma, bracket or dash before it (a restrictive clause).

    "critics, who say ..." is non-restrictive and reports what critics say; "every person who
    criticises them" only says which people are meant.
    """
    if source_text.strip().lower() not in RELATIVE_PRONOUNS:
        return False
    before = prose[max(0, source_start - 20) : source_start].rstrip()
    return bool(before) and before[-1] not in ",;:(—–-\n"


def check(a: Analysis, params: dict[str, Any]) -> list[Hit]:
    kinds = set(params["source-kinds"])
    cue_types = set(params.get("cue-types") or ())
    factual_only = params.get("factual-only", False)
    skip_restrictive = params.get("skip-restrictive-relatives", False)
    # Attributions that only source a figure another rule reports (figure sourced anonymously).
    skip = (
        {f.attribution for f in a.figures if f.attribution is not None}
        if params.get("skip-figures")
        else set()
    )
    exclude = (
        regexcache.compile(params["exclude-sources"], re.IGNORECASE)
        if params.get("exclude-sources")
        else None
    )
    exclude_content = (
        regexcache.compile(params["exclude-content"], re.IGNORECASE)
        if params.get("exclude-content")
        else None
    )
    claims = claims_by_sentence(a)
    prose = a.document.prose
    hits = []
    for i, t in enumerate(a.attributions):
        if t.source_kind not in kinds or (cue_types and t.cue_type not in cue_types) or i in skip:
            continue
        if factual_only and not is_factual(a, t.sentence, claims):
            continue
        if exclude is not None and t.source is not None and exclude.search(t.source.text):
            continue
        if (
            exclude_content is not None
            and t.content is not None
            and exclude_content.search(t.content.text)
        ):
            continue
        if (
            skip_restrictive
            and t.source is not None
            and restrictive_relative(prose, t.source.start, t.source.text)
        ):
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
                    "source_desc": _SOURCE_DESC.get(t.source_kind, t.source_kind),
                    "content": t.content.text if t.content else "",
                },
            )
        )
    return hits
