"""Two devices kept in step by the real Syncthing, on this computer only (127.0.0.1).

Two Syncthing instances, each with its own configuration folder and generated device
id, share one folder between two data folders. The app only writes and reads the
files; Syncthing runs as separate processes, so the test's network guard (which stops
this process opening sockets) still holds for HJ Journal itself. Every process the test
starts is stopped at the end. Skipped when Syncthing is not installed (CI installs
Debian's ``syncthing`` package).
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from hj_journal.core.vaults import KdfPolicy
from tests.core.sync.support import Device

pytestmark = pytest.mark.slow
SYNCTHING = shutil.which("syncthing")
FOLDER_ID = "hj-journal-test"
DEADLINE = 90.0  # seconds; Syncthing usually needs a few


def _wait_until(what: str, check: Callable[[], bool], timeout: float = DEADLINE) -> None:
    """Poll ``check`` until it holds, failing after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            pytest.fail(f"gave up waiting: {what}")
        time.sleep(0.25)


@dataclass
class Instance:
    """One Syncthing: its configuration folder, device id, port and shared folder."""

    home: Path
    device_id: str
    port: int
    folder: Path
    process: subprocess.Popen[bytes] | None = None

    @classmethod
    def generate(cls, root: Path, name: str, port: int) -> Instance:
        home = root / f"syncthing-{name}"
        assert SYNCTHING is not None
        subprocess.run(
            [
                SYNCTHING,
                "generate",
                f"--home={home}",
                "--no-default-folder",
                "--skip-port-probing",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        device_id = subprocess.run(
            [SYNCTHING, "serve", f"--home={home}", "--device-id"],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout.strip()
        folder = root / f"{name}-synced"
        folder.mkdir(exist_ok=True)
        (folder / ".stfolder").mkdir(exist_ok=True)
        return cls(home, device_id, port, folder)

    def configure(self, other: Instance) -> None:
        """Only each other, only on 127.0.0.1: no discovery, relays or reporting."""
        (self.home / "config.xml").write_text(
            f"""<configuration version="36">
    <folder id="{FOLDER_ID}" label="journal" path="{self.folder}" type="sendreceive"
            rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="{self.device_id}"></device>
        <device id="{other.device_id}"></device>
        <minDiskFree unit="%">0</minDiskFree>
    </folder>
    <device id="{self.device_id}" name="self"><address>dynamic</address></device>
    <device id="{other.device_id}" name="other">
        <address>tcp://127.0.0.1:{other.port}</address>
    </device>
    <gui enabled="false"><address>127.0.0.1:0</address></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{self.port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <startBrowser>false</startBrowser>
        <crashReportingEnabled>false</crashReportingEnabled>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
""",
            encoding="utf-8",
        )

    def start(self) -> None:
        assert SYNCTHING is not None and self.process is None
        env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1", "STNODEFAULTFOLDER": "1"}
        log = open(self.home / "syncthing.log", "ab")  # noqa: SIM115 - closed with the process
        self.process = subprocess.Popen(
            [
                SYNCTHING,
                "serve",
                f"--home={self.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        log.close()

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Instance, Instance]]:
    if SYNCTHING is None:
        pytest.skip("Syncthing is not installed (Debian: apt-get install syncthing)")
    base = random.randint(20000, 50000)
    one = Instance.generate(tmp_path, "a", base)
    two = Instance.generate(tmp_path, "b", base + 1)
    one.configure(two)
    two.configure(one)
    try:
        yield one, two
    finally:
        for instance in (one, two):
            instance.stop()


def _entry_arrives(device: Device, uuid: str, wanted: tuple[str, str]) -> Callable[[], bool]:
    def check() -> bool:
        device.sync.sync_now()
        return device.entry(uuid) == wanted

    return check


def test_two_devices_stay_in_step_through_syncthing(
    pair: tuple[Instance, Instance], tmp_path: Path, policy: KdfPolicy
) -> None:
    one, two = pair
    one.start()
    two.start()
    # The laptop sets up the folder; Syncthing carries it to the desktop, which joins.
    laptop = Device.first(tmp_path, policy, "a")
    desktop: Device | None = None
    try:
        vault_dir = next(p for p in one.folder.iterdir() if p.name != ".stfolder")
        _wait_until(
            "the snapshot reaches the desktop",
            lambda: bool(list((two.folder / vault_dir.name).rglob("*.hjsnap"))),
        )
        _wait_until(
            "the key copy reaches the desktop",
            lambda: (two.folder / vault_dir.name / "vault.key").is_file(),
        )
        desktop = Device.joining(tmp_path, policy, "b")

        uuid = laptop.write("From the laptop", "written on one")
        laptop.sync.sync_now()
        _wait_until(
            "the entry shows on the desktop",
            _entry_arrives(desktop, uuid, ("From the laptop", "written on one")),
        )

        # The desktop's Syncthing is stopped; both change the same entry meanwhile.
        two.stop()
        laptop.edit(uuid, body="changed on the laptop")
        laptop.sync.sync_now()
        desktop.edit(uuid, body="changed on the desktop")
        desktop.sync.sync_now()
        two.start()

        both = {
            ("From the laptop", "changed on the laptop"),
            ("From the laptop", "changed on the desktop"),
        }

        def both_kept(device: Device) -> Callable[[], bool]:
            def check() -> bool:
                device.sync.sync_now()
                shown = device.entry(uuid)
                return shown is not None and {shown, *device.other_texts(uuid)} == both

            return check

        _wait_until("both versions on the laptop", both_kept(laptop))
        _wait_until("both versions on the desktop", both_kept(desktop))
        assert not list(one.folder.rglob("*.sync-conflict-*"))
    finally:
        laptop.close()
        if desktop is not None:
            desktop.close()
        with contextlib.suppress(Exception):
            one.stop()
            two.stop()
