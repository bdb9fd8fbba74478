"""Plain data classes without the start-up cost of ``@dataclass``.

The decorator writes each class's ``__init__``, ``__repr__`` and ``__eq__`` as source text and
compiles it when the module is imported: about 3.5 million instructions a class, a sixth of a
one-file ``provlint check`` for the two dozen classes of the model. The classes here write
their ``__init__`` by hand and inherit the rest from :class:`Record`, which reads the field
names from ``__match_args__`` (the same tuple ``@dataclass`` sets). They behave as the
dataclasses did: same constructor, equality, hashing when frozen, repr, pattern matching,
pickling; and ``dataclasses.fields``, ``asdict`` and ``replace`` still work, through a
``__dataclass_fields__`` built on first use.
"""

from __future__ import annotations

import reprlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, ClassVar


# Default of a parameter whose value is made per instance (``field(default_factory=...)``);
# ``Any`` so that a parameter keeps its field's type hint.
class _Factory:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


FACTORY: Any = _Factory()


class _Fields:
    """``__dataclass_fields__``, built (and kept on the class) on first access, so that the
    :mod:`dataclasses` helpers accept a record without importing that module up front."""

    def __get__(self, obj: object, cls: type[Record]) -> dict[str, Any]:
        fields = cls.__dict__.get("_dataclass_fields")
        if fields is None:
            fields = _dataclass_fields(cls)
            setattr(cls, "_dataclass_fields", fields)  # noqa: B010 - a class, not the slots
        return fields


def _dataclass_fields(cls: type[Record]) -> dict[str, Any]:
    import dataclasses
    import inspect

    params = inspect.signature(cls.__init__).parameters
    factories = cls._factories
    out: dict[str, Any] = {}
    for name in cls.__match_args__:
        default = params[name].default
        field = dataclasses.field(
            default=dataclasses.MISSING
            if default in (inspect.Parameter.empty, FACTORY)
            else default,
            default_factory=factories.get(name, dataclasses.MISSING),
            repr=name not in cls._not_shown,
            compare=name not in cls._not_compared,
            hash=None if name not in cls._not_compared else False,
        )
        field.name = name
        field.type = cls.__annotations__.get(name)
        field._field_type = dataclasses._FIELD  # type: ignore[attr-defined]
        out[name] = field
    return out


class Record:
    """Base of a data class: repr, equality (hashing in :class:`FrozenRecord`) over the fields
    named by ``__match_args__``, in that order."""

    __slots__ = ()
    __match_args__: ClassVar[tuple[str, ...]] = ()
    _not_compared: ClassVar[frozenset[str]] = frozenset()  # ``field(compare=False)``
    _not_shown: ClassVar[frozenset[str]] = frozenset()  # ``field(repr=False)``
    _factories: ClassVar[dict[str, Any]] = {}  # name -> default_factory
    __dataclass_fields__: ClassVar[dict[str, Any]] = _Fields()  # type: ignore[assignment]

    def _compared(self) -> tuple[Any, ...]:
        skip = self._not_compared
        return tuple(getattr(self, n) for n in self.__match_args__ if n not in skip)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._compared() == other._compared()  # type: ignore[attr-defined]
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
        return hash(self._compared())

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
