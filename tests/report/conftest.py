"""The report tests draw with Qt: one QApplication for the whole run (pytest-qt's qapp).

Made first, so the report's own ensure_gui_app() finds it rather than creating a bare
QGuiApplication that would leave later widget tests without a QApplication.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    return qapp
