"""What the detectors find, and what the rule engine reports.

Detector results are in *prose* coordinates (see :mod:`provlint.document`); the analysis
serialiser maps them to source offsets. Findings are in source coordinates, ready to print.
"""

from __future__ import annotations

from provlint.record import FACTORY, Record

FIGURE_KINDS = ("casualty", "money", "percent", "count", "duration", "other")
SOURCINGS = ("named", "anonymous", "none", "carried", "cited")
SOURCE_KINDS = ("named", "anonymous", "none")
PRECISIONS = ("day", "month", "day_month", "year", "weekday", "decade", "vague")
CLAIM_KINDS = ("factual", "opinion", "question", "boilerplate", "other")
SEVERITIES = ("error", "warning", "info")


class TextSpan(Record):
    """A prose span with its text."""

    __slots__ = ("start", "end", "text")
    __match_args__ = ("start", "end", "text")

    start: int
    end: int
    text: str

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text


class Figure(Record):
    """A quantity stated in the article: a count, casualty toll, sum of money, percentage..."""

    __slots__ = (
        "start",
        "end",
        "text",
        "kind",
        "sentence",
        "noun",
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "sourcing",
        "attribution",
    )
    __match_args__ = (
        "start",
        "end",
        "text",
        "kind",
        "sentence",
        "noun",
        "value",
        "low",
        "high",
        "qualifier",
        "unit",
        "sourcing",
        "attribution",
    )

    start: int
    end: int
    text: str
    kind: str  # one of FIGURE_KINDS
    sentence: int  # index into Document.sentences
    noun: str | None  # what is counted ("deaths", "MEK members")
    value: float | None  # normalised value, when a single one exists
    low: float | None  # range bounds, when a range or an approximate bound exists
    high: float | None
    qualifier: str | None  # "at least", "some", "nearly", "up to", ...
    unit: str | None  # currency code for money ("USD", "EUR"), "%" for percent
    sourcing: str  # one of SOURCINGS
    attribution: int | None  # index into Analysis.attributions

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        kind: str,
        sentence: int,
        noun: str | None = None,
        value: float | None = None,
        low: float | None = None,
        high: float | None = None,
        qualifier: str | None = None,
        unit: str | None = None,
        sourcing: str = "none",
        attribution: int | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.sentence = sentence
        self.noun = noun
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.unit = unit
        self.sourcing = sourcing
        self.attribution = attribution


class Attribution(Record):
    """Content attributed to a source: "X said ...", "according to X", "it is estimated"."""

    __slots__ = ("cue", "source", "content", "source_kind", "sentence", "cue_type", "resolved")
    __match_args__ = ("cue", "source", "content", "source_kind", "sentence", "cue_type", "resolved")

    cue: TextSpan
    source: TextSpan | None
    content: TextSpan | None
    source_kind: str  # one of SOURCE_KINDS
    sentence: int
    cue_type: str  # verb | according_to | nominal | cognition | agentless | quote
    resolved: str | None  # the named source a pronoun ("he said") resolves to

    def __init__(
        self,
        cue: TextSpan,
        source: TextSpan | None,
        content: TextSpan | None,
        source_kind: str,
        sentence: int,
        cue_type: str = "verb",
        resolved: str | None = None,
    ) -> None:
        self.cue = cue
        self.source = source
        self.content = content
        self.source_kind = source_kind
        self.sentence = sentence
        self.cue_type = cue_type
        self.resolved = resolved


class TimeRef(Record):
    """A time reference with its precision and, when possible, its resolved calendar value."""

    __slots__ = ("start", "end", "text", "precision", "sentence", "value")
    __match_args__ = ("start", "end", "text", "precision", "sentence", "value")

    start: int
    end: int
    text: str
    precision: str  # one of PRECISIONS
    sentence: int
    value: str | None  # ISO date or partial date ("2020-08-23", "2020-08", "2020")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        precision: str,
        sentence: int,
        value: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.precision = precision
        self.sentence = sentence
        self.value = value


class Quote(Record):
    """A direct quotation, marks included; ``parts`` > 1 when it continues across paragraphs."""

    __slots__ = ("start", "end", "text", "sentence", "speaker", "partial", "parts")
    __match_args__ = ("start", "end", "text", "sentence", "speaker", "partial", "parts")

    start: int
    end: int
    text: str
    sentence: int  # first sentence it touches
    speaker: int | None  # index into Analysis.attributions
    partial: bool  # a fragment quoted inside the author's sentence
    parts: int

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        sentence: int,
        speaker: int | None = None,
        partial: bool = False,
        parts: int = 1,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.speaker = speaker
        self.partial = partial
        self.parts = parts


class Claim(Record):
    """What a sentence does: states a fact, gives an opinion, asks, or is boilerplate."""

    __slots__ = ("sentence", "kind", "attributed", "checkworthy", "cited")
    __match_args__ = ("sentence", "kind", "attributed", "checkworthy", "cited")

    sentence: int
    kind: str  # one of CLAIM_KINDS
    attributed: bool
    checkworthy: bool
    cited: bool  # the sentence carries a link or footnote reference

    def __init__(
        self,
        sentence: int,
        kind: str,
        attributed: bool = False,
        checkworthy: bool = False,
        cited: bool = False,
    ) -> None:
        self.sentence = sentence
        self.kind = kind
        self.attributed = attributed
        self.checkworthy = checkworthy
        self.cited = cited


class Finding(Record):
    """One problem reported at an exact place in a file (source coordinates)."""

    __slots__ = (
        "code",
        "name",
        "severity",
        "message",
        "path",
        "start",
        "end",
        "line",
        "col",
        "end_line",
        "end_col",
        "fingerprint",
        "context",
        "extra",
    )
    __match_args__ = (
        "code",
        "name",
        "severity",
        "message",
        "path",
        "start",
        "end",
        "line",
        "col",
        "end_line",
        "end_col",
        "fingerprint",
        "context",
        "extra",
    )
    _factories = {"extra": dict}

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
    fingerprint: str
    context: str  # the sentence the finding is in, for baselines and reports
    extra: dict

    def __init__(
        self,
        code: str,
        name: str,
        severity: str,
        message: str,
        path: str,
        start: int,
        end: int,
        line: int,
        col: int,
        end_line: int,
        end_col: int,
        fingerprint: str = "",
        context: str = "",
        extra: dict = FACTORY,
    ) -> None:
        self.code = code
        self.name = name
        self.severity = severity
        self.message = message
        self.path = path
        self.start = start
        self.end = end
        self.line = line
        self.col = col
        self.end_line = end_line
        self.end_col = end_col
        self.fingerprint = fingerprint
        self.context = context
        self.extra = {} if extra is FACTORY else extra
