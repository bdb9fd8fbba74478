"""provlint.record: the model's plain classes behave as the dataclasses they replace.

Each case builds the same values with a record class and with an equivalent ``@dataclass``
written here, and compares what users of the model can observe: repr, equality, hashing,
frozenness, pickling and the :mod:`dataclasses` helpers.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
from pathlib import Path
from typing import Any

import pytest

from provlint.document import Block, Link, Metadata, Sentence, Span
from provlint.engine import Rule
from provlint.model import Attribution, Figure, Finding, TextSpan
from provlint.results import DocumentResult, Scorecard


@dataclasses.dataclass(slots=True)
class _Figure:
    start: int
    end: int
    text: str
    kind: str
    sentence: int
    noun: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    sourcing: str = "none"
    attribution: int | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


@dataclasses.dataclass(slots=True)
class _Block:
    kind: str
    start: int
    end: int
    boilerplate: str | None = None
    sentences: list[Sentence] = dataclasses.field(default_factory=list)


def _rename(text: str, twin: type) -> str:
    return text.replace(twin.__name__, twin.__name__.lstrip("_"))


# (record instance, dataclass twin instance)
CASES: list[tuple[Any, Any]] = [
    (
        Figure(1, 4, "300", "count", 0, noun="people"),
        _Figure(1, 4, "300", "count", 0, noun="people"),
    ),
    (
        Figure(0, 2, "5%", "percent", 2, value=5.0, unit="%"),
        _Figure(0, 2, "5%", "percent", 2, value=5.0, unit="%"),
    ),
    (Span(3, 7), _Span(3, 7)),
    (
        Block("paragraph", 0, 10, sentences=[Sentence(0, 10, 0)]),
        _Block("paragraph", 0, 10, sentences=[Sentence(0, 10, 0)]),
    ),
]


@pytest.mark.parametrize(("record", "twin"), CASES)
def test_repr_matches_dataclass(record: Any, twin: Any) -> None:
    assert repr(record) == _rename(repr(twin), type(twin))


@pytest.mark.parametrize(("record", "twin"), CASES)
def test_dataclasses_helpers_accept_records(record: Any, twin: Any) -> None:
    assert dataclasses.is_dataclass(record)
    assert [f.name for f in dataclasses.fields(record)] == [
        f.name for f in dataclasses.fields(twin)
    ]
    assert dataclasses.asdict(record) == dataclasses.asdict(twin)
    changed = dataclasses.replace(record, end=record.end + 1)
    assert changed.end == record.end + 1 and changed.start == record.start
    assert changed != record


@pytest.mark.parametrize(("record", "twin"), CASES)
def test_equality_and_copies(record: Any, twin: Any) -> None:
    assert copy.copy(record) == record
    assert pickle.loads(pickle.dumps(record)) == record
    assert record != twin  # another class, as between two dataclasses
    assert (record == twin) is False


def test_frozen_records_are_hashable_and_read_only() -> None:
    assert hash(Span(1, 2)) == hash(_Span(1, 2)) == hash((1, 2))
    assert len({Span(1, 2), Span(1, 2), Link(0, 1, "u", "inline")}) == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        Span(1, 2).start = 0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del Span(1, 2).end  # type: ignore[misc]


def test_mutable_records_are_unhashable_and_writable() -> None:
    fig = Figure(1, 4, "300", "count", 0)
    fig.sourcing = "named"
    assert fig.sourcing == "named"
    for value in (fig, Block("paragraph", 0, 1), Metadata()):
        with pytest.raises(TypeError):
            hash(value)


def test_span_rejects_start_after_end() -> None:
    with pytest.raises(ValueError):
        Span(5, 4)


def test_factories_give_each_instance_its_own_value() -> None:
    a, b = Block("paragraph", 0, 1), Block("paragraph", 2, 3)
    a.sentences.append(Sentence(0, 1, 0))
    assert b.sentences == []
    assert Metadata() == Metadata() and Metadata() is not Metadata()
    f = Finding("PV1", "n", "warning", "m", "p", 0, 1, 1, 1, 1, 2)
    g = Finding("PV1", "n", "warning", "m", "p", 0, 1, 1, 1, 1, 2)
    f.extra["x"] = 1
    assert g.extra == {}
    assert dataclasses.fields(f)[-1].default_factory is dict


def test_fields_left_out_of_comparison_and_repr() -> None:
    kw: dict[str, Any] = dict(
        code="PV1",
        name="n",
        severity="info",
        message="m",
        check={"kind": "figure"},
        what="w",
        why="y",
        example="e",
        path=Path("r.yaml"),
    )
    assert Rule(**kw, examples={"a": 1}) == Rule(**kw, examples={"b": 2})
    assert Rule(**kw).examples == {}
    assert Rule(**kw).weight == 1.0 and Rule.weight == 1.0  # class default kept, as before
    card = Scorecard(50.0)
    assert card.components == {}
    # settings: compare=False, repr=False
    assert "settings" not in repr(DocumentResult(analysis=None, settings=None))  # type: ignore[arg-type]
    assert [f.name for f in dataclasses.fields(DocumentResult) if not f.compare] == ["settings"]


def test_match_args_allow_positional_patterns() -> None:
    match Attribution(TextSpan(0, 4, "said"), None, None, "none", 3):
        case Attribution(TextSpan(_, _, cue), None, _, kind, sentence):
            assert (cue, kind, sentence) == ("said", "none", 3)
        case _:  # pragma: no cover
            pytest.fail("no match")
