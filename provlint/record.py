"""Plain data classes without the start-up cost of ``@dataclass``.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__`` (and more) as source
text, compiles it and inspects the class when the module is imported: about 3.5 million
instructions a class, a sixth of a one-file ``provlint check`` for the two dozen classes of
the model. :func:`record` is a small stand-in: it reads the fields from the class body's
annotations as ``@dataclass`` does, writes only an ``__init__`` (compiled from source when the
class is made: ~600,000 instructions, mostly parsing) and takes repr, equality, hashing (when
frozen) and pickling from the shared bases :class:`Record` and :class:`FrozenRecord`. The
classes behave as the dataclasses did: same constructor, equality, hashing when frozen, repr,
pattern matching, pickling; and ``dataclasses.fields``, ``asdict`` and ``replace`` still work,
through a ``__dataclass_fields__`` whose values are made on first use::

    @record
    class Block:
        kind: str
        boilerplate: str | None = None
        sentences: list[Sentence] = field(default_factory=list)
"""

from __future__ import annotations

import reprlib
from collections.abc import Mapping
from operator import attrgetter

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any, ClassVar, TypeVar, dataclass_transform

    _C = TypeVar("_C", bound=type)
else:

    def dataclass_transform(**_: object):  # tells type checkers what @record does; no-op here
        return lambda decorator: decorator


class _Sentinel:
    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return self._name


# No default given (``dataclasses.MISSING``).
MISSING: Any = _Sentinel("MISSING")
# Default of an ``__init__`` parameter whose value is made per instance by a factory.
FACTORY: Any = _Sentinel("<factory>")


class Field:
    """What :func:`field` says about one field, beyond its name."""

    __slots__ = ("default", "default_factory", "compare", "repr")

    def __init__(
        self, default: Any, default_factory: Callable[[], Any] | Any, compare: bool, repr: bool
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.compare = compare
        self.repr = repr


def field(
    *,
    default: Any = MISSING,
    default_factory: Callable[[], Any] | Any = MISSING,
    compare: bool = True,
    repr: bool = True,
) -> Any:
    """A field's default when a plain value will not do, as ``dataclasses.field``: a factory
    called per instance, or a field left out of equality (and hashing) or of the repr."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, compare, repr)


class _FieldMap(Mapping):
    """A record class's ``__dataclass_fields__``: field name -> ``dataclasses.Field``, so that
    the :mod:`dataclasses` helpers accept records. The names are read from ``__match_args__``;
    the ``Field`` objects are made on first use, so listing the names does not import
    :mod:`dataclasses` (with :mod:`inspect`, 25 million instructions)."""

    __slots__ = ("_cls", "_fields")

    def __init__(self, cls: type[Record]) -> None:
        self._cls = cls
        self._fields: dict[str, Any] | None = None

    def __getitem__(self, name: str) -> Any:
        if self._fields is None:
            self._fields = _dataclass_fields(self._cls)
        return self._fields[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._cls.__match_args__)

    def __len__(self) -> int:
        return len(self._cls.__match_args__)

    def __contains__(self, name: object) -> bool:
        return name in self._cls.__match_args__

    def __repr__(self) -> str:
        return repr(dict(self))


def _dataclass_fields(cls: type[Record]) -> dict[str, Any]:
    import dataclasses

    out: dict[str, Any] = {}
    for name in cls.__match_args__:
        compared = name not in cls._not_compared
        f = dataclasses.field(
            default=cls._defaults.get(name, dataclasses.MISSING),
            default_factory=cls._factories.get(name, dataclasses.MISSING),
            repr=name not in cls._not_shown,
            compare=compared,
            hash=None if compared else False,
        )
        f.name = name
        f.type = cls.__annotations__.get(name)
        # Private, but there is no public way: dataclasses.fields() (and asdict, replace) keep
        # only Field objects whose _field_type is _FIELD, which only @dataclass (or
        # make_dataclass) sets, at the cost of building a whole dataclass per record class.
        f._field_type = dataclasses._FIELD  # type: ignore[attr-defined]
        out[name] = f
    return out


class Record:
    """Base of a :func:`record` class: repr, equality (hashing in :class:`FrozenRecord`) over
    the fields named by ``__match_args__``, in that order."""

    __slots__ = ()
    __match_args__: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}  # name -> default value
    _factories: ClassVar[dict[str, Any]] = {}  # name -> default_factory
    _not_compared: ClassVar[frozenset[str]] = frozenset()  # ``field(compare=False)``
    _not_shown: ClassVar[frozenset[str]] = frozenset()  # ``field(repr=False)``
    __dataclass_fields__: ClassVar[Mapping[str, Any]]  # set by @record

    # ``record -> tuple of its compared fields`` (equality, hashing), set by @record; called
    # as ``self._compared(self)``: a static attrgetter builds the tuple in C.
    _compared: ClassVar[Callable[[Any], tuple[Any, ...]]] = staticmethod(lambda _: ())

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared(self) == other._compared(other)  # type: ignore[attr-defined]
        return NotImplemented

    __hash__ = None  # type: ignore[assignment] # mutable, as ``@dataclass`` with eq makes it

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        skip = self._not_shown
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__match_args__ if n not in skip)
        return f"{self.__class__.__qualname__}({inner})"


class FrozenRecord(Record):
    """A record whose fields cannot be reassigned (``@dataclass(frozen=True)``); hashable.

    Its ``__init__`` sets the fields with ``object.__setattr__``."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._compared(self))

    def __setattr__(self, name: str, value: Any) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, n) for n in self.__match_args__)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self.__match_args__, state, strict=True):
            object.__setattr__(self, name, value)


@dataclass_transform(field_specifiers=(field,))
def record(
    cls: _C | None = None, /, *, frozen: bool = False, slots: bool = True
) -> _C | Callable[[_C], _C]:
    """Make ``cls`` a data class, as ``@dataclass(frozen=frozen, slots=slots)`` would.

    The fields are the annotated names of the class body, in order (``ClassVar`` ones left
    out); a value assigned to one is its default, or a :func:`field`. The class gains
    :class:`Record` (or :class:`FrozenRecord`) as a base, ``__match_args__``, an ``__init__``
    that calls ``__post_init__`` if the class has one, and with ``slots`` a ``__slots__``:
    like ``@dataclass(slots=True)``, that returns a new class. ``__init__`` is compiled for the
    class from source, as ``@dataclass`` writes it, so it has the fields as parameters.
    """

    def wrap(cls: _C) -> _C:
        return _make_record(cls, frozen, slots)

    return wrap if cls is None else wrap(cls)


def _make_record(cls: _C, frozen: bool, slots: bool) -> _C:
    """The record class made from ``cls`` (see :func:`record`)."""
    ns = cls.__dict__
    if "__init__" in ns:
        raise TypeError(f"{cls.__name__}: a record writes its own __init__; use __post_init__")
    base = FrozenRecord if frozen else Record
    if issubclass(cls, Record):
        if cls.__match_args__:
            raise TypeError(f"{cls.__name__}: records do not inherit fields")
        if issubclass(cls, FrozenRecord) != frozen:
            raise TypeError(f"{cls.__name__}: frozen and mutable records do not mix")
        bases = cls.__bases__
    else:
        bases = tuple(b for b in cls.__bases__ if b is not object) + (base,)

    names: list[str] = []
    defaults: dict[str, Any] = {}
    factories: dict[str, Any] = {}
    not_compared: set[str] = set()
    not_shown: set[str] = set()
    for name, hint in ns.get("__annotations__", {}).items():
        if str(hint).startswith(("ClassVar", "typing.ClassVar")):
            continue
        value = ns.get(name, MISSING)
        if isinstance(value, Field):
            if value.default_factory is not MISSING:
                factories[name] = value.default_factory
            if not value.compare:
                not_compared.add(name)
            if not value.repr:
                not_shown.add(name)
            value = value.default
        if value is not MISSING:
            if type(value).__hash__ is None:  # a list, dict, set... shared by every instance
                raise ValueError(f"{cls.__name__}.{name}: mutable default, use default_factory")
            defaults[name] = value
        elif name not in factories and (defaults or factories):
            raise TypeError(f"{cls.__name__}: field {name!r} without a default follows one with")
        names.append(name)

    body = dict(ns)
    body.pop("__dict__", None)  # the new class makes its own
    body.pop("__weakref__", None)
    for name in names:
        if slots or name not in defaults:
            body.pop(name, None)  # a slot cannot have a class default; a Field is no default
        else:
            body[name] = defaults[name]  # kept as a class attribute, as @dataclass does
    if slots:
        if "__slots__" in ns:
            raise TypeError(f"{cls.__name__}: a record with slots writes its own __slots__")
        body["__slots__"] = tuple(names)
    body["__match_args__"] = tuple(names)
    body["_defaults"] = defaults
    body["_factories"] = factories
    body["_not_compared"] = frozenset(not_compared)
    body["_compared"] = staticmethod(_getter(tuple(n for n in names if n not in not_compared)))
    body["_not_shown"] = frozenset(not_shown)
    new = type(cls)(cls.__name__, bases, body)
    new.__init__ = _compiled_init(new)
    new.__dataclass_fields__ = _FieldMap(new)
    return new


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """``obj -> the tuple of its attributes names``; in C (attrgetter) from two names on."""
    if len(names) > 1:
        return attrgetter(*names)
    return lambda obj: tuple(getattr(obj, n) for n in names)


# Factories whose call a literal replaces in ``__init__``: the same value, made faster.
_LITERALS: dict[Any, str] = {list: "[]", dict: "{}"}


def _compiled_init(cls: type[Record]) -> Callable[..., None]:
    """``__init__`` for ``cls``, compiled from source as ``@dataclass`` writes it, so that an
    instance costs no more than with a hand-written constructor. Factories are globals of the
    function, named after their field; defaults are set as ``__defaults__`` (as
    ``namedtuple`` does), which makes the source a quarter cheaper to compile."""
    defaults, factories = cls._defaults, cls._factories
    frozen = issubclass(cls, FrozenRecord)
    env: dict[str, Any] = {"__FACTORY": FACTORY, "__setattr": object.__setattr__}
    given = []  # the defaults of the last parameters (none without a default follows them)
    lines = []
    for name in cls.__match_args__:
        value = name
        if name in factories:
            given.append(FACTORY)
            made = _LITERALS.get(factories[name])
            if made is None:
                made = f"__factory_{name}()"
                env[f"__factory_{name}"] = factories[name]
            value = f"{made} if {name} is __FACTORY else {name}"
        elif name in defaults:
            given.append(defaults[name])
        lines.append(f"__setattr(self, {name!r}, {value})" if frozen else f"self.{name} = {value}")
    if hasattr(cls, "__post_init__"):
        lines.append("self.__post_init__()")
    params = ", ".join(("self", *cls.__match_args__))
    body = "\n ".join(lines or ["pass"])
    exec(f"def __init__({params}):\n {body}\n", env)  # noqa: S102 - names only
    fn = env["__init__"]
    fn.__defaults__ = tuple(given) or None
    fn.__qualname__ = f"{cls.__qualname__}.__init__"
    fn.__module__ = cls.__module__
    return fn
