"""Dossier's tasks: `invoke --list` shows them; the Makefile calls them."""

from __future__ import annotations

import os
import sys

from invoke import task

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "plugins"))


def _exit_on_failure(code: int) -> None:
    if code:
        sys.exit(code)


def _print_review(run) -> None:
    """A review printed to the terminal; a reader that closes the pipe (`invoke speakers | head`) is no error."""
    try:
        _exit_on_failure(run())
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@task(
    help={
        "output": "folder to write the site to",
        "content": "content folder",
        "lenient": "write the site even if a report fails",
        "all-warnings": "print every warning, also those the last build gave about reports left unchanged (else counted)",
    }
)
def build(c, output="output", content="content", settings="pelicanconf.py", lenient=False, all_warnings=False):
    """Build the site into output/ (atomic: a failed build keeps the previous output)."""
    from sitebuild import build_site

    _exit_on_failure(build_site(settings, output, content, strict=not lenient, all_warnings=all_warnings))


@task
def clean(c):
    """Remove the built site, bundles and what builds keep for the next build."""
    import shutil

    for folder in ("output", "dist", ".dossier-cache"):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)


@task
def compile(c):
    """Compile the attribution engine with mypyc (needs the test tools and a C compiler): 15-20% faster, the same statements."""
    from dossier.compiled import compile_engine

    print(f"compiled into {compile_engine()}; used while the sources stay as they are (edit one, and compile again)")


@task(pre=[clean])
def rebuild(c):
    """Build from scratch."""
    build(c)


@task(help={"content": "content folder", "dist": "folder for the zip"})
def bundle(c, content="content", dist="dist", settings="pelicanconf.py"):
    """Write dist/<site>-offline.zip: the site for file://, with BUNDLE.txt, byte-identical for the same content."""
    from sitebuild.bundle import build_bundle, site_name_of

    _exit_on_failure(build_bundle(settings, content, dist, site_name_of(settings)))


@task(help={"output": "folder to write the hosted site to"})
def publish(c, output="output"):
    """Build the hosted site with publishconf.py (public URL, feeds)."""
    build(c, output=output, settings="publishconf.py")


@task(
    help={
        "port": "port on localhost",
        "host": "address to listen on (default: loopback only)",
        "output": "folder to build the site into and serve",
        "content": "content folder",
    }
)
def serve(c, port=8000, host="127.0.0.1", output="output", content="content"):
    """Build the site into output/, serve it on localhost, and rebuild and reload the browser when content, theme or plugins change."""
    import subprocess

    from livereload import Server

    output, content = os.path.abspath(output), os.path.abspath(content)  # the build runs in this folder, not the caller's

    def rebuild_site():
        # A fresh process each time: Pelican's signal receivers are process-global.
        env = dict(os.environ, PYTHONPATH=os.path.join(HERE, "plugins"))
        command = [sys.executable, "-m", "sitebuild", "--lenient", "--output", output, "--content", content]
        subprocess.run(command, cwd=HERE, env=env, check=False)

    rebuild_site()
    server = Server()
    for watched in (content, os.path.join(HERE, "theme"), os.path.join(HERE, "plugins"), os.path.join(HERE, "pelicanconf.py")):
        server.watch(watched, rebuild_site)
    server.serve(host=host, port=int(port), root=output, open_url_delay=None)


@task(
    help={
        "path": "plain-text export or saved web page (.html) to import",
        "slug": "file and folder name of the report (default: from the title)",
        "content": "content folder",
        "force": "overwrite an existing report with the same slug",
        "dry_run": "print what would be imported, write nothing",
        "encoding": "the export's encoding when it is not UTF-8 (for example cp1252)",
    }
)
def import_report(c, path, slug=None, content="content", force=False, dry_run=False, encoding=None):
    """Turn a plain-text export or a saved web page into content/reports/<slug>.md and say what was inferred and what is wrong."""
    from dossier.paths import shown_path
    from dossier.reportimport import ImportFailed, import_file

    try:
        written = import_file(path, content, slug=slug, force=force, dry_run=dry_run, encoding=encoding, out=sys.stdout)
    except ImportFailed as failure:
        print(f"error: {failure}", file=sys.stderr)
        sys.exit(1)
    if written:
        print(f"wrote {shown_path(written)}")


@task(help={"content": "content folder", "co_mentions": "also list every co-mention with its passages"})
def relations(c, content="content", co_mentions=False):
    """Review aid: every relation the map shows, with its sentence and the rule that read it."""
    from actor_map.review import review

    _print_review(lambda: review(content, co_mentions=co_mentions))


@task(help={"content": "content folder", "entries": "print a registry entry to paste for each speaker not in the registry"})
def speakers(c, content="content", entries=True):
    """Review aid: the speakers found in the reports, their statements, dates and why each was attributed."""
    from speakers.review import review

    _print_review(lambda: review(content, print_entries=entries))
