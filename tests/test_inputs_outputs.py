"""Units of reading and writing files safely: what the CLI-level hostile suite cannot
time precisely (a file swapped between validation and reading, a report file that
appears between planning and writing)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.confinement import story_root
from factcheck.errors import FactcheckError
from factcheck.inputs import UnreadableFile, distinct, path_problem, read_limited
from factcheck.outputs import plan_output, write_report

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and /proc")


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "newsroom" / "story"
    folder.mkdir(parents=True)
    (folder / "wire.txt").write_text("Inside the story.\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("Outside the story.\n", encoding="utf-8")
    return folder


def test_a_file_inside_the_story_is_read(story: Path) -> None:
    assert read_limited(story / "wire.txt", 100, story) == b"Inside the story.\n"


@posix_only
def test_a_file_swapped_for_a_symlink_after_validation_is_not_followed(story: Path) -> None:
    validated = story / "wire.txt"  # resolved and found inside when the registry was read
    validated.unlink()
    validated.symlink_to(story.parents[1] / "secret.txt")  # then swapped
    with pytest.raises(UnreadableFile, match="symlink"):
        read_limited(validated, 100, story)
    assert read_limited(validated, 100) == b"Outside the story.\n"  # named by the user: read


@posix_only
def test_a_folder_swapped_for_a_symlink_after_validation_is_refused(story: Path) -> None:
    (story / "docs").mkdir()
    (story / "docs" / "wire.txt").write_text("Inside.\n", encoding="utf-8")
    validated = story / "docs" / "wire.txt"
    (story / "docs" / "wire.txt").unlink()
    (story / "docs").rmdir()
    (story / "docs").symlink_to(story.parents[1])
    (story.parents[1] / "wire.txt").write_text("Outside.\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="outside the story folder"):
        read_limited(validated, 100, story)


def test_the_size_limit_holds_while_reading(story: Path) -> None:
    (story / "big.txt").write_bytes(b"x" * 101)
    with pytest.raises(UnreadableFile, match="larger than"):
        read_limited(story / "big.txt", 100)


@posix_only
def test_a_name_the_file_system_cannot_encode_is_said_so(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = Path("caf\udce9.txt")  # undecodable byte kept as a surrogate: a fine name
    assert path_problem(story / name) == "not found"
    monkeypatch.setattr(os, "stat", _raise(UnicodeEncodeError("ascii", "é", 0, 1, "no")))
    assert "cannot be encoded" in (path_problem(story / "café.txt") or "")


def _raise(error: Exception) -> Callable[..., None]:
    def fail(*args: object, **kwargs: object) -> None:
        raise error

    return fail


@posix_only
def test_one_file_under_several_spellings_is_one(story: Path) -> None:
    (story / "link.txt").symlink_to("wire.txt")
    os.link(story / "wire.txt", story / "hard.txt")
    spellings = [story / "wire.txt", story / ".." / "story" / "wire.txt", story / "link.txt",
                 story / "hard.txt"]  # fmt: skip
    assert distinct(spellings) == [story / "wire.txt"]


def test_extract_never_replaces_a_file_that_appeared_meanwhile(story: Path) -> None:
    """Planned when the name was free; another run wrote it before this one finished."""
    target = story / "x.yaml"
    output = plan_output(target)
    target.write_text("the other run's registry\n", encoding="utf-8")
    with pytest.raises(FactcheckError, match="already exists"):
        write_report(output, lambda stream: stream.write("ours\n"), replace=False)
    assert target.read_text(encoding="utf-8") == "the other run's registry\n"
    assert sorted(p.name for p in story.iterdir()) == ["wire.txt", "x.yaml"]


def test_a_new_report_is_written_without_replacing(story: Path) -> None:
    target = story / "x.yaml"
    write_report(plan_output(target), lambda stream: stream.write("ours\n"), replace=False)
    assert target.read_text(encoding="utf-8") == "ours\n"
    assert sorted(p.name for p in story.iterdir()) == ["wire.txt", "x.yaml"]


@pytest.mark.parametrize(
    ("layout", "root"),
    [
        ("newsroom/story/claims/reg.yaml", "newsroom/story"),  # the folder above claims/
        ("newsroom/story/reg.yaml", "newsroom"),
        ("repo/.git/", "repo"),  # a git work tree, however deep the registry
    ],
)
def test_the_story_folder(tmp_path: Path, layout: str, root: str) -> None:
    if layout.endswith("/"):
        (tmp_path / layout).mkdir(parents=True)
        registry = tmp_path / "repo" / "stories" / "a" / "claims" / "reg.yaml"
    else:
        registry = tmp_path / layout
    registry.parent.mkdir(parents=True, exist_ok=True)
    assert story_root(registry) == (tmp_path / root).resolve()


def test_a_registry_directly_in_the_temporary_folder_has_no_story_folder() -> None:
    import tempfile

    assert story_root(Path(tempfile.gettempdir()) / "reg.yaml") is None


@posix_only
@pytest.mark.parametrize("folder_existed", [True, False])
def test_a_report_folder_swapped_for_a_symlink_mid_run_gets_nothing(
    story: Path, folder_existed: bool
) -> None:
    """Planned as out/r.yaml; while the run works, out/ becomes a link to the folder
    holding the registry: the report must not land on the registry."""
    registry = story / "claims" / "r.yaml"
    registry.parent.mkdir()
    registry.write_text("version: 1\n", encoding="utf-8")
    if folder_existed:
        (story / "out").mkdir()
    output = plan_output(story / "out" / "r.yaml")
    if folder_existed:
        (story / "out").rename(story / "out.old")
    (story / "out").symlink_to(story / "claims")
    with pytest.raises(FactcheckError, match="folder"):
        write_report(output, lambda stream: stream.write("a report\n"))
    assert registry.read_text(encoding="utf-8") == "version: 1\n"
    assert [p.name for p in registry.parent.iterdir()] == ["r.yaml"]
