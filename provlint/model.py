"""What the detectors find, and what the rule engine reports.

Detector results are in *prose* coordinates (see :mod:`provlint.document`); the analysis
serialiser maps them to source offsets. Findings are in source coordinates, ready to print.
"""

from __future__ import annotations

from provlint.record import field, record

FIGURE_KINDS = ("casualty", "money", "percent", "count", "duration", "other")
SOURCINGS = ("named", "anonymous", "none", "carried", "cited")
SOURCE_KINDS = ("named", "anonymous", "none")
PRECISIONS = ("day", "month", "day_month", "year", "weekday", "decade", "vague")
CLAIM_KINDS = ("factual", "opinion", "question", "boilerplate", "other")
SEVERITIES = ("error", "warning", "info")


@record
class TextSpan:
    """A prose span with its text."""

    start: int
    end: int
    text: str


@record
class Figure:
    """A quantity stated in the article: a count, casualty toll, sum of money, percentage..."""

    start: int
    end: int
    text: str
    kind: str  # one of FIGURE_KINDS
    sentence: int  # index into Document.sentences
    noun: str | None = None  # what is counted ("deaths", "MEK members")
    value: float | None = None  # normalised value, when a single one exists
    low: float | None = None  # range bounds, when a range or an approximate bound exists
    high: float | None = None
    qualifier: str | None = None  # "at least", "some", "nearly", "up to", ...
    unit: str | None = None  # currency code for money ("USD", "EUR"), "%" for percent
    sourcing: str = "none"  # one of SOURCINGS
    attribution: int | None = None  # index into Analysis.attributions


@record
class Attribution:
    """Content attributed to a source: "X said ...", "according to X", "it is estimated"."""

    cue: TextSpan
    source: TextSpan | None
    content: TextSpan | None
    source_kind: str  # one of SOURCE_KINDS
    sentence: int
    cue_type: str = "verb"  # verb | according_to | nominal | cognition | agentless | quote
    resolved: str | None = None  # the named source a pronoun ("he said") resolves to


@record
class TimeRef:
    """A time reference with its precision and, when possible, its resolved calendar value."""

    start: int
    end: int
    text: str
    precision: str  # one of PRECISIONS
    sentence: int
    value: str | None = None  # ISO date or partial date ("2020-08-23", "2020-08", "2020")


@record
class Quote:
    """A direct quotation, marks included; ``parts`` > 1 when it continues across paragraphs."""

    start: int
    end: int
    text: str
    sentence: int  # first sentence it touches
    speaker: int | None = None  # index into Analysis.attributions
    partial: bool = False  # a fragment quoted inside the author's sentence
    parts: int = 1


@record
class Claim:
    """What a sentence does: states a fact, gives an opinion, asks, or is boilerplate."""

    sentence: int
    kind: str  # one of CLAIM_KINDS
    attributed: bool = False
    checkworthy: bool = False
    cited: bool = False  # the sentence carries a link or footnote reference


@record
class Finding:
    """One problem reported at an exact place in a file (source coordinates)."""

    code: str
    name: str
    severity: str
    message: str
    path: str
    start: int
    end: int
    line: int
    col: int
    end_line: int
    end_col: int
    fingerprint: str = ""
    context: str = ""  # the sentence the finding is in, for baselines and reports
    extra: dict = field(default_factory=dict)
