"""What the Routines screen offers besides Start: a new routine, change, copy, export,
import, reset to the original, remove; each opens the editor or calls
coach/core/user_routines.py, and tells the patient what happened in one calm line.

File choosers are attributes (`choose_import_file`, `choose_export_file`) so tests can
answer them without a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaMethod, QObject, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from coach.core.routine import Routine
from coach.core.settings import Settings
from coach.core.user_routines import (
    RoutineSaveError,
    export_routine,
    import_routine,
    is_own_version,
    remove_user_routine,
    reset_to_original,
    slug,
    write_text_file,
)
from coach.store.errors import StoreError
from coach.ui.routine_editor import (
    RoutineEditor,
    copy_routine_editor,
    edit_routine_editor,
    new_routine_editor,
)
from coach.ui.undo_bar import UndoBar

if TYPE_CHECKING:
    from coach.ui.library_view import LibraryView


class LibraryActions(QObject):
    """The routine actions of one LibraryView."""

    def __init__(self, view: LibraryView) -> None:
        super().__init__(view)
        self.view = view
        self.editor: RoutineEditor | None = None
        #: Where to import from / export to (None: the patient cancelled).
        self.choose_import_file: Callable[[], Path | None] = self._ask_import_file
        self.choose_export_file: Callable[[Routine], Path | None] = self._ask_export_file
        self.bar = UndoBar()
        self.bar.setObjectName("libraryMessage")

    # --- opening the editor -----------------------------------------------------------

    def _session_settings(self):
        try:
            settings = self.view._store.settings()
        except StoreError:
            settings = Settings()
        return settings.session_settings(self.view._now().date())

    def _data_dir(self) -> Path:
        return Path(self.view._store.data_dir)

    def open_editor(self, editor: RoutineEditor) -> RoutineEditor:
        """Show the editor in place of the whole window (or its own window in a test)."""
        self.editor = editor
        editor.saved.connect(self._saved)
        editor.closed.connect(self._editor_closed)
        view = self.view
        if view.isSignalConnected(QMetaMethod.fromSignal(view.fullWindowRequested)):
            view.fullWindowRequested.emit(editor)
        else:
            editor.setParent(view, Qt.WindowType.Window)
            editor.resize(view.window().size())
            editor.show()
        return editor

    @Slot()
    def new_routine(self) -> RoutineEditor:
        """Open the editor on a new routine."""
        return self.open_editor(
            new_routine_editor(self._data_dir(), self.view.library, self._session_settings())
        )

    def edit(self, routine: Routine) -> RoutineEditor:
        """Open the editor on a routine (a built-in is saved as the patient's version)."""
        return self.open_editor(
            edit_routine_editor(
                self._data_dir(), routine, self.view.library, self._session_settings()
            )
        )

    def copy(self, routine: Routine) -> RoutineEditor:
        """Open the editor on a copy of a routine."""
        return self.open_editor(
            copy_routine_editor(
                self._data_dir(), routine, self.view.library, self._session_settings()
            )
        )

    @Slot(object)
    def _saved(self, routine: Routine) -> None:
        self.bar.tell(self.tr("Saved “{title}”.").format(title=routine.title))

    @Slot()
    def _editor_closed(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None and editor.parent() is self.view and editor.isWindow():
            editor.hide()
            editor.deleteLater()
        self.view.refresh()

    # --- sharing ----------------------------------------------------------------------

    def export(self, routine: Routine, target: Path | None = None) -> Path | None:
        """Write a routine to a .toml file, to hand to someone else."""
        target = target or self.choose_export_file(routine)
        if target is None:
            return None
        try:
            written = export_routine(routine, target)
        except RoutineSaveError as error:
            self.bar.tell(str(error))
            return None
        self.bar.tell(
            self.tr("“{title}” was saved to the file {file}.").format(
                title=routine.title, file=written.name
            )
        )
        return written

    def import_file(self, source: Path | None = None) -> Routine | None:
        """Add a routine from a .toml file; an invalid file adds nothing and says why."""
        source = source or self.choose_import_file()
        if source is None:
            return None
        result = import_routine(Path(source), self._data_dir(), self.view.library)
        if not result.ok:
            lines = "\n".join(f"•  {problem}" for problem in result.problems[:8])
            self.bar.tell(
                self.tr("That file could not be used, so nothing was added.\n{lines}").format(
                    lines=lines
                )
            )
            return None
        routine = result.routine
        self.view.refresh()
        if result.renamed:
            text = self.tr(
                "Added “{title}”. A routine with the same id was already here, so this one "
                "is kept as a separate routine."
            )
        else:
            text = self.tr("Added “{title}”.")
        self.bar.tell(text.format(title=routine.title))
        return routine

    # --- taking away ------------------------------------------------------------------

    def reset(self, routine: Routine) -> bool:
        """Remove the patient's version of a built-in; Undo puts it back."""
        return self._remove(
            routine,
            reset_to_original,
            self.tr("“{title}” is back to the app's original.").format(title=routine.title),
        )

    def remove(self, routine: Routine) -> bool:
        """Remove one of the patient's routines; Undo puts it back."""
        return self._remove(
            routine,
            remove_user_routine,
            self.tr("Removed “{title}”.").format(title=routine.title),
        )

    def _remove(self, routine: Routine, how, message: str) -> bool:
        try:
            text = how(routine)
        except RoutineSaveError as error:
            self.bar.tell(str(error))
            return False
        source = routine.source

        def restore() -> None:
            try:
                write_text_file(source, text)
            except RoutineSaveError as error:
                raise StoreError(str(error)) from error
            self.view.refresh()

        self.view.refresh()
        self.bar.offer(message, restore)
        return True

    # --- the card's menu ----------------------------------------------------------------

    def menu_for(self, routine: Routine, parent: QWidget) -> QMenu:
        """Copy, Export, and Reset to original or Remove, as fits the routine."""
        menu = QMenu(parent)
        menu.setAccessibleName(self.tr("More for {title}").format(title=routine.title))
        menu.addAction(self.tr("Make a copy"), lambda: self.copy(routine))
        menu.addAction(self.tr("Export to a file…"), lambda: self.export(routine))
        if is_own_version(routine):
            menu.addAction(self.tr("Reset to original"), lambda: self.reset(routine))
        elif not routine.builtin:
            menu.addAction(self.tr("Remove"), lambda: self.remove(routine))
        return menu

    def attach_menu(self, routine: Routine, button: QPushButton) -> None:
        button.setMenu(self.menu_for(routine, button))

    # --- file choosers ----------------------------------------------------------------

    def _ask_import_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.view,
            self.tr("Import a routine"),
            str(Path.home()),
            self.tr("Routine files (*.toml)"),
        )
        return Path(name) if name else None

    def _ask_export_file(self, routine: Routine) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.view,
            self.tr("Export a routine"),
            str(Path.home() / f"{slug(routine.id)}.toml"),
            self.tr("Routine files (*.toml)"),
        )
        return Path(name) if name else None
