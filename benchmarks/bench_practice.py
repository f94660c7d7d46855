"""A practice year: the client list, one client's change over time and the practice home.

    python -m benchmarks.bench_practice                    # 30 clients, 600 sessions
    python -m benchmarks.bench_practice --clients 10 --sessions 100

Builds (once, kept under benchmarks/out/, git-ignored) a practice vault with a year of
sessions through the app's own services: each session with consent, a check-in at both
ends, one or two questionnaires (PHQ-9 or GAD-7 in turn, WHO-5 and PSS-10 now and then),
a practice with ratings, shared notes and the client's care goals worked on with
progress ratings. Then, after unlock, times what each screen reads and what it takes to
show it (offscreen Qt, building the widgets and painting them once):

- the client list (clients with "Review due"), and the Sessions page's client list with
  its first client shown (sessions, goals, and the change-over-time chart);
- one client's measures (the series and the sentences) and their chart drawn;
- the practice home, read and shown.

Target (issue 14): each ≤ 150 ms. Prints a Markdown table: the first run right after
unlock, then the median and 95th percentile of the runs after it, wall clock and CPU
(the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.coping.service import PracticeInput
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.goals import GoalInput
from hj_journal.core.sessions.service import POST_SESSION, PRE_SESSION, ClientInput, SessionNotes
from hj_journal.core.settings import VaultKind
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.models import PracticeSession
from hj_journal.store.vault import Vault

PASSPHRASE = "benchmark practice passphrase"
YEAR_START = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
GOALS = ("Sleep through more nights", "Call my sister on Sundays", "Ask for help at work")
STRATEGIES = ("box-breathing", "paced-breathing", "grounding-54321", "butterfly-hug")


def timed(action: Callable[[], object], repeat: int) -> tuple[float, list[float], list[float]]:
    """The first run after unlock (cold), then ``repeat`` runs: wall and CPU milliseconds."""
    started = time.perf_counter()
    action()
    first = (time.perf_counter() - started) * 1000
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return first, wall, cpu


def row(name: str, times: tuple[float, list[float], list[float]], target: str = "") -> str:
    """One line of the table."""
    first, wall, cpu = times
    ordered = sorted(wall)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"| {name} | {first:.1f} | {statistics.median(wall):.1f} | {p95:.1f} | "
        f"{statistics.median(cpu):.1f} | {len(wall)} | {target} |"
    )


def _answers(rng: random.Random, items: int, low: int, high: int, level: float) -> list[int]:
    """Answers around ``level`` (0–1 of the range): a score that drifts across the year."""
    span = high - low
    return [
        max(low, min(high, round(low + span * level + rng.uniform(-1, 1)))) for _ in range(items)
    ]


def build(folder: Path, clients: int, sessions: int, seed: int = 14) -> Vault:
    """A practice vault with ``sessions`` sessions spread over ``clients`` clients and a year."""
    rng = random.Random(seed)
    vault, _key = Vault.create(
        folder, PASSPHRASE, label="Practice year", policy=KdfPolicy.fast_for_tests()
    )
    services = Services.for_vault(vault)
    services.settings.vault_kind = VaultKind.PRACTICE
    people = [services.sessions.add_client(ClientInput(f"C{n:02d}")).id for n in range(clients)]
    goals = {
        client: [services.goals.add(client, GoalInput(words)).id for words in GOALS]
        for client in people
    }
    per_client = max(1, sessions // clients)
    gap = timedelta(days=365 / per_client)
    made = 0
    for k in range(per_client):
        for i, client in enumerate(people):
            if made >= sessions:
                break
            started = YEAR_START + gap * k + timedelta(hours=i % 8, days=i % 5)
            level = max(0.05, 0.7 - 0.6 * k / per_client + rng.uniform(-0.1, 0.1))
            _one_session(services, rng, client, goals[client], k, started, level)
            made += 1
    for client in people[::3]:  # some reviews have come up
        services.goals.update(goals[client][1], GoalInput(GOALS[1], date(2025, 12, 1)))
    vault.checkpoint()
    return vault


def _one_session(
    services: Services,
    rng: random.Random,
    client: int,
    goals: list[int],
    k: int,
    started: datetime,
    level: float,
) -> None:
    sessions = services.sessions
    view = sessions.start(client)
    sessions.give_consent(view.id, c.KEYS)
    distress = round(10 * level)
    sessions.record_checkin(view.id, PRE_SESSION, CheckInInput(distress=distress, at=started))
    asked = [
        ("phq9", _answers(rng, 9, 0, 3, level))
        if k % 2 == 0
        else ("gad7", _answers(rng, 7, 0, 3, level))
    ]
    if k % 4 == 0:
        asked.append(("who5", _answers(rng, 5, 0, 5, 1 - level)))
    if k % 5 == 0:
        asked.append(("pss10", _answers(rng, 10, 0, 4, level)))
    for instrument, answers in asked:
        sessions.record_questionnaire(view.id, ResponseInput(instrument, answers, at=started))
    sessions.record_practice(
        view.id,
        PracticeInput(
            rng.choice(STRATEGIES),
            started_at=started + timedelta(minutes=15),
            ended_at=started + timedelta(minutes=20),
            finished=True,
            distress_before=distress,
            distress_after=max(0, distress - rng.randint(0, 3)),
        ),
    )
    sessions.save_notes(view.id, SessionNotes(shared="We noticed what helped today."))
    for goal in rng.sample(goals, rng.randint(1, 2)):
        services.goals.record(view.id, goal, worked_on=True, progress=min(10, 2 + k // 3))
    leaving = max(0, distress - rng.randint(0, 3))
    sessions.record_checkin(
        view.id, POST_SESSION, CheckInInput(distress=leaving, at=started + timedelta(minutes=50))
    )
    sessions.end(view.id)
    with services.vault.transaction() as session:  # the session's own time in the year
        row_ = session.get(PracticeSession, view.id)
        assert row_ is not None
        row_.started_at = started
        row_.ended_at = started + timedelta(minutes=50)


def cached(out_dir: Path, clients: int, sessions: int) -> Vault:
    """The practice vault for these sizes, built once and kept under benchmarks/out/."""
    folder = out_dir / "vaults" / f"practice-{clients}-{sessions}"
    if not (folder / "vault.key").exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        build(folder, clients, sessions).lock()
        print(f"built {folder.name} in {time.perf_counter() - started:.1f} s")
    return Vault(folder)


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument("--sessions", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    args = parser.parse_args()
    print(
        f"Machine: {platform.machine()}, {platform.processor() or 'cpu'}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )
    vault = cached(args.out, args.clients, args.sessions)
    vault.unlock(PASSPHRASE, policy=KdfPolicy.fast_for_tests())

    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from hj_journal.paths import AppPaths
    from hj_journal.ui.platform.app_settings import AppSettings
    from hj_journal.ui.practice.page import PracticeHomePage
    from hj_journal.ui.sessions.client_measures import ClientMeasuresPanel
    from hj_journal.ui.sessions.clients import ClientsPanel
    from hj_journal.ui.shell.context import UiContext
    from hj_journal.ui.shell.hub import Hub

    # The offscreen platform's "does not support propagateSizeHints()" is not ours.
    qInstallMessageHandler(
        lambda _kind, _context, message: (
            None if "propagateSizeHints" in message else print(message, file=sys.stderr)
        )
    )
    app = QApplication.instance() or QApplication(sys.argv)
    services = Services.for_vault(vault)
    clients = services.sessions.clients()
    one = clients[len(clients) // 2].id
    found = services.measures.for_client(one)
    n = args.repeat
    with tempfile.TemporaryDirectory() as root:
        paths = AppPaths.under(Path(root))
        settings = AppSettings(QSettings(str(Path(root) / "ui.ini"), QSettings.Format.IniFormat))
        ctx = UiContext(services=services, hub=Hub(), paths=paths, app_settings=settings)

        def client_list() -> object:
            return services.sessions.clients(), services.goals.reviews_due()

        panel = ClientsPanel(services.sessions, goals=services.goals, measures=services.measures)
        panel.resize(1180, 780)
        panel.show()

        def client_list_shown() -> object:
            panel.refresh(select=clients[0].id)
            app.processEvents()
            return panel.grab()

        chart = ClientMeasuresPanel(services.measures)
        chart.resize(900, 700)
        chart.show()

        def chart_shown() -> object:
            chart.show_client(one)
            app.processEvents()
            return chart.chart.grab()

        def home_shown() -> object:
            page = PracticeHomePage(ctx)
            page.resize(1180, 780)
            page.show()
            app.processEvents()
            page.grab()
            page.close()
            page.deleteLater()
            return page

        lines = [
            "| measure | first ms | median ms | p95 ms | CPU median ms | runs | target |",
            "|---|---:|---:|---:|---:|---:|---|",
            row("client list: clients and reviews due (read)", timed(client_list, n)),
            row(
                "client list shown, first client with sessions, goals and chart",
                timed(client_list_shown, n),
                "≤ 150 ms",
            ),
            row(
                "one client's measures: series and sentences (read)",
                timed(lambda: services.measures.for_client(one), n),
            ),
            row(
                "one client's chart shown (read, build, paint)", timed(chart_shown, n), "≤ 150 ms"
            ),
            row("practice home (read)", timed(services.practice_home.view, n)),
            row("practice home shown (read, build, paint)", timed(home_shown, n), "≤ 150 ms"),
        ]
        panel.close()
        chart.close()
        ctx.jobs.wait()
    vault.lock()
    print(
        f"Vault: {len(clients)} clients, {args.sessions} sessions over a year; the client "
        f"timed has {found.sessions} sessions and {len(found.measures)} measures."
    )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
