"""The attribution engine compiled to C with mypyc, used when a build of it matches the sources (`invoke compile`).

The engine's time goes to thousands of small steps per report (a regular expression on a short text, a set lookup,
a dataclass made), none of them a hot spot, so rewriting one function saves little; compiled by mypyc (part of
mypy, which type-checks this package already) the same code runs 15-20% faster and finds the same statements byte
for byte (bench/attribution.py --dump). Nothing else changes: the compiled modules are the sources as written, but
a compiled function checks its annotations at run time (a value of another type than annotated raises TypeError
where plain Python went on): compile, then diff the dump over the corpus.

`invoke compile` writes the extension modules to `.dossier-compiled/<digest>/`, where the digest covers every source
of the package, so that an edited source (or another Python) finds no build and the package runs as plain Python
until the next `invoke compile`: a compiled module can never be older than the code beside it. The package's
`__init__` files put the build's folders first on their `__path__` (a module that was not compiled is found in the
sources as before). DOSSIER_COMPILED names another folder for the builds; DOSSIER_PURE_PYTHON=1 ignores any build
(the tests set it: some replace a module's function, which a compiled caller does not see).
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent  # plugins/dossier
ROOT = PACKAGE.parent.parent
BUILDS = Path(os.environ.get("DOSSIER_COMPILED") or ROOT / ".dossier-compiled")  # where the builds are kept
RUNTIME = "runtime"  # the build's subfolder for mypyc's shared library, which each compiled module imports
# The engine (every module of attribution/, found by name so that a module added there is compiled too), the helpers
# it calls on every sentence, and the relation reader's clauses and sentence names (which call the engine's name finder
# on every sentence). Not actors.py: the registry is pickled between builds, and a compiled class is not the class a
# pure-Python process would read back; nor model.py, whose objects are pickled too; nor relations.py, whose evidence and
# readings are kept in the cache.
HELPERS = [
    "dossier/text.py",
    "dossier/sentences.py",
    "dossier/quotes.py",
    "dossier/dates.py",
    "dossier/datelines.py",
    "dossier/regions.py",
    "dossier/turns.py",
    "dossier/statements.py",
    "dossier/sentence_names.py",
    "dossier/clauses.py",
]


def modules_to_compile(package: Path = PACKAGE) -> list[str]:
    """HELPERS and every module of the engine's subpackage, as mypyc is given them (from the folder above the package)."""
    engine = sorted(path.relative_to(package.parent).as_posix() for path in (package / "attribution").glob("*.py") if path.name != "__init__.py")
    return HELPERS + engine


def sources_digest(package: Path = PACKAGE) -> str:
    """A digest of every source of the package and of this Python: a build is used only with the code it was made of."""
    digest = hashlib.sha256(sys.implementation.cache_tag.encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:20]


@functools.cache
def build_folder(builds: Path = BUILDS, package: Path = PACKAGE) -> Path | None:
    """The build that matches the sources, if any (nothing is hashed where nothing was ever compiled); asked once a process."""
    if os.environ.get("DOSSIER_PURE_PYTHON") or not builds.is_dir():
        return None
    folder = builds / sources_digest(package)
    return folder if (folder / "dossier").is_dir() else None


def extend_path(package_path: list[str], subpackage: str = "") -> None:
    """Put the matching build's folder for the package first on its __path__ (called by the package's __init__)."""
    folder = build_folder()
    if folder is None:
        return
    runtime = str(folder / RUNTIME)
    if runtime not in sys.path:
        sys.path.append(runtime)
    compiled = str(folder / "dossier" / subpackage if subpackage else folder / "dossier")
    if compiled not in package_path:
        package_path.insert(0, compiled)


def compile_engine(builds: Path = BUILDS, modules: list[str] | None = None) -> Path:
    """Compile the modules with mypyc from a copy of the sources and keep the extension modules under the digest.

    The copy keeps the build's files out of plugins/ (mypyc writes its modules beside their sources)."""
    import shutil
    import subprocess
    import tempfile

    modules = modules_to_compile() if modules is None else modules
    folder = builds / sources_digest()
    partial = builds / (folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="dossier-mypyc-") as scratch:
        plugins = Path(scratch) / "plugins"
        shutil.copytree(PACKAGE, plugins / "dossier", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        shutil.copy(ROOT / "mypy.ini", plugins / "mypy.ini")
        env = dict(os.environ, MYPY_CACHE_DIR=str(Path(scratch) / "mypy-cache"))
        command = [sys.executable, "-m", "mypyc", "--config-file", "mypy.ini", *modules]
        subprocess.run(command, cwd=plugins, env=env, check=True, stdout=subprocess.DEVNULL)
        for module in modules:
            source = plugins / module
            (built,) = source.parent.glob(source.stem + ".*.so")
            target = partial / module
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(built, target.parent / built.name)
        (partial / RUNTIME).mkdir()
        for shared in plugins.glob("*__mypyc.*.so"):
            shutil.copy(shared, partial / RUNTIME / shared.name)
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)  # a build cut short leaves only the partial folder, which nothing imports from
    for other in builds.iterdir():
        if other != folder:
            shutil.rmtree(other, ignore_errors=True)  # builds of earlier sources
    return folder
