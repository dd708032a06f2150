"""Start at login: each platform's own way, for the current user only.

- Linux and other freedesktop systems: a desktop entry in `$XDG_CONFIG_HOME/autostart/`
  (usually ~/.config/autostart/trapezius-coach.desktop).
- macOS: a LaunchAgent in ~/Library/LaunchAgents/ with RunAtLoad.
- Windows: a value under HKEY_CURRENT_USER\\...\\CurrentVersion\\Run.
Each starts `coach --background`: the app opens hidden in the tray (or as a window where
there is no tray), so reminders work from the moment the patient logs in.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import shlex
import sys
from pathlib import Path

ENTRY_NAME = "trapezius-coach"
LAUNCH_AGENT = "org.trapeziuscoach.coach"
RUN_VALUE = "TrapeziusCoach"


def launch_command() -> list[str]:
    """The command that starts this installed app hidden in the tray."""
    return [sys.executable, "-m", "coach", "--background"]


def platform_name() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "freedesktop"


def _desktop_exec(args: list[str]) -> str:
    # The desktop entry spec quotes arguments with double quotes and escapes ", `, $ and \.
    quoted = []
    for arg in args:
        if arg and all(c.isalnum() or c in "-_./=:+" for c in arg):
            quoted.append(arg)
        else:
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            quoted.append(f'"{escaped}"')
    return " ".join(quoted).replace("%", "%%")


def desktop_entry(args: list[str]) -> str:
    """The text of the freedesktop autostart entry."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Trapezius Coach\n"
        "Comment=Reminders for your stretches, heat and breathing\n"
        f"Exec={_desktop_exec(args)}\n"
        "Icon=coach\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def desktop_path(env: dict[str, str] | None = None, home: Path | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    config = env.get("XDG_CONFIG_HOME") or str((home or Path.home()) / ".config")
    return Path(config) / "autostart" / f"{ENTRY_NAME}.desktop"


def launch_agent(args: list[str]) -> bytes:
    """The macOS LaunchAgent property list."""
    return plistlib.dumps({"Label": LAUNCH_AGENT, "ProgramArguments": args, "RunAtLoad": True})


def launch_agent_path(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT}.plist"


def is_enabled(*, env: dict[str, str] | None = None, home: Path | None = None) -> bool:
    """Whether the app is set to start at login for this user."""
    system = platform_name()
    if system == "freedesktop":
        return desktop_path(env, home).exists()
    if system == "macos":
        return launch_agent_path(home).exists()
    return _windows_value() is not None


def set_enabled(
    enabled: bool,
    *,
    args: list[str] | None = None,
    env: dict[str, str] | None = None,
    home: Path | None = None,
) -> Path | None:
    """Turn start-at-login on or off; returns the file written or removed (None on
    Windows). Raises OSError with the reason when the system refuses."""
    args = args or launch_command()
    system = platform_name()
    if system == "windows":
        _set_windows_value(subprocess_line(args) if enabled else None)
        return None
    if system == "macos":
        path, data = launch_agent_path(home), launch_agent(args)
    else:
        path, data = desktop_path(env, home), desktop_entry(args).encode("utf-8")
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(path.suffix + ".tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)
    else:
        path.unlink(missing_ok=True)
    return path


def subprocess_line(args: list[str]) -> str:
    """One command line for the Windows Run key."""
    if platform_name() == "windows":
        import subprocess

        return subprocess.list2cmdline(args)
    return shlex.join(args)


_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def _windows_value() -> str | None:
    try:
        import winreg  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
            return str(winreg.QueryValueEx(key, RUN_VALUE)[0])
    except OSError:
        return None


def _set_windows_value(line: str | None) -> None:
    import winreg  # type: ignore[import-not-found]

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if line is None:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, RUN_VALUE)
        else:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, line)
