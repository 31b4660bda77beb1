"""Load and validate registry files (format v1), reporting every problem with its place.

PyYAML keeps line and column marks only on nodes, so files are composed (never
constructed: anchors are not expanded, which also defuses alias bombs) and the
node tree is validated directly.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import cast

import yaml

from factcheck import collector
from factcheck.confinement import inside, story_root
from factcheck.dates import parse_date
from factcheck.documents import document_path_problem
from factcheck.errors import RegistryError
from factcheck.inputs import (
    FileTooLarge,
    UnreadableFile,
    distinct,
    identity,
    os_reason,
    path_problem,
    read_limited,
    resolve,
)
from factcheck.model import (
    STANCES,
    VERDICTS,
    Attribution,
    Claim,
    Expectation,
    Registry,
    Review,
    Source,
    Stance,
    Verdict,
    printable,
)
from factcheck.yaml_nodes import Positions, YamlProblem, check_expansion, compose

SUPPORTED_VERSION = 1
TOP_KEYS = ("version", "title", "sources", "aliases", "claims", "review")
REVIEW_KEYS = ("author", "url", "date")
SOURCE_KEYS = ("path", "outlet", "title", "published", "url")
CLAIM_KEYS = ("id", "claim", "topic", "attributed_to", "expect")
ATTRIBUTION_KEYS = ("source", "speaker", "quote")
EXPECT_KEYS = ("verdict", "stances")
SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
REGISTRY_SUFFIXES = (".yaml", ".yml")  # in any case: CLAIMS.YAML too
MAX_REGISTRY_BYTES = 20 * 1024 * 1024


# All in figures, day and month either way round: '03/04/2024', '3.4.24'
_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*")


def _day_or_month_first(value: str) -> tuple[dt.date, dt.date] | None:
    """The two days a date written in figures may be, day first and month first, where
    both are days of the calendar and differ ('03/04/2024'); None where the figures say
    which is which ('09/25/2024') or it is no such date. Newsrooms write both orders, and
    a publication date read the wrong way round moves every date its document tells."""
    found = _NUMERIC_DATE.fullmatch(value)
    if found is None:
        return None
    first, second, year = (int(part) for part in found.groups())
    if first == second or first > 12 or second > 12:
        return None
    if year < 100:
        year += 2000
    try:
        return dt.date(year, second, first), dt.date(year, first, second)
    except ValueError:
        return None


def _spelt(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when inside it
    (or just beside it: ../shared/x), absolute otherwise; printable (see model.printable)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return printable(str(path))
    shown = os.path.abspath(path) if relative.startswith(("../../", "..\\..\\")) else relative
    return printable(shown)


def registry_files(paths: Iterable[Path]) -> list[Path]:
    """Registry files named directly, plus the *.yaml/*.yml files of named folders; a file
    named twice (by any spelling) is read once."""
    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        name = display_path(path)
        problem = path_problem(path)
        if problem == "not found":
            problems.append(
                f"{name}: no such file or folder (give the registry files or "
                "folders to check; without any, factcheck reads ./claims)"
            )
        elif problem and not problem.startswith("is a folder"):
            problems.append(f"{name}: {problem}")
        elif problem:  # a folder
            try:
                found = sorted(p for p in path.iterdir() if p.suffix.lower() in REGISTRY_SUFFIXES)
            except OSError as error:
                problems.append(f"{name}: cannot list this folder: {os_reason(error)}")
                continue
            if not found:
                problems.append(f"{name}: no registry files (*.yaml) in this folder")
            files.extend(found)
        else:
            files.append(path)
    if problems:
        raise RegistryError(problems)
    return distinct(files)


@collector.paused()  # a registry of thousands of claims is objects that live all run
def load_registries(paths: Iterable[Path], source_root: Path | None = None) -> list[Registry]:
    """Load every registry; raise one RegistryError listing all problems in all files.

    Sources must lie inside ``source_root`` when given, else inside each registry's
    story folder (see ``confinement``)."""
    registries: list[Registry] = []
    problems: list[str] = []
    seen_claims: dict[str, str] = {}
    seen_sources: dict[str, Source] = {}
    for path in registry_files(paths):
        try:
            registry = load_registry(path, source_root)
        except RegistryError as error:
            problems.extend(error.problems)
            continue
        for claim in registry.claims:
            where = f"{registry.path}:{claim.line}"
            if claim.id in seen_claims:
                problems.append(
                    f"{where}:1: claim id '{claim.id}' is already used at {seen_claims[claim.id]}"
                )
            seen_claims.setdefault(claim.id, where)
        for source in registry.sources.values():
            other = seen_sources.get(source.id)
            if other is not None and other.path.resolve() != source.path.resolve():
                problems.append(
                    f"{registry.path}:{source.line}:{source.column}: source id '{source.id}' names"
                    f" {source.display_path} here but {other.display_path} in {other.registry}"
                )
            seen_sources.setdefault(source.id, source)
        registries.append(registry)
    if problems:
        raise RegistryError(problems)
    return registries


def load_registry(path: Path, source_root: Path | None = None) -> Registry:
    name = display_path(path)
    try:
        raw = read_limited(path, MAX_REGISTRY_BYTES)
    except UnreadableFile as error:
        raise RegistryError([f"{name}: {_unreadable(error)}"]) from error
    if b"\x00" in raw:
        raise RegistryError([f"{name}:1:1: not UTF-8 text (it holds NUL bytes: UTF-16 or binary?)"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise RegistryError([f"{name}:{line}:1: not UTF-8 text"]) from error
    positions = Positions(text)
    try:
        root = compose(text, positions)
        # an alias names an anchor ('&name'): a text without one expands to itself, and
        # walking an archive's registry to measure it took a second
        if root is not None and "&" in text:
            check_expansion(root, positions, len(text))
    except YamlProblem as problem:
        raise RegistryError(
            [f"{name}:{problem.line}:{problem.column}: {problem.message}"]
        ) from None
    if source_root is not None:
        try:
            source_root = resolve(source_root)
        except UnreadableFile as error:
            raise RegistryError([f"{display_path(source_root)}: source root: {error}"]) from None
    story = source_root or story_root(path)
    return _Validator(path, name, story, positions).registry(root)


def _unreadable(error: UnreadableFile) -> str:
    if isinstance(error, FileTooLarge):
        return f"registry is larger than {MAX_REGISTRY_BYTES // 1048576} MB"
    return f"cannot read: {error}"


class _Validator:
    def __init__(self, path: Path, name: str, root: Path | None, positions: Positions) -> None:
        self.path = path
        self.name = name
        self.base = path.parent
        self.root = root
        self.positions = positions
        self.broken_sources: set[str] = set()
        self.extension_sources: set[str] = set()
        self.problems: list[str] = []

    # -- helpers -----------------------------------------------------------------------

    def problem(self, node: yaml.Node | None, message: str) -> None:
        line, column = (1, 1) if node is None else self.positions.of(node.start_mark)
        self.problems.append(f"{self.name}:{line}:{column}: {message}")

    def line(self, node: yaml.Node) -> int:
        return self.positions.of(node.start_mark)[0]

    def mapping(
        self, node: yaml.Node, allowed: tuple[str, ...], what: str
    ) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """Keys of a mapping node (key -> (key node, value node)); flags unknown keys."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping of {', '.join(allowed)}")
            return None
        items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, f"a key in {what} is a {_kind(key_node)}, not a name")
                continue
            key = str(key_node.value)
            if key in items:
                self.problem(key_node, f"duplicate key '{key}' in {what}")
                continue
            if key.startswith("x-"):
                continue
            if key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
                suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
                self.problem(
                    key_node,
                    f"unknown key '{key}' in {what}{suggestion}; allowed: {', '.join(allowed)}",
                )
                continue
            items[key] = (key_node, value_node)
        return items

    def text(
        self, node: yaml.Node, what: str, *, required: bool = True, verbatim: bool = False
    ) -> str | None:
        """A scalar's text, printable (see model.printable) and trimmed unless
        ``verbatim`` (a path: ' d.txt' is a name of its own)."""
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
            if required:
                self.problem(node, f"{what} is empty")
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, f"{what} must be text, not a {_kind(node)}")
            return None
        value = str(node.value) if verbatim else printable(str(node.value)).strip()
        if required and not value.strip():
            self.problem(node, f"{what} is empty")
            return None
        return value or None

    def names(self, node: yaml.Node, what: str) -> list[str]:
        if isinstance(node, yaml.ScalarNode):
            value = self.text(node, what)
            return [value] if value else []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a name or a list of names")
            return []
        return [v for item in node.value if (v := self.text(item, what))]

    # -- sections ----------------------------------------------------------------------

    def registry(self, root: yaml.Node | None) -> Registry:
        if root is None:
            raise RegistryError([f"{self.name}:1:1: empty registry (expected version: 1, "
                                 "sources and claims)"])  # fmt: skip
        top = self.mapping(root, TOP_KEYS, "the registry")
        if top is None:
            raise RegistryError(self.problems)
        self.version(top.get("version"), root)
        title = self.text(top["title"][1], "title", required=False) if "title" in top else None
        sources = self.sources(top.get("sources"), root)
        aliases = self.aliases(top["aliases"][1]) if "aliases" in top else {}
        claims = self.claims(top.get("claims"), root, sources)
        review = self.review(top["review"][1]) if "review" in top else None
        if self.problems:
            raise RegistryError(list(dict.fromkeys(self.problems)))
        return Registry(self.name, title, sources, aliases, tuple(claims), self.path, review)

    def review(self, node: yaml.Node) -> Review | None:
        fields = self.mapping(node, REVIEW_KEYS, "review")
        if fields is None:
            return None
        author = self.text(fields["author"][1], "author") if "author" in fields else None
        url = self.text(fields["url"][1], "url") if "url" in fields else None
        if url is not None and not re.match(r"https?://[^\s/]+", url):
            self.problem(fields["url"][1], f"'{url}' is not a web address (https://...)")
        date = None
        if "date" in fields:
            value = self.text(fields["date"][1], "date")
            date = parse_date(value) if value is not None else None
            if value is not None and date is None:
                self.problem(fields["date"][1], f"'{value}' is not a date")
        return Review(author, url, date)

    def version(self, item: tuple[yaml.Node, yaml.Node] | None, root: yaml.Node) -> None:
        if item is None:
            self.problem(root, "missing 'version: 1'")
            return
        node = item[1]
        if not (isinstance(node, yaml.ScalarNode) and node.value.strip() == "1"):
            value = node.value if isinstance(node, yaml.ScalarNode) else _kind(node)
            self.problem(
                node,
                f"unsupported registry version '{value}' (this factcheck reads version"
                f" {SUPPORTED_VERSION})",
            )

    def sources(
        self, item: tuple[yaml.Node, yaml.Node] | None, root: yaml.Node
    ) -> dict[str, Source]:
        if item is None:
            self.problem(root, "missing 'sources': the documents the claims are checked against")
            return {}
        node = item[1]
        if not isinstance(node, yaml.MappingNode) or not node.value:
            self.problem(node, "'sources' must map source ids to documents (none given)")
            return {}
        sources: dict[str, Source] = {}
        files: dict[tuple[int, int] | Path, Source] = {}
        for key_node, value_node in node.value:
            source_id = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
            if source_id.startswith("x-"):
                self.extension_sources.add(source_id)
                continue
            if not SOURCE_ID.match(source_id):
                self.problem(
                    key_node,
                    f"source id '{source_id}' must be lower-case letters, digits, '_' or '-'",
                )
                continue
            if source_id in sources:
                self.problem(key_node, f"duplicate source id '{source_id}'")
                continue
            source = self.source(source_id, key_node, value_node)
            if source is None:  # its problem is reported; claims citing it add no more
                self.broken_sources.add(source_id)
                continue
            twin = files.setdefault(identity(source.path), source)
            if twin is not source:  # the same file by another name: symlink or hard link
                self.problem(
                    key_node,
                    f"source '{source_id}' names the same file as source '{twin.id}'"
                    f" ({twin.display_path}); a document cannot corroborate itself",
                )
            sources[source_id] = source
        return sources

    def source(self, source_id: str, key_node: yaml.Node, node: yaml.Node) -> Source | None:
        fields = self.mapping(node, SOURCE_KEYS, f"source '{source_id}'")
        if fields is None:
            return None
        if "path" not in fields:
            self.problem(node, f"source '{source_id}' has no 'path'")
            return None
        path_node = fields["path"][1]
        raw_path = self.text(path_node, f"path of source '{source_id}'", verbatim=True)
        if raw_path is None:
            return None
        # A refused path still makes a Source, so claims citing it raise no more errors.
        path = self.base / raw_path
        try:
            path = resolve(path)
        except UnreadableFile as error:
            self.problem(path_node, f"source '{source_id}': {printable(raw_path)}: {error}")
        else:
            if self.root is None:
                self.problem(
                    path_node,
                    f"source '{source_id}': the registry sits directly in {self.base.resolve()},"
                    " which is no story folder, so factcheck reads none of its sources (move"
                    " the story into a folder of its own, or give --source-root DIR)",
                )
            elif not inside(path, self.root):
                self.problem(
                    path_node,
                    f"source '{source_id}': {printable(raw_path)} is outside the story folder"
                    f" {self.root}{os.sep}, so factcheck does not read it"
                    " (a registry may only name files inside its story; --source-root DIR"
                    " widens that)",
                )
            elif trouble := document_path_problem(path):
                folder = display_path(self.base)
                if trouble == "document not found" and folder != ".":
                    # 'wire.txt' in a registry run from another folder: say where it was
                    # looked for
                    trouble += (
                        f" (looked for {display_path(path)}: a source's path is read from"
                        f" the registry's folder, {folder}{os.sep})"
                    )
                self.problem(path_node, f"source '{source_id}': {printable(raw_path)}: {trouble}")
        published = None
        if "published" in fields:
            published_node = fields["published"][1]
            value = self.text(published_node, "published", required=False)
            if value is not None:
                published = parse_date(value)
                if published is None:
                    self.problem(published_node, f"'{value}' is not a date")
                elif swapped := _day_or_month_first(value):
                    published = None
                    self.problem(
                        published_node,
                        f"'{value}' could be {_spelt(swapped[0])} or {_spelt(swapped[1])};"
                        f" write it as {swapped[0]:%Y-%m-%d} or {_spelt(swapped[0])}",
                    )
        optional = {
            key: self.text(fields[key][1], key, required=False) if key in fields else None
            for key in ("outlet", "title", "url")
        }
        line, column = self.positions.of(key_node.start_mark)
        return Source(
            id=source_id,
            path=path,
            display_path=display_path(path),
            outlet=optional["outlet"],
            title=optional["title"],
            published=published,
            url=optional["url"],
            registry=self.name,
            line=line,
            column=column,
            root=self.root,
        )

    def aliases(self, node: yaml.Node) -> dict[str, tuple[str, ...]]:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "'aliases' must map a name to its other names")
            return {}
        aliases: dict[str, tuple[str, ...]] = {}
        for key_node, value_node in node.value:
            if str(key_node.value).startswith("x-"):
                continue
            canonical = self.text(key_node, "alias name")
            if canonical in aliases:
                self.problem(key_node, f"duplicate key '{canonical}' in aliases")
            elif canonical:
                aliases[canonical] = tuple(self.names(value_node, f"aliases of '{canonical}'"))
        return aliases

    def claims(
        self,
        item: tuple[yaml.Node, yaml.Node] | None,
        root: yaml.Node,
        sources: dict[str, Source],
    ) -> list[Claim]:
        if item is None:
            self.problem(root, "missing 'claims': the list of claims to check")
            return []
        node = item[1]
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.problem(node, "'claims' must be a list of claims (none given)")
            return []
        claims: list[Claim] = []
        first_line: dict[str, int] = {}
        for claim_node in node.value:
            claim = self.claim(claim_node, sources)
            if claim is None:
                continue
            if claim.id in first_line:
                self.problem(
                    claim_node,
                    f"duplicate claim id '{claim.id}' (first used at line {first_line[claim.id]})",
                )
                continue
            first_line[claim.id] = claim.line
            claims.append(claim)
        return claims

    def claim(self, node: yaml.Node, sources: dict[str, Source]) -> Claim | None:
        fields = self.mapping(node, CLAIM_KEYS, "a claim")
        if fields is None:
            return None
        claim_id = self.text(fields["id"][1], "claim id") if "id" in fields else None
        if "id" not in fields:
            self.problem(node, "claim has no 'id'")
        label = f"claim '{claim_id}'" if claim_id else "claim"
        text = self.text(fields["claim"][1], f"text of {label}") if "claim" in fields else None
        if "claim" not in fields:
            self.problem(node, f"{label} has no 'claim' text")
        topic = (
            self.text(fields["topic"][1], "topic", required=False) if "topic" in fields else None
        )
        attributions = (
            self.attributions(fields["attributed_to"][1], label, sources)
            if "attributed_to" in fields
            else ()
        )
        expect = self.expect(fields["expect"][1], label, sources) if "expect" in fields else None
        if claim_id is None or text is None:
            return None
        return Claim(
            id=claim_id,
            text=" ".join(text.split()),
            topic=topic,
            attributions=attributions,
            expect=expect,
            registry=self.name,
            line=self.line(node),
        )

    def attributions(
        self, node: yaml.Node, label: str, sources: dict[str, Source]
    ) -> tuple[Attribution, ...]:
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        result: list[Attribution] = []
        for item in items:
            fields = self.mapping(item, ATTRIBUTION_KEYS, f"an attribution of {label}")
            if fields is None:
                continue
            if "source" not in fields:
                self.problem(item, f"an attribution of {label} has no 'source'")
                continue
            source_node = fields["source"][1]
            source = self.text(source_node, "attribution source")
            if source is None:
                continue
            if source not in sources:
                if source not in self.broken_sources:
                    self.problem(source_node, self.unknown_source(label, source, sources))
                continue
            speaker = (
                self.text(fields["speaker"][1], "speaker", required=False)
                if ("speaker" in fields)
                else None
            )
            quote = (
                self.text(fields["quote"][1], "quote", required=False)
                if ("quote" in fields)
                else None
            )
            result.append(Attribution(source, speaker, quote, self.line(item)))
        return tuple(result)

    def unknown_source(self, label: str, source: str, sources: dict[str, Source]) -> str:
        if source in self.extension_sources:
            return (
                f"{label} cites source '{source}', but keys that start with 'x-' are"
                " extensions, which factcheck ignores: give the source another id"
            )
        known = ", ".join(sources) or "none"
        hint = difflib.get_close_matches(source, list(sources), n=1, cutoff=0.5)
        suggestion = f"; did you mean '{hint[0]}'?" if hint else ""
        return f"{label} cites unknown source '{source}' (known: {known}){suggestion}"

    def expect(self, node: yaml.Node, label: str, sources: dict[str, Source]) -> Expectation | None:
        """A claim's expectation; an empty one (``[]``, ``{verdict: []}``) is refused, as it
        would be met whatever the sources say."""
        reported = len(self.problems)
        expectation = self._expect(node, label, sources)
        empty = expectation is None or not (expectation.verdicts or expectation.stances)
        if empty and len(self.problems) == reported:
            self.problem(
                node, f"expect of {label} names no verdict and no stance (it would always be met)"
            )
            return None
        return expectation

    def _expect(
        self, node: yaml.Node, label: str, sources: dict[str, Source]
    ) -> Expectation | None:
        if isinstance(node, yaml.MappingNode):
            fields = self.mapping(node, EXPECT_KEYS, f"expect of {label}")
            if fields is None:
                return None
            if not fields:
                self.problem(node, f"expect of {label} needs 'verdict' or 'stances'")
                return None
            verdicts = (
                self.choices(fields["verdict"][1], VERDICTS, "verdict")
                if ("verdict" in fields)
                else None
            )
            stances: list[tuple[str, tuple[Stance, ...]]] = []
            named: set[str] = set()
            if "stances" in fields:
                stance_node = fields["stances"][1]
                if not isinstance(stance_node, yaml.MappingNode):
                    self.problem(stance_node, "'stances' must map source ids to stances")
                else:
                    for key_node, value_node in stance_node.value:
                        source = str(key_node.value)
                        if source.startswith("x-"):
                            continue
                        if source not in sources:
                            if source not in self.broken_sources:
                                self.problem(key_node, self.unknown_source(label, source, sources))
                            continue
                        if source in named:
                            self.problem(
                                key_node, f"duplicate key '{source}' in stances of {label}"
                            )
                            continue
                        named.add(source)
                        allowed = self.choices(value_node, STANCES, "stance")
                        if allowed:
                            stances.append((source, cast(tuple[Stance, ...], allowed)))
            return Expectation(cast(tuple[Verdict, ...] | None, verdicts), tuple(stances))
        verdicts = self.choices(node, VERDICTS, "verdict")
        return Expectation(cast(tuple[Verdict, ...], verdicts)) if verdicts else None

    def choices(
        self, node: yaml.Node, allowed: tuple[str, ...], what: str
    ) -> tuple[str, ...] | None:
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        if not items:  # '[]' would quietly mean 'any'
            self.problem(node, f"an empty list of {what}s: name at least one")
            return None
        chosen: list[str] = []
        for item in items:
            value = self.text(item, what)
            if value is None:
                continue
            if value not in allowed:
                hint = difflib.get_close_matches(value, allowed, n=1, cutoff=0.6)
                suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
                self.problem(
                    item, f"unknown {what} '{value}'{suggestion}; one of: {', '.join(allowed)}"
                )
                continue
            chosen.append(value)
        return tuple(chosen) if chosen else None


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return "value"
