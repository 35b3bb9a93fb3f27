"""The README's "How it works" map names every package folder of the repository, and every
folder and module it names exists (a newcomer's map that matches the folders one to one)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _map_block() -> str:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## How it works", 1)[1]
    return section.split("```", 2)[1]


def test_the_map_names_every_package_folder_and_nothing_that_is_not_there():
    block = _map_block()
    top = re.findall(r"^(\w+)/", block, re.M)  # the map's top-level folders
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py")}
    assert packages - set(top) == set(), "package folders the map leaves out"
    assert [t for t in top if not (ROOT / t).is_dir()] == []
    parent = None
    for line in block.splitlines():
        folder = re.match(r"^(\w+)/", line)
        if folder:
            parent = folder.group(1)
            continue
        entry = re.match(r"^  (\w[\w*]*(?:\.py|/))", line)
        if entry and parent:
            assert list((ROOT / parent).glob(entry.group(1).rstrip("/"))), f"{parent}/{entry.group(1)}"
    # each sub-package is on the map under its folder
    for sub in ROOT.glob("*/*/__init__.py"):
        folder, name = sub.parent.parent.name, sub.parent.name
        if folder in packages and folder != "fixtures":
            assert re.search(rf"^  {name}/", block, re.M), f"{folder}/{name}/ is not on the map"
