"""How long the window stands still with a 10 MB photo in an entry (offscreen, not a test).

    python -m benchmarks.bench_attachment_stall            # a 10 MB photo, 3 runs
    python -m benchmarks.bench_attachment_stall --runs 1

A real JPEG of about 10 MB (noise, 4,000 × 3,000 pixels, which compresses no better than
a photo's detail) is added to an entry of the Journal page through the strip, the way
Add photo or file… does; then another such photo, stored without a thumbnail, is shown
when the entry opens (its thumbnail decoded), in Preview (its first decode) and by Look
at it. For each step the table gives the longest time the GUI thread did not answer
(the gap between ticks of a 5 ms timer, :class:`StallWatch`) and the time until the step
was done, with large pictures decoded in the background (as the app does) and, for
comparison, with everything on the GUI thread (as before). Prints one table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSettings, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.bench_ui_timeline import StallWatch
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.ui.journal.attachments import AttachmentAsker
from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.platform.app_settings import AppSettings
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.hub import Hub

PASSPHRASE = "a benchmark passphrase, calm"
INLINE_ALWAYS = 1 << 40  # "before": every picture decoded on the GUI thread


def noise_jpeg(width: int = 4000, height: int = 3000) -> bytes:
    """A JPEG of random pixels (about 10 MB at this size and quality)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    pixels = image.bits()  # written in place: the image owns its memory
    pixels[:] = os.urandom(image.sizeInBytes())  # type: ignore[index]
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 88)  # type: ignore[call-overload]
    return bytes(data.data())


class _Shown(AttachmentAsker):
    """Look at it without a window: remembers that the photo was shown."""

    def __init__(self) -> None:
        self.shown = 0

    def show_image(self, parent: QWidget | None, name: str, image: QImage) -> None:
        self.shown += 1


def until(done: Callable[[], bool], timeout_s: float = 60) -> None:
    """Run the event loop until ``done()``."""
    deadline = time.monotonic() + timeout_s
    while not done():
        QCoreApplication.processEvents()
        time.sleep(0.001)
        if time.monotonic() > deadline:
            raise TimeoutError


def measure(action: Callable[[], object], done: Callable[[], bool]) -> tuple[float, float]:
    """(longest stall, time until done) in ms, the action run from the event loop while
    the stall watch ticks."""
    watch = StallWatch()
    watch.start()
    until_ms = time.perf_counter() + 0.05
    until(lambda: time.perf_counter() > until_ms)  # the watch is ticking
    started: list[float] = []
    QTimer.singleShot(0, lambda: (started.append(time.perf_counter()), action()))
    until(lambda: bool(started) and done())
    total = (time.perf_counter() - started[0]) * 1000
    after = time.perf_counter() + 0.03
    until(lambda: time.perf_counter() > after)  # the tick after the last busy moment
    return watch.stop(), total


def one_run(
    services: Services, scratch: Path, *, background: bool
) -> dict[str, tuple[float, float]]:
    """Each step once, on a page of its own with a fresh hub (as after each unlock), with
    fresh photos, so nothing is found already stored."""
    paths = AppPaths.under(scratch / "data")
    settings = AppSettings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    ctx = UiContext(services=services, hub=Hub(), paths=paths, app_settings=settings)
    data = noise_jpeg()
    photo = scratch / "IMG_1000.jpg"
    photo.write_bytes(data)
    services = ctx.services
    asker = _Shown()
    page = JournalPage(ctx, attachment_asker=asker)
    page.resize(1180, 780)
    page.show()
    strip = page.editor.strip
    assert strip is not None
    if not background:
        strip.images.inline_bytes = INLINE_ALWAYS
    entry = services.journal.create(EntryInput(entry_date=date(2026, 12, 3), title="Hills"))
    page.open_entry(entry.id)
    results: dict[str, tuple[float, float]] = {}
    results["add a 10 MB photo (strip)"] = measure(
        lambda: strip.add_paths([photo]), lambda: not strip.busy and len(strip.tiles) == 1
    )
    page.editor.save()  # the photo's link went into the writing
    # Another photo, added behind the page's back, without a thumbnail yet.
    other = services.journal.create(EntryInput(entry_date=date(2026, 12, 2), title="Sea"))
    item = services.attachments.add(other.id, data + b"\x00", name="sea.jpg").attachment

    def thumbnail_shown() -> bool:
        return strip.images.made_thumbnail(item.id) is not None

    results["open an entry: first thumbnail"] = measure(
        lambda: page.open_entry(other.id), thumbnail_shown
    )

    tabs = page.editor.tabs
    results["Preview: first decode"] = measure(
        lambda: tabs.setCurrentWidget(tabs.preview), lambda: strip.images.is_decoded(item.uuid)
    )
    tabs.setCurrentIndex(0)
    results["Look at it"] = measure(lambda: strip.look_at(item), lambda: asker.shown == 1)
    ctx.hub.vault_locking.emit()  # as the app does before it locks
    ctx.jobs.wait()
    ctx.hub.silence()
    page.hide()
    page.deleteLater()
    QCoreApplication.processEvents()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        size = len(noise_jpeg())
        paths = AppPaths.under(scratch / "data")
        paths.ensure()
        registry = VaultRegistry(paths.vaults_dir)
        vault, _ = registry.create("Bench", PASSPHRASE, policy=KdfPolicy.fast_for_tests())
        services = Services.for_vault(vault)
        table: dict[tuple[str, bool], list[tuple[float, float]]] = {}
        for _ in range(args.runs):
            for background in (True, False):
                for step, figures in one_run(services, scratch, background=background).items():
                    table.setdefault((step, background), []).append(figures)
        vault.lock()
    del app
    print(f"A {size / 1e6:.1f} MB JPEG (4000 × 3000), median of {args.runs} runs")
    print(f"{'step':34} {'where':14} {'longest stall':>14} {'done after':>11}")
    for (step, background), runs in table.items():
        stall = statistics.median(r[0] for r in runs)
        total = statistics.median(r[1] for r in runs)
        where = "background" if background else "GUI thread"
        print(f"{step:34} {where:14} {stall:11.0f} ms {total:8.0f} ms")


if __name__ == "__main__":
    main()
