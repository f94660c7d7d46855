"""HJ Journal's command line beside jrnl's: adding one entry and searching for a word.

    python -m benchmarks.bench_vs_jrnl                       # 1,000 / 10,000 / 50,000, 5 runs
    python -m benchmarks.bench_vs_jrnl --sizes 1000 --runs 3 # a quick look

Both journals are encrypted and hold the same entries (:mod:`benchmarks.gen_jrnl`): jrnl's
own file (PBKDF2 with 100,000 rounds, written by jrnl's own code in its current format) and an HJ
vault (Argon2id calibrated for this machine, as ``hj-journal init`` makes it, with the
entries imported from the same jrnl export and their word forms learnt). Each action runs
as a whole process, alternating jrnl and HJ (A B A B, one warm-up each first), on copies
taken fresh for every size, so every run starts from the same journals. The first table is
whole-process medians and the ratio HJ / jrnl; the second takes out each side's key
derivation, measured in-process here (median of three).

jrnl is not a dependency of HJ Journal: install it with ``pip install '.[bench]'`` or in
a virtual environment of its own and pass ``--jrnl PATH/TO/jrnl``. Built journals are kept
under ``benchmarks/out/vs-jrnl/`` so a second run starts at once.

Both sides run with their bytecode caches written and used, as an installed program has
them (``PYTHONDONTWRITEBYTECODE`` is left out of the children's environment).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.gen_jrnl import generate

OUT = Path(__file__).resolve().parent / "out" / "vs-jrnl"
PASSPHRASE = "benchmark passphrase for both journals"
WORD = "garden"  # in about one entry in seven (the vocabulary's 100th word or so)
JRNL_ROUNDS = 100_000  # jrnl's PBKDF2-SHA256 rounds (jrnl/encryption/Jrnlv3Encryption.py)
TARGET = 0.2  # issue 18: HJ at most a fifth of jrnl's time
BUILT = "built.json"

# Run with jrnl's Python: writes jrnl's encrypted file from plain jrnl text with jrnl's
# own classes, so the file is exactly what jrnl itself would write.
_JRNL_WRITER = """
import sys
try:  # jrnl 4.6 writes its v3 format; earlier 4.x write v2
    from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption as Encryption
except ImportError:
    from jrnl.encryption.Jrnlv2Encryption import Jrnlv2Encryption as Encryption
plain, out, password = sys.argv[1], sys.argv[2], sys.stdin.read()
encryption = Encryption("default", {})
encryption.password = password
data = encryption.encrypt(open(plain, encoding="utf-8").read())
open(out, "wb").write(data)
"""


# ---------------------------------------------------------------------- building


def _jrnl_text(document: dict[str, object]) -> str:
    """The entries as jrnl writes its journal file (jrnl/journals/Entry.py, __str__)."""
    entries = document["entries"]
    assert isinstance(entries, list)
    parts = []
    for entry in sorted(entries, key=lambda e: (e["date"], e["time"])):
        title = f"[{entry['date']} {entry['time']}] {entry['title'].rstrip()}"
        if entry["starred"]:
            title += " *"
        body = entry["body"].rstrip("\n ")
        parts.append(f"{title}\n{body}\n" if body else f"{title}\n")
    return "\n".join(parts)


def _jrnl_config(folder: Path) -> Path:
    config = folder / "jrnl.yaml"
    journal = folder / "journal.txt"
    config.write_text(
        "colors:\n  body: none\n  date: none\n  tags: none\n  title: none\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: true\n"
        "highlight: false\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\n    encrypt: true\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n",
        encoding="utf-8",
    )
    return config


def _build_jrnl(folder: Path, document: dict[str, object], jrnl: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    plain = folder / "plain.txt"
    plain.write_text(_jrnl_text(document), encoding="utf-8")
    python = jrnl.resolve().parent / "python"
    if not python.exists():
        python = Path(shutil.which("python3") or sys.executable)
    subprocess.run(
        [str(python), "-c", _JRNL_WRITER, str(plain), str(folder / "journal.txt")],
        input=PASSPHRASE,
        text=True,
        check=True,
    )
    plain.unlink()
    _jrnl_config(folder)


def _build_hj(folder: Path, document: dict[str, object]) -> None:
    """A vault as ``hj-journal init`` makes it, with the entries imported and indexed."""
    from hj_journal.core.data.exchange.importer import Importer, read_source
    from hj_journal.core.services import Services
    from hj_journal.store.kdf import KdfPolicy
    from hj_journal.store.registry import VaultRegistry

    folder.mkdir(parents=True, exist_ok=True)
    export = folder / "jrnl.json"
    export.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    vault, _ = VaultRegistry(folder / "vaults").create(
        "Journal", PASSPHRASE, policy=KdfPolicy.production()
    )
    try:
        Importer(vault).run(read_source(export, "jrnl"))
        journal = Services.for_vault(vault).journal
        while not journal.add_word_forms().finished:
            pass
        vault.checkpoint()
    finally:
        vault.lock()
    export.unlink()


def built(size: int, jrnl: Path, *, rebuild: bool = False) -> Path:
    """The folder holding both journals for ``size`` entries (built once, then kept).

    The vault's key derivation is calibrated when it is built, so build again
    (``--rebuild``) on the machine and at the load the figures are for.
    """
    folder = OUT / str(size)
    if (folder / BUILT).exists() and not rebuild:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    document = generate(size)
    started = time.perf_counter()
    _build_jrnl(folder / "jrnl", document, jrnl)
    _build_hj(folder / "hj", document)
    (folder / "passphrase.txt").write_text(PASSPHRASE, encoding="utf-8")
    (folder / BUILT).write_text(json.dumps({"entries": size}), encoding="utf-8")
    print(f"  built {size:,} entries in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return folder


# ---------------------------------------------------------------------- timing


def _child_env(folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE",)}
    env.pop("HJ_PASSPHRASE", None)
    env.pop("HJ_JOURNAL_KDF_AT_FLOOR", None)
    env.update(
        LC_ALL="C.UTF-8",
        LANGUAGE="",
        XDG_CONFIG_HOME=str(folder / "xdg-config"),
        XDG_DATA_HOME=str(folder / "xdg-data"),
        XDG_CACHE_HOME=str(folder / "xdg-cache"),
        # jrnl asks the system keyring first; without this it may wait for a desktop one
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _timed(command: list[str], env: dict[str, str], stdin: str | None) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        command,
        input=stdin,
        text=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {done.returncode}: {done.stderr.strip()[-300:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _commands(work: Path, jrnl: Path, action: str, run: int) -> tuple[list[str], list[str]]:
    config = str(work / "jrnl" / "jrnl.yaml")
    hj = [sys.executable, "-m", "hj_journal", "--data-dir", str(work / "hj")]
    secret = ["--passphrase-file", str(work / "passphrase.txt")]
    if action == "add one entry":
        text = f"A walk by the river, run {run}. The light was soft and the {WORD} quiet."
        title, body = text.split(". ", 1)
        return (
            [str(jrnl), "--config-file", config, text],
            [*hj, "new", *secret, "--title", title, "--body", body],
        )
    return (
        [str(jrnl), "--config-file", config, "-contains", WORD, "-n", "20"],
        [*hj, "search", *secret, WORD, "--limit", "20"],
    )


def measure(folder: Path, jrnl: Path, runs: int) -> dict[str, dict[str, list[float]]]:
    """Wall and CPU seconds per run, per action and side, on a fresh copy of ``folder``."""
    results: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory(prefix="hj-vs-jrnl-") as tmp:
        work = Path(tmp) / "work"
        shutil.copytree(folder, work)
        _jrnl_config(work / "jrnl")  # point the copied config at the copied journal
        env = _child_env(work)
        for action in ("add one entry", "search a word"):
            walls: dict[str, list[float]] = {"jrnl": [], "hj": [], "jrnl cpu": [], "hj cpu": []}
            for run in range(runs + 1):  # run 0 warms both up and is not counted
                jrnl_cmd, hj_cmd = _commands(work, jrnl, action, run)
                for side, command, stdin in (("jrnl", jrnl_cmd, PASSPHRASE), ("hj", hj_cmd, None)):
                    wall, cpu = _timed(command, env, stdin)
                    if run:
                        walls[side].append(wall)
                        walls[f"{side} cpu"].append(cpu)
            results[action] = walls
    return results


def _median_of_three(work: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def key_derivation(folder: Path) -> tuple[float, float, str]:
    """Seconds jrnl's PBKDF2 and this vault's Argon2id take here, and the vault's costs."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    from hj_journal.store.kdf import KdfPolicy
    from hj_journal.store.registry import VaultRegistry
    from hj_journal.store.secret import wipe

    def pbkdf2() -> bytes:
        kdf = PBKDF2HMAC(hashes.SHA256(), 32, salt=os.urandom(16), iterations=JRNL_ROUNDS)
        return base64.urlsafe_b64encode(kdf.derive(PASSPHRASE.encode()))

    keyfile = VaultRegistry(folder / "hj" / "vaults").find(None).read_key_file()
    policy = KdfPolicy.production()
    params = next(s for s in keyfile.slots if s.kind == "passphrase").argon2_params()
    costs = f"{params.memory_kib // 1024} MiB, {params.iterations} passes, {params.lanes} lanes"
    jrnl_kdf = _median_of_three(pbkdf2)
    hj_kdf = _median_of_three(lambda: wipe(keyfile.unwrap_with_passphrase(PASSPHRASE, policy)))
    return jrnl_kdf, hj_kdf, costs


# ---------------------------------------------------------------------- the tables


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def _find_jrnl(given: str | None) -> Path | None:
    found = given or shutil.which("jrnl") or str(Path(sys.executable).parent / "jrnl")
    return Path(found) if found and Path(found).exists() else None


def main(argv: list[str] | None = None) -> int:
    """Print both tables (Markdown); exit 2 when jrnl is not installed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per action and side")
    parser.add_argument("--jrnl", help="the jrnl program (default: jrnl on PATH or beside Python)")
    parser.add_argument(
        "--rebuild", action="store_true", help="build the journals again (and calibrate)"
    )
    args = parser.parse_args(argv)
    jrnl = _find_jrnl(args.jrnl)
    if jrnl is None:
        print("jrnl is not installed: pip install '.[bench]' (or give --jrnl PATH)")
        return 2
    version = subprocess.run(
        [str(jrnl), "--version"], capture_output=True, text=True, check=False
    ).stdout.split("\n")[0]
    load_before = _load()
    whole: list[str] = []
    without: list[str] = []
    kdf_lines: list[str] = []
    for size in args.sizes:
        folder = built(size, jrnl, rebuild=args.rebuild)
        jrnl_kdf, hj_kdf, costs = key_derivation(folder)
        kdf_lines.append(
            f"| {size:,} | {jrnl_kdf * 1000:.0f} ms (PBKDF2-SHA256, {JRNL_ROUNDS:,} rounds) "
            f"| {hj_kdf * 1000:.0f} ms (Argon2id {costs}) |"
        )
        for action, times in measure(folder, jrnl, args.runs).items():
            j, h = statistics.median(times["jrnl"]), statistics.median(times["hj"])
            jc, hc = statistics.median(times["jrnl cpu"]), statistics.median(times["hj cpu"])
            verdict = "met" if h <= TARGET * j else "not met"
            whole.append(
                f"| {size:,} | {action} | {j:.2f} | {h:.2f} | {h / j:.2f} | {jc:.2f} | {hc:.2f} "
                f"| {hc / jc:.2f} | {verdict} |"
            )
            jx, hx = j - jrnl_kdf, h - hj_kdf
            without.append(f"| {size:,} | {action} | {jx:.2f} | {hx:.2f} | {hx / jx:.2f} |")
    load_after = _load()
    print(
        f"\nHJ Journal beside {version} ({platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {args.runs} runs, load "
        f"{load_before} before, {load_after} after)\n"
    )
    print(
        "| entries | action | jrnl s | HJ s | HJ / jrnl | jrnl CPU s | HJ CPU s "
        f"| CPU HJ / jrnl | ≤ {TARGET} × jrnl |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|---|")
    print("\n".join(whole))
    print("\nKey derivation, measured in-process (median of three):\n")
    print("| entries | jrnl | HJ |")
    print("|---:|---|---|")
    print("\n".join(kdf_lines))
    print("\nWhole-process medians without each side's key derivation:\n")
    print("| entries | action | jrnl s | HJ s | HJ / jrnl |")
    print("|---:|---|---:|---:|---:|")
    print("\n".join(without))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
