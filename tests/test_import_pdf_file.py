"""A PDF brought as it is: its text layer is read with pypdf (page by page, a form feed between pages) and imported as
a plain-text export; a PDF with no text in it (a scan), or one that cannot be read, is refused with what to bring
instead. PDFs of our own, written here."""

from __future__ import annotations

import pytest
from dossier.importer import ImportRefused, decode_export, import_text


def pdf_of(pages: list[list[str]]) -> bytes:
    """A PDF of these pages, each line of text set in Helvetica (Latin-1 only), the cross-reference table right."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for lines in pages:
        body = "BT /F1 11 Tf 14 TL 72 760 Td " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
        stream = body.encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>" % (content, 0)
        )
        kids.append(len(objects))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    font = len(objects)
    objects = [o.replace(b"/F1 0 0 R", b"/F1 %d 0 R" % font) for o in objects]
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


LEDE = "The harbour board raised the mooring fees in three ports on Monday, and the ferry crews said they would pay them."
QUOTE = '"We cannot run the quays at a loss," the board\'s chair Tomas Vell said after the vote in the harbour hall.'


def test_a_pdfs_text_layer_is_imported_with_its_headline_byline_and_date():
    raw = pdf_of([["Harbour fees rise in three ports", "By Ines Roe", "March 4, 2020", LEDE], [QUOTE, "The fees apply from June."]])
    text, note = decode_export(raw)
    assert "\f" in text and note is not None and "pypdf" in note.message and "2 pages" in note.message
    result = import_text(text, "fees.pdf")
    assert 'title = "Harbour fees rise in three ports"' in result.markdown
    assert "date = 2020-03-04" in result.markdown and 'name = "Ines Roe"' in result.markdown
    assert "Tomas Vell said" in result.markdown


def test_near_miss_a_pdf_with_no_text_or_a_broken_one_is_refused_with_what_to_bring_instead():
    for raw, says in ((pdf_of([[""], [""]]), "no text to read"), (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "cannot be read")):
        with pytest.raises(ImportRefused) as refused:
            decode_export(raw)
        assert says in refused.value.message and "pdftotext" in refused.value.message
