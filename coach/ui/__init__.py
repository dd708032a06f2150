"""PySide6 widgets, one module per screen."""
