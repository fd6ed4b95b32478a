"""Build the site the safe way: into a temporary folder, swapped in only when the build succeeded.

Problems are printed one line each (`file:line: message`), never as a
traceback; in strict mode any error fails the build and the previous
output/ stays exactly as it was.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import sys
import time

from dossier.model import ContentError
from dossier.progress import restart as restart_progress


class BuildLog(logging.Handler):
    """Collects the build's warnings and errors and prints each once, on one line."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = self.describe(record)
        if record.levelno >= logging.ERROR:
            self.errors.append(message)
            print(f"error: {message}", file=sys.stderr)
        elif message not in self.warnings:
            self.warnings.append(message)
            print(f"warning: {message}", file=sys.stderr)

    @staticmethod
    def describe(record: logging.LogRecord) -> str:
        args = record.args if isinstance(record.args, tuple) else ()
        for arg in args:
            if isinstance(arg, ContentError):
                return str(arg)
        # Pelican logs a reader's failure as "Could not process <file>" without the exception
        # unless DEBUG is set; the handler runs inside Pelican's except block, so the exception is here.
        current = record.exc_info[1] if record.exc_info else sys.exc_info()[1]
        if isinstance(current, ContentError):
            return str(current)
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call must not hide the problem it reports
            message = str(record.msg)
        if current is not None and record.levelno >= logging.ERROR:
            message += f": {type(current).__name__}: {current}"
        return " ".join(message.split())


def keep_out_of_collection(*_args, **_kwargs) -> None:
    """What the build has read and gathered lives until the end: the cyclic collector need not rescan it
    (at 1,000 reports it otherwise spends seconds doing so)."""
    gc.freeze()


def cache_folder(output: str) -> str:
    """What a build keeps for the next build of the same output folder: beside it, never published with it."""
    parent, name = os.path.split(os.path.abspath(output))
    return os.path.join(parent, ".dossier-cache", name)


def _swap_in(built: str, output: str) -> None:
    old = f"{output}.old-{os.getpid()}"
    if os.path.exists(output):
        os.rename(output, old)
    os.rename(built, output)
    shutil.rmtree(old, ignore_errors=True)


def build_site(settings_file: str = "pelicanconf.py", output: str = "output", content: str = "content", strict: bool = True, cache: str = "") -> int:
    """Build; return 0 on success, 1 when the site would be wrong (the old output is kept).
    `cache` is where the build keeps what it read for the next build; by default beside the output folder."""
    started = time.perf_counter()
    restart_progress()
    output = os.path.abspath(output)
    staging = f"{output}.partial-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    log = BuildLog()
    root = logging.getLogger()
    root.addHandler(log)
    root.setLevel(logging.WARNING)
    try:
        from pelican import Pelican, signals
        from pelican.settings import read_settings

        signals.article_generator_finalized.connect(keep_out_of_collection)
        signals.all_generators_finalized.connect(keep_out_of_collection)

        # Checked here: Pelican's own check for a missing content folder is an exception, not a message.
        if not os.path.isdir(content):
            raise ContentError(content, None, "content folder not found")
        override = {
            "OUTPUT_PATH": staging,
            "PATH": os.path.abspath(content),
            "DOSSIER_CACHE_PATH": cache or cache_folder(output),
            "DOSSIER_PREVIOUS_OUTPUT": output,
        }
        settings = read_settings(os.path.abspath(settings_file), override=override)
        site = Pelican(settings)
        site.run()
    except ContentError as error:
        log.errors.append(str(error))
        print(f"error: {error}", file=sys.stderr)
    except Exception as error:  # anything else is our bug: say what, not a traceback
        log.errors.append(repr(error))
        print(f"error: the build failed unexpectedly: {type(error).__name__}: {error}", file=sys.stderr)
        if os.environ.get("DOSSIER_DEBUG"):
            raise
    finally:
        root.removeHandler(log)

    if log.errors and strict:
        shutil.rmtree(staging, ignore_errors=True)
        kept = "the previous output was kept" if os.path.exists(output) else "no output was written"
        print(f"build failed with {len(log.errors)} error(s); {kept}: {output}", file=sys.stderr)
        return 1
    _swap_in(staging, output)
    pages = sum(1 for _, _, files in os.walk(output) for name in files if name.endswith(".html"))
    elapsed = time.perf_counter() - started
    print(f"built {pages} pages into {os.path.relpath(output)} in {elapsed:.2f} s ({len(log.warnings)} warning(s))")
    return 0


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Build the Dossier site.")
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--output", default="output")
    parser.add_argument("--content", default="content")
    parser.add_argument("--lenient", action="store_true", help="write the site even when a report failed")
    args = parser.parse_args(argv)
    return build_site(args.settings, args.output, args.content, strict=not args.lenient)
