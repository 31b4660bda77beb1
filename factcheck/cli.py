"""Command line: parse options, call the core, pick a reporter, set the exit code.

Heavy modules are imported inside the commands so that ``factcheck --version``
and ``--help`` start at once.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar, cast

import click

from factcheck import __version__
from factcheck.errors import DocumentError, FactcheckError, RegistryError
from factcheck.exits import (
    EXIT_INPUT_ERROR,
    EXIT_INTERNAL_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    Interrupted,
    PipeClosed,
    Terminated,
    prepare_stdout,
    signals_raise,
    silence_stdout,
)
from factcheck.inputs import os_reason
from factcheck.thresholds import THRESHOLDS as T

if TYPE_CHECKING:
    from factcheck.cache import Cache
    from factcheck.check import Engine
    from factcheck.model import Registry, Report, Severity
    from factcheck.outputs import Output

FAIL_ON = ("error", "warning", "notice", "never")
DEFAULT_PATH = Path("claims")

F = TypeVar("F", bound=Callable[..., Any])
# Errors of a stream that cannot be written (not bugs): full disk, quota, I/O, size.
WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG, errno.EBADF})


class FactcheckGroup(click.Group):
    """Every way a run can end becomes one exit code and at most a few lines on stderr,
    never a bare traceback (whose exit code 1 CI would read as a failing claim)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        prepare_stdout()
        try:
            with signals_raise():
                check_working_folder()
                try:
                    result = super().main(*args, **kwargs)
                    code: int | str | None = result if isinstance(result, int) else EXIT_OK
                except SystemExit as done:
                    code = done.code
                sys.stdout.flush()  # a full or closed stdout is found here, not at exit
        except click.ClickException as error:
            with contextlib.suppress(OSError, ValueError):
                error.show()
            code = error.exit_code
        except (RegistryError, DocumentError) as error:
            # Already 'file:line:col: message', the form editors and CI annotate.
            _echo_lines(str(error))
            code = EXIT_INPUT_ERROR
        except FactcheckError as error:
            _echo_lines(str(error), prefix="factcheck: ")
            code = EXIT_INPUT_ERROR
        except (click.Abort, KeyboardInterrupt, Interrupted):
            if sys.stderr is not None and sys.stderr.isatty():
                _echo_lines("")  # end the line the terminal's '^C' is on
            _echo_lines("interrupted", prefix="factcheck: ")
            code = EXIT_INTERRUPTED
        except Terminated:
            _echo_lines("terminated", prefix="factcheck: ")
            code = EXIT_TERMINATED
        except (BrokenPipeError, PipeClosed):  # the reader stopped reading: not our failure
            silence_stdout()
            code = EXIT_OK
        except OSError as error:
            if error.errno not in WRITE_ERRORS:
                code = _internal_error(error)
            else:  # help or a message that could not be written (stdout on a full disk)
                silence_stdout()
                _echo_lines(f"cannot write the output: {os_reason(error)}", prefix="factcheck: ")
                code = EXIT_INPUT_ERROR
        except Exception as error:
            code = _internal_error(error)
        sys.exit(code)

    # click turns Ctrl-C into 'Aborted!' and a closed pipe into exit code 1; both pass
    # it as exceptions of ours, for main() to end the run as documented.
    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except BrokenPipeError:  # while printing --help or --version
            raise PipeClosed() from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise Interrupted() from None
        except BrokenPipeError:
            raise PipeClosed() from None


def _echo_lines(text: str, prefix: str = "") -> None:
    """Lines on stderr; a stderr that cannot take them (closed, full) must not change
    the exit code, so its errors are ignored."""
    with contextlib.suppress(OSError, ValueError):
        for line in text.splitlines() or [""]:
            click.echo(f"{prefix}{line}", err=True)


def check_working_folder() -> None:
    try:
        os.getcwd()
    except FileNotFoundError:
        raise FactcheckError(
            "the working folder no longer exists (it was deleted); cd to one that does"
        ) from None


def _internal_error(error: Exception) -> int:
    """A bug: one line saying so (FACTCHECK_DEBUG=1 adds the traceback), exit code 3."""
    if os.environ.get("FACTCHECK_DEBUG"):
        import traceback

        traceback.print_exception(error)
    detail = (str(error).splitlines() or [""])[0][:200]
    _echo_lines(
        f"factcheck: internal error ({type(error).__name__}{': ' + detail if detail else ''});"
        " this is a bug in factcheck, not a problem with your files: please report it with"
        " the command you ran (FACTCHECK_DEBUG=1 shows where it happened)"
    )
    return EXIT_INTERNAL_ERROR


class SafePath(click.Path):
    """click.Path that turns a NUL byte in a path into a usage error (os.stat raises
    ValueError for it, which click does not catch)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if "\0" in str(value):
            self.fail(f"{str(value)!r} contains a NUL byte", param, ctx)
        return super().convert(value, param, ctx)


PATH = SafePath(path_type=Path)


def paths_argument(command: F) -> F:
    return click.argument("paths", nargs=-1, type=PATH, metavar="[PATH]...")(command)


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
        metavar="FILE",
        help="Write the report to FILE instead of standard output ('-': standard output).",
    )(command)


def source_root_option(command: F) -> F:
    return click.option(
        "--source-root",
        type=SafePath(path_type=Path, file_okay=False, exists=True),
        envvar="FACTCHECK_SOURCE_ROOT",
        metavar="DIR",
        help="Read sources anywhere inside DIR. By default a registry may only name files "
        "inside its story folder (its git work tree; outside git, the folder above the "
        "registry's). Also FACTCHECK_SOURCE_ROOT.",
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


def choose_engine(engine: str, scheduler: str | None) -> Engine | None:
    """None for local processes; else the Dask engine (checked before any work)."""
    if engine == "local":
        if scheduler is not None:
            raise click.UsageError("--scheduler is for --engine dask")
        return None
    from factcheck.dask_engine import dask_engine

    return dask_engine(scheduler)


def open_cache() -> Cache:
    from factcheck.cache import Cache

    return Cache()


def jobs_option(command: F) -> F:
    return click.option(
        "-j",
        "--jobs",
        default="auto",
        show_default=True,
        metavar="N",
        callback=_jobs,
        help="Judge in N processes ('auto': one per processor for a large run, else 1); "
        "the report is the same for every N.",
    )(command)


def _jobs(_ctx: click.Context, _param: click.Parameter, value: str) -> int | None:
    """'auto' (None: the core decides from the size of the work) or a count of 1 or more."""
    if value == "auto":
        return None
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise click.BadParameter(f"'{value}' is not 'auto' or a whole number from 1")
    return jobs


def use_color(no_color: bool, to_stdout: bool = True) -> bool:
    """Colour only for a terminal that has not asked for none."""
    if no_color or not to_stdout or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def choose_format(format_name: str | None, to_stdout: bool = True) -> str:
    if format_name:
        return format_name
    return "rich" if to_stdout and sys.stdout.isatty() else "text"


def make_reporter(
    format_name: str, color: bool, verbose: bool = False, schema_version: int | None = None
) -> Any:
    from factcheck.reporters import REPORTERS

    width = None
    if color:
        import shutil

        width = shutil.get_terminal_size().columns
    options: dict[str, Any] = {"color": color, "verbose": verbose, "width": width}
    if schema_version is not None and format_name in JSON_FORMATS:
        options["schema_version"] = schema_version
    return REPORTERS[format_name](**options)


JSON_FORMATS = ("json", "jsonl")


def schema_version_option(command: F) -> F:
    return click.option(
        "--schema-version",
        type=click.IntRange(1, 2),
        default=2,
        show_default=True,
        metavar="N",
        help="Shape of the json and jsonl reports. 1 lists every source under every "
        "claim, silent ones too; it is deprecated and will be removed in factcheck 0.3.",
    )(command)


def warn_deprecated_schema(schema_version: int, formats: Iterable[str]) -> None:
    if schema_version == 1 and any(f in JSON_FORMATS for f in formats):
        warn(
            [
                "JSON schema version 1 is deprecated and will be removed in factcheck 0.3; "
                "version 2 lists only the sources that address a claim and counts the "
                "rest in silent_sources"
            ]
        )


def plan_outputs(names: Iterable[str | None]) -> list[Output]:
    """Every output checked before any work is done (see factcheck.outputs)."""
    from factcheck.outputs import plan_output

    return [plan_output(name) for name in names]


def guard_outputs(outputs: list[Output], inputs: Iterable[Path]) -> None:
    from factcheck.outputs import check_outputs

    check_outputs(outputs, inputs)


def write_report(output: Output, write: Callable[[TextIO], None], *, replace: bool = True) -> None:
    from factcheck.outputs import write_report as write_to

    write_to(output, write, replace=replace)


def render_text(text: str) -> Callable[[TextIO], None]:
    def write(stream: TextIO) -> None:
        stream.write(text)

    return write


def warn(warnings: Iterable[str]) -> None:
    for warning in warnings:
        _echo_lines(warning, prefix="factcheck: warning: ")


def load_guarded(
    paths: tuple[Path, ...], source_root: Path | None, outputs: list[Output]
) -> list[Registry]:
    """The registries in PATHs (default ./claims), once no output is one of their files."""
    from factcheck.registry import load_registries

    registries = load_registries(registry_paths(paths), source_root)
    guard_outputs(outputs, registry_inputs(registries))
    return registries


def registry_inputs(registries: Iterable[Registry]) -> list[Path]:
    """Every file a run over these registries reads: the registries and their sources."""
    files: list[Path] = []
    for registry in registries:
        if registry.file is not None:
            files.append(registry.file)
        files.extend(source.path for source in registry.sources.values())
    return files


def severity_threshold(fail_on: str) -> Severity | None:
    """--fail-on as the core takes it: 'never' is no threshold."""
    return None if fail_on == "never" else cast("Severity", fail_on)


def registry_paths(paths: tuple[Path, ...]) -> list[Path]:
    return list(paths) or [DEFAULT_PATH]


EXAMPLES = """Examples:

\b
  factcheck check claims/                  every claim of the story's registries
  factcheck check claims/ --format json | jq '.summary.verdicts'
  factcheck show biden-talks-date claims/  one claim, each source's evidence
  factcheck validate claims/               the registry alone, before a run
  factcheck sources claims/                the dates and outlets factcheck read

Each command's own --help (factcheck check --help) lists its options."""


@click.group(
    cls=FactcheckGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=EXAMPLES,
)
@click.version_option(__version__, "--version", prog_name="factcheck")
def main() -> None:
    """Check a registry of source-attributed claims against the documents a story rests on.

    Every claim gets a verdict (agreement, divergence, uncorroborated, contradicted,
    unsupported) from how each document stands on it, and every quote is checked
    against the document it is attributed to.

    Exit codes: 0 the claims hold; 1 a claim fails; 2 an input or usage error;
    3 an internal error (a bug); 130 interrupted; 143 terminated.
    """


@main.command(short_help="Check every claim of the registries in PATH.")
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
@source_root_option
@color_option
@jobs_option
@schema_version_option
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Judge in local processes (--jobs), or on a Dask cluster: a local one, or the "
    "one at --scheduler (needs the dask extra).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --engine dask: the scheduler to use, e.g. tcp://10.0.0.5:8786.",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Read and judge everything afresh, and keep nothing for the next run "
    "(the cache is in FACTCHECK_CACHE_DIR, else ~/.cache/factcheck).",
)
@click.option(
    "--baseline",
    type=SafePath(dir_okay=False, path_type=Path),
    metavar="OLD.json",
    help="An earlier JSON report: every format also says which claims are new, gone, "
    "or judged otherwise since (verdict or a source's stance).",
)
@click.option(
    "--fail-on-change",
    is_flag=True,
    help="With --baseline: fail (exit code 1) only on a claim judged otherwise or gone, "
    "or an unmet expectation, whatever the severities (CI that knows its findings).",
)
def check(
    paths: tuple[Path, ...],
    format_name: str | None,
    output: str | None,
    fail_on: str,
    claims: tuple[str, ...],
    topics: tuple[str, ...],
    sources: tuple[str, ...],
    reports: tuple[tuple[str, str], ...],
    verbose: bool,
    source_root: Path | None,
    no_color: bool,
    jobs: int | None,
    schema_version: int,
    engine: str,
    scheduler: str | None,
    no_cache: bool,
    baseline: Path | None,
    fail_on_change: bool,
) -> None:
    """Check every claim of the registries in PATH (files or folders; default ./claims).

    Exit code 0: nothing at or above --fail-on and every expectation met; 1: a finding
    at or above --fail-on or an unmet expectation; 2: a usage or input error.
    """
    from factcheck.check import Filters, check_registries
    from factcheck.progress import claims_progress

    if fail_on_change and baseline is None:
        raise click.UsageError("--fail-on-change compares with a --baseline: give one")
    target, *extra = plan_outputs([output, *(name for _, name in reports)])
    registries = load_guarded(paths, source_root, [target, *extra])
    earlier = None
    if baseline is not None:
        from factcheck.baseline import read_baseline

        earlier = read_baseline(baseline, str(baseline))
    judge_elsewhere = choose_engine(engine, scheduler)
    cache = None if no_cache else open_cache()
    try:
        with claims_progress() as progress:
            threshold = severity_threshold(fail_on)
            filters = Filters(claims, topics, sources)
            report = check_registries(
                registries, filters, threshold, jobs, progress, cache, judge_elsewhere
            )
    except BaseException:
        if cache is not None:
            cache.close()
            warn(cache.warnings)
        raise
    # what the run adds to the cache is written while its reports are
    cached = cache.closing() if cache is not None else None
    try:
        _unknown_filters(report, claims, sources, topics)
        if earlier is not None:
            from factcheck.baseline import compare

            changes = compare(earlier, report, str(baseline))
            report = replace(report, changes=changes, fail_on_change=fail_on_change)
        warn(report.warnings)
        color = use_color(no_color, target.is_stdout)
        chosen = choose_format(format_name, target.is_stdout)
        warn_deprecated_schema(schema_version, [chosen, *(f for f, _ in reports)])
        reporter = make_reporter(chosen, color, verbose, schema_version)
        write_report(target, partial(reporter.write, report))
        for (report_format, _), path in zip(reports, extra, strict=True):
            extra_reporter = make_reporter(report_format, False, verbose, schema_version)
            write_report(path, partial(extra_reporter.write, report))
    finally:
        if cache is not None and cached is not None:
            cached()
            warn(cache.warnings)
    sys.exit(report.exit_code)


def parse_reports(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """``--report FORMAT:FILE`` values, checked before any work is done."""
    parsed = []
    for value in values:
        report_format, _, path = value.partition(":")
        if report_format not in format_names() or not path:
            raise click.BadParameter(
                f"'{value}' is not FORMAT:FILE with FORMAT one of {', '.join(format_names())}",
                param_hint="--report",
            )
        parsed.append((report_format, path))
    return tuple(parsed)


def _unknown_filters(
    report: Report, claims: tuple[str, ...], sources: tuple[str, ...], topics: tuple[str, ...]
) -> None:
    """Filters that name nothing, or select no claim, are a mistake: a report of 0 claims
    would say 'All clear' about nothing."""
    known_claims = {c.id for r in report.registries for c in r.claims}
    known_sources = {s.source.id for s in report.sources}
    unknown = [f"claim '{c}'" for c in claims if c not in known_claims]
    unknown += [f"source '{s}'" for s in sources if s.lower() not in known_sources]
    registries = ", ".join(r.path for r in report.registries)
    if unknown:
        raise FactcheckError(f"no such {', '.join(unknown)} in {registries}")
    if not report.results and (claims or sources or topics):
        given = [f"--claim {c}" for c in claims] + [f"--source {s}" for s in sources]
        given += [f"--topic {t}" for t in topics]
        raise FactcheckError(f"no claim in {registries} matches {' '.join(given)}")


def _finite(_ctx: click.Context, _param: click.Parameter, value: float) -> float:
    if value != value or value in (float("inf"), float("-inf")):  # NaN never compares
        raise click.BadParameter(f"{value} is not a number to compare scores with")
    return value


def min_score_option(command: F, default: float = T.checkworthy_extract) -> F:
    return click.option(
        "--min-score",
        type=float,
        callback=_finite,
        default=default,
        show_default=True,
        help="How check-worthy a sentence must be (a figure counts 2, a date 1.5, a "
        "superlative 1.5, words given to a named speaker 1.5, a named event 1).",
    )(command)


@main.command(short_help="Write the statements of documents as a registry.")
@click.argument("documents", nargs=-1, required=True, type=PATH)
@click.option(
    "--output",
    "-o",
    metavar="FILE",
    help="Write the registry to FILE (default: standard output).",
)
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
@min_score_option
def extract(documents: tuple[Path, ...], output: str | None, force: bool, min_score: float) -> None:
    """Write the check-worthy statements of DOCUMENTS as a registry (format v1).

    One claim per statement, best first, attributed to its document with the exact
    words and the speaker where an attribution clause names one; the score and its
    reasons are kept in x-checkworthiness and x-reasons.
    """
    from factcheck.extract import extracted_registry
    from factcheck.inputs import distinct
    from factcheck.registry_writer import registry_yaml

    (target,) = plan_outputs([output])
    guard_outputs([target], documents)
    to_file = target.kind == "file" and target.target is not None
    if to_file and target.identity is not None and not force:
        raise FactcheckError(f"{target.name}: already exists; use --force to replace it")
    base = target.target.parent if to_file and target.target is not None else Path.cwd()
    data = extracted_registry(distinct(documents), base, min_score)
    header = "Written by factcheck extract: check-worthy statements, best first per document."
    write_report(target, render_text(registry_yaml(data, header)), replace=force)
    claims = len(data["claims"])
    from factcheck.confinement import inside, story_root
    from factcheck.reporters.base import plural

    _echo_lines(
        f"{plural(claims, 'check-worthy statement')} from {plural(len(documents), 'document')}"
    )
    root = story_root(base / "registry.yaml")
    outside = [str(d) for d in documents if root is None or not inside(d.resolve(), root)]
    if root is None:
        _echo_lines(f"note: {base} is no story folder; check this registry with --source-root DIR")
    elif outside:
        _echo_lines(
            f"note: {', '.join(outside)} {'is' if len(outside) == 1 else 'are'} outside the story"
            f" folder {root}{os.sep}; check this registry with --source-root DIR"
        )


@main.command(short_help="Check each document's statements against the others.")
@click.argument("documents", nargs=-1, required=True, type=PATH)
@format_option
@output_option
@fail_on_option("never")
@partial(min_score_option, default=T.checkworthy_compare)
@color_option
def compare(
    documents: tuple[Path, ...],
    format_name: str | None,
    output: str | None,
    fail_on: str,
    min_score: float,
    no_color: bool,
) -> None:
    """Check every document's check-worthy statements against all the others: which
    other sources corroborate, which diverge (values or framing), which no other backs."""
    from factcheck.compare import compare_documents
    from factcheck.inputs import distinct

    (target,) = plan_outputs([output])
    guard_outputs([target], documents)
    report = compare_documents(distinct(documents), severity_threshold(fail_on), min_score)
    warn(report.warnings)
    reporter = make_reporter(
        choose_format(format_name, target.is_stdout), use_color(no_color, target.is_stdout)
    )
    write_report(target, render_text(reporter.render_compare(report)))
    sys.exit(report.exit_code)


@main.command(short_help="Check a draft's sentences against its sources.")
@click.argument("draft_path", metavar="DRAFT", type=PATH)
@click.argument("paths", nargs=-1, type=PATH, metavar="[REGISTRY|DOC]...")
@click.option(
    "--sources",
    "documents",
    multiple=True,
    type=PATH,
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
@source_root_option
@color_option
def draft(
    draft_path: Path,
    paths: tuple[Path, ...],
    documents: tuple[Path, ...],
    format_name: str | None,
    output: str | None,
    fail_on: str,
    min_score: float,
    verbose: bool,
    source_root: Path | None,
    no_color: bool,
) -> None:
    """Check the check-worthy sentences of a DRAFT (text or Markdown) against its
    sources: documents (--sources, or DOC paths) or registries (default ./claims).

    Each sentence is supported (by which sources), contradicted, divergent or
    unsupported; the exit code follows --fail-on, so CI can gate publication.
    """
    from factcheck.documents import FORMATS
    from factcheck.draft import check_draft
    from factcheck.inputs import distinct, path_problem, same_file
    from factcheck.registry import load_registries

    (target,) = plan_outputs([output])
    docs = distinct([*documents, *(p for p in paths if p.suffix.lower() in FORMATS)])
    registry_files = [p for p in paths if p.suffix.lower() not in FORMATS]
    if docs and registry_files:
        raise click.UsageError(
            "give the draft's sources as documents or as registries, not both"
            f" ({registry_files[0]} is a registry or folder, {docs[0]} a document)"
        )
    if problem := path_problem(draft_path):
        raise FactcheckError(f"{draft_path}: {problem} (the draft)")
    registries = [] if docs else load_registries(registry_files or [DEFAULT_PATH], source_root)
    inputs = [*docs, *registry_inputs(registries)]
    if any(same_file(draft_path, source) for source in inputs):
        raise FactcheckError(
            f"{draft_path}: the draft is also one of its own sources, so it would support"
            " itself; leave it out of the sources"
        )
    guard_outputs([target], [draft_path, *inputs])
    report = check_draft(
        draft_path, docs or None, registries, severity_threshold(fail_on), min_score
    )
    warn(report.warnings)
    reporter = make_reporter(
        choose_format(format_name, target.is_stdout), use_color(no_color, target.is_stdout), verbose
    )
    write_report(target, partial(reporter.write, report))
    sys.exit(report.exit_code)


@main.command(name="rules", short_help="The judging rules and what each one means.")
@click.option(
    "--format", "format_name", type=click.Choice(["text", "json"]), default="text",
    show_default=True, help="Output format.",
)  # fmt: skip
def list_rules(format_name: str) -> None:
    """The judging rules: the code each stance names, and what it means."""
    from factcheck.rules import RULES

    if format_name == "json":
        rows = [{"code": r.code, "stance": r.stance, "summary": r.summary} for r in RULES]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max(len(r.code) for r in RULES)
    for rule in RULES:
        click.echo(f"{rule.code:<{width}}  {rule.stance:<11}  {rule.summary}")


DOCS = {"registry": "registry.md"}  # topic -> file of factcheck/docs


@main.command(short_help="Print a reference shipped with factcheck.")
@click.argument("topic", type=click.Choice(sorted(DOCS)), default="registry")
def docs(topic: str) -> None:
    """Print a reference shipped with factcheck: TOPIC 'registry' is the registry format
    (every key, what each stance and verdict means, how documents are read). Markdown;
    rendered on a terminal, as written when piped."""
    from importlib import resources

    text = resources.files("factcheck.docs").joinpath(DOCS[topic]).read_text("utf-8")
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(text))
    else:
        click.echo(text, nl=False)


@main.command(short_help="Print the JSON Schema of a report or a registry.")
@click.argument("which", type=click.Choice(["report", "registry"]))
@click.option(
    "--schema-version",
    type=click.IntRange(1, 2),
    default=None,
    metavar="N",
    help="The report's schema in version N (default: the current one, 2).",
)
def schema(which: str, schema_version: int | None) -> None:
    """Print the JSON Schema (draft 2020-12) of the JSON report or of a registry file."""
    from factcheck.schemas import schema_text

    click.echo(schema_text(which, schema_version), nl=False)


@main.command(short_help="Write a starter story to edit into your own.")
@click.argument("folder", type=SafePath(file_okay=False, path_type=Path), default=Path("claims"))
def init(folder: Path) -> None:
    """Write a starter story into FOLDER (default ./claims): a registry with two sample
    sources and three claims, which `factcheck check FOLDER` passes at once. Nothing is
    written over: a file already there stops it before anything is written."""
    from factcheck.starter import starter_files

    files = {folder / name: text for name, text in starter_files(str(folder)).items()}
    there = [str(path) for path in files if path.exists() or path.is_symlink()]
    if there:
        raise FactcheckError(
            f"{', '.join(there)} already exist{'s' if len(there) == 1 else ''}; nothing was"
            " written (give another folder: factcheck init FOLDER)"
        )
    written: list[Path] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("x", encoding="utf-8") as handle:  # never over a file made meanwhile
                written.append(path)
                handle.write(text)
    except OSError as error:
        for path in written:  # a half-written starter is no starter
            path.unlink(missing_ok=True)
        raise FactcheckError(f"{error.filename}: cannot be written ({os_reason(error)})") from error
    listed = "\n".join(f"  {path}" for path in files)
    click.echo(
        f"Wrote a starter story:\n{listed}\n\nNext: factcheck check {folder}, then edit"
        f" {folder / 'story.yaml'} (factcheck docs registry tells every key)."
    )


@main.command(short_help="Check the registries only, without judging.")
@paths_argument
@source_root_option
def validate(paths: tuple[Path, ...], source_root: Path | None) -> None:
    """Check the registries in PATH only (keys, ids, sources, expectations, document paths).

    Problems are listed as file:line:col: message, all at once; exit code 2 if any.
    """
    stdout = plan_outputs([None])
    registries = load_guarded(paths, source_root, stdout)
    claims = sum(len(r.claims) for r in registries)
    sources = sum(len(r.sources) for r in registries)
    lines = [
        f"{registry.path}: ok ({len(registry.claims)} claims, {len(registry.sources)} sources)"
        for registry in registries
    ]
    if len(registries) > 1:
        lines.append(f"{len(registries)} registries: {claims} claims, {sources} sources")
    write_report(stdout[0], render_text("".join(f"{line}\n" for line in lines)))


@main.command(short_help="One claim, with every source's evidence.")
@click.argument("claim_id")
@paths_argument
@format_option
@source_root_option
@color_option
@schema_version_option
def show(
    claim_id: str,
    paths: tuple[Path, ...],
    format_name: str | None,
    source_root: Path | None,
    no_color: bool,
    schema_version: int,
) -> None:
    """One claim, with every source's evidence side by side."""
    from factcheck.check import Filters, check_registries

    stdout = plan_outputs([None])
    registries = load_guarded(paths, source_root, stdout)
    report = check_registries(registries, Filters(claims=(claim_id,)), "error")
    if not report.results:
        known = [c.id for r in report.registries for c in r.claims]
        from difflib import get_close_matches

        hint = get_close_matches(claim_id, known, n=1)
        suggestion = f"; did you mean '{hint[0]}'?" if hint else ""
        raise FactcheckError(
            f"no claim '{claim_id}' in {', '.join(r.path for r in report.registries)}{suggestion}"
        )
    warn(report.warnings)
    chosen = choose_format(format_name)
    warn_deprecated_schema(schema_version, [chosen])
    reporter = make_reporter(chosen, use_color(no_color), True, schema_version)
    write_report(stdout[0], render_text(reporter.render_detail(report)))


@main.command(short_help="The sources: outlet, date, words, dateline.")
@paths_argument
@format_option
@source_root_option
@color_option
def sources(
    paths: tuple[Path, ...], format_name: str | None, source_root: Path | None, no_color: bool
) -> None:
    """The sources of the registries: outlet, publication date, words, dateline."""
    from factcheck.check import describe_sources

    stdout = plan_outputs([None])
    report = describe_sources(load_guarded(paths, source_root, stdout))
    warn(report.warnings)
    reporter = make_reporter(choose_format(format_name), use_color(no_color))
    write_report(stdout[0], render_text(reporter.render_sources(report)))
