"""Copies the top-level assets/ folder into the package when a wheel is built.

Everything else about the package is in pyproject.toml. An editable install reads assets/
straight from the source tree instead (coach/assets.py looks in both places).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildPyWithAssets(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "coach" / "_assets"
        shutil.copytree(HERE / "assets", target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithAssets})
