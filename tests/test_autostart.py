"""Start at login writes (and removes) the platform's own entry for this user only."""

from __future__ import annotations

import configparser
import plistlib

from coach import autostart


def test_freedesktop_entry_is_written_and_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(autostart, "platform_name", lambda: "freedesktop")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    path = autostart.set_enabled(
        True, args=["/opt/my venv/bin/python", "-m", "coach", "--background"], env=env
    )
    assert path == tmp_path / "cfg" / "autostart" / "trapezius-coach.desktop"
    assert autostart.is_enabled(env=env)
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(path)
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == '"/opt/my venv/bin/python" -m coach --background'
    assert desktop["Name"] == "Trapezius Coach"
    autostart.set_enabled(False, env=env)
    assert not path.exists()
    assert not autostart.is_enabled(env=env)
    autostart.set_enabled(False, env=env)  # already off: no error


def test_without_xdg_config_home_the_entry_goes_under_home(tmp_path):
    path = autostart.desktop_path({}, home=tmp_path)
    assert path == tmp_path / ".config" / "autostart" / "trapezius-coach.desktop"


def test_special_characters_are_quoted_for_the_desktop_spec():
    line = autostart._desktop_exec(['/a"b$c/python', "50%"])
    assert line == '"/a\\"b\\$c/python" "50%%"'


def test_macos_launch_agent(tmp_path, monkeypatch):
    monkeypatch.setattr(autostart, "platform_name", lambda: "macos")
    path = autostart.set_enabled(
        True, args=["/usr/bin/python3", "-m", "coach", "--background"], home=tmp_path
    )
    data = plistlib.loads(path.read_bytes())
    assert data == {
        "Label": "org.trapeziuscoach.coach",
        "ProgramArguments": ["/usr/bin/python3", "-m", "coach", "--background"],
        "RunAtLoad": True,
    }
    assert autostart.is_enabled(home=tmp_path)


def test_the_command_starts_this_python_in_the_background():
    command = autostart.launch_command()
    assert command[1:] == ["-m", "coach", "--background"]
