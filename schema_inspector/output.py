"""Showing results: rich tables and coloured diffs on a terminal, plain text when piped,
JSON on request. Nothing here decides anything; it only presents."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # rich is imported on first use (start-up of --help)
    from rich.progress import Progress

from schema_inspector.introspect.json_text import dumps_indented
from schema_inspector.planner.discrepancy import (
    COSMETIC,
    CRITICAL,
    SEVERITIES,
    WARNING,
    Discrepancy,
)

JSON_VERSION = 1

def _console(stderr: bool = False):
    """Rich on a terminal; when piped, no colour and a width that does not fold tables."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            """Nobody reads this stream any more (``cmd 2>&1 | head`` ended): say nothing more
            on it and carry on, so the exit code still tells drift (1) from an error (2). Rich's
            own answer is ``SystemExit(1)``, whatever the command found."""
            self.quiet = True
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, self.file.fileno())
                os.close(devnull)
            except (OSError, ValueError):
                pass

    probe = Console(stderr=stderr)
    width = None if probe.is_terminal else 160
    return _Console(stderr=stderr, highlight=False, soft_wrap=True, width=width)


# Rich is imported on first use, not with the module: ``--help`` and the JSON formats never
# draw on a console. ``output.stdout`` / ``output.stderr`` stay module attributes (PEP 562),
# made on first access; ``Text`` / ``Table`` make rich's objects.
_consoles: dict[str, Any] = {}


def _stdout():
    if "stdout" not in _consoles:
        _consoles["stdout"] = _console()
    return _consoles["stdout"]


def _stderr():
    if "stderr" not in _consoles:
        _consoles["stderr"] = _console(stderr=True)
    return _consoles["stderr"]


def Text(*args: Any, **kwargs: Any):  # noqa: N802 - rich's class, imported on first use
    from rich.text import Text as RichText

    return RichText(*args, **kwargs)


def Table(*args: Any, **kwargs: Any):  # noqa: N802 - rich's class, imported on first use
    from rich.table import Table as RichTable

    return RichTable(*args, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "stdout":
        return _stdout()
    if name == "stderr":
        return _stderr()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


SEVERITY_STYLE = {CRITICAL: "bold red", WARNING: "yellow", COSMETIC: "dim"}


def emit_json(command: str, payload: dict[str, Any]) -> None:
    """One versioned JSON document on stdout, keys in a stable order."""
    document = {"version": JSON_VERSION, "command": command, **payload}
    sys.stdout.write(dumps_indented(document) + "\n")


@contextmanager
def status(message: str) -> Iterator[None]:
    """A spinner on stderr for long work, only when stderr is a terminal."""
    if _stderr().is_terminal:
        with _stderr().status(message):
            yield
    else:
        yield


Counter = Callable[[int, int], None]  # (done, total)


def _ignore(done: int, total: int) -> None:
    pass


class Steps:
    """Long work shown as progress bars on stderr: one task per step, counted in files."""

    def __init__(self, bar: Progress | None) -> None:
        self._bar = bar

    def counter(self, description: str) -> Counter:
        """A callback that moves the step's bar to ``done`` of ``total``."""
        if self._bar is None:
            return _ignore
        bar = self._bar
        task = bar.add_task(description, total=None)
        return lambda done, total: bar.update(task, completed=done, total=total)

    def waiting(self, description: str) -> Callable[[], None]:
        """A step with no count (the catalog queries): a pulsing bar; call the result when done."""
        if self._bar is None:
            return lambda: None
        bar = self._bar
        task = bar.add_task(description, total=None)
        return lambda: bar.update(task, completed=1, total=1)


@contextmanager
def progress() -> Iterator[Steps]:
    """Progress bars on stderr when it is a terminal; nothing at all when piped or redirected."""
    if not _stderr().is_terminal:
        yield Steps(None)
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=_stderr(), transient=True) as bar:
        yield Steps(bar)


def severity_counts(items: Iterable[Discrepancy]) -> dict[str, int]:
    counts: dict[str, int] = {severity: 0 for severity in SEVERITIES}
    for item in items:
        counts[item.severity] = counts.get(item.severity, 0) + 1
    counts["total"] = sum(counts[s] for s in SEVERITIES)
    return counts


def discrepancies_json(items: list[Discrepancy]) -> dict[str, Any]:
    return {
        "summary": severity_counts(items),
        "discrepancies": [item.to_json() for item in items],
    }


def print_discrepancies(items: list[Discrepancy], title: str) -> None:
    """Rich tables grouped by file and table; a one-line verdict at the end."""
    if not items:
        _stdout().print(f"[green]{title}: no discrepancies[/green]")
        return
    if not _stdout().is_terminal:
        # Piped: one grep-able line per item, compiler style.
        for item in items:
            where = f"{item.file}:{item.line}" if item.file and item.line else (item.file or "-")
            column = f".{item.column}" if item.column else ""
            sys.stdout.write(f"{where}: {item.severity} {item.kind} {item.table}{column}: {item.message}\n")
    else:
        _print_tables(items)
    counts = severity_counts(items)
    _stdout().print(
        f"{title}: [bold red]{counts['critical']} critical[/bold red], "
        f"[yellow]{counts['warning']} warning[/yellow], {counts['cosmetic']} cosmetic"
    )


def _print_tables(items: list[Discrepancy]) -> None:
    groups: dict[tuple[str, str], list[Discrepancy]] = {}
    for item in items:
        groups.setdefault((item.file or "(no model)", item.table), []).append(item)
    for (file, table_name), group in groups.items():
        table = Table(title=f"{file} - {table_name}", title_justify="left", expand=False)
        for heading in ("severity", "kind", "column", "database", "models", "line", "detail"):
            table.add_column(heading, overflow="fold")
        for item in group:
            table.add_row(
                Text(item.severity, style=SEVERITY_STYLE.get(item.severity, "")),
                item.kind,
                item.column or "",
                item.expected or "",
                item.actual or "",
                str(item.line) if item.line else "",
                item.message,
            )
        _stdout().print(table)


def print_unresolved(models, verbose: bool = False) -> None:
    """What the model reader could not decide, and files it could not read: one line per
    cause (the same unknown type, helper or computed name on many columns), with its count
    and first file:line; ``verbose`` lists every item. JSON output keeps every item."""
    for item in models.errors:
        _stderr().print(Text(f"error: {item}", style="bold red"))
    if verbose:
        for item in models.unresolved:
            _stderr().print(Text(f"unresolved: {item}", style="yellow"))
        return
    for first, count in group_unresolved(models.unresolved):
        more = f" ({count - 1} more like it; --verbose lists them)" if count > 1 else ""
        _stderr().print(Text(f"unresolved: {first}{more}", style="yellow"))


# ``User.email: ...`` / ``email: ...`` / ``User: ...``: the item a message is about
_SUBJECT = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*: ")


def unresolved_cause(message: str) -> str:
    """A message without the class / attribute it is about: what items of one cause share."""
    return _SUBJECT.sub("", message, count=1)


def group_unresolved(items) -> list[tuple[Any, int]]:
    """(first item, count) per cause, in the order of the first items."""
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(unresolved_cause(item.message), []).append(item)
    return [(found[0], len(found)) for found in groups.values()]


def print_diff(diff: str) -> None:
    """A unified diff, coloured on a terminal, verbatim when piped."""
    if not _stdout().is_terminal:
        sys.stdout.write(diff if diff.endswith("\n") else diff + "\n")
        return
    for line in diff.splitlines():
        style = ""
        if line.startswith(("+++", "---")):
            style = "bold"
        elif line.startswith("+"):
            style = "green"
        elif line.startswith("-"):
            style = "red"
        elif line.startswith("@@"):
            style = "cyan"
        _stdout().print(Text(line, style=style))


def print_plan_summary(the_plan) -> None:
    """A plan in a few lines: actions by file and kind, the db-sql suggestions, the notes,
    the renames left to decide."""
    counts: dict[tuple[str, str], int] = {}
    for action in the_plan.code_actions:
        key = (action.file, action.kind)
        counts[key] = counts.get(key, 0) + 1
    if counts:
        table = Table(title="fix actions by file and kind", title_justify="left")
        table.add_column("file")
        table.add_column("kind")
        table.add_column("actions", justify="right")
        for (file, kind), count in sorted(counts.items()):
            table.add_row(file, kind, str(count))
        _stdout().print(table)
    elif the_plan.by_hand:
        _stdout().print("[yellow]no edit the plan can make; the models still differ (by hand: below)[/yellow]")
    else:
        _stdout().print("[green]nothing to change in the models[/green]")
    suggestions = the_plan.suggestions
    if suggestions:
        _stdout().print(f"[bold]{len(suggestions)} db-sql suggestion(s)[/bold] (never executed):")
        for action in suggestions:
            _stdout().print(Text(f"  {action.sql}"))
            _stdout().print(Text(f"    -- {action.reason}", style="dim"))
    for note in the_plan.notes:
        _stdout().print(Text(f"note: {note}", style="cyan"))
    for undecided in the_plan.undecided:
        _stdout().print(Text(f"decide: {undecided.file}:{undecided.line}: {undecided.message}",
                                        style="bold yellow"))
    print_by_hand(the_plan)


def print_by_hand(the_plan) -> None:
    """Drift the plan leaves for a person to edit: the models still differ afterwards."""
    for item in the_plan.by_hand:
        where = f"{item.file}:{item.line}: " if item.file else ""
        _stdout().print(Text(f"by hand: {where}{item.message}", style="bold yellow"))
