"""codemods.diff: unified diffs lined up on unique lines. Every diff must apply (checked
by a strict hunk applier here and by ``patch``), keep difflib's hunk layout, and equal
difflib's own diff where the alignment is not in doubt."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from conftest import difflib_diff
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from schema_inspector.codemods.diff import opcodes, unified_diff
from schema_inspector.codemods.lines import split_lines

HUNK = re.compile(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n")
NO_NEWLINE = "\\ No newline at end of file\n"


def apply_diff(before: str, diff: str) -> str:
    """``before`` with ``diff`` applied; every context and removed line must match, and
    each hunk's counts must be right."""
    lines = split_lines(before)
    rows = split_lines(diff)
    assert rows[0].startswith("--- a/") and rows[1].startswith("+++ b/")
    out: list[str] = []
    position = 0  # lines of ``before`` copied so far
    at = 2
    while at < len(rows):
        header = HUNK.fullmatch(rows[at])
        assert header, rows[at]
        old_start, old_count = int(header[1]), int(header[2] or 1)
        new_count = int(header[4] or 1)
        start = old_start - 1 if old_count else old_start  # a hunk that only inserts names the line before
        assert start >= position
        out.extend(lines[position:start])
        position = start
        at += 1
        seen_old = seen_new = 0
        while at < len(rows) and not rows[at].startswith("@@"):
            mark, text = rows[at][0], rows[at][1:]
            at += 1
            if at < len(rows) and rows[at] == NO_NEWLINE:
                assert text.endswith("\n")
                text = text[:-1]
                at += 1
            if mark in " -":
                assert lines[position] == text, (position, lines[position], text)
                position += 1
                seen_old += 1
            if mark in " +":
                out.append(text)
                seen_new += 1
        assert (seen_old, seen_new) == (old_count, new_count)
    out.extend(lines[position:])
    return "".join(out)


# lines: a few that repeat (blank lines, closing brackets, a common column), and numbered
# ones that are unique unless drawn twice
LINE = st.one_of(
    st.sampled_from(["\n", "    )\n", "    id = db.Column(db.Integer, primary_key=True)\n", "\r\n", "x\r"]),
    st.integers(0, 60).map(lambda n: f"    column_{n} = db.Column(db.Text)\n"),
)


@st.composite
def edits(draw) -> tuple[str, str]:
    before = draw(st.lists(LINE, max_size=60))
    after = list(before)
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(after)))
        kind = draw(st.sampled_from(["insert", "delete", "replace"]))
        new = draw(st.lists(LINE, min_size=1, max_size=4))
        if kind == "insert":
            after[at:at] = new
        else:
            after[at:at + draw(st.integers(1, 4))] = new if kind == "replace" else []
    before_text, after_text = "".join(before), "".join(after)
    if draw(st.booleans()):  # a last line without a line break
        before_text = before_text.rstrip("\n")
    if draw(st.booleans()):
        after_text = after_text.rstrip("\n") + draw(st.sampled_from(["", "tail"]))
    return before_text, after_text


@settings(max_examples=300, deadline=None)
@given(edits())
def test_every_diff_applies_and_uses_difflib_s_hunks(pair):
    before, after = pair
    diff = unified_diff("m.py", before, after)
    if before == after:
        assert diff == ""
        return
    assert apply_diff(before, diff) == after
    # difflib's layout: at most 3 lines of context around a hunk's changes, and changes
    # at most 6 equal lines apart share a hunk
    for hunk in re.split(r"^@@ .*\n", diff, flags=re.M)[1:]:
        marks = "".join(row[0] for row in split_lines(hunk) if row != NO_NEWLINE)
        runs = re.findall(r" +", marks)
        assert len(marks) - len(marks.lstrip(" ")) <= 3 and len(marks) - len(marks.rstrip(" ")) <= 3
        assert all(len(run) <= 6 for run in runs)
    # the opcodes: equal runs really are equal, never empty, never two in a row
    a, b = split_lines(before), split_lines(after)
    codes = opcodes(a, b)
    assert all(a[i1:i2] == b[j1:j2] and i2 > i1 for t, i1, i2, j1, j2 in codes if t == "equal")
    assert all(x[0] != "equal" or y[0] != "equal" for x, y in zip(codes, codes[1:], strict=False))
    assert codes[0][1:4:2] == (0, 0) and codes[-1][2:5:2] == (len(a), len(b))
    assert all(x[2] == y[1] and x[4] == y[3] for x, y in zip(codes, codes[1:], strict=False))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 10**6), unique=True, max_size=80), st.data())
def test_unique_lines_give_difflib_s_own_diff(numbers, data):
    # no line repeats, and edits only insert, delete or replace in place: there is one
    # best alignment, and both find it
    before = [f"line {n}\n" for n in numbers]
    after = list(before)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(after)))
        new = [f"added {data.draw(st.integers(0, 10**6))}\n"] if data.draw(st.booleans()) else []
        after[at:at + data.draw(st.integers(0, 2))] = new
    assume(len(set(after)) == len(after))
    before_text, after_text = "".join(before), "".join(after)
    assert unified_diff("m.py", before_text, after_text) == difflib_diff("m.py", before_text, after_text)


def test_a_large_file_with_sparse_edits_gives_difflib_s_diff():
    # 30,000 lines, most of them repeated (as model files repeat their id columns), and an
    # edit every 1,000 lines: the case that made difflib alone slow
    before = []
    for n in range(1000):
        before += [f"class Model{n}(db.Model):\n", f"    __tablename__ = 'table_{n}'\n", "\n",
                   "    id = db.Column(db.Integer, primary_key=True)\n", *["    name = db.Column(db.Text)\n"] * 24,
                   "\n", "\n"]
    after = list(before)
    for n in range(0, 1000, 33):
        at = n * 30 + 4
        after[at] = after[at].replace("db.Text)", "db.Text, nullable=False)")
    diff = unified_diff("m.py", "".join(before), "".join(after))
    assert diff == difflib_diff("m.py", "".join(before), "".join(after))
    assert diff.count("\n@@ ") + diff.startswith("@@") == 31


def test_line_endings_and_a_missing_last_line_break_are_kept():
    before = "a\r\nb\r\nc"
    after = "a\r\nB\r\nc\n"
    diff = unified_diff("m.py", before, after)
    assert diff == difflib_diff("m.py", before, after)
    assert NO_NEWLINE in diff and "-b\r\n" in diff and "+B\r\n" in diff
    assert apply_diff(before, diff) == after


@pytest.mark.skipif(shutil.which("patch") is None, reason="no patch program")
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_patch_applies_it(tmp_path, newline):
    # unique lines (anchors) among repeated ones, edits between and next to them
    before = "".join(
        f"class Model{n}(db.Model):{newline}" + f"    column_{n % 7} = db.Column(db.Text){newline}" * 3
        for n in range(60)
    )
    lines = split_lines(before)
    lines[50:52] = [f"    added = db.Column(db.Integer){newline}"]
    lines.insert(150, newline)
    lines[200] = f"class Renamed(db.Model):{newline}"
    del lines[-3:]
    after = "".join(lines)
    diff = unified_diff("m.py", before, after)
    assert diff.count("\n@@ ") == 4
    target = tmp_path / "m.py"
    target.write_bytes(before.encode())
    done = subprocess.run(["patch", "--quiet", "--binary", str(target)], input=diff.encode(),
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert target.read_bytes() == after.encode()
