"""pypdf's warnings while a PDF is read are counted for the import's summary, never printed (a PDF with odd fonts gave
a screenful per font dictionary before the summary)."""

from __future__ import annotations

import logging

from dossier import pdfread


def test_pypdf_warnings_are_counted_and_kept_off_the_screen(capsys, caplog):
    caplog.set_level(logging.WARNING)
    with pdfread._pypdf_warnings_counted() as counted:
        logging.getLogger("pypdf._cmap").warning("fontTools is required to fully parse the encoding of %(ft)s", {"ft": "/F1"})
        logging.getLogger("pypdf._reader").warning("incorrect startxref pointer")
    assert counted.count == 2
    assert caplog.records == [] and capsys.readouterr().err == ""


def test_other_loggers_and_pypdf_after_the_read_are_as_they_were(caplog):
    caplog.set_level(logging.WARNING)
    with pdfread._pypdf_warnings_counted() as counted:
        logging.getLogger("dossier").warning("a build warning")
    logging.getLogger("pypdf._cmap").warning("after the read")
    assert counted.count == 0
    assert [r.getMessage() for r in caplog.records] == ["a build warning", "after the read"]
