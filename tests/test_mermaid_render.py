"""Every Mermaid diagram the docs hold renders with the real mermaid library in headless
Chromium (GitHub and GitLab drop a diagram that does not parse, silently or with a bare error).

Skipped, with the reason, where Chromium, npm or the npm registry is absent; .ci/run installs
Chromium where it can."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess

import pytest
from conftest import FIXTURES
from npm_packages import npm_install
from test_docs import HOSTILE_SQL

from schema_inspector.introspect.db_option import load_schema
from schema_inspector.introspect.docs import DIAGRAM_TABLE_LIMIT, render_markdown
from schema_inspector.introspect.schema import (
    Column,
    ColumnType,
    ForeignKey,
    Schema,
    Table,
)

pytestmark = pytest.mark.slow

PAGE = """<!doctype html><html><body><pre id="out">pending</pre>
<script src="{mermaid}"></script>
<script type="application/json" id="diagrams">{diagrams}</script>
<script>
mermaid.initialize({{startOnLoad: false, securityLevel: "strict"}});
(async () => {{
  const diagrams = JSON.parse(document.getElementById("diagrams").textContent);
  const results = [];
  for (let i = 0; i < diagrams.length; i++) {{
    try {{
      const {{svg}} = await mermaid.render("d" + i, diagrams[i]);
      results.push({{ok: true, svg}});
    }} catch (e) {{
      results.push({{ok: false, error: String((e && e.message) || e)}});
    }}
  }}
  document.getElementById("out").textContent = JSON.stringify(results);
}})();
</script></body></html>
"""


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")


def render(diagrams: list[str], tmp_path) -> list[dict]:
    """Each diagram through mermaid.render() in headless Chromium: {ok, svg} or {ok, error}."""
    browser = _chromium()
    script = npm_install("mermaid@11") / "mermaid" / "dist" / "mermaid.min.js"
    page = tmp_path / "render.html"
    page.write_text(PAGE.format(mermaid=script.as_uri(),
                                diagrams=json.dumps(diagrams).replace("</", "<\\/")), encoding="utf-8")
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
         "--virtual-time-budget=60000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=300,
    )
    match = re.search(r'<pre id="out">(.*?)</pre>', result.stdout, re.S)
    assert match and match.group(1) != "pending", result.stderr[-2000:]
    return json.loads(html.unescape(match.group(1)))


def _diagrams(markdown: str) -> list[str]:
    return re.findall(r"```mermaid\n(.*?)```", markdown, re.S)


def _large_schema() -> Schema:
    def table(i: int, target: int | None) -> Table:
        fks = (ForeignKey(("p",), f"t{target}", ("id",), "public"),) if target is not None else ()
        return Table(f"t{i}", columns=(Column("id", ColumnType("integer")), Column("p", ColumnType("integer"))),
                     foreign_keys=fks)

    links = {1: 0, 2: 1, 3: 2, 6: 5}
    return Schema(tables=tuple(table(i, links.get(i)) for i in range(DIAGRAM_TABLE_LIMIT + 5)))


def test_every_diagram_of_the_seed_and_hostile_docs_renders(pg, tmp_path):
    seed = load_schema(pg.new_database((FIXTURES / "seed" / "schema.sql").read_text()))
    hostile = load_schema(pg.new_database(HOSTILE_SQL), ("public", "odd schema"))
    diagrams = [*_diagrams(render_markdown(seed)), *_diagrams(render_markdown(hostile)),
                *_diagrams(render_markdown(_large_schema()))]
    assert len(diagrams) >= 4
    results = render(diagrams, tmp_path)
    assert len(results) == len(diagrams)
    failures = [(d.splitlines()[:3], r["error"]) for d, r in zip(diagrams, results, strict=False) if not r["ok"]]
    assert failures == []
    seed_svg = results[0]["svg"]
    for text in ("media_backup", "email", "varchar(255)", "timestamptz", "PK", "FK"):
        assert text in seed_svg, text  # the columns are drawn, not only the boxes


def test_the_renderer_reports_a_diagram_that_does_not_parse(tmp_path):
    """The oracle can fail: a space in an attribute type is a parse error in mermaid."""
    good = "erDiagram\n    a {\n        integer id PK\n    }\n"
    bad = "erDiagram\n    a {\n        character varying id PK\n    }\n"
    ok, broken = render([good, bad], tmp_path)
    assert ok["ok"] and not broken["ok"], broken
