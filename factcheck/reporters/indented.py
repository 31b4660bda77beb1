"""JSON text exactly as ``json.dumps(value, ensure_ascii=False, indent=N)`` writes it,
in half the time.

With an indent the standard library encodes in pure Python, through a generator per
object and level; an archive's report is tens of megabytes of small objects, and
encoding it took seconds. Here each object is written by one call into one list of
parts, strings still by the standard library's C escaper. Anything but plain data
(str-keyed dicts, lists, tuples, str, int, float, bool, None) is left to json.dumps.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring as _string  # json.dumps's, without ensure_ascii
from typing import Any

_INFINITY = float("inf")


class _NotPlain(Exception):
    """A value json.dumps would handle its own way (or refuse): it is given to it."""


def indented(value: Any, indent: int = 2) -> str:
    parts: list[str] = []
    try:
        _write(value, parts, "\n", " " * indent)
    except _NotPlain:
        return json.dumps(value, ensure_ascii=False, indent=indent)
    return "".join(parts)


def _write(value: Any, parts: list[str], newline: str, step: str) -> None:
    # the order of json.encoder's own tests: a str, int or float subclass is written
    # as its base type, and True is not written as 1
    if isinstance(value, str):
        parts.append(_string(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(_float(value))
    elif isinstance(value, dict):
        _write_dict(value, parts, newline, step)
    elif isinstance(value, list | tuple):
        _write_list(value, parts, newline, step)
    else:
        raise _NotPlain


def _write_dict(value: dict[Any, Any], parts: list[str], newline: str, step: str) -> None:
    if not value:
        parts.append("{}")
        return
    inner = newline + step
    before = "{" + inner
    for key, item in value.items():
        if not isinstance(key, str):
            raise _NotPlain  # json.dumps turns numbers and None into keys its own way
        parts.append(before + _string(key) + ": ")
        before = "," + inner
        _write(item, parts, inner, step)
    parts.append(newline + "}")


def _write_list(
    value: list[Any] | tuple[Any, ...], parts: list[str], newline: str, step: str
) -> None:
    if not value:
        parts.append("[]")
        return
    inner = newline + step
    before = "[" + inner
    for item in value:
        parts.append(before)
        before = "," + inner
        _write(item, parts, inner, step)
    parts.append(newline + "]")


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)
