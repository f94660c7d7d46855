"""The app's icon: made once, and sharp at every size."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_the_app_icon_is_made_once_and_sharp_at_every_size(qapp: QApplication) -> None:
    from hj_journal.ui.platform.icons import app_icon

    icon = app_icon()
    assert app_icon().cacheKey() == icon.cacheKey()  # the app, lock screen and logo share it
    for size in (16, 28, 56, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size * image.devicePixelRatio()
        middle = image.pixelColor(image.width() // 2, image.height() // 4)
        assert middle.alpha() == 255  # drawn, not an empty square
