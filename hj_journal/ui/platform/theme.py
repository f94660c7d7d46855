"""Calm colours, readable text and generous spacing: the app's look in one place.

The Fusion style is used everywhere so that the three palettes look the same on every
desktop. ``system`` follows the desktop's light or dark scheme and changes with it.

Other pages style their widgets by *role*, never with colours of their own::

    label.setProperty("role", "heading")    # also "subheading", "lead", "muted", "notice", "mono"
    frame.setProperty("role", "card")       # a softly bordered panel
    button.setProperty("role", "primary")   # the one main action of a screen

Nothing here is red: notices use a calm amber, and "danger" is only ever spelled out
in words.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from hj_journal.bundled import ResourcesMissingError, resource_path
from hj_journal.ui.platform.app_settings import AppSettings, Theme


class Colours(NamedTuple):
    """The handful of colours a theme is made of.

    (A named tuple rather than a frozen dataclass: as immutable, and made in a fraction
    of the time while the app starts.)
    """

    name: str
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    sidebar: str
    selected: str
    selected_text: str
    focus: str
    notice: str
    notice_bg: str
    disabled: str  # text and marks of a control that can't be used right now
    disabled_bg: str  # its background: flatter than a usable control's
    dark: bool


LIGHT = Colours(
    name="light",
    window="#f5f3ee",
    surface="#ffffff",
    text="#26282b",
    muted="#55585c",
    accent="#2f6b5e",
    accent_text="#ffffff",
    border="#d6d2c8",
    sidebar="#ebe8e1",
    selected="#d5e6df",
    selected_text="#1d2b27",
    focus="#2b6a99",
    notice="#6b4d12",
    notice_bg="#f6ead0",
    disabled="#8d8f91",
    disabled_bg="#ebe8e1",
    dark=False,
)
DARK = Colours(
    name="dark",
    window="#1e2023",
    surface="#282b2f",
    text="#e7e5e1",
    muted="#b0ada7",
    accent="#8cc2b4",
    accent_text="#10201b",
    border="#3d4146",
    sidebar="#23262a",
    selected="#35463f",
    selected_text="#f1f5f3",
    focus="#8fc1e3",
    notice="#ecd3a0",
    notice_bg="#3a3224",
    disabled="#6f7378",
    disabled_bg="#1e2023",
    dark=True,
)
HIGH_CONTRAST = Colours(
    name="high_contrast",
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#ffffff",
    accent="#ffff00",
    accent_text="#000000",
    border="#ffffff",
    sidebar="#000000",
    selected="#ffff00",
    selected_text="#000000",
    focus="#00ffff",
    notice="#ffff00",
    notice_bg="#000000",
    disabled="#a0a0a0",
    disabled_bg="#000000",
    dark=True,
)


SELECTED_TEXT_PROPERTY = "hjSelectedText"


def resolve(theme: Theme, scheme: Qt.ColorScheme | None = None) -> Colours:
    """The colours for ``theme``; ``system`` follows ``scheme`` (default: ask the desktop)."""
    if theme is Theme.LIGHT:
        return LIGHT
    if theme is Theme.DARK:
        return DARK
    if theme is Theme.HIGH_CONTRAST:
        return HIGH_CONTRAST
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def palette_for(c: Colours) -> QPalette:
    """A full QPalette (active, inactive and disabled) from a theme's colours."""
    pal = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    disabled_text = QColor(c.disabled)
    pairs = {
        role.Window: c.window,
        role.WindowText: c.text,
        role.Base: c.surface,
        role.AlternateBase: c.window,
        role.Text: c.text,
        role.Button: c.surface if c.dark else c.window,
        role.ButtonText: c.text,
        role.BrightText: c.text,
        role.ToolTipBase: c.surface,
        role.ToolTipText: c.text,
        role.PlaceholderText: c.muted,
        role.Highlight: c.accent,
        role.HighlightedText: c.accent_text,
        role.Link: c.focus,
        role.LinkVisited: c.focus,
        role.Accent: c.accent,
        role.Light: c.surface,
        role.Midlight: c.border,
        role.Mid: c.border,
        role.Dark: c.border,
        role.Shadow: c.border,
    }
    for key, value in pairs.items():
        pal.setColor(key, QColor(value))
    for key in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(group.Disabled, key, disabled_text)
    return pal


def stylesheet_for(c: Colours, base_pt: float) -> str:
    """The small stylesheet: spacing, focus rings and the roles named in the module doc."""
    hc = c.name == "high_contrast"
    border_w = 2 if hc else 1
    check = _check_mark(c.accent)
    check_disabled = _check_mark(c.disabled)
    # Disabled controls go flat and grey; in high contrast their border is dashed too,
    # because grey alone is not enough there.
    disabled_border = (
        f"{border_w}px dashed {c.disabled}" if hc else f"{border_w}px solid {c.border}"
    )
    mark = 16  # the inside of a check box or radio button
    ring = border_w + 1
    round_ = (mark + 2 * ring) // 2
    # A radio's chosen dot: the accent in the middle, a ring of the surface around it.
    dot = (
        "qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, "
        "stop:0 {0}, stop:0.5 {0}, stop:0.56 {1}, stop:1 {1})"
    )
    chevron = _asset("chevron-for-dark.svg" if c.dark else "chevron-for-light.svg")
    chevron_up = _asset("chevron-up-for-dark.svg" if c.dark else "chevron-up-for-light.svg")
    return f"""
QLabel[role="heading"] {{ font-size: {base_pt * 1.6:.1f}pt; font-weight: 600; }}
QLabel[role="subheading"] {{ font-size: {base_pt * 1.2:.1f}pt; font-weight: 600; }}
QLabel[role="lead"] {{ font-size: {base_pt * 1.3:.1f}pt; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="notice"] {{
    color: {c.notice}; background: {c.notice_bg};
    border: {border_w}px solid {c.notice if hc else c.notice_bg};
    border-radius: 6px; padding: 8px 12px;
}}
QLabel[role="mono"], QLineEdit[role="mono"] {{
    font-family: "DejaVu Sans Mono", "Cascadia Mono", "Menlo", "Consolas", monospace;
}}
QLabel[role="recovery-key"] {{
    font-family: "DejaVu Sans Mono", "Cascadia Mono", "Menlo", "Consolas", monospace;
    font-size: {base_pt * 1.7:.1f}pt; letter-spacing: 1px;
    background: {c.surface}; border: {border_w}px solid {c.border};
    border-radius: 8px; padding: 16px;
}}
QFrame[role="card"] {{
    background: {c.surface}; border: {border_w}px solid {c.border}; border-radius: 10px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QPushButton {{
    padding: 6px 16px; min-height: 1.6em; border-radius: 6px;
    border: {border_w}px solid {c.border}; background: {c.surface}; color: {c.text};
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:pressed {{ background: {c.selected}; color: {c.selected_text}; }}
QPushButton[role="primary"] {{
    background: {c.accent}; color: {c.accent_text}; border-color: {c.accent};
    font-weight: 600;
}}
QPushButton[role="link"] {{
    border: none; background: transparent; color: {c.focus};
    text-decoration: underline; padding: 4px 4px;
}}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {c.focus}; }}
QPushButton:disabled, QPushButton[role="primary"]:disabled {{
    background: {c.disabled_bg}; color: {c.disabled}; border: {disabled_border};
    font-weight: normal;
}}
QPushButton[role="link"]:disabled {{
    background: transparent; color: {c.disabled}; border: none; text-decoration: none;
}}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QComboBox, QDateEdit, QTimeEdit {{
    padding: 5px 8px; border: {border_w}px solid {c.border}; border-radius: 6px;
    background: {c.surface}; color: {c.text};
    selection-background-color: {c.selected}; selection-color: {c.selected_text};
}}
QComboBox::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow {{ image: url("{chevron}"); width: 14px; height: 14px; }}
/* Styling a field's frame takes away its arrows unless they are drawn here too. */
QSpinBox::up-button, QTimeEdit::up-button, QDateEdit::up-button {{
    subcontrol-origin: border; subcontrol-position: top right; width: 22px; border: none;
}}
QSpinBox::down-button, QTimeEdit::down-button, QDateEdit::down-button {{
    subcontrol-origin: border; subcontrol-position: bottom right; width: 22px; border: none;
}}
QSpinBox::up-arrow, QTimeEdit::up-arrow, QDateEdit::up-arrow {{
    image: url("{chevron_up}"); width: 12px; height: 12px;
}}
QSpinBox::down-arrow, QTimeEdit::down-arrow, QDateEdit::down-arrow {{
    image: url("{chevron}"); width: 12px; height: 12px;
}}
QSpinBox::up-arrow:disabled, QSpinBox::down-arrow:disabled, QTimeEdit::up-arrow:disabled,
QTimeEdit::down-arrow:disabled, QDateEdit::up-arrow:disabled,
QDateEdit::down-arrow:disabled {{ image: none; }}
QDateEdit::drop-down {{ border: none; width: 26px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QComboBox:focus,
QDateEdit:focus, QTimeEdit:focus {{ border: 2px solid {c.focus}; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QSpinBox:disabled,
QComboBox:disabled, QDateEdit:disabled, QTimeEdit:disabled {{
    background: {c.disabled_bg}; color: {c.disabled}; border: {disabled_border};
}}
QCheckBox, QRadioButton {{ spacing: 8px; padding: 2px; }}
QCheckBox:disabled, QRadioButton:disabled {{ color: {c.disabled}; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {mark}px; height: {mark}px;
    border: {ring}px solid {c.muted}; background: {c.surface};
}}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: {round_}px; }}
QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {c.accent}; }}
QCheckBox::indicator:checked {{
    background: {c.accent}; border-color: {c.accent}; image: url("{check}");
}}
QRadioButton::indicator:checked {{
    background: {dot.format(c.accent, c.surface)}; border-color: {c.accent};
}}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border-color: {c.focus}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    border-color: {c.disabled}; background: {c.disabled_bg};
}}
QCheckBox::indicator:checked:disabled {{
    background: {c.disabled}; border-color: {c.disabled}; image: url("{check_disabled}");
}}
QRadioButton::indicator:checked:disabled {{
    background: {dot.format(c.disabled, c.disabled_bg)}; border-color: {c.disabled};
}}
QListWidget#vaultList {{ border: {border_w}px solid {c.border}; border-radius: 6px; }}
QListWidget#vaultList::item {{ padding: 6px 8px; }}
QListWidget#sidebar {{
    background: {c.sidebar}; border: none; padding: 8px 6px; outline: none;
}}
QListWidget#sidebar::item {{ padding: 8px 10px; border-radius: 6px; margin: 1px 0; }}
QListWidget#sidebar::item:selected {{
    background: {c.selected}; color: {c.selected_text};
}}
QListWidget#sidebar::item:selected:focus {{ border: 2px solid {c.focus}; }}
QWidget#safetyBar {{ background: {c.sidebar}; border-bottom: {border_w}px solid {c.border}; }}
QProgressBar {{
    border: none; background: {c.border}; border-radius: 3px; max-height: 6px;
}}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 3px; }}
QToolTip {{ color: {c.text}; background: {c.surface}; border: 1px solid {c.border}; }}
"""


def _luminance(colour: str) -> float:
    """WCAG relative luminance (0 black … 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    rgb = QColor(colour)
    return (
        0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF())
    )


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours (1 the same … 21 black on white); text wants 4.5."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _check_mark(background: str) -> str:
    """The tick with more contrast on ``background``: dark on light, white on dark.

    (By luminance, not HSL lightness, so pure yellow gets a dark tick.)
    """
    light = _luminance(background) > 0.179  # where black and white contrast equally
    return _asset("check-on-dark.svg" if light else "check-on-light.svg")


def _asset(name: str) -> str:
    """A bundled drawing's path, as a stylesheet ``url()`` wants it."""
    try:
        return resource_path("icons", name).as_posix()
    except ResourcesMissingError:
        return ""


class ThemeManager(QObject):
    """Applies the chosen theme and text size, and follows the desktop's scheme."""

    changed = Signal()

    def __init__(
        self,
        app: QApplication,
        settings: AppSettings,
        parent: QObject | None = None,
        *,
        fusion_at_start: bool = False,
    ) -> None:
        """``fusion_at_start``: ``app`` was made with the Fusion style already
        (:func:`hj_journal.ui.shell.app.run` does that), so it is not set again.

        Setting it here instead makes the application create the desktop's default
        style first and then Fusion, and asking for the style hands it to Python,
        which builds the ``QStyle`` class and its dozen enum types (about 8 ms of a
        cold start before the lock screen is painted).
        """
        super().__init__(parent)
        self._app = app
        self._settings = settings
        self._base_font = QFont(app.font())
        self._base_palette = QPalette(app.palette())
        self._base_style: str | None = None  # None: the app was made with Fusion
        self.colours = LIGHT
        self._scheme: Qt.ColorScheme | None = None  # as last announced by the desktop
        if not fusion_at_start:
            self._base_style = app.style().name()
            app.setStyle("Fusion")
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        self._following = True  # the desktop's scheme, until restore()

    def restore(self) -> None:
        """Put the application's look back as it was (the app is closing, or a test ends)."""
        if self._following:  # once: shutting down twice must not warn
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._on_scheme_changed)
            self._following = False
        self._app.setStyleSheet("")
        self._app.setPalette(self._base_palette)
        self._app.setFont(self._base_font)
        if self._base_style is not None:
            self._app.setStyle(self._base_style)

    def apply(self) -> None:
        """Apply the theme, text size and motion settings from the settings file."""
        self.colours = resolve(self._settings.theme, self._scheme)
        scale = self._settings.text_scale / 100
        font = QFont(self._base_font)
        base_pt = max(self._base_font.pointSizeF(), 10.0) * scale
        font.setPointSizeF(base_pt)
        self._app.setFont(font)
        self._app.setPalette(palette_for(self.colours))
        # The colour of text on a selected sidebar row, for icons drawn there.
        self._app.setProperty(SELECTED_TEXT_PROPERTY, self.colours.selected_text)
        self._app.setStyleSheet(stylesheet_for(self.colours, base_pt))
        animate = not self._settings.reduced_motion
        for effect in (
            Qt.UIEffect.UI_AnimateMenu,
            Qt.UIEffect.UI_FadeMenu,
            Qt.UIEffect.UI_AnimateCombo,
            Qt.UIEffect.UI_AnimateTooltip,
            Qt.UIEffect.UI_FadeTooltip,
            Qt.UIEffect.UI_AnimateToolBox,
        ):
            QApplication.setEffectEnabled(effect, animate)
        self.changed.emit()

    @Slot(Qt.ColorScheme)
    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._scheme = scheme
        if self._settings.theme is Theme.SYSTEM:
            self.apply()
