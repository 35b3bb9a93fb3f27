"""Run a plan over the model files: per-file results, safe atomic writes.

Like LibCST's codemod runner, each file ends in a result (:class:`Changed`,
:class:`Unchanged`, :class:`Failed`) and one failing file never stops the others.
Writing refuses what it cannot do safely: a file changed since the plan was made (its
content hash differs), a symlink, a file with other hard links, a file outside the
allowed root, an edit the file's encoding cannot hold.

While writing, a run holds an exclusive lock on every directory it writes in
(:mod:`codemods.lock`), so two runs on one tree behave as if run one after the other.
Every file is replaced by renaming a complete temporary file over it, a step that
Ctrl-C or SIGTERM cannot cut in half: at any moment each file is either the old one or
the new one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from schema_inspector.introspect.models import content_hash, decode_source
from schema_inspector.planner.plan import Plan

from .atomic import write_atomically
from .diff import unified_diff
from .edit_cache import EditCache
from .errors import CodemodError
from .lock import LockTimeout, directory_locks

if TYPE_CHECKING:
    from .edit_process import EditProcess


@dataclass(frozen=True)
class Changed:
    """The file's text before and after the plan's actions, and their unified diff;
    ``skipped`` lists the actions left out (``Class.attribute (column): why``)."""

    path: str
    before: str
    after: str
    diff: str
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unchanged:
    """The actions leave the file as it is (already applied, or nothing to edit, or
    every action ``skipped``)."""

    path: str
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True)
class Failed:
    """The file was not edited; ``message`` (starting with the file, and its line when
    there is one) says why and what to do."""

    path: str
    message: str


FileResult = Changed | Unchanged | Failed


class _Refused(Exception):
    """This file is not edited; the message is the whole explanation."""


def run_plan(
    plan: Plan,
    *,
    write: bool,
    base_dir: Path | None = None,
    allowed_root: Path | None = None,
    on_file: Callable[[int, int], None] | None = None,
    cache_dir: Path | None = None,
    editor: EditProcess | None = None,
) -> list[FileResult]:
    """Carry out ``plan`` file by file; with ``write``, save every changed file.

    Relative file names in the plan are taken from ``base_dir`` (default: the current
    directory). Only files under ``allowed_root`` are written; without one, under
    ``base_dir`` or else the current directory, so that a plan (which is data, and may
    come from anywhere) cannot name a file elsewhere. Never raises for one file's
    problem: that file's result is a :class:`Failed`. ``on_file(done, total)`` is called
    after each file (a progress bar). With ``cache_dir`` (the model reader's cache), a file
    edited as an earlier run edited it takes that run's result (``edit_cache``). With ``editor``
    (:mod:`codemods.edit_process`), a file takes the edit it made of the same text.
    """
    paths = {file: file_path(file, base_dir) for file in plan.files()}
    cache = EditCache(cache_dir) if cache_dir is not None else None
    if not write:
        return _each(paths, lambda file, path: _run_one(file, path, plan, None, base_dir, cache, editor), on_file)
    root = allowed_root if allowed_root is not None else (base_dir or Path.cwd())
    directories = {path.parent for path in paths.values() if path.parent.is_dir()}
    try:
        with directory_locks(directories):
            return _each(paths, lambda file, path: _run_one(file, path, plan, root, base_dir, cache, editor), on_file)
    except (LockTimeout, OSError) as error:
        reason = str(error) if isinstance(error, LockTimeout) else f"cannot lock its directory: {_describe(error)}"
        return [Failed(file, f"{file}: {reason}") for file in paths]


def _each(paths: dict[str, Path], run: Callable[[str, Path], FileResult],
          on_file: Callable[[int, int], None] | None) -> list[FileResult]:
    results = []
    for file, path in paths.items():
        results.append(run(file, path))
        if on_file is not None:
            on_file(len(results), len(paths))
    return results


def file_path(file: str, base_dir: Path | None) -> Path:
    """Where the plan's ``file`` is: relative names start at ``base_dir`` (None: the current directory)."""
    path = Path(file)
    return base_dir / path if base_dir is not None and not path.is_absolute() else path


def _run_one(file: str, path: Path, plan: Plan, root: Path | None, base_dir: Path | None,
             cache: EditCache | None, editor: EditProcess | None) -> FileResult:
    """One file's result; ``root`` is None for a dry run."""
    try:
        return _run_file(file, path, plan, root, base_dir, cache, editor)
    except _Refused as refusal:
        return Failed(file, str(refusal))
    except CodemodError as error:
        return Failed(file, f"{error}; nothing was written to {file}")
    except OSError as error:
        return Failed(file, f"{file}: {_describe(error)}")
    except Exception as error:  # one bad file must not stop the others
        return Failed(file, f"{file}: {_describe(error)}")


def _run_file(file: str, path: Path, plan: Plan, root: Path | None, base_dir: Path | None,
              cache: EditCache | None, editor: EditProcess | None) -> FileResult:
    write = root is not None
    if root is not None:
        _check_writable(file, path, root)
    raw = path.read_bytes()
    if write and dict(plan.file_hashes).get(file) != content_hash(raw):
        raise _Refused(f"{file}: changed since the plan was made (or not in it); re-run plan")
    text, encoding = _decode(file, raw)
    after, diff, skipped = (editor and editor.edited(file, text)) or edited(file, text, plan, base_dir, cache)
    if after == text:
        return Unchanged(file, skipped)
    if write:
        data = _encode(file, after, encoding)
        if path.read_bytes() != raw:  # another program wrote it while we were editing
            raise _Refused(f"{file}: changed while it was being edited; re-run plan")
        write_atomically(path, data)
    return Changed(file, text, after, diff, skipped)


def read_text(file: str, base_dir: Path | None) -> str:
    """The text of the plan's ``file`` as :func:`run_plan` reads it."""
    return _decode(file, file_path(file, base_dir).read_bytes())[0]


def other_text(other: str, base_dir: Path | None) -> str:
    """The text of a file an edit reads besides its own (a mixin's module, an alias's), decoded as
    the reader decodes it; an error is the reader's to report (``OSError``, ``UnicodeDecodeError``...)."""
    return decode_source(file_path(other, base_dir).read_bytes())[0]


def edited(file: str, text: str, plan: Plan, base_dir: Path | None,
           cache: EditCache | None) -> tuple[str, str, tuple[str, ...]]:
    """The file's text after the plan's actions on it, its diff, the notes of actions left out."""
    def read(other: str) -> str:
        return other_text(other, base_dir)

    actions, items_in, path = plan.for_file(file), plan.items_in(file), file_path(file, base_dir)
    key = cache.key(file, path, text, actions, items_in) if cache is not None else ""
    found = cache.lookup(path, key, read) if cache is not None else None
    if found is not None:
        return found
    # the editing machinery (LibCST) is imported when a file is edited: a plan without code
    # actions (no drift, the usual CI run) does without it
    from .apply import edit_source_skipping
    from .inherited import InheritedSource

    inherited = InheritedSource(read)
    after, left_out = edit_source_skipping(text, actions, inherited=inherited, items_in=items_in)
    result = after, unified_diff(file, text, after) if after != text else "", tuple(map(_skipped_note, left_out))
    if cache is not None:
        cache.store(path, key, {other: seen for other, seen in inherited.texts.items() if other != file}, *result)
    return result


def _skipped_note(item) -> str:
    action = item.action
    column = getattr(action, "column", None)
    attribute = getattr(action, "attribute", None)
    what = f"{action.class_name}.{attribute}" if attribute else action.class_name
    if column and column != attribute:
        what += f" (column {column})"
    return f"{action.kind} {what} skipped: {item.message}"


def _check_writable(file: str, path: Path, root: Path) -> None:
    if path.is_symlink():
        raise _Refused(f"{file}: is a symbolic link; edit the file it points to instead")
    if not path.resolve().is_relative_to(root.resolve()):
        raise _Refused(f"{file}: outside {root}; refusing to write there (pass --models a directory that holds it)")
    if path.exists() and not path.is_file():
        raise _Refused(f"{file}: not a regular file")
    if path.exists() and path.stat().st_nlink > 1:
        raise _Refused(f"{file}: has {path.stat().st_nlink} hard links, which a rewrite would split; "
                       "replace them with one file (or a symlink to it) first")


def _decode(file: str, raw: bytes) -> tuple[str, str]:
    try:
        return decode_source(raw)
    except (SyntaxError, LookupError, UnicodeDecodeError) as error:
        raise _Refused(f"{file}: cannot decode: {error}; fix its encoding or coding cookie") from None


def _encode(file: str, text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as error:
        character = error.object[error.start:error.end]
        raise _Refused(
            f"{file}: the edit needs {character!r}, which its encoding {encoding} cannot hold; "
            "change the file's coding cookie to utf-8 or make this edit by hand"
        ) from None


def _describe(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    message = str(error)
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
