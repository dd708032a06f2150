"""The patient's saved look, colour theme and text size, applied to the whole app.

Read at start (one row of settings) and again whenever the Settings screen changes either;
theme.apply_theme restyles every open window live. Imported on the start-up path, so it
never touches PySide's `Qt` namespace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.core.settings import Settings
from coach.store.errors import StoreError
from coach.ui import theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from coach.store.database import Store


def text_scale(settings: Settings) -> float:
    """The text-size setting (a percentage) as a factor: 150 -> 1.5."""
    return settings.text_scale / 100


def looks_differ(old: Settings, new: Settings) -> bool:
    """True when the colour theme or the text size changed between two settings."""
    return (old.theme, old.text_scale) != (new.theme, new.text_scale)


def apply_appearance(app: QApplication, settings: Settings) -> theme.Palette:
    """Style the app with the settings' colour theme and text size, live."""
    return theme.apply_theme(app, theme.ColourMode(str(settings.theme)), text_scale(settings))


def apply_saved_appearance(app: QApplication, store: Store) -> Settings:
    """Apply the saved look and return the saved settings (the defaults if unreadable)."""
    try:
        settings = store.settings()
    except StoreError:
        settings = Settings()
    apply_appearance(app, settings)
    return settings
