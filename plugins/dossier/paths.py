"""The one place that decides which files a build may read and where it may write.

A build reads only files inside its content folder, judged after symlinks are
resolved: a report, a linked file (`{attach}`, `{static}`, `{filename}`, a
figure's `:src:`) or the actor registry that is, or points, outside it is an
error naming the file and line. It writes only inside its output folder.
Paths in messages and in the site are shown relative to the content folder
(`reports/x.md:12`, `actors.toml:76`), never the working folder, so the site
is the same whatever folder the build was started from.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable
from urllib.parse import unquote

from .model import ContentError

# The links Pelican resolves against the content folder, as the Markdown renderer writes them.
CONTENT_LINK = re.compile(r"""\{(?P<what>attach|static|filename)\}(?P<target>[^"'\s<>]*)""")
MAY_LINK = re.compile(r"""["'][{|]""")  # what every intrasite link starts with, after its attribute's quote


def may_hold_link(html: str) -> bool:
    """Whether the HTML may hold an intrasite link (Pelican's `{filename}…`, `|filename|…`), which only the build
    process can resolve. MAY_LINK.search(html), the expression tried only on HTML that holds a brace or a bar: `in`
    finds that it holds neither (most pages) about fifty times faster than the expression looks at each of its quotes."""
    return ("{" in html or "|" in html) and MAY_LINK.search(html) is not None


def inside(folder: str, path: str, real_path: Callable[[str], str] = os.path.realpath) -> bool:
    """Whether path, with every symlink resolved, is folder itself or lies within it (`real_path` resolves them)."""
    root = real_path(folder)
    real = real_path(path)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


class RealPaths:
    """os.path.realpath for the many files of a few folders: each folder is resolved once, and a file that is not a
    symlink lies where its folder really is (one status call, where realpath looks at every folder on the way: at
    1,000 reports a warm build spent about 0.1 s on it). Good for one pass over the files; a folder made a symlink
    meanwhile is not seen."""

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, path: str) -> str:
        path = os.path.abspath(path)
        folder, name = os.path.split(path)
        if not name or os.path.islink(path):
            return os.path.realpath(path)
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = os.path.realpath(folder)
        return os.path.join(real, name)


def shown(content: str, path: str) -> str:
    """path as messages and pages show it: relative to the content folder, with / between folders."""
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(content))
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return os.path.basename(path)  # not in the content folder: its name only, never the build machine's folders
    return relative.replace(os.sep, "/")


def readable(
    content: str,
    path: str,
    shown_path: str | None = None,
    line: int | None = None,
    what: str = "",
    real_path: Callable[[str], str] = os.path.realpath,
) -> str:
    """path, if the build may read it (inside the content folder after resolving symlinks); else a ContentError.

    `shown_path` and `line` say where the problem is reported (the linking report, say); `what`
    describes the file for the message; `real_path` resolves symlinks (a RealPaths for many files)."""
    if inside(content, path, real_path):
        return path
    where = shown_path if shown_path is not None else shown(content, path)
    name = what or shown(content, path)
    if os.path.islink(path) or _through_link(content, path):
        reason = f"{name} is a symlink to a file outside the content folder; copy the file into the content folder instead"
    else:
        reason = f"{name} is outside the content folder; a build reads only files in it"
    raise ContentError(where, line, reason)


def _through_link(content: str, path: str) -> bool:
    """Whether a folder on the way from the content folder to path is a symlink."""
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(content))
    if relative.startswith(os.pardir):
        return False
    current = os.path.abspath(content)
    for part in relative.split(os.sep)[:-1]:
        current = os.path.join(current, part)
        if os.path.islink(current):
            return True
    return False


def writable(output: str, path: str) -> str:
    """path, if the build may write it (inside the output folder); else a ContentError naming it."""
    root = os.path.abspath(output)
    target = os.path.abspath(os.path.join(root, path))
    if target == root or not target.startswith(root.rstrip(os.sep) + os.sep) or not inside(root, os.path.dirname(target)):
        raise ContentError(os.path.relpath(target, root).replace(os.sep, "/"), None, "would be written outside the output folder; refused")
    return target


def linked_file(content: str, source: str, target: str) -> str:
    """The file a `{static}`/`{attach}`/`{filename}` target in the file `source` names, as Pelican finds it:
    from the content folder for a target starting with /, else from the linking file's folder."""
    path = unquote(target.split("#", 1)[0].split("?", 1)[0])
    if path.startswith("/"):
        joined = posixpath.join(os.path.abspath(content), path.lstrip("/"))
    else:
        joined = posixpath.join(os.path.dirname(os.path.abspath(source)), path)
    return os.path.normpath(joined)


def check_links(content: str, source: str, shown_path: str, html: str, text: str, first_line: int = 1) -> None:
    """Every content link in a page's html must name a file in the content folder: a ContentError naming the
    report's file and the line of the link in its text otherwise."""
    for match in CONTENT_LINK.finditer(html):
        what, target = match.group("what"), match.group("target")
        if not target.split("#", 1)[0]:
            continue
        path = linked_file(content, source, target)
        if inside(content, path):
            continue
        line = line_of(text, target, first_line)
        readable(content, path, shown_path, line, f"{{{what}}}{target}")


def line_of(text: str, needle: str, first_line: int = 1) -> int | None:
    for candidate in (needle, unquote(needle)):
        position = text.find(candidate)
        if position >= 0:
            return text.count("\n", 0, position) + first_line
    return None


def shown_path(path: str) -> str:
    """A path as a message to the user shows it: relative to the working folder when inside it, else absolute
    ("/tmp/site" says more than "../../tmp/site")."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:  # another drive on Windows
        return absolute
    return absolute if relative == os.pardir or relative.startswith(os.pardir + os.sep) else relative
