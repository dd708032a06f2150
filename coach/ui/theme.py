"""The app's whole visual language in one place: colours, type scale, spacing, stylesheet.

Screens never hard-code a colour or a font size: they tag widgets with a role
(`set_role(label, "heading")`, `set_role(button, "primary")`, `set_kind(card, Kind.HEAT)`)
and the stylesheet built here gives every role its look. Changing the colour mode or the
text size calls `apply_theme()` again, which restyles every open window live.

Direction: calm and warm, never clinical-cold. A soft off-white (dark: deep blue-grey)
background, one muted teal for the main action of a screen, one colour per kind used
everywhere, and a muted brick red kept for stopping and red flags only. Colour is never the
only carrier of meaning: every coloured thing also has words or a symbol.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from coach.core.records import Kind


class ColourMode(StrEnum):
    """The colour-scheme setting: fixed light, fixed dark, or follow the system."""

    LIGHT = "light"
    DARK = "dark"
    SYSTEM = "system"


class TextRole(StrEnum):
    """Named steps of the type scale; widgets use these, never raw sizes."""

    SMALL = "small"
    BODY = "body"
    LARGE = "large"
    HEADING = "heading"
    TITLE = "title"
    COUNTDOWN = "countdown"


#: Point sizes at text scale 1.0; the text-size setting multiplies all of them.
BASE_POINT_SIZES: dict[TextRole, float] = {
    TextRole.SMALL: 12.0,
    TextRole.BODY: 14.0,
    TextRole.LARGE: 17.0,
    TextRole.HEADING: 20.0,
    TextRole.TITLE: 28.0,
    TextRole.COUNTDOWN: 120.0,
}

#: Text scales the settings screen offers (100% ... 200%); any value in between works.
TEXT_SCALE_MIN = 1.0
TEXT_SCALE_MAX = 2.0

#: Smallest clickable size (px) of anything the patient taps.
HIT_TARGET = 44
#: The big rating numbers are larger still: a shaky hand must not hit the neighbour.
RATING_BUTTON = 56
#: Corner radius of cards and buttons (px).
RADIUS = 14
#: The spacing unit (px); layouts use multiples of it.
SPACE = 8
#: The main content never grows wider than this (px): long lines are hard to read.
CONTENT_MAX_WIDTH = 880
#: Width of the navigation side bar at text scale 1.0 (px).
SIDEBAR_WIDTH = 200


def space(steps: float = 1) -> int:
    """A multiple of the spacing unit, in pixels."""
    return round(SPACE * steps)


def point_size(role: TextRole, text_scale: float = 1.0) -> float:
    """The point size of a text role at a text scale."""
    return BASE_POINT_SIZES[role] * clamp_scale(text_scale)


def navigation_point_size(text_scale: float = 1.0) -> float:
    """The side bar's text: a step above body at 100%, growing only as body text does."""
    body = point_size(TextRole.BODY, text_scale)
    return min(
        point_size(TextRole.LARGE, text_scale), max(BASE_POINT_SIZES[TextRole.LARGE], body)
    )


def clamp_scale(text_scale: float) -> float:
    """Keep a text scale inside what the screens are laid out for."""
    return min(TEXT_SCALE_MAX, max(TEXT_SCALE_MIN, float(text_scale)))


@dataclass(frozen=True)
class KindColours:
    """The colours of one kind: a stripe/series accent, readable ink, and a soft fill."""

    accent: str
    ink: str
    soft: str


@dataclass(frozen=True)
class Palette:
    """Every colour a screen may use, for one colour scheme."""

    name: str
    is_dark: bool
    window: str  # the page background
    surface: str  # cards
    sidebar: str
    text: str
    muted: str  # secondary text; still >= 4.5:1 on window and surface
    border: str
    hover: str  # background of a hovered plain control
    primary: str  # the one main action of a screen
    primary_hover: str
    primary_pressed: str
    on_primary: str
    primary_soft: str  # calm highlight: selection, confirmations
    danger: str  # stopping and red flags only
    on_danger: str
    danger_soft: str
    focus: str
    stretch: KindColours
    heat: KindColours
    breathing: KindColours
    relaxation: KindColours

    def kind(self, kind: Kind | str) -> KindColours:
        """The colours of one kind of routine."""
        return getattr(self, Kind(kind).value)


# Contrast checked (WCAG): text on window 11.9:1, muted on surface 5.9:1, white on primary
# 5.6:1, kind inks on surface >= 5.2:1 (light); dark mode all >= 5.6:1.
LIGHT = Palette(
    name="light",
    is_dark=False,
    window="#F5F3EE",
    surface="#FFFFFF",
    sidebar="#ECE9E2",
    text="#2A3138",
    muted="#5B6570",
    border="#DDD8CE",
    hover="#E6E2D9",
    primary="#2A7370",
    primary_hover="#23625F",
    primary_pressed="#1C5250",
    on_primary="#FFFFFF",
    primary_soft="#DDEEEB",
    danger="#A4473B",
    on_danger="#FFFFFF",
    danger_soft="#F6E3DF",
    focus="#2A7370",
    stretch=KindColours(accent="#3A8F88", ink="#2A7370", soft="#E1F0EE"),
    heat=KindColours(accent="#D39A3C", ink="#9A5F12", soft="#F8EBD6"),
    breathing=KindColours(accent="#6C9CCB", ink="#3D6E9E", soft="#E3EDF7"),
    relaxation=KindColours(accent="#9D8FCB", ink="#6B5C9E", soft="#ECE8F6"),
)

DARK = Palette(
    name="dark",
    is_dark=True,
    window="#1C2530",
    surface="#263140",
    sidebar="#17202A",
    text="#E4E8EC",
    muted="#A3AEBA",
    border="#36424F",
    hover="#2F3B4B",
    primary="#66B8AF",
    primary_hover="#78C4BB",
    primary_pressed="#529F97",
    on_primary="#0E1B1E",
    primary_soft="#24423F",
    danger="#E08272",
    on_danger="#10151B",
    danger_soft="#4A2C2A",
    focus="#8FD3CA",
    stretch=KindColours(accent="#66B8AF", ink="#7CC6BD", soft="#223C3C"),
    heat=KindColours(accent="#E3AE5E", ink="#E8B86E", soft="#3F3526"),
    breathing=KindColours(accent="#86B3DE", ink="#92BCE3", soft="#25364A"),
    relaxation=KindColours(accent="#B4A8E0", ink="#BDB2E6", soft="#342F4A"),
)


@dataclass(frozen=True)
class KindLook:
    """How a kind is named, so its colour is never its only sign."""

    title: str  # card heading, e.g. "Stretches"
    noun: str  # one session, e.g. "stretch session"


KIND_LOOKS: dict[Kind, KindLook] = {
    Kind.STRETCH: KindLook("Stretches", "stretch session"),
    Kind.HEAT: KindLook("Heat", "heat session"),
    Kind.BREATHING: KindLook("Breathing", "breathing session"),
    Kind.RELAXATION: KindLook("Relaxation", "relaxation session"),
}


def kind_look(kind: Kind | str) -> KindLook:
    """Name and symbol of one kind."""
    return KIND_LOOKS[Kind(kind)]


# --- widget roles ---------------------------------------------------------------------


def set_role(widget: QWidget, role: str) -> QWidget:
    """Tag a widget with a stylesheet role (e.g. "primary", "card", "heading")."""
    return _tag(widget, "role", role)


def set_kind(widget: QWidget, kind: Kind | str | None) -> QWidget:
    """Tag a widget with a routine kind so it takes that kind's colours."""
    return _tag(widget, "kind", Kind(kind).value if kind is not None else "")


def qt_props(widget: QObject, **props: str) -> QObject:
    """Set Qt enum properties by name, e.g. qt_props(label, textFormat="PlainText").

    The widgets on the start-up path use this instead of PySide's `Qt` namespace: the first
    touch of `Qt` builds every one of its enums (~40 ms, a third of a bare window's start);
    Qt itself converts the names. A wrong name raises at once, so typos cannot hide.
    """
    for name, value in props.items():
        if not widget.setProperty(name, value):
            raise ValueError(f"{type(widget).__name__}.{name} cannot be set to {value!r}")
    return widget


def set_state(widget: QWidget, state: str) -> QWidget:
    """Tag a widget with a visual state (e.g. "done", "pending")."""
    return _tag(widget, "state", state)


def _tag(widget: QWidget, name: str, value: str) -> QWidget:
    if widget.property(name) == value:
        return widget
    widget.setProperty(name, value)
    # A dynamic property change is only seen by the stylesheet after a re-polish. A widget
    # not polished yet (not shown so far) picks the property up when it is first shown, so
    # it is left alone: that keeps start-up from touching QStyle from Python at all.
    if widget.window().isVisible():  # once a window shows, all its widgets are polished
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
    return widget


# --- stylesheet -----------------------------------------------------------------------


def build_stylesheet(palette: Palette, text_scale: float = 1.0) -> str:
    """The application stylesheet for a palette at a text scale."""
    p = palette
    s = clamp_scale(text_scale)

    def pt(role: TextRole) -> str:
        return f"{point_size(role, s):.1f}pt"

    # The side bar's words start a step larger than body text but grow no faster than
    # it: at 200% they are already large, and the bar must leave the page its room.
    nav = f"{navigation_point_size(s):.1f}pt"

    kind_rules = []
    for kind in Kind:
        k = p.kind(kind)
        kind_rules.append(
            f"""
QFrame[role="kindstripe"][kind="{kind.value}"] {{ background: {k.accent}; }}
QLabel[role="kindtitle"][kind="{kind.value}"] {{ color: {k.ink}; }}
QLabel[role="pill"][kind="{kind.value}"][state="done"] {{
    background: {k.soft}; border-color: {k.accent}; color: {p.text};
}}
QLabel[role="pill"][kind="{kind.value}"][state="partial"] {{
    background: {k.soft}; border-color: {k.accent}; border-style: dashed; color: {p.text};
}}"""
        )

    return f"""
QWidget {{
    font-size: {pt(TextRole.BODY)};
    color: {p.text};
}}
QMainWindow, QDialog, QMessageBox {{ background: {p.window}; }}
QWidget#page, QScrollArea#pageScroll {{ background: {p.window}; }}
QScrollArea {{ border: none; }}
QToolTip {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; padding: 6px;
}}

/* navigation side bar */
QFrame#sidebar {{ background: {p.sidebar}; border: none; border-right: 1px solid {p.border}; }}
QLabel#appName {{ font-size: {nav}; font-weight: 600; color: {p.text}; }}
QListWidget#navigation {{
    background: transparent; border: none; outline: none;
}}
QListWidget#navigation {{ font-size: {nav}; }}
QListWidget#navigation::item {{
    min-height: {HIT_TARGET + 8}px;
    padding: 4px 12px;
    margin: 2px 0;
    border-top-right-radius: {RADIUS - 4}px;
    border-bottom-right-radius: {RADIUS - 4}px;
    border-left: 6px solid transparent;
    color: {p.text};
}}
QListWidget#navigation::item:hover {{ background: {p.hover}; }}
QListWidget#navigation::item:selected {{
    background: {p.primary_soft};
    border-left: 6px solid {p.primary};
    color: {p.text};
}}

/* text roles */
QLabel[role="title"] {{ font-size: {pt(TextRole.TITLE)}; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {pt(TextRole.HEADING)}; font-weight: 600; }}
QLabel[role="large"] {{ font-size: {pt(TextRole.LARGE)}; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="confirmed"] {{ color: {p.primary}; font-weight: 600; }}
QLabel[role="problem"] {{ color: {p.text}; font-weight: 600; }}
QLabel[role="small"] {{ font-size: {pt(TextRole.SMALL)}; color: {p.muted}; }}
QLabel[role="countdown"] {{ font-size: {pt(TextRole.COUNTDOWN)}; font-weight: 300; }}

/* cards */
QFrame[role="card"], QFrame[role="kindcard"] {{
    background: {p.surface};
    border: 1px solid {p.border};
    border-radius: {RADIUS}px;
}}
QFrame[role="notice"] {{
    background: {p.primary_soft};
    border: 1px solid {p.primary};
    border-radius: {RADIUS}px;
}}
QFrame[role="confirmation"] {{
    background: {p.primary_soft};
    border-radius: {RADIUS - 4}px;
}}
QFrame[role="kindstripe"] {{ border: none; border-radius: 3px; }}
QLabel[role="kindtitle"] {{ font-size: {pt(TextRole.LARGE)}; font-weight: 600; }}
QLabel[role="pill"] {{
    border: 2px solid {p.border};
    border-radius: {RADIUS}px;
    padding: 4px 14px;
    color: {p.muted};
    background: {p.surface};
}}
QLabel[role="entrytime"] {{ color: {p.muted}; font-weight: 600; }}
QFrame[role="divider"] {{ background: {p.border}; border: none; max-height: 1px; }}

/* buttons */
QPushButton {{
    min-height: {HIT_TARGET}px;
    min-width: {HIT_TARGET}px;
    padding: 6px 20px;
    border-radius: {RADIUS - 2}px;
    border: 2px solid {p.border};
    background: {p.surface};
    color: {p.text};
}}
QPushButton:hover {{ background: {p.hover}; }}
QPushButton:disabled {{ color: {p.muted}; background: {p.window}; border-style: dashed; }}
QPushButton[role="primary"] {{
    background: {p.primary};
    border-color: {p.primary};
    color: {p.on_primary};
    font-weight: 600;
    padding: 10px 28px;
}}
QPushButton[role="primary"]:hover {{ background: {p.primary_hover}; }}
QPushButton[role="primary"]:pressed {{ background: {p.primary_pressed}; }}
QPushButton[role="primary"]:disabled {{
    background: {p.window}; border: 2px dashed {p.border}; color: {p.muted};
}}
QPushButton[role="danger"] {{
    background: {p.danger}; border-color: {p.danger}; color: {p.on_danger};
    font-weight: 600; padding: 10px 28px;
}}
QPushButton[role="quiet"] {{ background: transparent; border-color: transparent; }}
QPushButton[role="quiet"]:hover {{ background: {p.hover}; }}

/* the big 0-10 rating */
QWidget#ratingRow {{ background: transparent; }}
RatingWidget {{ border: 3px solid transparent; border-radius: {RADIUS}px; }}
QPushButton[role="rating"] {{
    min-height: {RATING_BUTTON}px;
    min-width: {RATING_BUTTON}px;
    padding: 0px;
    font-size: {pt(TextRole.HEADING)};
    border-radius: {RADIUS}px;
    border: 2px solid {p.border};
    background: {p.surface};
}}
QPushButton[role="rating"]:hover {{ border-color: {p.primary}; background: {p.surface}; }}
QPushButton[role="rating"]:checked {{
    background: {p.primary};
    border: 3px solid {p.text};
    color: {p.on_primary};
    font-weight: 700;
}}

{_form_rules(p, s)}
/* the keyboard focus: one thick ring a gap outside the focused widget (focus_ring.py) */
QFrame#focusRing {{
    background: transparent; border: 3px solid {p.focus}; border-radius: {RADIUS + 2}px;
}}
QScrollBar:vertical {{ background: transparent; width: 14px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 5px; min-height: 40px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: transparent; }}
{"".join(kind_rules)}
"""


def icon_path(name: str, palette: Palette) -> str:
    """The path (for a stylesheet url) of a small line-art icon drawn for a scheme."""
    from coach.assets import asset

    return asset("icons", f"{name}-{'dark' if palette.is_dark else 'light'}.svg").as_posix()


def _form_rules(p: Palette, s: float) -> str:
    """Text boxes, number and date boxes, drop-down lists, check boxes, radio buttons and
    chosen buttons: one look for every form, at least HIT_TARGET tall, growing with text."""
    radius = RADIUS - 4
    large = f"{point_size(TextRole.LARGE, s):.1f}pt"
    tick = round(22 * s)  # the box grows with its words
    arrow = HIT_TARGET
    chevron_down = icon_path("chevron-down", p)
    chevron_up = icon_path("chevron-up", p)
    check = icon_path("check", p)
    fields = (
        "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, "
        "QDateEdit, QTimeEdit, QDateTimeEdit"
    )
    focused = ", ".join(f"{w.strip()}:focus" for w in fields.split(","))
    return f"""
/* form fields: a surface box, a clear border, the focus colour when typing */
{fields} {{
    background: {p.surface}; color: {p.text};
    border: 2px solid {p.border}; border-radius: {radius}px; padding: 6px 10px;
    min-height: {HIT_TARGET - 16}px;
    selection-background-color: {p.primary}; selection-color: {p.on_primary};
}}
{focused} {{ border-color: {p.focus}; }}  /* typing goes here (the ring is around it too) */
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QAbstractSpinBox:disabled,
QComboBox:disabled {{ color: {p.muted}; background: {p.window}; border-style: dashed; }}
QLineEdit[role="problem"], QPlainTextEdit[role="problem"] {{ border-color: {p.danger}; }}
QDateEdit {{ font-size: {large}; }}  /* a short date in words: easy to read large */
QComboBox {{ padding-right: {arrow + 4}px; }}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: border; subcontrol-position: center right;
    width: {arrow}px; border: none; border-left: 1px solid {p.border};
}}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{
    image: url("{chevron_down}"); width: 16px; height: 16px;
}}
QComboBox QAbstractItemView {{
    background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
    selection-background-color: {p.primary_soft}; selection-color: {p.text};
    outline: none; padding: 4px;
}}
QComboBox QAbstractItemView::item {{ min-height: {HIT_TARGET}px; padding: 0 10px; }}
QAbstractSpinBox {{ padding-right: {arrow + 4}px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: {arrow}px; border: none;
    border-left: 1px solid {p.border};
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url("{chevron_up}"); width: 14px; height: 14px; }}
QAbstractSpinBox::down-arrow {{ image: url("{chevron_down}"); width: 14px; height: 14px; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{
    background: {p.hover};
}}
QTimeEdit::up-button, QTimeEdit::down-button {{ width: {arrow}px; }}
QDateEdit[calendarPopup="true"]::up-button, QDateEdit[calendarPopup="true"]::down-button {{
    width: 0px; border: none;
}}
QCalendarWidget QAbstractItemView {{
    background: {p.surface}; color: {p.text};
    selection-background-color: {p.primary}; selection-color: {p.on_primary};
}}
QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {p.window}; }}
QCalendarWidget QToolButton {{ color: {p.text}; min-height: {HIT_TARGET}px; padding: 0 8px; }}

/* check boxes and radio buttons: a large box or circle, a tick drawn for the scheme */
QCheckBox, QRadioButton {{
    spacing: 12px; padding: 4px 10px 4px 6px; min-height: {HIT_TARGET - 8}px;
    border: 2px solid transparent; border-radius: {radius}px; background: transparent;
}}
QCheckBox:hover, QRadioButton:hover {{ background: {p.hover}; }}
QCheckBox:disabled, QRadioButton:disabled {{ color: {p.muted}; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {tick}px; height: {tick}px;
    border: 2px solid {p.muted}; background: {p.surface};
}}
QCheckBox::indicator {{ border-radius: 6px; }}
QRadioButton::indicator {{ border-radius: {tick // 2 + 2}px; }}
QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {p.primary}; }}
QCheckBox::indicator:checked {{
    background: {p.primary}; border-color: {p.primary}; image: url("{check}");
}}
QRadioButton::indicator:checked {{
    border-color: {p.primary};
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {p.primary}, stop:0.5 {p.primary}, stop:0.56 {p.surface}, stop:1 {p.surface});
}}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-style: dashed; border-color: {p.border};
}}

/* a chosen answer (yes/no, a range, a mode) among plain buttons: filled soft, framed */
QPushButton:checked, QPushButton[role="choice"]:checked {{
    background: {p.primary_soft}; border: 2px solid {p.primary};
}}

/* lists other than the navigation */
QListView, QTreeView, QTableView {{
    background: {p.surface}; border: 2px solid {p.border}; border-radius: {radius}px;
    selection-background-color: {p.primary_soft}; selection-color: {p.text};
}}
QListWidget#navigation {{ background: transparent; border: none; }}

QProgressBar {{
    background: {p.border}; border: none; border-radius: 4px; color: {p.text};
    text-align: center;
}}
QProgressBar::chunk {{ background: {p.primary}; border-radius: 4px; }}
QSlider::groove:horizontal {{ height: 8px; background: {p.border}; border-radius: 4px; }}
QSlider::sub-page:horizontal {{ background: {p.primary}; border-radius: 4px; }}
QSlider::handle:horizontal {{
    width: 26px; height: 26px; margin: -10px 0; border-radius: 13px;
    background: {p.surface}; border: 3px solid {p.primary};
}}
QSlider {{ min-height: {HIT_TARGET}px; }}
"""


def qt_palette(palette: Palette) -> QPalette:
    """A QPalette matching our colours, for widgets the stylesheet does not reach."""
    qp = QPalette()
    colours = {
        QPalette.ColorRole.Window: palette.window,
        QPalette.ColorRole.WindowText: palette.text,
        QPalette.ColorRole.Base: palette.surface,
        QPalette.ColorRole.AlternateBase: palette.window,
        QPalette.ColorRole.Text: palette.text,
        QPalette.ColorRole.Button: palette.surface,
        QPalette.ColorRole.ButtonText: palette.text,
        QPalette.ColorRole.Highlight: palette.primary,
        QPalette.ColorRole.HighlightedText: palette.on_primary,
        QPalette.ColorRole.ToolTipBase: palette.surface,
        QPalette.ColorRole.ToolTipText: palette.text,
        QPalette.ColorRole.PlaceholderText: palette.muted,
        QPalette.ColorRole.Link: palette.primary,
        QPalette.ColorRole.Mid: palette.border,
    }
    for role, colour in colours.items():
        qp.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        qp.setColor(QPalette.ColorGroup.Disabled, role, QColor(palette.muted))
    return qp


# --- applying it ----------------------------------------------------------------------

# The current setting lives on the QApplication itself (no module globals), as dynamic
# properties, so every window and the settings screen read the same values.
_MODE_PROP = "coachColourMode"
_SCALE_PROP = "coachTextScale"
_FOLLOWING_PROP = "coachFollowsSystemScheme"
_FUSION_PROP = "coachUsesFusion"
_PALETTE_PROP = "coachPaletteName"


def system_prefers_dark(app: QGuiApplication | None = None) -> bool:
    """True when the desktop asks for a dark colour scheme (False if it cannot say)."""
    app = app or QGuiApplication.instance()
    if app is None:
        return False
    if app.property(_MODE_PROP) is None:
        # Before our own palette is set, the application palette is the desktop's: reading
        # its lightness avoids building PySide's Qt enum namespace (~40 ms) at start-up.
        return app.palette().window().color().lightness() < 128
    hints = app.styleHints()
    scheme = getattr(hints, "colorScheme", None)  # Qt >= 6.5
    if scheme is None:
        return False
    from PySide6.QtCore import Qt

    return scheme() == Qt.ColorScheme.Dark


def palette_for(mode: ColourMode | str, app: QGuiApplication | None = None) -> Palette:
    """The palette a colour-mode setting resolves to right now."""
    mode = ColourMode(mode)
    if mode is ColourMode.SYSTEM:
        return DARK if system_prefers_dark(app) else LIGHT
    return DARK if mode is ColourMode.DARK else LIGHT


#: The Qt style under the stylesheet; the app passes STYLE_ARGUMENTS to QApplication so
#: Qt picks it while starting, which is cheaper than setStyle() from Python.
STYLE_NAME = "Fusion"
STYLE_ARGUMENTS: tuple[str, ...] = ("-style", STYLE_NAME)


def started_with_style(app: QApplication) -> None:
    """Note that the app was created with STYLE_ARGUMENTS (apply_theme then skips setStyle)."""
    app.setProperty(_FUSION_PROP, True)


def apply_theme(
    app: QApplication,
    mode: ColourMode | str = ColourMode.SYSTEM,
    text_scale: float = 1.0,
) -> Palette:
    """Style the whole app for a colour mode and text scale; live, on every open window."""
    mode = ColourMode(mode)
    scale = clamp_scale(text_scale)
    palette = palette_for(mode, app)  # before the mode is noted: see system_prefers_dark
    app.setProperty(_MODE_PROP, mode.value)
    app.setProperty(_SCALE_PROP, scale)
    # Fusion draws every control from the palette, so dark mode is complete and the look is
    # the same on every desktop.
    if not app.property(_FUSION_PROP):
        app.setStyle(STYLE_NAME)
        app.setProperty(_FUSION_PROP, True)
    app.setProperty(_PALETTE_PROP, palette.name)
    app.setPalette(qt_palette(palette))
    app.setStyleSheet(build_stylesheet(palette, scale))
    follow_system_scheme(app)
    from coach.ui import focus_ring  # here, not at import: focus_ring imports this module

    focus_ring.install(app).refresh()
    return palette


def current_mode(app: QApplication) -> ColourMode:
    """The colour-mode setting last applied (SYSTEM before any)."""
    value = app.property(_MODE_PROP)
    return ColourMode(value) if value else ColourMode.SYSTEM


def current_text_scale(app: QApplication) -> float:
    """The text scale last applied (1.0 before any)."""
    value = app.property(_SCALE_PROP)
    return float(value) if value else 1.0


def current_palette(app: QApplication | None = None) -> Palette:
    """The palette in use, for widgets that paint themselves."""
    app = app or QApplication.instance()
    if app is None:
        return LIGHT
    applied = app.property(_PALETTE_PROP)  # what apply_theme resolved, cheap to read
    if applied:
        return DARK if applied == DARK.name else LIGHT
    return palette_for(current_mode(app), app)


def follow_system_scheme(
    app: QApplication, get_mode: Callable[[], ColourMode | str] | None = None
) -> None:
    """Re-apply the theme when the desktop switches light/dark while the setting is SYSTEM.

    get_mode tells the colour-mode setting (default: the mode last applied). Connects once
    (Qt 6.5+: QStyleHints.colorSchemeChanged; older Qt simply never calls it).
    """
    if app.property(_FOLLOWING_PROP):
        return
    app.setProperty(_FOLLOWING_PROP, True)
    hints = app.styleHints()
    if not hasattr(hints, "colorSchemeChanged"):
        return

    def scheme_changed(_scheme: object) -> None:
        mode = ColourMode(get_mode()) if get_mode is not None else current_mode(app)
        if mode is ColourMode.SYSTEM:
            apply_theme(app, ColourMode.SYSTEM, current_text_scale(app))

    hints.colorSchemeChanged.connect(scheme_changed)
