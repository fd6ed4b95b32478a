"""The engine compiled with mypyc (dossier.compiled): used only when its build matches every source of the package."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from dossier import compiled

ROOT = Path(__file__).resolve().parent.parent


def package_with(tmp_path: Path, source: str) -> Path:
    package = tmp_path / "dossier"
    (package / "attribution").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "attribution" / "names.py").write_text(source)
    return package


def test_a_build_is_used_only_with_the_sources_it_was_made_of(tmp_path, monkeypatch):
    monkeypatch.delenv("DOSSIER_PURE_PYTHON", raising=False)
    package = package_with(tmp_path, "NAME = 1\n")
    builds = tmp_path / "builds"
    find = compiled.build_folder.__wrapped__  # not the answer kept for this process
    assert find(builds, package) is None  # nothing was ever compiled
    made = builds / compiled.sources_digest(package) / "dossier"
    made.mkdir(parents=True)
    assert find(builds, package) == made.parent
    (package / "attribution" / "names.py").write_text("NAME = 2\n")  # a source edited after the build
    assert find(builds, package) is None
    (package / "attribution" / "names.py").write_text("NAME = 1\n")
    (package / "attribution" / "sieves.py").write_text("")  # a module added
    assert find(builds, package) is None


def test_pure_python_ignores_any_build(tmp_path, monkeypatch):
    package = package_with(tmp_path, "NAME = 1\n")
    builds = tmp_path / "builds"
    (builds / compiled.sources_digest(package) / "dossier").mkdir(parents=True)
    monkeypatch.setenv("DOSSIER_PURE_PYTHON", "1")
    assert compiled.build_folder.__wrapped__(builds, package) is None


def test_every_module_of_the_engine_is_compiled_a_module_added_there_too(tmp_path):
    package = package_with(tmp_path, "NAME = 1\n")
    (package / "attribution" / "__init__.py").write_text("")
    assert "dossier/attribution/names.py" in compiled.modules_to_compile(package)
    (package / "attribution" / "lanterns.py").write_text("LAMP = 1\n")  # a module added after the list was written
    modules = compiled.modules_to_compile(package)
    assert "dossier/attribution/lanterns.py" in modules and "dossier/attribution/__init__.py" not in modules
    assert set(compiled.HELPERS) <= set(modules) and len(modules) == len(set(modules))
    assert "dossier/actors.py" not in modules and "dossier/model.py" not in modules  # pickled: never compiled


def test_the_tests_read_the_sources():
    import dossier.attribution.names

    assert dossier.attribution.names.__file__.endswith("names.py")


@pytest.mark.slow  # a C compiler's work: about 20 seconds
def test_a_compiled_module_is_imported_in_place_of_its_source_and_reads_the_same(tmp_path):
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler: invoke compile cannot run here, and nothing uses a build")
    builds = tmp_path / "builds"
    folder = compiled.compile_engine(builds, ["dossier/attribution/titles.py", "dossier/attribution/cues.py"])
    probe = (
        "import sys; sys.path.insert(0, 'plugins')\n"
        "import dossier.attribution.cues as cues\n"
        "print(cues.__file__.endswith('.py'), [m.group(0) for m in cues.CUE.finditer('He said and she stated that X claimed it.')])\n"
    )
    env = dict(os.environ, DOSSIER_COMPILED=str(builds))
    env.pop("DOSSIER_PURE_PYTHON")
    fast = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    plain = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=os.environ, capture_output=True, text=True, check=True).stdout
    assert fast.startswith("False ") and plain.startswith("True ")
    assert fast.split(" ", 1)[1] == plain.split(" ", 1)[1]
    assert sorted(p.name for p in builds.iterdir()) == [folder.name]
