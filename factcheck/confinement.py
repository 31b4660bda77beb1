"""Which files a registry may make factcheck read: only those inside its story's folder.

A registry is text anyone can edit in a pull request, and the report quotes the
documents it names. Were a source allowed to be any readable file (``/home/ci/
notes.txt``, ``../../secrets.md``, a symlink to either), a pull request could make
CI print what the runner can read. So a source must resolve, symlinks followed,
inside the story folder:

- the git work tree that holds the registry (everything there is visible to
  whoever can edit the registry anyway);
- outside git, the folder above the registry's own (a story keeps its registries
  in a sub-folder such as ``claims/`` beside its documents), unless that folder
  is a shared one (the file-system root, /tmp, /home, any user's home folder...),
  in which case the registry's own folder; a registry that sits directly in a
  shared folder has no story folder at all.

A symlinked registry is read where the link is: its sources, and its story
folder, are found from the link's folder, not from wherever it points.

The person running factcheck may widen this with ``--source-root DIR``; a
registry cannot widen it itself, since it is exactly what an attacker would edit.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from functools import cache
from pathlib import Path


def story_root(registry: Path) -> Path | None:
    """The folder a registry's sources must lie inside (None: it has none)."""
    folder = Path(os.path.abspath(registry)).parent.resolve()
    too_wide = _too_wide()
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            if candidate in too_wide:  # a dotfiles repository in a home folder
                break
            return candidate
    if folder in too_wide:
        return None
    parent = folder.parent
    return folder if parent in too_wide or parent == folder else parent


def inside(path: Path, root: Path) -> bool:
    """Whether a resolved path lies inside (or is) the resolved folder ``root``."""
    return path == root or path.is_relative_to(root)


# Folders that hold many people's or programs' files, whatever HOME and TMPDIR say.
_SHARED = ("/", "/tmp", "/var/tmp", "/dev/shm", "/home", "/Users", "/root", "/var", "/usr",
           "/opt", "/srv", "/mnt", "/media", "/private/tmp")  # fmt: skip
_HOMES = ("/home", "/Users")


@cache
def _too_wide() -> frozenset[Path]:
    """Folders whose whole tree is never a story: the file-system root, shared and
    temporary folders, and every home folder (this user's, and any user's)."""
    folders = {Path(f) for f in _SHARED} | {Path(tempfile.gettempdir())}
    with contextlib.suppress(RuntimeError, KeyError):  # no home folder (some CI users)
        folders.add(Path.home())
    with contextlib.suppress(ImportError, KeyError, OSError):
        import pwd  # POSIX only

        folders |= {Path(user.pw_dir) for user in pwd.getpwall() if user.pw_dir}
    for homes in _HOMES:
        with contextlib.suppress(OSError):
            folders |= {p for p in Path(homes).iterdir() if p.is_dir()}
    resolved = set()
    for folder in folders:
        with contextlib.suppress(OSError, RuntimeError):
            resolved.add(folder.resolve())
    return frozenset(resolved | {Path(f.anchor) for f in resolved})
