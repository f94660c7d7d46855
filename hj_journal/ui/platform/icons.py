"""Icons: the app's own simple line drawings, drawn in the theme's text colour.

The bundled SVGs in ``resources/icons/`` use ``currentColor``; :func:`icon` paints them
in the current palette's text colour so they suit light, dark and high contrast. When
a drawing is missing, the desktop theme's icon of a similar meaning is used instead.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from hj_journal.bundled import ResourcesMissingError, resource_path

# Freedesktop names used when a bundled drawing is missing.
THEME_FALLBACKS = {
    "today": "go-home",
    "journal": "accessories-text-editor",
    "checkin": "emblem-favorite",
    "coping": "weather-clear",
    "insights": "x-office-spreadsheet",
    "care": "system-users",
    "sessions": "user-available",
    "settings": "preferences-system",
    "pause": "media-playback-pause",
    "quick-exit": "application-exit",
    "lock": "system-lock-screen",
    "print": "document-print",
    "save-pdf": "document-save",
    "new-entry": "document-new",
    "search": "edit-find",
    "info": "help-about",
    "show": "view-visible",
    "hide": "view-hidden",
    "key": "dialog-password",
}
_SIZES = (16, 20, 24, 32, 48)


@cache
def _svg_text(name: str) -> str | None:
    try:
        path = resource_path("icons", f"{name}.svg")
    except ResourcesMissingError:
        return None
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _render(svg: str, size: int, ratio: float) -> QPixmap:
    # Qt's SVG image reader draws the drawing at the width and height it is given;
    # that keeps QtSvg and QPainter out of start-up (the lock screen's icons).
    pixels = round(size * ratio)
    sized = svg.replace("<svg ", f'<svg width="{pixels}" height="{pixels}" ', 1)
    pixmap = QPixmap()
    if not pixmap.loadFromData(sized.encode("utf-8"), "SVG"):
        pixmap = _render_with_painter(svg, pixels)  # no SVG image reader installed
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _render_with_painter(svg: str, pixels: int) -> QPixmap:
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    return pixmap


def icon(
    name: str, colour: QColor | str | None = None, selected: QColor | str | None = None
) -> QIcon:
    """The icon called ``name``, painted in ``colour`` (default: the palette's text colour).

    ``selected`` paints the version item views show on a selected row.
    """
    svg = _svg_text(name)
    if svg is None:
        return QIcon.fromTheme(THEME_FALLBACKS.get(name, name))
    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    hex_colour = QColor(colour).name()
    painted = svg.replace("currentColor", hex_colour)
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_render(painted, size, ratio))
    if selected is not None:
        on_selection = svg.replace("currentColor", QColor(selected).name())
        for size in _SIZES:
            result.addPixmap(_render(on_selection, size, ratio), QIcon.Mode.Selected)
    return result


_APP_ICON_PROPERTY = "hjAppIcon"


def app_icon() -> QIcon:
    """The app's own icon (drawn in its own colours), sharp at every size.

    Qt's SVG icon engine draws it at the size each use asks for (the window and task
    bar, the lock screen's logo, About), so nothing is drawn before it is shown. Made
    once per application and kept on the application object.
    """
    app = QGuiApplication.instance()
    kept = app.property(_APP_ICON_PROPERTY) if app is not None else None
    if isinstance(kept, QIcon):
        return kept
    try:
        path = resource_path("icons", "app.svg")
    except ResourcesMissingError:
        return QIcon()
    result = QIcon(str(path)) if path.is_file() else QIcon()
    svg = _svg_text("app")
    if result.isNull() and svg is not None:  # no SVG icon engine: draw the sizes here
        for size in (*_SIZES, 64, 128, 256):
            result.addPixmap(_render(svg, size, 1.0))
    if app is not None:
        app.setProperty(_APP_ICON_PROPERTY, result)
    return result


# Widgets and actions given an icon through set_icon() are repainted by refresh_all()
# when the theme changes (their colour follows the palette's text colour).
ICON_PROPERTY = "hjIcon"
_ICON_SIZE_PROPERTY = "hjIconSize"


def set_icon(target: QObject, name: str, size: int | None = None) -> None:
    """Give a button, action or label (``size`` for labels) an icon that follows the theme."""
    target.setProperty(ICON_PROPERTY, name)
    if size is not None:
        target.setProperty(_ICON_SIZE_PROPERTY, size)
    _apply(target, name)


def _apply(target: QObject, name: str) -> None:
    if isinstance(target, QLabel):
        size = int(target.property(_ICON_SIZE_PROPERTY) or 24)
        target.setPixmap(icon(name).pixmap(size, size))
    elif isinstance(target, (QAbstractButton, QAction)):
        target.setIcon(icon(name))


def refresh_all() -> None:
    """Repaint every icon given through :func:`set_icon` in the current palette."""
    for widget in QApplication.allWidgets():
        name = widget.property(ICON_PROPERTY)
        if name:
            _apply(widget, str(name))
        for action in widget.actions():
            name = action.property(ICON_PROPERTY)
            if name:
                _apply(action, str(name))
