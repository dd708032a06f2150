"""The "Your data" part of Settings: the data folder, backups, restore, export and import.

Every action says plainly what it did, or what went wrong and that nothing was changed.
Restoring asks first, and saves the diary as it is now before it replaces anything.
Questions go through `ask_folder` and `confirm`, which tests replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.store.backup import BackupFile, Reason
from coach.store.errors import StoreError
from coach.ui import theme
from coach.ui.form_fields import button
from coach.ui.i18n import weekday_day_month
from coach.ui.page import label
from coach.ui.settings_backup import backup_files, restore_backup

if TYPE_CHECKING:
    from coach.store.database import Store

TICK = "✓"
#: Backups listed at first; the rest wait behind "Show all backups".
SHOWN_BACKUPS = 8


def backup_when(backup: BackupFile) -> str:
    """'Thursday 26 November 2026, 08:30', in the language shown."""
    made = backup.made_at
    return QCoreApplication.translate("SettingsData", "{day} {year}, {time}").format(
        day=weekday_day_month(made.date()),
        year=made.year,
        time=f"{made.hour:02d}:{made.minute:02d}",
    )


def reason_words(reason: Reason) -> str:
    """Why a copy was made, as the patient would say it."""
    words = {
        Reason.DAILY: QCoreApplication.translate("SettingsData", "daily copy"),
        Reason.IMPORT: QCoreApplication.translate("SettingsData", "made before an import"),
        Reason.MIGRATION: QCoreApplication.translate("SettingsData", "made before an update"),
        Reason.MANUAL: QCoreApplication.translate("SettingsData", "made by you"),
    }
    return words[reason]


class BackupRow(QWidget):
    """One backup: when, why, and a Restore button (under the words when narrow)."""

    def __init__(self, backup: BackupFile, restore_words: str) -> None:
        super().__init__()
        self.backup = backup
        when = backup_when(backup)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, theme.space(0.5), 0, theme.space(0.5))
        self._grid.setHorizontalSpacing(theme.space(2))
        self._grid.setVerticalSpacing(theme.space(0.5))
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.when_label = label(when)
        self.why_label = label(reason_words(backup.reason), "small")
        texts.addWidget(self.when_label)
        texts.addWidget(self.why_label)
        self._grid.addLayout(texts, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self.restore_button = button(restore_words, name=f"{restore_words}: {when}")
        self._narrow: bool | None = None
        self._place(narrow=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        words = self.when_label.fontMetrics().horizontalAdvance(self.when_label.text())
        room = words + self._grid.horizontalSpacing() + self.restore_button.sizeHint().width()
        self._place(narrow=event.size().width() < room)

    def _place(self, *, narrow: bool) -> None:
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self._grid.removeWidget(self.restore_button)
        if narrow:
            self._grid.addWidget(self.restore_button, 1, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self._grid.addWidget(self.restore_button, 0, 1, Qt.AlignmentFlag.AlignVCenter)


class DataCard(QFrame):
    """Where the diary lives, backups and restoring, export and import."""

    #: The diary's records changed (restore or import): every screen should re-read.
    dataChanged = Signal()
    #: A restore brought back older settings too: the settings screen re-reads them.
    settingsReplaced = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._show_all = False
        self.rows: list[BackupRow] = []
        theme.set_role(self, "card")
        self.setObjectName("dataCard")
        column = QVBoxLayout(self)
        pad = theme.space(2.5)
        column.setContentsMargins(pad, pad, pad, pad)
        column.setSpacing(theme.space(1.5))

        column.addWidget(label(self.tr("Your data"), "heading"))
        column.addWidget(
            label(
                self.tr(
                    "Everything you record stays on this computer, in this folder. "
                    "Nothing is sent anywhere."
                )
            )
        )
        # A read-only box rather than a label: a long path has no spaces to wrap at, and
        # the box scrolls within itself instead of pushing the page sideways.
        self.folder_label = QLineEdit(str(store.data_dir))
        self.folder_label.setObjectName("dataFolder")
        self.folder_label.setReadOnly(True)
        self.folder_label.setCursorPosition(0)
        self.folder_label.setMinimumHeight(theme.HIT_TARGET)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        column.addWidget(self.folder_label)
        self.open_button = button(self.tr("Open the data folder"))
        self.open_button.clicked.connect(self.open_folder)
        column.addLayout(_left(self.open_button))

        column.addSpacing(theme.space(1))
        column.addWidget(label(self.tr("Backups"), "kindtitle"))
        column.addWidget(
            label(
                self.tr(
                    "A copy of your diary is kept each day you use the app (the last 7), "
                    "and before every import or update. To keep a copy safe from a "
                    "broken computer, copy the folder to a USB stick now and then."
                )
            )
        )
        self.backup_button = button(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        column.addLayout(_left(self.backup_button))
        self.backup_status = label("", "confirmed")
        self.backup_status.hide()
        column.addWidget(self.backup_status)
        self.backups_message = label("", "muted")
        column.addWidget(self.backups_message)
        self._list = QVBoxLayout()
        self._list.setSpacing(0)
        column.addLayout(self._list)
        self.show_all_button = button(self.tr("Show all backups"))
        self.show_all_button.clicked.connect(self._on_show_all)
        column.addLayout(_left(self.show_all_button))

        column.addSpacing(theme.space(1))
        column.addWidget(label(self.tr("Export and import"), "kindtitle"))
        column.addWidget(
            label(
                self.tr(
                    "Export writes your sessions, ratings, injections and plan as four CSV "
                    "files that a spreadsheet can open. They hold your health records: keep "
                    "them somewhere private. Import reads such files back; a record already "
                    "in the diary is not added twice."
                )
            )
        )
        self.export_button = button(
            self.tr("Export files…"), name=self.tr("Export the diary as CSV files to a folder")
        )
        self.import_button = button(
            self.tr("Import files…"), name=self.tr("Import CSV files from a folder")
        )
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_files)
        column.addLayout(_left(self.export_button))
        column.addLayout(_left(self.import_button))
        self.transfer_status = label("")
        theme.qt_props(self.transfer_status, textInteractionFlags="TextSelectableByMouse")
        self.transfer_status.hide()
        column.addWidget(self.transfer_status)

    # --- questions (tests replace these) ----------------------------------------------

    def ask_folder(self, title: str) -> str:
        """A folder the patient picks ('' if they cancel)."""
        return QFileDialog.getExistingDirectory(self, title, str(Path.home()))

    def confirm(self, title: str, text: str, yes: str) -> bool:
        """Ask before something that replaces data; True if the patient agrees."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(title)
        box.setInformativeText(text)
        agree = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is agree

    # --- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the list of backups."""
        for row in self.rows:
            self._list.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        try:
            backups = backup_files(self._store)
        except OSError as error:
            backups = []
            self.backups_message.setText(
                self.tr("The backups could not be listed: {error}").format(error=error)
            )
        else:
            self.backups_message.setText(
                self.tr("No backups yet. The first is made once your diary holds something.")
                if not backups
                else self.tr("Restore puts back your diary as it was when a copy was made:")
            )
        shown = backups if self._show_all else backups[:SHOWN_BACKUPS]
        restore_words = self.tr("Restore…")
        for i, backup in enumerate(shown):
            if i:
                divider = QFrame()
                theme.set_role(divider, "divider")
                divider.setFixedHeight(1)
                self._list.addWidget(divider)
            row = BackupRow(backup, restore_words)
            row.restore_button.clicked.connect(lambda _c=False, b=backup: self.restore(b))
            self._list.addWidget(row)
            self.rows.append(row)
        self.show_all_button.setVisible(len(backups) > len(shown))

    def _on_show_all(self) -> None:
        self._show_all = True
        self.refresh()

    # --- actions ----------------------------------------------------------------------

    @Slot()
    def open_folder(self) -> bool:
        """Open the data folder in the file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._store.data_dir)))

    @Slot()
    def back_up_now(self) -> None:
        """Make a backup copy now and say so."""
        try:
            path = self._store.backup("manual")
        except StoreError as error:
            self._say(
                self.backup_status,
                self.tr("No backup was made: {error}").format(error=error),
                ok=False,
            )
            return
        self.refresh()
        self._say(
            self.backup_status,
            self.tr("{tick} Backup saved: {name}").format(tick=TICK, name=path.name),
        )

    def restore(self, backup: BackupFile) -> bool:
        """Ask, then put back the diary as it was in a backup; True if it was restored."""
        when = backup_when(backup)
        agreed = self.confirm(
            self.tr("Restore the diary from {when}?").format(when=when),
            self.tr(
                "Your diary will be as it was then: anything recorded since will no longer "
                "show. Your diary as it is now is saved first as a backup, so you can come "
                "back to it by restoring that copy."
            ),
            self.tr("Restore this copy"),
        )
        if not agreed:
            return False
        try:
            before = restore_backup(self._store, backup.path)
        except StoreError as error:
            self._say(self.backup_status, str(error), ok=False)
            return False
        self.refresh()
        self._say(
            self.backup_status,
            self.tr(
                "{tick} Restored the diary from {when}. The diary as it was before is "
                "saved as {name}."
            ).format(tick=TICK, when=when, name=before.name),
        )
        self.settingsReplaced.emit()
        self.dataChanged.emit()
        return True

    @Slot()
    def export(self) -> None:
        """Write the four CSV files into a folder the patient picks."""
        from coach.store.transfer import export_csv

        folder = self.ask_folder(self.tr("Choose a folder for the exported files"))
        if not folder:
            return
        try:
            summary = export_csv(self._store, folder)
        except StoreError as error:
            self._say(self.transfer_status, str(error), ok=False)
            return
        self._say(
            self.transfer_status,
            self.tr("{tick} Exported:\n{files}").format(tick=TICK, files=summary.describe()),
        )

    @Slot()
    def import_files(self) -> None:
        """Read the CSV files in a folder the patient picks: all of them or nothing."""
        from coach.store.transfer import import_path

        folder = self.ask_folder(self.tr("Choose the folder with the files to import"))
        if not folder:
            return
        try:
            summary = import_path(self._store, folder)
        except StoreError as error:
            self._say(
                self.transfer_status,
                self.tr("Nothing was imported, and nothing was changed:\n{problems}").format(
                    problems=error
                ),
                ok=False,
            )
            return
        self.refresh()  # an import makes a backup first
        self._say(
            self.transfer_status,
            self.tr("{tick} Imported:\n{files}").format(tick=TICK, files=summary.describe()),
        )
        if summary.added:
            self.dataChanged.emit()

    def _say(self, widget: QLabel, text: str, *, ok: bool = True) -> None:
        # Red is kept for stopping and red flags: a problem is said in plain bold text.
        theme.set_role(widget, "confirmed" if ok else "problem")
        widget.setText(text)
        widget.setVisible(bool(text))


def _left(widget: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row
