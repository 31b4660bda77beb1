"""Registry v1: what loads, and every problem reported at once as file:line:col: message."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from factcheck.errors import RegistryError
from factcheck.registry import load_registries, load_registry

PROBLEM = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<message>.+)$")

VALID = """
    version: 1
    title: "Ferry story"
    x-desk: "ignored"
    sources:
      gazette:
        path: gazette.txt
        outlet: The Island Gazette
        published: 2024-03-05
        x-note: ignored too
      wire:
        path: wire.txt
    aliases:
      Ana Lima: [Captain Lima, Lima]
    claims:
      - id: ferry-left
        claim: "The ferry left at dawn."
        topic: ferry
        x-reviewed: yes
        attributed_to:
          - source: gazette
            speaker: Ana Lima
            quote: "left at dawn"
        expect: uncorroborated
      - id: ferry-late
        claim: "The ferry was late."
        expect:
          verdict: [contradicted, unsupported]
          stances: {gazette: silent, wire: [silent, contradicts]}
"""


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "gazette.txt").write_text("The ferry left at dawn.\n")
    (tmp_path / "wire.txt").write_text("Ferries ran all day.\n")
    return tmp_path


def problems(path: Path) -> list[str]:
    with pytest.raises(RegistryError) as caught:
        load_registry(path)
    found = caught.value.problems
    for problem in found:
        match = PROBLEM.match(problem)
        assert match, f"not file:line:col: message: {problem!r}"
        assert match["file"].endswith(path.name)
    return found


def position(path: Path, needle: str) -> tuple[int, int]:
    """1-based line and column of the first ``needle`` in a file."""
    text = path.read_text(encoding="utf-8")
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def where(problem: str) -> tuple[int, int]:
    match = PROBLEM.match(problem)
    assert match
    return int(match["line"]), int(match["col"])


def test_valid_registry_loads(story: Path, write_registry) -> None:
    registry = load_registry(write_registry(story, VALID))
    assert registry.title == "Ferry story"
    assert list(registry.sources) == ["gazette", "wire"]
    gazette = registry.sources["gazette"]
    assert gazette.outlet == "The Island Gazette"
    assert str(gazette.published) == "2024-03-05"
    assert gazette.path == (story / "gazette.txt").resolve()
    assert registry.aliases == {"Ana Lima": ("Captain Lima", "Lima")}
    first, second = registry.claims
    assert (first.id, first.topic, first.line) == ("ferry-left", "ferry", 15)
    assert first.attributions[0].speaker == "Ana Lima"
    assert first.expect is not None and first.expect.verdicts == ("uncorroborated",)
    assert second.expect is not None
    assert second.expect.verdicts == ("contradicted", "unsupported")
    assert dict(second.expect.stances) == {
        "gazette": ("silent",),
        "wire": ("silent", "contradicts"),
    }


def test_x_keys_are_ignored(story: Path, write_registry) -> None:
    with_x = load_registry(write_registry(story, VALID))
    plain = re.sub(r"x-[a-z]+:", "# was an extension:", VALID)  # same lines, no x- keys
    without_x = load_registry(write_registry(story, plain))
    assert with_x.claims == without_x.claims
    assert with_x.sources == without_x.sources
    found = problems(write_registry(story, VALID.replace("x-note", "note")))
    assert any("unknown key 'note'" in p for p in found)


def test_unknown_key_suggests_the_closest(story: Path, write_registry) -> None:
    path = write_registry(story, VALID.replace("        topic: ferry", "        topik: ferry"))
    (problem,) = problems(path)
    assert "unknown key 'topik'" in problem
    assert "did you mean 'topic'" in problem
    assert where(problem) == position(path, "topik")


def test_unknown_top_level_key(story: Path, write_registry) -> None:
    found = problems(write_registry(story, VALID.replace("    claims:", "    claimz:")))
    assert any("'claimz'" in p and "did you mean 'claims'" in p for p in found)


def test_unknown_source_lists_known_ids(story: Path, write_registry) -> None:
    path = write_registry(story, VALID.replace("- source: gazette", "- source: gazete"))
    (problem,) = problems(path)
    assert "unknown source 'gazete'" in problem
    assert "known: gazette, wire" in problem
    assert where(problem) == position(path, "gazete")


def test_unknown_source_in_expected_stances(story: Path, write_registry) -> None:
    text = VALID.replace("stances: {gazette: silent,", "stances: {radio: silent,")
    (problem,) = problems(write_registry(story, text))
    assert "unknown source 'radio'" in problem


def test_duplicate_claim_ids(story: Path, write_registry) -> None:
    path = write_registry(story, VALID.replace("id: ferry-late", "id: ferry-left"))
    (problem,) = problems(path)
    assert "duplicate claim id 'ferry-left'" in problem
    assert where(problem)[0] == position(path, "was late")[0] - 1


def test_duplicate_claim_ids_across_registries(story: Path, write_registry) -> None:
    write_registry(story, VALID, "one.yaml")
    write_registry(story, VALID.replace("id: ferry-late", "id: ferry-other"), "two.yaml")
    with pytest.raises(RegistryError) as caught:
        load_registries([story])
    (problem,) = caught.value.problems
    assert PROBLEM.match(problem)
    assert "two.yaml" in problem and "one.yaml" in problem and "ferry-left" in problem


@pytest.mark.parametrize("version", ["2", "0", "'one'", "[1]"])
def test_wrong_version(story: Path, write_registry, version: str) -> None:
    (problem,) = problems(write_registry(story, VALID.replace("version: 1", f"version: {version}")))
    assert "version" in problem
    assert where(problem)[0] == 1


def test_missing_version(story: Path, write_registry) -> None:
    (problem,) = problems(write_registry(story, VALID.replace("    version: 1\n", "")))
    assert "version" in problem


@pytest.mark.parametrize(
    ("expect", "bad"),
    [
        ("agreed", "'agreed'"),
        ("[agreement, maybe]", "'maybe'"),
        ("{verdict: agreement, stances: {wire: supported}}", "'supported'"),
        ("{verdicts: agreement}", "'verdicts'"),
    ],
)
def test_bad_expect(story: Path, write_registry, expect: str, bad: str) -> None:
    text = VALID.replace("expect: uncorroborated", f"expect: {expect}")
    found = problems(write_registry(story, text))
    assert any(bad in problem for problem in found), found


def test_missing_document(story: Path, write_registry) -> None:
    (story / "wire.txt").unlink()
    path = write_registry(story, VALID)
    (problem,) = problems(path)
    assert "wire.txt" in problem and "not found" in problem
    assert where(problem) == position(path, "wire.txt")


@pytest.mark.parametrize(("folder", "document"), [("story", "wire.txt"), ("desk", "memo.md")])
def test_a_missing_document_says_it_was_looked_for_beside_the_registry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, folder: str, document: str
) -> None:
    """Run from the folder above, 'wire.txt' is looked for in the registry's folder: the
    message says so, so a user does not hunt for it beside them."""
    (tmp_path / folder).mkdir()
    registry = tmp_path / folder / "registry.yaml"
    registry.write_text(
        f"version: 1\nsources:\n  one:\n    path: {document}\n"
        "claims:\n  - id: a\n    claim: The port opened on Monday.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    (problem,) = problems(Path(folder) / "registry.yaml")
    assert problem.endswith(
        f"{document}: document not found (looked for {folder}{os.sep}{document}: a source's"
        f" path is read from the registry's folder, {folder}{os.sep})"
    )


def test_source_without_path(story: Path, write_registry) -> None:
    text = VALID.replace("        path: wire.txt", "        outlet: Wire")
    found = problems(write_registry(story, text))
    assert any("'wire' has no 'path'" in problem for problem in found), found


@pytest.mark.parametrize("bad_id", ["Gazette", "wire service", "-wire"])
def test_bad_source_id(story: Path, write_registry, bad_id: str) -> None:
    text = VALID.replace("      wire:", f"      {bad_id!r}:")
    found = problems(write_registry(story, text))
    assert any("lower-case" in p for p in found)


def test_bad_published_date(story: Path, write_registry) -> None:
    (problem,) = problems(write_registry(story, VALID.replace("2024-03-05", "soon")))
    assert "'soon' is not a date" in problem


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_file(tmp_path: Path, write_registry, text: str) -> None:
    (problem,) = problems(write_registry(tmp_path, text))
    assert "empty" in problem


def test_claims_missing_or_empty(story: Path, write_registry) -> None:
    no_claims = VALID[: VALID.index("    claims:")]
    assert any("claims" in p for p in problems(write_registry(story, no_claims)))
    assert any(
        "claims" in p for p in problems(write_registry(story, no_claims + "    claims: []\n"))
    )


def test_yaml_syntax_error_has_its_place(tmp_path: Path, write_registry) -> None:
    (problem,) = problems(write_registry(tmp_path, "version: 1\nsources: {a: [b\nclaims: x\n"))
    assert "invalid YAML" in problem
    assert where(problem)[0] >= 2


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("version: 1\ntitle: caf\u00e9\n".encode("latin-1"))
    (problem,) = problems(path)
    assert "UTF-8" in problem
    assert where(problem)[0] == 2


def test_all_problems_of_a_file_at_once(story: Path, write_registry) -> None:
    text = (
        VALID.replace("version: 1", "version: 3")
        .replace("        topic: ferry", "        colour: red")
        .replace("expect: uncorroborated", "expect: agreed")
    )
    found = problems(write_registry(story, text))
    assert len(found) == 3
    assert [where(p)[0] for p in found] == sorted(where(p)[0] for p in found)
    assert any("version" in p for p in found)
    assert any("'colour'" in p for p in found)
    assert any("'agreed'" in p for p in found)


def test_problems_of_several_files_at_once(story: Path, write_registry) -> None:
    write_registry(story, VALID.replace("version: 1", "version: 2"), "one.yaml")
    write_registry(story, VALID.replace("id: ferry-left", "id: ferry-1").replace(
        "expect: uncorroborated", "expect: agreed"), "two.yaml")  # fmt: skip
    with pytest.raises(RegistryError) as caught:
        load_registries([story])
    assert [Path(PROBLEM.match(p)["file"]).name for p in caught.value.problems] == [  # type: ignore[index]
        "one.yaml",
        "two.yaml",
    ]


def test_missing_registry_path(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match=r"nowhere\.yaml"):
        load_registries([tmp_path / "nowhere.yaml"])


def test_folder_without_registries(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="no registry files"):
        load_registries([tmp_path])


def billion_laughs(use: str) -> str:
    """Nine levels of nine aliases: 9**9 strings if anything expanded it."""
    lines = ['x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"x-{level}: &{level} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n" + use


@pytest.mark.parametrize(
    "use",
    [
        "version: 1\nsources: {a: {path: a.txt}}\nclaims:\n  - {id: c, claim: *i}\n",
        "version: 1\nsources: {a: {path: a.txt}}\naliases: {Lol: *i}\n"
        "claims:\n  - {id: c, claim: x}\n",
        "version: 1\nsources: {a: {path: a.txt}}\nclaims: *i\n",
    ],
)
def test_alias_bomb_is_rejected_without_expanding(tmp_path: Path, write_registry, use: str) -> None:
    (tmp_path / "a.txt").write_text("Text.\n")
    found = problems(write_registry(tmp_path, billion_laughs(use)))
    assert 0 < len(found) <= 20


def test_alias_bomb_in_an_extension_key_is_still_rejected(tmp_path: Path, write_registry) -> None:
    (tmp_path / "a.txt").write_text("Text.\n")
    use = "version: 1\nsources: {a: {path: a.txt}}\nclaims:\n  - {id: c, claim: x}\nx-use: *i\n"
    found = problems(write_registry(tmp_path, billion_laughs(use)))
    assert len(found) == 1 and "alias bomb" in found[0]


def test_anchors_used_plainly_are_fine(tmp_path: Path, write_registry) -> None:
    (tmp_path / "a.txt").write_text("Text.\n")
    text = (
        "version: 1\nsources: {a: {path: a.txt}}\nclaims:\n"
        "  - {id: c1, claim: x, attributed_to: &cite [{source: a}]}\n"
        "  - {id: c2, claim: y, attributed_to: *cite}\n"
    )
    registry = load_registry(write_registry(tmp_path, text))
    assert [c.attributions[0].source for c in registry.claims] == ["a", "a"]


@pytest.mark.parametrize(
    ("written", "told"),
    [
        ('"03/04/2024"', "'03/04/2024' could be 3 April 2024 or 4 March 2024; write it as"
                         " 2024-04-03 or 3 April 2024"),
        ('"5.6.24"', "'5.6.24' could be 5 June 2024 or 6 May 2024; write it as 2024-06-05"
                     " or 5 June 2024"),
    ],
)  # fmt: skip
def test_a_date_in_figures_either_way_round_is_refused(
    story: Path, write_registry, written: str, told: str
) -> None:
    """Day first or month first: read the wrong way round, a publication date would move
    every date its document tells. The problem says both readings and how to write it."""
    path = write_registry(story, VALID.replace("published: 2024-03-05", f"published: {written}"))
    (problem,) = problems(path)
    assert problem.endswith(told)
    assert where(problem) == position(path, written)


@pytest.mark.parametrize("written", ['"09/25/2024"', '"25.09.2024"', '"04/04/2024"', "2024-03-05"])
def test_a_date_in_figures_that_can_be_read_one_way_only_is_kept(
    story: Path, write_registry, written: str
) -> None:
    path = write_registry(story, VALID.replace("published: 2024-03-05", f"published: {written}"))
    assert load_registry(path).sources["gazette"].published is not None


@pytest.mark.parametrize(
    ("old", "new", "hint"),
    [
        # a key one space short of its block
        ("    outlet: The Island Gazette", "   outlet: The Island Gazette",
         "a key of this block lines up with the keys above it"),
        # a list item one space further in than the one before
        ("  - id: ferry-late", "   - id: ferry-late",
         "the items of a list line up under each other"),
        # a tab where spaces were meant
        ("  wire:\n", "\twire:\n", "a tab: YAML indents with spaces only"),
        # an unquoted claim that holds ': '
        ('claim: "The ferry was late."', "claim: Lima said: the ferry was late.",
         "put quotes around a value that holds ': '"),
    ],
)  # fmt: skip
def test_a_yaml_slip_gets_a_hint_of_what_to_look_at(
    story: Path, write_registry, old: str, new: str, hint: str
) -> None:
    """PyYAML's own words ('did not find expected key') say little to someone editing a
    registry by hand: each usual slip also says what to look at, at its line."""
    registry = write_registry(story, VALID)
    text = registry.read_text(encoding="utf-8")
    assert old in text
    registry.write_text(text.replace(old, new, 1), encoding="utf-8")
    (problem,) = problems(registry)
    assert "invalid YAML" in problem and problem.endswith(f"{hint})")
    assert where(problem)[0] == position(registry, new.strip("\n").lstrip("\t").lstrip())[0]
