"""How the Today and Journal pages feel with a large journal (offscreen, not a test).

    python -m benchmarks.bench_ui_timeline                 # 50,000 entries
    python -m benchmarks.bench_ui_timeline --entries 2000  # a quick run

The vault comes from :mod:`benchmarks.realistic` (built once, kept in benchmarks/out/)
and is only read. Measured:

- building the Journal page and painting its first page of the timeline (and Today);
- scrolling the timeline to the very end the way a view does it (each scroll to the
  bottom makes the view call ``fetchMore`` for one more page), with the total time and
  the longest single event-loop stall;
- search as you type: for a few queries, each prefix as it would be typed, the time
  until the results are in the list (the query runs off the GUI thread), and the
  longest time the GUI thread was busy meanwhile;
- the garbage collector's pauses while scrolling (the longest, and how many full
  passes), with the pages settled as the app settles them once a vault's window is
  built (``hj_journal.ui.platform.heap``; ``--without-settle`` shows it without);
- memory: resident size (RSS) before unlocking, after unlocking, with both pages built,
  after scrolling to the end, and the peak (``ru_maxrss``). The benchmark vault's key
  derivation uses the production floor, 64 MiB (the app's new vaults use 128 MiB). A run
  that has to build its vault first counts the building too: run it again for figures.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.realistic import PASSPHRASE, cached
from hj_journal.core.services import Services
from hj_journal.paths import AppPaths
from hj_journal.store.kdf import KdfPolicy
from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.platform import heap
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.hub import Hub
from hj_journal.ui.today.page import TodayPage

QUERIES = ["tea", "walk home", "quiet morning", "kalo"]


class StallWatch:
    """The longest gap between ticks of a 5 ms timer: how long the GUI could not respond."""

    def __init__(self) -> None:
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self.longest_ms = 0.0
        self._last = 0

    def start(self) -> None:
        self.longest_ms, self._last = 0.0, 0
        self._clock.start()
        self._timer.start()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        if self._last:
            self.longest_ms = max(self.longest_ms, (now - self._last) / 1e6 - 5)
        self._last = now

    def stop(self) -> float:
        self._timer.stop()
        return self.longest_ms


class GcWatch:
    """Every garbage collection's duration and generation, while started."""

    def __init__(self) -> None:
        self.pauses: list[tuple[float, int]] = []  # (ms, generation)
        self._began = 0.0
        self._on = False
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if not self._on:
            return
        # CPU time of the thread that collects (it holds the GIL meanwhile): on a shared
        # machine the wall clock would add whatever the other processes took.
        if phase == "start":
            self._began = time.thread_time()
        else:
            self.pauses.append(((time.thread_time() - self._began) * 1000, info["generation"]))

    def start(self) -> None:
        self.pauses, self._on = [], True

    def stop(self) -> None:
        self._on = False


def rss_mib() -> float:
    """This process's resident memory now, in MiB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_mib() -> float:
    """The most resident memory this process has used so far, in MiB (Linux: KiB units)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ms(action: Callable[[], object]) -> float:
    """Milliseconds ``action`` took."""
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def wait_for_results(page: JournalPage, generation: int, timeout_ms: int = 30_000) -> None:
    """Run the event loop (idle, not spinning) until search ``generation`` is shown."""
    loop = QEventLoop()

    def shown(number: int) -> None:
        if number >= generation:
            loop.quit()

    page.runner.results_shown.connect(shown)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    page.runner.results_shown.disconnect(shown)


def bench(entries: int, out: Path, *, settle: bool = True) -> list[tuple[str, str]]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    vault = cached(out, entries, entries * 4, entries * 2 // 5)
    memory = [("before unlocking", rss_mib())]
    vault.unlock(PASSPHRASE, policy=KdfPolicy.at_floor())
    memory.append(("after unlocking", rss_mib()))
    memory.append(("  peak so far (key derivation)", peak_mib()))
    services = Services.for_vault(vault)
    scratch = Path(tempfile.mkdtemp())
    ctx = UiContext(
        services=services,
        hub=Hub(),
        paths=AppPaths.under(scratch),
        app_settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat),
    )
    rows: list[tuple[str, str]] = []

    today_ms = ms(lambda: show(app, TodayPage(ctx)))
    rows.append(("Today: build and first paint", f"{today_ms:.0f} ms"))

    page: JournalPage | None = None

    def build() -> None:
        nonlocal page
        page = JournalPage(ctx)

    build_ms = ms(build)
    assert page is not None
    paint_ms = ms(lambda: show(app, page))
    rows.append(("Journal: build page (first 100 rows)", f"{build_ms:.0f} ms"))
    rows.append(("Journal: first paint", f"{paint_ms:.0f} ms"))
    memory.append(("Today and Journal built", rss_mib()))
    if settle:
        heap.settle()  # as the app does once the unlocked window has built its pages

    # Scroll to the end: each scroll to the bottom lets the view fetch one more page.
    view = page.browse.timeline_list
    bar = view.verticalScrollBar()
    steps: list[float] = []
    cpu_steps: list[float] = []  # the GUI thread's CPU time for each step
    watch = StallWatch()
    collections = GcWatch()
    watch.start()
    collections.start()
    started = time.perf_counter()
    while page.timeline.canFetchMore():
        before = page.timeline.rowCount()

        def step() -> None:
            bar.setValue(bar.maximum())
            app.processEvents()

        cpu_began = time.thread_time()
        steps.append(ms(step))
        if page.timeline.rowCount() == before:  # the view did not ask: ask as it would
            steps[-1] += ms(page.timeline.fetchMore)
        cpu_steps.append((time.thread_time() - cpu_began) * 1000)
    view.viewport().repaint()
    total_s = time.perf_counter() - started
    stall = watch.stop()
    collections.stop()
    memory.append(("after scrolling to the end", rss_mib()))
    memory.append(("  peak so far (scrolled)", peak_mib()))
    loaded = [page.timeline.summary_at(r).id for r in range(page.timeline.rowCount())]
    assert len(set(loaded)) == len(loaded) == services.journal.count(), "paging lost its place"
    rows.append(
        (
            f"Scroll to the end: {page.timeline.rowCount():,} rows in {len(steps)} pages",
            f"{total_s:.2f} s total",
        )
    )
    rows.append(("  one page (scroll + fetchMore + paint), median", f"{median(steps):.1f} ms"))
    worst = max(range(len(steps)), key=steps.__getitem__, default=0)
    rows.append(
        (
            "  longest single step",
            f"{max(steps, default=0):.1f} ms (page {worst + 1}); "
            f"p95 {sorted(steps)[int(len(steps) * 0.95)] if steps else 0:.1f} ms",
        )
    )
    rows.append(("  longest event-loop stall (5 ms timer)", f"{stall:.1f} ms"))
    rows.append(
        (
            "  longest single step, GUI thread's CPU time",
            f"{max(cpu_steps, default=0):.1f} ms; median {median(cpu_steps):.1f} ms",
        )
    )
    full = [pause for pause, generation in collections.pauses if generation == 2]
    rows.append(
        (
            "  garbage collection, longest pause" + ("" if settle else " (not settled)"),
            f"{max((p for p, _ in collections.pauses), default=0):.1f} ms; "
            f"{len(full)} full passes, longest {max(full, default=0):.1f} ms; "
            f"{heap.frozen():,} objects settled",
        )
    )

    # Search as you type: every prefix of each query, waiting for its results.
    runner = page.runner
    for query in QUERIES:
        per_key: list[float] = []
        handler: list[float] = []
        watch.start()
        for end in range(1, len(query) + 1):
            prefix = query[:end]
            handler.append(ms(lambda p=prefix: page.browse.search.setText(p)))
            if not prefix.strip():
                continue
            started = time.perf_counter()
            runner.run_now()  # what the debounce timer does after the pause
            wait_for_results(page, runner.generation)
            per_key.append((time.perf_counter() - started) * 1000)
        stall = watch.stop()
        rows.append(
            (
                f"Search “{query}” ({len(per_key)} keystrokes, {page.results.rowCount()} shown)",
                f"median {median(per_key):.1f} ms, max {max(per_key):.1f} ms to results; "
                f"keystroke handler max {max(handler):.2f} ms; GUI stall max {stall:.1f} ms",
            )
        )
    page.browse.search.clear()
    runner.shutdown()
    vault.lock()
    memory.append(("peak (ru_maxrss), after the searches too", peak_mib()))
    for name, mib in memory:
        rows.append((f"Memory: {name}", f"{mib:.0f} MiB"))
    heap.thaw()
    return rows


def show(app: QApplication, widget: JournalPage | TodayPage) -> None:
    """Show a page at a desktop size and paint it once."""
    widget.resize(1280, 800)
    widget.show()
    app.processEvents()
    widget.repaint()


def median(values: list[float]) -> float:
    """The median, or 0 for no values."""
    return statistics.median(values) if values else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    parser.add_argument(
        "--without-settle", action="store_true", help="leave the pages in full collections"
    )
    args = parser.parse_args()
    rows = bench(args.entries, args.out, settle=not args.without_settle)
    width = max(len(name) for name, _ in rows)
    from PySide6 import __version__ as pyside_version

    print(
        f"Today and Journal with {args.entries:,} entries (offscreen, PySide6 "
        f"{pyside_version}, Python {sys.version.split()[0]})"
    )
    print(f"| {'measure'.ljust(width)} | result |")
    print(f"|{'-' * (width + 2)}|---|")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")


if __name__ == "__main__":
    main()
