"""The errors the store raises; str(error) is a plain sentence fit to show the patient."""

from __future__ import annotations


class StoreError(Exception):
    """Something about the diary database went wrong; the message says what and where."""


class NewerSchemaError(StoreError):
    """The database was written by a newer app version; it is left untouched."""


class DuplicateIdError(StoreError):
    """A record with that id is already in the diary."""


class MigrationError(StoreError):
    """Upgrading the database failed; it was rolled back to the version it had."""
