"""Copies of the first report under slugs of their own: an archive for the incremental-build tests."""

from __future__ import annotations

from pathlib import Path

SEED_REPORT = Path(__file__).resolve().parent.parent / "content" / "reports" / "irans-defeat-in-the-second-nagorno-karabakh-war-part-iii.md"


def seed_copies(folder: Path, count: int) -> list[tuple[str, str]]:
    """The first report written `count` times into the folder, each with a slug of its own: (path, file name) each."""
    seed = SEED_REPORT.read_text(encoding="utf-8")
    files = []
    for number in range(count):
        path = folder / f"r{number}.md"
        path.write_text(seed.replace('slug = "', f'slug = "r{number}-', 1), encoding="utf-8")
        files.append((str(path), path.name))
    return files
