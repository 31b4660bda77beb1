"""Command line: parse options, call the core, pick a reporter, set the exit code.

Heavy modules are imported inside the commands so that ``factcheck --version``
and ``--help`` start at once.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from functools import partial, wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar, cast

import click

from factcheck import __version__

if TYPE_CHECKING:
    from factcheck.model import Report, Severity

FAIL_ON = ("error", "warning", "notice", "never")
DEFAULT_PATH = Path("claims")
EXIT_INPUT_ERROR = 2

F = TypeVar("F", bound=Callable[..., Any])


def handle_input_errors(command: F) -> F:
    """Input problems become one clear message on stderr and exit code 2, never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from factcheck.errors import DocumentError, FactcheckError, RegistryError

        try:
            return command(*args, **kwargs)
        except (RegistryError, DocumentError) as error:
            # Already 'file:line:col: message', the form editors and CI annotate.
            for line in str(error).splitlines():
                click.echo(line, err=True)
            sys.exit(EXIT_INPUT_ERROR)
        except FactcheckError as error:
            for line in str(error).splitlines():
                click.echo(f"factcheck: {line}", err=True)
            sys.exit(EXIT_INPUT_ERROR)
        except RecursionError:
            click.echo("factcheck: input nests too deeply to read", err=True)
            sys.exit(EXIT_INPUT_ERROR)

    return wrapper  # type: ignore[return-value]


def paths_argument(command: F) -> F:
    return click.argument(
        "paths", nargs=-1, type=click.Path(path_type=Path, exists=False), metavar="[PATH]..."
    )(command)


def format_names() -> list[str]:
    from factcheck.reporters import REPORTERS

    return list(REPORTERS)


def format_option(command: F) -> F:
    return click.option(
        "--format",
        "format_name",
        type=click.Choice(format_names()),
        default=None,
        help="Report format [default: rich on a terminal, text when piped].",
    )(command)


def output_option(command: F) -> F:
    return click.option(
        "--output",
        "-o",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Write the report to FILE instead of standard output.",
    )(command)


def fail_on_option(default: str) -> Callable[[F], F]:
    return click.option(
        "--fail-on",
        type=click.Choice(FAIL_ON),
        default=default,
        show_default=True,
        help="Lowest severity that fails the run (exit code 1).",
    )


def color_option(command: F) -> F:
    return click.option(
        "--no-color", is_flag=True, help="No colour, even on a terminal (NO_COLOR is honoured too)."
    )(command)


def use_color(no_color: bool, output: Path | None) -> bool:
    """Colour only for a terminal that has not asked for none."""
    if no_color or output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def choose_format(format_name: str | None, output: Path | None) -> str:
    if format_name:
        return format_name
    return "rich" if output is None and sys.stdout.isatty() else "text"


def make_reporter(format_name: str, color: bool, verbose: bool = False) -> Any:
    from factcheck.reporters import REPORTERS

    width = None
    if color:
        import shutil

        width = shutil.get_terminal_size().columns
    return REPORTERS[format_name](color=color, verbose=verbose, width=width)


def write_output(write: Callable[[TextIO], None], output: Path | None) -> None:
    """Print, or replace ``output`` atomically: the report goes to a temporary file
    beside it, which is renamed over the old one only when complete. A crash or a full
    disk leaves the old file (or none), never half a report."""
    if output is None:
        write(sys.stdout)
        return
    from factcheck.errors import FactcheckError

    directory = output.parent if str(output.parent) else Path(".")
    temporary: str | None = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        mode = output.stat().st_mode & 0o777 if output.exists() else _default_mode()
        handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=directory)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, output)
        temporary = None
    except OSError as error:
        raise FactcheckError(f"{output}: cannot write the report: {error.strerror}") from error
    finally:  # whatever stopped the write (a full disk, Ctrl-C), no stray temporary file
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)


def _default_mode() -> int:
    """What a plainly created file gets: 0o666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def render_text(text: str) -> Callable[[TextIO], None]:
    def write(stream: TextIO) -> None:
        stream.write(text)

    return write


def severity_threshold(fail_on: str) -> Severity | None:
    """--fail-on as the core takes it: 'never' is no threshold."""
    return None if fail_on == "never" else cast("Severity", fail_on)


def registry_paths(paths: tuple[Path, ...]) -> list[Path]:
    return list(paths) or [DEFAULT_PATH]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factcheck")
def main() -> None:
    """Check a registry of source-attributed claims against the documents a story rests on.

    Every claim gets a verdict (agreement, divergence, uncorroborated, contradicted,
    unsupported) from how each document stands on it, and every quote is checked
    against the document it is attributed to.
    """


@main.command()
@paths_argument
@format_option
@output_option
@fail_on_option("error")
@click.option(
    "--claim", "claims", multiple=True, metavar="ID", help="Only this claim (repeatable)."
)
@click.option(
    "--topic",
    "topics",
    multiple=True,
    metavar="TEXT",
    help="Only claims whose topic or text contains TEXT (repeatable).",
)
@click.option(
    "--source",
    "sources",
    multiple=True,
    metavar="ID",
    help="Only claims attributed to this source (repeatable).",
)
@click.option(
    "--report",
    "reports",
    multiple=True,
    metavar="FORMAT:FILE",
    callback=lambda _ctx, _param, value: parse_reports(value),
    help="Also write a report in FORMAT to FILE (repeatable), e.g. junit:build/j.xml.",
)
@click.option(
    "-v", "--evidence", "verbose", is_flag=True, help="Show the evidence passages for every claim."
)
@color_option
@handle_input_errors
def check(
    paths: tuple[Path, ...],
    format_name: str | None,
    output: Path | None,
    fail_on: str,
    claims: tuple[str, ...],
    topics: tuple[str, ...],
    sources: tuple[str, ...],
    reports: tuple[tuple[str, Path], ...],
    verbose: bool,
    no_color: bool,
) -> None:
    """Check every claim of the registries in PATH (files or folders; default ./claims).

    Exit code 0: nothing at or above --fail-on and every expectation met; 1: a finding
    at or above --fail-on or an unmet expectation; 2: a usage or input error.
    """
    from factcheck.check import Filters, run_check

    report = run_check(
        registry_paths(paths),
        Filters(claims, topics, sources),
        severity_threshold(fail_on),
    )
    _unknown_filters(report, claims, sources)
    color = use_color(no_color, output)
    reporter = make_reporter(choose_format(format_name, output), color, verbose)
    write_output(partial(reporter.write, report), output)
    for report_format, path in reports:
        write_output(partial(make_reporter(report_format, False, verbose).write, report), path)
    sys.exit(report.exit_code)


def parse_reports(values: tuple[str, ...]) -> tuple[tuple[str, Path], ...]:
    """``--report FORMAT:FILE`` values, checked before any work is done."""
    parsed = []
    for value in values:
        report_format, _, path = value.partition(":")
        if report_format not in format_names() or not path:
            raise click.BadParameter(
                f"'{value}' is not FORMAT:FILE with FORMAT one of {', '.join(format_names())}",
                param_hint="--report",
            )
        parsed.append((report_format, Path(path)))
    return tuple(parsed)


def _unknown_filters(report: Report, claims: tuple[str, ...], sources: tuple[str, ...]) -> None:
    from factcheck.errors import FactcheckError

    known_claims = {c.id for r in report.registries for c in r.claims}
    known_sources = {s.source.id for s in report.sources}
    unknown = [f"claim '{c}'" for c in claims if c not in known_claims]
    unknown += [f"source '{s}'" for s in sources if s not in known_sources]
    if unknown:
        raise FactcheckError(
            f"no such {', '.join(unknown)} in {', '.join(r.path for r in report.registries)}"
        )


def min_score_option(command: F, default: float = 2.0) -> F:
    return click.option(
        "--min-score",
        type=float,
        default=default,
        show_default=True,
        help="How check-worthy a sentence must be (a figure counts 2, a date 1.5, a "
        "superlative 1.5, words given to a named speaker 1.5, a named event 1).",
    )(command)


@main.command()
@click.argument("documents", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the registry to FILE (default: standard output).",
)
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
@min_score_option
@handle_input_errors
def extract(
    documents: tuple[Path, ...], output: Path | None, force: bool, min_score: float
) -> None:
    """Write the check-worthy statements of DOCUMENTS as a registry (format v1).

    One claim per statement, best first, attributed to its document with the exact
    words and the speaker where an attribution clause names one; the score and its
    reasons are kept in x-checkworthiness and x-reasons.
    """
    from factcheck.errors import FactcheckError
    from factcheck.extract import extracted_registry
    from factcheck.registry_writer import registry_yaml

    if output is not None and output.exists() and not force:
        raise FactcheckError(f"{output}: already exists; use --force to replace it")
    base = (output.parent if output is not None else Path(".")).resolve()
    data = extracted_registry(list(documents), base, min_score)
    header = "Written by factcheck extract: check-worthy statements, best first per document."
    write_output(render_text(registry_yaml(data, header)), output)
    claims = len(data["claims"])
    from factcheck.reporters.base import plural

    click.echo(
        f"{plural(claims, 'check-worthy statement')} from {plural(len(documents), 'document')}",
        err=True,
    )


@main.command()
@click.argument("documents", nargs=-1, required=True, type=click.Path(path_type=Path))
@format_option
@output_option
@fail_on_option("never")
@min_score_option
@color_option
@handle_input_errors
def compare(
    documents: tuple[Path, ...],
    format_name: str | None,
    output: Path | None,
    fail_on: str,
    min_score: float,
    no_color: bool,
) -> None:
    """Check every document's check-worthy statements against all the others: which
    other sources corroborate, which diverge (values or framing), which no other backs."""
    from factcheck.compare import compare_documents

    report = compare_documents(
        list(documents),
        severity_threshold(fail_on),
        min_score,
    )
    reporter = make_reporter(choose_format(format_name, output), use_color(no_color, output))
    write_output(render_text(reporter.render_compare(report)), output)
    sys.exit(report.exit_code)


@main.command()
@click.argument("draft_path", metavar="DRAFT", type=click.Path(path_type=Path))
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[REGISTRY|DOC]...")
@click.option(
    "--sources",
    "documents",
    multiple=True,
    type=click.Path(path_type=Path),
    metavar="DOC",
    help="A source document to check the draft against (repeatable).",
)
@format_option
@output_option
@fail_on_option("error")
@partial(min_score_option, default=0.5)
@click.option(
    "-v",
    "--evidence",
    "verbose",
    is_flag=True,
    help="Show the evidence passages for every sentence.",
)
@color_option
@handle_input_errors
def draft(
    draft_path: Path,
    paths: tuple[Path, ...],
    documents: tuple[Path, ...],
    format_name: str | None,
    output: Path | None,
    fail_on: str,
    min_score: float,
    verbose: bool,
    no_color: bool,
) -> None:
    """Check the check-worthy sentences of a DRAFT (text or Markdown) against its
    sources: documents (--sources, or DOC paths) or registries (default ./claims).

    Each sentence is supported (by which sources), contradicted, divergent or
    unsupported; the exit code follows --fail-on, so CI can gate publication.
    """
    from factcheck.documents import FORMATS
    from factcheck.draft import check_draft

    docs = [*documents, *(p for p in paths if p.suffix.lower() in FORMATS)]
    registries = [p for p in paths if p.suffix.lower() not in FORMATS]
    report = check_draft(
        draft_path,
        docs or None,
        registries or None,
        severity_threshold(fail_on),
        min_score,
    )
    reporter = make_reporter(
        choose_format(format_name, output), use_color(no_color, output), verbose
    )
    write_output(partial(reporter.write, report), output)
    sys.exit(report.exit_code)


@main.command()
@click.argument("which", type=click.Choice(["report", "registry"]))
def schema(which: str) -> None:
    """Print the JSON Schema (draft 2020-12) of the JSON report or of a registry file."""
    from factcheck.schemas import schema_text

    click.echo(schema_text(which), nl=False)


@main.command()
@paths_argument
@handle_input_errors
def validate(paths: tuple[Path, ...]) -> None:
    """Check the registries in PATH only (keys, ids, sources, expectations, document paths).

    Problems are listed as file:line:col: message, all at once; exit code 2 if any.
    """
    from factcheck.registry import load_registries

    registries = load_registries(registry_paths(paths))
    claims = sum(len(r.claims) for r in registries)
    sources = sum(len(r.sources) for r in registries)
    for registry in registries:
        click.echo(
            f"{registry.path}: ok ({len(registry.claims)} claims, {len(registry.sources)} sources)"
        )
    if len(registries) > 1:
        click.echo(f"{len(registries)} registries: {claims} claims, {sources} sources")


@main.command()
@click.argument("claim_id")
@paths_argument
@format_option
@color_option
@handle_input_errors
def show(claim_id: str, paths: tuple[Path, ...], format_name: str | None, no_color: bool) -> None:
    """One claim, with every source's evidence side by side."""
    from factcheck.check import Filters, run_check
    from factcheck.errors import FactcheckError

    report = run_check(registry_paths(paths), Filters(claims=(claim_id,)))
    if not report.results:
        known = [c.id for r in report.registries for c in r.claims]
        from difflib import get_close_matches

        hint = get_close_matches(claim_id, known, n=1)
        suggestion = f"; did you mean '{hint[0]}'?" if hint else ""
        raise FactcheckError(
            f"no claim '{claim_id}' in {', '.join(r.path for r in report.registries)}{suggestion}"
        )
    color = use_color(no_color, None)
    reporter = make_reporter(choose_format(format_name, None), color, verbose=True)
    write_output(render_text(reporter.render_detail(report)), None)


@main.command()
@paths_argument
@format_option
@color_option
@handle_input_errors
def sources(paths: tuple[Path, ...], format_name: str | None, no_color: bool) -> None:
    """The sources of the registries: outlet, publication date, words, dateline."""
    from factcheck.check import describe_sources

    report = describe_sources(registry_paths(paths))
    color = use_color(no_color, None)
    reporter = make_reporter(choose_format(format_name, None), color)
    write_output(render_text(reporter.render_sources(report)), None)
