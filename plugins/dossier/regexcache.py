"""Regular expressions compiled once and kept between builds.

Python's `re` turns a pattern's text into a program for its matcher (`_sre`) in Python code, and keeps the result only
for the life of the process. Importing the attribution engine compiles about 800 patterns (its word lists written as
alternations), about nine tenths of the CPU the reader process of a warm build spends before it reads the one edited
report; Pelican's imports compile about 170 more in the build process. A build keeps the programs of the patterns
compiled while a module was being imported (the code's own patterns, never one made from a report or the registry) in
its cache folder, and the next build hands them to the matcher as they are: the same programs, so the same matches.

The file is read only by the very Python that wrote it (its version and its matcher's MAGIC number are the file's
key) and only while its bytes are those written (a digest of them is kept with them); a program the matcher refuses is
compiled again from the pattern. Where this Python's `re` is not laid out as expected, nothing is installed and every
pattern is compiled as usual.
"""

from __future__ import annotations

import array
import hashlib
import os
import pickle
import sys
import warnings
from typing import Any

from .kept import keep, remove_leftovers

try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python's `re`: nothing is kept
    _sre = _compiler = _parser = None

PROGRAMS_FILE = "regex-programs.pickle"
MOST_KEPT = 5_000  # programs in the file at most; past it the file keeps what the process that writes it used
_KEY = ("code as bytes, keyed by the pattern's type", sys.version, getattr(_sre, "MAGIC", 0), getattr(_sre, "CODESIZE", 0))

# what _sre.compile takes after the pattern, the program's code as the bytes of its words (unpickled a dozen times
# faster than a list of numbers; the build process loads every program before it forks the reader)
Program = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]
# a pattern's type, text and flags, as re's own cache keys it: "harbour" == b"harbour" and their hashes are equal, so
# without the type a lookup compares str with bytes (a BytesWarning under `python -b`, an exception under -bb)
PatternKey = tuple[type, str | bytes, int]

_kept: dict[PatternKey, Program] = {}  # the programs the cache folder held when this build started
_new: dict[PatternKey, Program] = {}  # patterns compiled while importing, not in the file yet
_used: set[PatternKey] = set()
_folder = ""
_found_none = False  # the cache folder held no program when install() read it (a first build's, or a damaged file)
_read_stamp: tuple[int, int, int] | None = None  # the file's status when this process last read or wrote it
_compile_as_re_does: Any = None


def supported() -> bool:
    """This Python's `re` compiles through `_compiler.compile`, `_parser.parse` and `_compiler._code` into `_sre.compile`."""
    return (
        sys.version_info[:2] in ((3, 11), (3, 12), (3, 13))
        and _compiler is not None
        and all(hasattr(_compiler, name) for name in ("compile", "_code"))
        and hasattr(_parser, "parse")
        and array.array("I").itemsize == getattr(_sre, "CODESIZE", 0)
    )


def install(cache_folder: str) -> None:
    """From now on, in this process and the processes it forks, a pattern whose program the cache folder keeps is not
    compiled again; patterns compiled while importing are kept by save()."""
    global _folder, _compile_as_re_does, _read_stamp, _found_none
    if not cache_folder or not supported():
        return
    _folder = cache_folder
    _kept.clear()
    _read_stamp = _stamp()
    _kept.update(_read(cache_folder))
    _found_none = not _kept
    _new.clear()
    _used.clear()
    remove_leftovers(os.path.join(cache_folder, PROGRAMS_FILE))
    if _compile_as_re_does is None:
        _compile_as_re_does = _compiler.compile
        _compiler.compile = _compile


def needs_programs() -> bool:
    """Whether this build compiles the code's patterns from scratch: kept programs are used here, and the cache folder
    held none when install() read it. Only then can another process of the build keep programs worth taking."""
    return bool(_folder) and _found_none


def take_saved() -> None:
    """The programs another process of this build kept since install() (the reader process's, which imports the engine
    while this one starts Pelican), for this process and the processes it forks from now on: a first build's workers
    then compile none of the engine's patterns. Nothing is read where the file is as install() found it."""
    global _read_stamp
    if not _folder:
        return
    stamp = _stamp()
    if stamp is None or stamp == _read_stamp:
        return
    _read_stamp = stamp
    for key, program in _read(_folder).items():
        _kept.setdefault(key, program)


def _stamp() -> tuple[int, int, int] | None:
    try:
        status = os.stat(os.path.join(_folder, PROGRAMS_FILE))
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size, status.st_ino


def uninstall() -> None:
    """Compile as `re` does again, and keep nothing more (a build does this when it returns: its caller's own patterns
    are not its code's, and its cache folder may be removed after it; processes it forked keep what they had)."""
    global _folder, _compile_as_re_does, _read_stamp, _found_none
    if _compile_as_re_does is not None:
        _compiler.compile = _compile_as_re_does
        _compile_as_re_does = None
    _folder = ""
    _found_none = False
    _read_stamp = None
    _kept.clear()
    _new.clear()
    _used.clear()


def _read(cache_folder: str) -> dict[PatternKey, Program]:
    """The programs kept, if this very Python kept them and their bytes are as written (the matcher checks a program's
    form, not that it is the pattern's: a file damaged since is not used at all)."""
    try:
        with open(os.path.join(cache_folder, PROGRAMS_FILE), "rb") as handle:
            key, digest, data = pickle.load(handle)
        if key != _KEY or digest != hashlib.sha256(data).digest():
            return {}
        programs = pickle.loads(data)
    except Exception:  # none kept yet, or a damaged file: every pattern is compiled
        return {}
    return programs if isinstance(programs, dict) else {}


def _compile(pattern: Any, flags: int = 0) -> Any:
    """`re`'s compile step for a pattern compiled while importing, with the program taken from the cache folder where
    it holds the pattern's; any other pattern is compiled by `re` itself."""
    if not isinstance(pattern, (str, bytes)) or flags & _parser.SRE_FLAG_DEBUG or not _importing():
        return _compile_as_re_does(pattern, flags)
    key = (type(pattern), pattern, flags)
    program = _kept.get(key) or _new.get(key)
    if program is not None:
        try:
            compiled = _matcher(pattern, program)
        except Exception:  # refused by the matcher: compiled again below
            _kept.pop(key, None)
        else:
            _used.add(key)
            return compiled
    # re's parser warns of some patterns (a FutureWarning for "[[" and the like) and a kept program would skip it: such
    # a pattern's program is not kept, and its warnings are shown as re shows them (the filters have been applied)
    with warnings.catch_warnings(record=True) as warned:
        parsed = _parser.parse(pattern, flags)
    for warning in warned:
        warnings.showwarning(warning.message, warning.category, warning.filename, warning.lineno, warning.file, warning.line)
    groups = parsed.state.groups
    names = dict(parsed.state.groupdict)
    numbered: list[str | None] = [None] * groups
    for name, number in names.items():
        numbered[number] = name
    code = array.array("I", _compiler._code(parsed, flags)).tobytes()
    program = (flags | parsed.state.flags, code, groups - 1, names, tuple(numbered))
    if not warned:
        _new[key] = program
        _used.add(key)
    return _matcher(pattern, program)


def _matcher(pattern: str | bytes, program: Program) -> Any:
    flags, code, groups, names, numbered = program
    return _sre.compile(pattern, flags, array.array("I", code).tolist(), groups, names, numbered)


def _importing() -> bool:
    """Whether a module is being imported (its patterns are the code's, the same in every build)."""
    frame: Any = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def save() -> bool:
    """Add the programs this process compiled while importing to the cache folder's (written aside and renamed; what
    another process of the build wrote meanwhile is kept). Nothing to do where every pattern came from the file.
    Whether the file now holds them: False where nothing is installed or the file could not be written."""
    if not _folder:
        return False
    if not _new:
        return True
    programs = _read(_folder)
    programs.update(_new)
    if len(programs) > MOST_KEPT:  # patterns of code since changed: keep what this process used
        programs = {key: program for key, program in {**_kept, **_new}.items() if key in _used}
    data = pickle.dumps(programs, protocol=pickle.HIGHEST_PROTOCOL)
    whole = pickle.dumps((_KEY, hashlib.sha256(data).digest(), data), protocol=pickle.HIGHEST_PROTOCOL)
    if not keep(os.path.join(_folder, PROGRAMS_FILE), whole):
        return False
    _kept.update(_new)
    _new.clear()
    return True


def _forked() -> None:
    """In a process just forked: the programs its parent compiled are the parent's to keep (the build process keeps its
    own when it ends). A worker that saved them too read, pickled and wrote the whole file again (about 0.03 s each)
    for nothing; it still uses them, and keeps only what it compiles itself."""
    _kept.update(_new)
    _new.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)
