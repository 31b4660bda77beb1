"""Entry point for ``factcheck`` and ``python -m factcheck``.

Ctrl-C while the command line is still being imported ends the run like Ctrl-C at
any other moment: one line and exit code 130, not a traceback.
"""

import sys


def run() -> None:
    try:
        from factcheck.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: interrupted\n")
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()
