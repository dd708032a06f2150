"""A second launch on the same diary brings the running window forward instead."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from coach.ui.single_instance import LOG_ENV, SingleInstance, server_name


class FakeWindow:
    """Records the calls that bring a window forward."""

    def __init__(self, minimized: bool = False) -> None:
        self.minimized = minimized
        self.calls: list[str] = []

    def isMinimized(self) -> bool:
        return self.minimized

    def showNormal(self) -> None:
        self.calls.append("showNormal")

    def show(self) -> None:
        self.calls.append("show")

    def raise_(self) -> None:
        self.calls.append("raise_")

    def activateWindow(self) -> None:
        self.calls.append("activateWindow")


@pytest.fixture
def name():
    """A server name no other test (or real app) uses."""
    return f"trapezius-coach-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def first(qapp, name):
    instance = SingleInstance(name)
    yield instance
    instance.close()


def test_a_second_instance_raises_the_first_and_is_told_to_exit(qtbot, first, name):
    window = FakeWindow(minimized=True)
    assert first.listen(window)
    second = SingleInstance(name)

    assert second.ask_running_to_raise()
    qtbot.waitUntil(lambda: "activateWindow" in window.calls, timeout=10_000)
    assert window.calls == ["showNormal", "raise_", "activateWindow"]


def test_a_real_window_is_shown_when_a_second_launch_asks(qtbot, first, name):
    window = QWidget()
    qtbot.addWidget(window)
    assert first.listen(window)
    assert not window.isVisible()

    assert SingleInstance(name).ask_running_to_raise()
    qtbot.waitUntil(window.isVisible, timeout=10_000)


def test_the_first_launch_finds_no_one_and_becomes_the_instance(first, name):
    assert not first.ask_running_to_raise()
    assert first.listen(FakeWindow())
    assert first.listening
    first.close()
    # Closed: the next launch is a first one again.
    assert not SingleInstance(name).ask_running_to_raise()


def test_unknown_messages_are_ignored(qtbot, first, name):
    window = FakeWindow()
    assert first.listen(window)
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(5000)
    client.write(b"hello\nraise\n")
    client.waitForBytesWritten(5000)
    qtbot.waitUntil(lambda: "activateWindow" in window.calls, timeout=10_000)
    client.abort()
    # "hello" did nothing; only "raise" brought the window forward, once.
    assert window.calls == ["show", "raise_", "activateWindow"]


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix-domain sockets only")
def test_a_socket_left_by_a_crash_does_not_stop_a_new_first_instance(first, name):
    stale = Path(QDir.tempPath()) / name
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(stale))  # bound, never listening, never removed: as after a crash
    crashed.close()
    assert stale.exists()

    assert not first.ask_running_to_raise()
    assert first.listen(FakeWindow())
    assert first.listening


def test_each_data_folder_has_its_own_instance(tmp_path):
    diary = tmp_path / "TrapeziusCoach"
    demo = tmp_path / "TrapeziusCoach-demo"
    assert server_name(diary, "1000") != server_name(demo, "1000")
    assert server_name(diary, "1000") != server_name(diary, "1001")
    # The same folder spelled differently is the same instance.
    assert server_name(diary, "1000") == server_name(tmp_path / "x" / ".." / diary.name, "1000")
    assert "1000" in server_name(diary, "1000")


FIRST_APP = r"""
import sys
from coach.ui.app import run_gui
sys.exit(run_gui(sys.argv[1]))
"""


def _accepts_connections(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    connected = probe.waitForConnected(200)
    probe.abort()
    return connected


def test_a_second_launch_raises_the_running_app_and_exits(qtbot, tmp_path):
    data = tmp_path / "diary"
    log = tmp_path / "instance.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", LOG_ENV: str(log)}
    env.pop("COACH_STARTUP_PROBE", None)
    name = server_name(data)
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST_APP, str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # A loaded machine may take a while to start Qt: poll, generously.
        qtbot.waitUntil(
            lambda: first.poll() is not None or _accepts_connections(name), timeout=60_000
        )
        assert first.poll() is None, first.communicate()

        second = subprocess.run(
            [sys.executable, "-m", "coach", "--data-dir", str(data)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 0, second.stderr
        qtbot.waitUntil(lambda: log.exists() and "raise" in log.read_text(), timeout=30_000)
        assert log.read_text() == "raise\n"
        assert first.poll() is None  # the first window is still open
    finally:
        first.terminate()
        try:
            first.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            first.kill()
            first.communicate()
        # Terminated, the app had no chance to remove its socket file: do it for it.
        QLocalServer.removeServer(name)
