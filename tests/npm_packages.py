"""Packages from the npm registry that tests use as independent oracles (the SARIF schema,
the mermaid renderer), installed once into a cache directory and reused.

A test that needs one is skipped, with the reason, where node/npm or the registry is absent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

CACHE = Path(os.environ.get("SCHEMA_INSPECTOR_TEST_CACHE", Path.home() / ".cache" / "schema-inspector-tests"))


def npm_install(*specs: str) -> Path:
    """``node_modules`` holding ``specs`` (``name@version``), installed on first use."""
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed")
    prefix = CACHE / "npm" / "-".join(s.replace("/", "+").replace("@", "") for s in specs)
    marker = prefix / ".installed"
    if not marker.exists():
        prefix.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            ["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--silent", *specs],
            capture_output=True, text=True, timeout=600,
            env={**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1"},
        )
        if result.returncode != 0:
            pytest.skip(f"npm install {' '.join(specs)} failed: {result.stderr.strip()[-300:]}")
        marker.write_text("ok\n")
    return prefix / "node_modules"
