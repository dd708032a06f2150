"""One app window per diary: a second launch brings the running window forward.

The first instance listens on a local socket (QLocalServer: a Unix-domain socket or a
Windows named pipe, never TCP) named for the user and the data folder, so an example
diary opened in its own window (`--data-dir <demo>`) is an instance of its own. A later
launch on the same folder connects, sends "raise", and exits without opening the diary:
two processes writing one diary, or two windows the patient cannot tell apart, help no one.

Imported by run_gui only, after the QApplication exists; the server costs nothing while
idle (it only wakes on a connection) and never blocks start-up.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: Makes the server append each message it acts on to this file (the subprocess test).
LOG_ENV = "COACH_INSTANCE_LOG"
RAISE = b"raise"
#: How long a launch waits for a running instance to answer before starting its own.
CONNECT_TIMEOUT_MS = 300
WRITE_TIMEOUT_MS = 1000
#: Anything longer than a command is not ours: the connection is dropped.
MAX_LINE = 64


class Raisable(Protocol):
    """What the server needs of the window: the few QWidget calls that bring it forward."""

    def isMinimized(self) -> bool: ...
    def showNormal(self) -> None: ...
    def show(self) -> None: ...
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...


def _user_id() -> str:
    # os.getuid is POSIX only; the login name keeps Windows users apart.
    getuid = getattr(os, "getuid", None)
    return str(getuid()) if getuid is not None else getpass.getuser()


def server_name(data_dir: Path, user: str | None = None) -> str:
    """The per-user, per-data-folder name of the running instance's socket."""
    folder = str(Path(data_dir).expanduser().resolve())
    digest = hashlib.sha1(folder.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return f"trapezius-coach-{user if user is not None else _user_id()}-{digest}"


def bring_forward(window: Raisable) -> None:
    """Show the window (restored if minimised) on top of the others, with the focus."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    """Either asks a running instance to come forward, or becomes the running instance."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None
        self._window: Raisable | None = None

    def ask_running_to_raise(self, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
        """True when an instance is already running (it was asked to come forward)."""
        socket = QLocalSocket(self)
        try:
            socket.connectToServer(self.name)
            if not socket.waitForConnected(timeout_ms):
                return False
            socket.write(RAISE + b"\n")
            socket.waitForBytesWritten(WRITE_TIMEOUT_MS)
            socket.disconnectFromServer()
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(WRITE_TIMEOUT_MS)
            # Even if the message was lost, a second window on the same diary is worse.
            return True
        finally:
            socket.abort()
            socket.deleteLater()

    def listen(self, window: Raisable) -> bool:
        """Become the running instance for `window`; False if the name cannot be taken."""
        self._window = window
        server = QLocalServer(self)
        # Only this user may connect: the name alone is not a secret.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        if not server.listen(self.name):
            # A socket file left by a crash: nobody answered ask_running_to_raise, so it
            # is stale. Remove it and try once more.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                server.deleteLater()
                return False
        self._server = server
        return True

    @property
    def listening(self) -> bool:
        """True while this object is the running instance."""
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        """Stop being the running instance (removes the socket file)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            self._read(connection)  # the message may have arrived with the connection

    def _read(self, connection: QLocalSocket) -> None:
        while connection.canReadLine():
            line = bytes(connection.readLine(MAX_LINE + 1).data()).strip()
            self._act(line)
        if connection.bytesAvailable() > MAX_LINE:
            connection.abort()

    def _act(self, message: bytes) -> None:
        if message != RAISE:
            return  # unknown messages are ignored: never crash on what a socket sends
        log = os.environ.get(LOG_ENV)
        if log:
            try:
                with open(log, "a", encoding="utf-8") as file:
                    file.write("raise\n")
            except OSError:
                pass  # a diagnostic only: the window still comes forward
        if self._window is not None:
            bring_forward(self._window)
