"""The wheel carries everything: install it in a clean environment and use it headless."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.helpers import NETGUARD_DIR

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent

OPEN_EVERY_RESOURCE = """
from hj_journal.bundled import resources_dir
import hj_journal
root = resources_dir()
assert str(root).startswith(str(__import__("pathlib").Path(hj_journal.__file__).parent)), root
files = [p for p in root.rglob("*") if p.is_file()]
for path in files:
    path.read_bytes()
assert any(p.suffix == ".toml" for p in files) or not files
print(len(files))
"""


def test_wheel_installs_and_runs_in_a_clean_environment(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("hj_journal-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=900
    )
    bin_dir = env_dir / "bin"
    data = tmp_path / "data"
    (tmp_path / "tmp").mkdir()
    env = {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(tmp_path),
        "TMPDIR": str(tmp_path / "tmp"),
        "PYTHONPATH": str(NETGUARD_DIR),  # the network guard, nothing from the checkout
        "HJ_PASSPHRASE": "wheel test passphrase",
        "HJ_JOURNAL_KDF_AT_FLOOR": "1",
    }

    def run(*args: str) -> str:
        done = subprocess.run(
            args, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert run("hj-journal", "--version").startswith("HJ Journal ")
    run("hj-journal", "--data-dir", str(data), "init", "--label", "Notebook")
    run("hj-journal", "--data-dir", str(data), "new", "--title", "From the wheel", "--body", "ok")
    assert "From the wheel" in run("hj-journal", "--data-dir", str(data), "list")
    count = int(run(str(python), "-c", OPEN_EVERY_RESOURCE).strip())
    shipped = [p for p in (REPO / "resources").rglob("*") if p.is_file()]
    # Each translation catalogue is shipped built too: its .ts and the .qm setup.py makes.
    sources = [p for p in shipped if p.suffix != ".qm"]
    catalogues = [p for p in sources if p.suffix == ".ts"]
    assert count == len(sources) + len(catalogues)
