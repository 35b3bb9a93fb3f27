"""``check-queries``: the application's queries against the database and the models after the plan.

Data flows one way: ``pysource`` (strings as the file writes them), ``sites`` (what a Python
file references and executes), ``orm`` (attribute references against the models after the
plan), ``placeholders`` + ``sql_scope`` (raw SQL through PostgreSQL's own parser, names
resolved with scopes against the catalog), ``suggest`` (what was probably meant), ``fix``
(safe fixes, verified by the database, spliced into the original strings) and ``check``
(all of it for a code base). Introspect and planner data come in; nothing here is imported
by them.
"""
