"""The app finds its assets from an editable install and from a wheel installed elsewhere.

Both cases build into a fresh virtual environment, like a patient's machine would; they are
the slowest tests of the suite (about half a minute) and need the package index for the build
tools.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PROBE = "import coach.assets as a; print(a.assets_dir()); print(a.asset('routines').is_dir())"

pytestmark = pytest.mark.slow


def _venv(where: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True, timeout=300)
    return where / "bin" / "python"


def _run(python: Path, *args: str, cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    result = subprocess.run(
        [str(python), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_wheel_carries_assets_and_finds_them_when_installed_elsewhere(tmp_path):
    python = _venv(tmp_path / "venv")
    _run(
        python,
        "-m",
        "pip",
        "wheel",
        "-q",
        "--no-deps",
        "-w",
        str(tmp_path),
        str(REPO),
        cwd=tmp_path,
    )
    wheel = next(tmp_path.glob("trapezius_coach-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("coach/_assets/routines/") for n in names)
    _run(python, "-m", "pip", "install", "-q", "--no-deps", str(wheel), cwd=tmp_path)
    out = _run(python, "-c", PROBE, cwd=tmp_path).splitlines()
    found = Path(out[0])
    assert found.name == "_assets" and "site-packages" in found.parts
    assert out[1] == "True"


def test_editable_install_reads_assets_from_the_source_tree(tmp_path):
    python = _venv(tmp_path / "venv")
    _run(python, "-m", "pip", "install", "-q", "--no-deps", "-e", str(REPO), cwd=tmp_path)
    out = _run(python, "-c", PROBE, cwd=tmp_path).splitlines()
    assert Path(out[0]) == REPO / "assets"
    assert out[1] == "True"
