"""``attribution``: attributions whose source is of some kinds (anonymous, agentless).

Parameters (see ``schemas/rule.schema.json``): ``source-kinds``, ``cue-types``,
``factual-only`` (only in sentences classified factual), ``skip-figures`` (attributions
that only source a figure, which a figure rule reports), ``exclude-sources`` and
``exclude-content`` (case-insensitive regexes over the source and the reported content), and
``skip-negated`` (a negated cue, "could not testify", claims nothing) and
``skip-restrictive-relatives``: a source that is a relative pronoun opening a restrictive
clause ("every person *who criticises* them", "reports *that say* so") describes who the
people are; the sentence's claim is the author's, not theirs.

Whatever the parameters, a check reports no attribution that holds no claim of a source of
its own: an agentless cue inside a sourced report's content ("The bill is expected to exceed
$194 million, according to the minutes": the minutes' forecast), a share of a polled group
("71% of voters backed her": the poll's tally), a source that carries a link to the document
it describes (the link names it). One source span is reported once, however many cues it has
("confirmed her departure but declined to ...").
"""

from __future__ import annotations

import re

from provlint import regexcache
from provlint.analysis import Analysis
from provlint.checks import Hit
from provlint.checks.common import claims_by_sentence, is_factual
from provlint.model import Attribution, Claim, Figure, TextSpan

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

FIELDS = ("text", "cue", "source", "source_kind", "source_desc", "content")

_NEGATED = regexcache.compile(r"(?i)\b(?:not|never|cannot)\b|n[’']t\b")
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
    skip_negated = params.get("skip-negated", False)
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
    covered = _covered_agentless(a)
    shares = [f for f in a.figures if f.kind in _SHARE_KINDS]
    hits = []
    seen: set[tuple[int, int]] = set()
    for i, t in enumerate(a.attributions):
        if t.source_kind not in kinds or (cue_types and t.cue_type not in cue_types) or i in skip:
            continue
        if i in covered or _polled_share(t, shares) or _linked_source(a, t, claims):
            continue
        if factual_only and not is_factual(a, t.sentence, claims):
            continue
        if skip_negated and _NEGATED.search(t.cue.text):
            continue  # "many families fled and could not testify": no one claims anything
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
        if (span.start, span.end) in seen:
            continue  # "X confirmed A but declined B": one source, one finding
        seen.add((span.start, span.end))
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


def _covered_agentless(a: Analysis) -> set[int]:
    """Agentless attributions whose cue lies in the content of an attribution with a source
    in the same sentence ("The bill is expected to exceed $194 million, according to the
    minutes"): the hedge is part of what that source reports."""
    atts = a.attributions
    sourced: dict[int, list[TextSpan]] = {}
    for u in atts:
        if u.source_kind in ("named", "anonymous") and u.content is not None:
            sourced.setdefault(u.sentence, []).append(u.content)
    return {
        i
        for i, t in enumerate(atts)
        if t.source_kind == "none"
        and any(c.start <= t.cue.start and t.cue.end <= c.end for c in sourced.get(t.sentence, ()))
    }


# Figure kinds that give a share of a polled group ("71% of voters", "9 in 10 voters").
_SHARE_KINDS = frozenset({"percent"})


def _polled_share(t: Attribution, shares: list[Figure]) -> bool:
    """Whether the source is a share of a polled group ("71% of voters backed her", "58%
    opposed it"): the figure is a poll's result, not a person or group that asserts."""
    src = t.source
    return src is not None and any(src.start <= f.start and f.end <= src.end for f in shares)


def _linked_source(a: Analysis, t: Attribution, claims: dict[int, Claim]) -> bool:
    """Whether an anonymous source carries a link in a sentence that counts as cited
    ("according to <a href=...>minutes of a board meeting</a>"): the link names the document."""
    src = t.source
    if src is None or t.source_kind != "anonymous":
        return False
    claim = claims.get(t.sentence)
    if claim is None or not claim.cited:
        return False
    return any(k.start < src.end and src.start < k.end for k in a.document.links)
