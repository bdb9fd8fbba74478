"""provlint.record: the model's plain classes behave as the dataclasses they replace.

Each case builds the same values with a record class and with an equivalent ``@dataclass``
written here, and compares what users of the model can observe: repr, equality, hashing,
frozenness, pickling and the :mod:`dataclasses` helpers. Then the ``@record`` decorator on
small classes of its own.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from pathlib import Path
from typing import Any

import pytest

from provlint.document import Block, Link, Metadata, Sentence, Span
from provlint.engine import Rule
from provlint.model import Attribution, Figure, Finding, TextSpan
from provlint.record import FrozenRecord, Record, field, record
from provlint.results import DocumentResult, Scorecard
from tests.conftest import run_python


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


# -- the @record decorator itself ----------------------------------------------------------------


@record
class _Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)
    note: str = field(default="", compare=False, repr=False)


@record(frozen=True)
class _Range:
    low: int
    high: int = 10

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError("low above high")


@record(slots=False)
class _Loose:
    name: str
    weight: float = 1.0
    seen: set[str] = field(default_factory=set)


def test_record_fields_defaults_and_factories() -> None:
    p = _Point(1)
    assert (p.x, p.y, p.tags, p.note) == (1, 0, [], "")
    assert _Point(1, 2, ["a"], "n") == _Point(x=1, y=2, tags=["a"], note="other")
    assert _Point(1).tags is not _Point(1).tags
    assert _Point.__match_args__ == ("x", "y", "tags", "note")
    assert _Point.__slots__ == ("x", "y", "tags", "note")
    assert not hasattr(p, "__dict__")
    assert _Loose("a").seen == set() and _Loose("a").seen is not _Loose("a").seen


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((), {}),  # missing x
        ((1, 2, [], "", 5), {}),  # too many
        ((1,), {"x": 2}),  # twice
        ((1,), {"z": 2}),  # unknown
    ],
)
def test_record_rejects_bad_arguments(args: tuple, kwargs: dict) -> None:
    with pytest.raises(TypeError):
        _Point(*args, **kwargs)


def test_record_repr_eq_hash() -> None:
    assert repr(_Point(1, tags=["a"], note="hidden")) == "_Point(x=1, y=0, tags=['a'])"
    assert _Point(1) != _Point(2) and _Point(1) != (1, 0, [], "")
    with pytest.raises(TypeError):
        hash(_Point(1))
    assert hash(_Range(1, 2)) == hash((1, 2)) and {_Range(1), _Range(1)} == {_Range(1)}
    assert repr(_Range(1)) == "_Range(low=1, high=10)"


def test_record_frozen_and_post_init() -> None:
    r = _Range(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.low = 0  # type: ignore[misc]
    with pytest.raises(ValueError):
        _Range(5, 4)
    assert isinstance(r, FrozenRecord) and isinstance(_Point(1), Record)


def test_record_without_slots_keeps_class_defaults() -> None:
    assert _Loose.weight == 1.0 and "seen" not in vars(_Loose)
    loose = _Loose("a")
    loose.extra = 1  # type: ignore[attr-defined] # has a __dict__, as a plain dataclass
    assert loose == _Loose("a")


def test_record_pickling_match_and_dataclasses_helpers() -> None:
    for value in (_Point(1, 2, ["a"]), _Range(3), _Loose("b", 2.0)):
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.deepcopy(value) == value
    match _Point(1, 2):
        case _Point(x, y):
            assert (x, y) == (1, 2)
        case _:  # pragma: no cover
            pytest.fail("no match")
    fields = dataclasses.fields(_Point)
    assert [f.name for f in fields] == ["x", "y", "tags", "note"]
    assert fields[1].default == 0 and fields[2].default_factory is list
    assert not fields[3].compare and not fields[3].repr
    assert dataclasses.asdict(_Point(1)) == {"x": 1, "y": 0, "tags": [], "note": ""}
    assert dataclasses.replace(_Range(1), high=5) == _Range(1, 5)


def test_record_init_has_the_fields_as_parameters() -> None:
    """``__init__`` is compiled when the class is made: the same from the first instance on."""
    assert str(inspect.signature(_Point)) == "(x, y=0, tags=<factory>, note='')"
    assert str(inspect.signature(_Range)) == "(low, high=10)"
    assert str(inspect.signature(Span)) == "(start, end)"
    assert _Point.__init__.__qualname__ == "_Point.__init__"
    assert _Point.__init__.__module__ == __name__
    with pytest.raises(TypeError, match=r"missing 1 required positional argument: 'x'"):
        _Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'z'"):
        _Point(1, z=2)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "body",
    [
        "x: int = 0\n    y: int",  # no default after a default
        "x: int\n    def __init__(self): pass",  # own __init__
        "x: int\n    __slots__ = ('x',)",  # own __slots__
    ],
)
def test_record_rejects_bad_classes(body: str) -> None:
    with pytest.raises(TypeError):
        exec(f"@record\nclass Bad:\n    {body}\n", {"record": record})  # noqa: S102


def test_field_takes_a_default_or_a_factory() -> None:
    with pytest.raises(ValueError):
        field(default=[], default_factory=list)
    for default in ("[]", "field(default={})"):  # one list for every instance: refused
        with pytest.raises(ValueError):
            exec(
                f"@record\nclass Bad:\n    x: list = {default}\n",
                {"record": record, "field": field},
            )  # noqa: S102


def test_listing_field_names_does_not_import_dataclasses() -> None:
    code = (
        "import sys; from provlint.model import Figure; "
        "assert list(Figure.__dataclass_fields__) == list(Figure.__match_args__); "
        "assert 'start' in Figure.__dataclass_fields__; "
        "print('dataclasses' in sys.modules)"
    )
    assert run_python(code) == "False"
    assert isinstance(Figure.__dataclass_fields__["start"], dataclasses.Field)
    assert repr(Span.__dataclass_fields__).startswith("{'start': Field(name='start'")


def test_hash_and_equality_cover_the_compared_fields_only() -> None:
    @record(frozen=True)
    class One:
        n: int

    @record(frozen=True)
    class Tagged:
        n: int
        tag: str = field(default="", compare=False)

    @record(frozen=True)
    class Empty:
        pass

    assert hash(One(1)) == hash((1,)) and One(1) == One(1) != One(2)
    assert hash(Tagged(1, "a")) == hash((1,)) and Tagged(1, "a") == Tagged(1, "b")
    assert hash(Empty()) == hash(()) and Empty() == Empty()
