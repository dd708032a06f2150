"""core/, analysis/ and store/ never import Qt: proven by importing them with Qt blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import coach

PACKAGE = Path(coach.__file__).resolve().parent

BLOCKER = """
import importlib.abc, pkgutil, sys

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph"}:
            raise ImportError(f"{name} is blocked: this ring must stay free of Qt")
        return None

sys.meta_path.insert(0, Block())
import coach
for ring in ("coach.core", "coach.analysis", "coach.store"):
    pkg = __import__(ring, fromlist=["_"])
    for info in pkgutil.walk_packages(pkg.__path__, ring + "."):
        __import__(info.name)
import coach.demo, coach.paths, coach.assets, coach.cli
bad = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "pyqtgraph"})
print("loaded:", bad)
sys.exit(1 if bad else 0)
"""


def test_inner_rings_import_without_qt():
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_ring_module_is_reached():
    # Guards the test above against walking nothing (a typo in the ring names).
    modules = [p for ring in ("core", "store") for p in (PACKAGE / ring).glob("*.py")]
    assert len(modules) >= 3


INWARD = """
import pkgutil, sys
import coach.core
for info in pkgutil.walk_packages(coach.core.__path__, "coach.core."):
    __import__(info.name)
rings = ("coach.analysis", "coach.store", "coach.ui")
outer = sorted(m for m in sys.modules if m.startswith(rings))
print("outer rings loaded by core:", outer)
sys.exit(1 if outer else 0)
"""


def test_core_depends_on_no_outer_ring():
    # Dependencies point inward: core never reaches out to analysis, store or ui.
    result = subprocess.run(
        [sys.executable, "-c", INWARD], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
