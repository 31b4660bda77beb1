"""Entry point for ``factcheck`` and ``python -m factcheck``.

``factcheck --version`` answers before the command line (click and the commands) is
imported: scripts and CI call it to see what they run, and it should cost no more
than starting Python.

Ctrl-C while the command line is still being imported ends the run like Ctrl-C at
any other moment: one line and exit code 130, not a traceback.
"""

import sys

from factcheck import __version__

VERSION_LINE = f"factcheck, version {__version__}\n"


def run() -> None:
    if sys.argv[1:] == ["--version"]:
        _print_version()
    try:
        from factcheck.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: interrupted\n")
        sys.exit(130)
    main()


def _print_version() -> None:
    """The line ``click.version_option`` prints, without importing click."""
    try:
        sys.stdout.write(VERSION_LINE)
        sys.stdout.flush()
    except BrokenPipeError:  # 'factcheck --version | true'
        sys.stdout = None  # nothing left to flush at exit
    sys.exit(0)


if __name__ == "__main__":
    run()
