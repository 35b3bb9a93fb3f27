"""LibCST edits that carry out fix actions, minimal and format-preserving.

Pipeline for one file (:func:`codemods.apply.edit_source`, text in, text out):

1. ``ast`` parses the file (fast) to find the top-level classes and ``Table(...)``
   variables the actions name, and :mod:`codemods.style` reads its conventions;
2. :mod:`codemods.editor` hands LibCST only the text of each edited class, finds the
   node every action names and carries the actions out in one pass keyed by the
   original nodes, through the editor :mod:`codemods.registry` gives for each
   action type (:mod:`codemods.node_editors`, :mod:`codemods.model`, and
   :mod:`codemods.table_items` for unique constraints and indexes, on a column or in
   ``__table_args__``);
3. the rewritten classes are spliced back at the ``ast`` line ranges
   (:mod:`codemods.lines`), and the imports new code needs are added to the leading
   import block by LibCST's ``AddImportsVisitor`` (:mod:`codemods.imports`).

New code is built as LibCST nodes in the file's style (:mod:`codemods.render`); text
from the database is always a string literal, never code. :func:`codemods.files.run_plan`
runs a whole plan: per-file results, diffs (:mod:`codemods.diff`), atomic writes; the edits may
come from a forked child that made them while the plan was finished (:mod:`codemods.edit_process`).
"""
