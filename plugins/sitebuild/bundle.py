"""The offline bundle: the local site (relative links, nothing pointing to the web) in a reproducible zip.

Entries are sorted, stamped with one fixed time and fixed permissions, so the
same content gives the same bytes. The stamp is SOURCE_DATE_EPOCH when set
(the reproducible-builds convention), else the newest report's date.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import sys
import tempfile
import zipfile

from dossier.document import read_report_files
from dossier.model import ContentError
from dossier.paths import shown_path
from dossier.progress import progress
from dossier.text import slugify

from . import build_site, cache_folder


def bundle_stamp(reports) -> dt.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    dates = [r.date for r in reports if r.date]
    newest = max(dates) if dates else dt.date(1980, 1, 1)
    return dt.datetime(max(newest.year, 1980), newest.month, newest.day)


def bundle_text(site_name: str, reports, stamp: dt.datetime) -> str:
    lines = [
        f"{site_name}: offline edition",
        "",
        "Open index.html in this folder with any web browser. Everything works without a network:",
        "the reports, their notes (hover, focus or tap a note number), the speakers, the timeline,",
        "the actor map, search, and the data files in data/ (statements, actors, relations, graph.gexf).",
        "",
        f"Built {stamp:%Y-%m-%d} (the newest report's date, or SOURCE_DATE_EPOCH) from {len(reports)} report(s):",
        "",
    ]
    for report in sorted(reports, key=lambda r: (r.date or dt.date.min, r.slug), reverse=True):
        date = report.date.isoformat() if report.date else "undated"
        lines.append(f"- {date}  {report.title}  (reports/{report.slug}/index.html)")
    return "\n".join(lines) + "\n"


def write_zip(folder: str, target: str, top: str, stamp: dt.datetime) -> int:
    files = []
    for current, _dirs, names in os.walk(folder):
        for name in names:
            files.append(os.path.relpath(os.path.join(current, name), folder).replace(os.sep, "/"))
    partial = f"{target}.partial"
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(f"{top}/{name}", date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            with open(os.path.join(folder, *name.split("/")), "rb") as handle:
                archive.writestr(info, handle.read(), compresslevel=9)
    os.replace(partial, target)
    return len(files)


def build_bundle(settings: str = "pelicanconf.py", content: str = "content", dist: str = "dist", site_name: str = "Dossier") -> int:
    try:
        reports = read_report_files(content)
    except ContentError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    stamp = bundle_stamp(reports)
    top = f"{slugify(site_name) or 'site'}-offline"
    os.makedirs(dist, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dist) as work:
        site = os.path.join(work, top)
        # The site is built in a temporary folder; what it read is kept in dist/ for the next bundle.
        code = build_site(settings, site, content, strict=True, cache=cache_folder(os.path.join(dist, top)))
        if code:
            return code
        feeds = [path for path in glob.glob(os.path.join(site, "**", "*.xml"), recursive=True)]
        if feeds:
            print(f"error: the offline bundle must not carry feeds or sitemaps that point to the web: {feeds[0]}", file=sys.stderr)
            return 1
        with open(os.path.join(site, "BUNDLE.txt"), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(bundle_text(site_name, reports, stamp))
        target = os.path.join(dist, f"{top}.zip")
        count = write_zip(site, target, top, stamp)
    size = os.path.getsize(target)
    progress(f"bundle: {shown_path(target)}, {count} files, {size / 1024:.0f} KB")
    return 0


def site_name_of(settings: str) -> str:
    with open(settings, encoding="utf-8") as handle:
        match = re.search(r'^SITENAME\s*=\s*["\'](.+?)["\']', handle.read(), re.M)
    return match.group(1) if match else "Dossier"
