"""The window's first paint must not pay for PySide's `Qt` enum namespace.

The first use of `PySide6.QtCore.Qt` builds every one of its enums, about 40 ms: a quarter
of a bare Qt window's whole start-up. Screens on the start-up path set enum properties by
name (theme.qt_props) and import `Qt` only inside handlers that run later. This test runs
the real app to its first paint in a fresh interpreter and checks the namespace was never
built, and that nothing heavy (charts, sound, speech, SVG) was imported.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = r"""
import sys
import PySide6.QtCore as core
from coach.ui import app as app_module

seen = {}

def report():
    seen["qt"] = "Qt" in core.__dict__
    heavy = ("pyqtgraph", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtSvg")
    seen["heavy"] = sorted(m for m in heavy if m in sys.modules)
    print("RESULT", seen, flush=True)
    app_module.QApplication.quit()

app_module.report_startup_and_quit = report
sys.exit(app_module.run_gui(sys.argv[1]))
"""


def test_first_paint_needs_neither_the_qt_namespace_nor_heavy_modules(tmp_path):
    env_probe = {"COACH_STARTUP_PROBE": "1", "QT_QPA_PLATFORM": "offscreen"}
    import os

    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env_probe},
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT"))
    assert line == "RESULT {'qt': False, 'heavy': []}", result.stdout + result.stderr
