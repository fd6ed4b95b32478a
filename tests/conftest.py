import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
SEED = ROOT.parent / "shared" / "seeds" / "000_eda32117bbafeb36.txt"


def run_build(content: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    """Build a site in a fresh process (Pelican's signal receivers are process-global)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "plugins"))
    return subprocess.run(
        [sys.executable, "-m", "sitebuild", "--content", str(content), "--output", str(output), *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="session")
def seed_text() -> str:
    assert SEED.exists(), f"the seed report is expected at {SEED}"
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    """The committed content built into a temporary folder."""
    output = tmp_path_factory.mktemp("seed-site") / "output"
    result = run_build(ROOT / "content", output)
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture
def content_copy(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    return target
