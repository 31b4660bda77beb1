"""YAML read as a node tree and never constructed.

Composing keeps every node's line and column (for ``file:line:col`` messages) and
never expands anchors, so an alias bomb stays a few hundred bytes in memory until
something walks it; ``check_expansion`` measures what it would expand to without
expanding it, and without recursion (a 500-deep list must not exhaust the stack).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

import yaml

try:  # libyaml is much faster on large registries; both keep node marks
    LOADER: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    LOADER = yaml.SafeLoader

MAX_EXPANDED_VALUES = 100_000
MAX_EXPANDED_CHARACTERS = 20 * 1024 * 1024


class YamlProblem(Exception):
    """A YAML text that cannot be used, with the 1-based place of the problem."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class Positions:
    """Line and column of a node as editors and CI count them: PyYAML also breaks lines
    at U+2028, U+2029, U+0085 and a lone CR, which would shift every later line number."""

    def __init__(self, text: str) -> None:
        exotic = any(c in text for c in ("\x85", "\u2028", "\u2029"))
        if exotic or text.count("\r") != text.count("\r\n"):
            self.starts: list[int] | None = [0]
            self.starts += [index + 1 for index, char in enumerate(text) if char == "\n"]
        else:
            self.starts = None

    def of(self, mark: yaml.Mark) -> tuple[int, int]:
        """1-based (line, column) of a mark."""
        if self.starts is None:
            return mark.line + 1, mark.column + 1
        line = bisect.bisect_right(self.starts, mark.index)
        return line, mark.index - self.starts[line - 1] + 1


def compose(text: str, positions: Positions | None = None) -> yaml.Node | None:
    """The node tree of one YAML document (None for an empty one)."""
    try:
        return yaml.compose(text, Loader=LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(str(error.problem or error.context).split())
        if "another document" in problem:
            problem = "a registry is one YAML document, and here a second one begins ('---')"
        message = f"invalid YAML: {problem}{_hint(problem, text, mark)}"
        if mark is None:
            raise YamlProblem(message) from error
        raise YamlProblem(message, *(positions or Positions(text)).of(mark)) from error
    except yaml.YAMLError as error:
        raise YamlProblem(f"invalid YAML: {' '.join(str(error).split())}") from error
    except RecursionError as error:
        raise YamlProblem("invalid YAML: it nests too deeply to read") from error


# PyYAML's words for the usual slips of a hand-edited registry, and what to look at
_HINTS = (
    ("expected key", "check the indentation: a key of this block lines up with the keys"
                     " above it"),
    ("expected '-' indicator", "check the indentation: the items of a list line up under"
                               " each other"),
    ("mapping values are not allowed", "check the indentation of this line, or put quotes"
                                       " around a value that holds ': '"),
    ("expected <block end>", "check the indentation: this line is indented less than the"
                             " block it belongs to, or more than the one before"),
)  # fmt: skip


def _hint(problem: str, text: str, mark: yaml.Mark | None) -> str:
    """What a journalist should look at, after PyYAML's own words."""
    if "tab character" in problem:
        return " (a tab: YAML indents with spaces only)"
    if mark is not None and "cannot start any token" in problem:
        lines = text.splitlines()
        if mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
            return " (a tab: YAML indents with spaces only)"
    for words, hint in _HINTS:
        if words in problem:
            return f" ({hint})"
    return ""


def children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        yield from node.value
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value


def check_expansion(root: yaml.Node, positions: Positions, text_size: int) -> None:
    """Refuse anchors that would expand to a huge or endless tree (an alias bomb): too
    many values, or too much text (one long string named 5,000 times).

    Each distinct node is measured once, in a post-order walk with an explicit stack.
    A node met again while its own subtree is still being walked is an alias to
    one of its ancestors: a tree that never ends.
    """
    cap = max(MAX_EXPANDED_VALUES, MAX_EXPANDED_CHARACTERS) * 100
    sizes: dict[int, tuple[int, int]] = {}  # node -> (values, characters) it expands to
    in_progress: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            values, characters = 1, len(node.value) if isinstance(node, yaml.ScalarNode) else 0
            for child in children(node):
                values += sizes[id(child)][0]
                characters += sizes[id(child)][1]
            sizes[key] = (min(values, cap), min(characters, cap))
            in_progress.discard(key)
            continue
        if key in sizes:
            continue
        if key in in_progress:
            raise YamlProblem("a YAML alias refers to itself", *positions.of(node.start_mark))
        in_progress.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in children(node))
    # A plain file of any size expands to itself; a bomb expands to far more.
    values, characters = sizes[id(root)]
    if values > max(MAX_EXPANDED_VALUES, 10 * len(sizes)):
        raise YamlProblem(
            f"YAML anchors and aliases here expand to more than {MAX_EXPANDED_VALUES:,} values"
            " (an alias bomb?); write it out plainly"
        )
    if characters > max(MAX_EXPANDED_CHARACTERS, 2 * text_size):
        raise YamlProblem(
            "YAML anchors and aliases here expand to more than"
            f" {MAX_EXPANDED_CHARACTERS // 1048576} MB of text (an alias bomb?); write it out"
            " plainly"
        )


def top_level_scalars(root: yaml.Node | None) -> dict[str, str]:
    """The ``key: value`` pairs of a mapping whose values are plain scalars (front
    matter): lists, mappings, nulls and aliases to them are skipped, nothing expands."""
    if not isinstance(root, yaml.MappingNode):
        return {}
    pairs: dict[str, str] = {}
    for key, value in root.value:
        if (
            isinstance(key, yaml.ScalarNode)
            and isinstance(value, yaml.ScalarNode)
            and not value.tag.endswith(":null")
        ):
            pairs[str(key.value).lower()] = str(value.value)
    return pairs
