"""A note's list item written by report_pages.note_html is byte for byte what the theme's Jinja macro wrote."""

from __future__ import annotations

import pytest
from dossier.document import read_report
from dossier.pages import citation_href, notes_in_order
from footnote_cards import note_body, note_card_attributes
from jinja2 import Environment
from report_pages.note_html import note_item_html

# the theme's macro before it became a call of note_item_html, and the two loops that called it
MACRO = """{% macro note_item(report, note, page_file, everywhere=False) %}
{% set shown = note.citations[:CITATIONS_SHOWN] %}
<li id="{{ note.anchor }}"{{ note|note_card_attributes }}><span class="note-key">{{ note.key }}.</span> <span class="note-text">{{ note|note_body }}</span>
  {% if everywhere and note.citations %}
  <span class="cited-from">Cited in
    {% for citation in shown %}<a href="{{ citation_href(report, citation.section_slug, citation.cite_id, page_file) }}">{{ short_title(report.section(citation.section_slug).title, report) }}</a>{{ "," if not loop.last }} {% endfor %}{% if note.citations|length > shown|length %} and {{ note.citations|length - shown|length }} more places{% endif %}
  </span>
  {% elif note.citations|length > 1 %}
  <span class="note-cited">Cited {{ note.citations|length }} times:
    {% for citation in shown %}<a href="{{ citation_href(report, citation.section_slug, citation.cite_id, page_file) }}" aria-label="Citation {{ loop.index }} of note {{ note.key }}, in {{ report.section(citation.section_slug).title }}">{{ loop.index }}</a>{{ "," if not loop.last }} {% endfor %}{% if note.citations|length > shown|length %} <a href="{{ 'notes.html' if page_file != 'notes.html' else '' }}#{{ note.anchor }}">all {{ note.citations|length }}</a>{% endif %}
  </span>
  {% endif %}
  {% if not everywhere %}
  {% for citation in note.citations_in(page_file[:-5]) %}
  <a class="backref" href="#{{ citation.cite_id }}" aria-label="Back to citation {{ loop.index }} of note {{ note.key }}">↩{% if loop.length > 1 %}{{ loop.index }}{% endif %}</a>
  {% endfor %}
  {% endif %}
</li>
{% endmacro %}
"""
PAGE_LOOP = """  <ol class="notes">
    {% for note in notes %}
    {{ ITEM }}
    {% endfor %}
  </ol>
"""
ALL_LOOP = """  <ol class="notes notes-all">
    {% for note in notes %}
    {% if note.is_gap %}gap {{ note.first }}
{% else %}{{ ITEM }}{% endif %}
    {% endfor %}
  </ol>
"""

FRONT = '+++\ntitle = "Harbour & Quay"\ndate = 2024-03-03\nslug = "harbour"\n+++\n'
MANY = "".join(f"Line {n}.[^4]\n\n" for n in range(15))  # a note cited more often than CITATIONS_SHOWN
BODY = (
    "Opening words.[^1]\n\n"
    '## Dock <Works> & "Cranes": Pia Lund\n\nThe cranes stopped.[^1] Twice.[^2][^2]\n\n'
    f"## Tides\n\nLow water.[^2] High water.[^3]\n\n{MANY}"
    "## Nets\n\nMended nets.[^6]\n\n"
    "[^1]: Harbour Gazette (Westport), May 2, 2023.\n\n"
    '[^2]: See [the tide "tables"](https://tides.example.org/a?b=1&c=2).\n\n'
    '[^3]: A note <with> an ampersand & quotes "here".\n\n'
    "[^4]: Cited everywhere.\n\n"
)


def environment(template: str, function: bool) -> Environment:
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(note_card_attributes=note_card_attributes, note_body=note_body)
    env.globals.update(citation_href=citation_href, note_item_html=note_item_html, CITATIONS_SHOWN=12)
    env.globals["short_title"] = lambda title, report=None: title.split(":")[0] + " …"
    call = "note_item_html(report, note, page_file, everywhere)" if function else "note_item(report, note, page_file, everywhere)"
    return env.from_string(("" if function else MACRO) + template.replace("ITEM", call))


@pytest.mark.parametrize(
    "page_file, everywhere", [("dock-works-cranes-pia-lund.html", False), ("tides.html", False), ("nets.html", False), ("notes.html", True)]
)
@pytest.mark.parametrize("shown", [12, 1])
def test_the_function_writes_the_macros_markup(page_file, everywhere, shown):
    report = read_report(FRONT + BODY, "content/reports/harbour.md")
    if everywhere:
        notes = notes_in_order(report)
        loop = ALL_LOOP
    else:
        notes = report.notes_for(report.section(page_file[:-5]))
        loop = PAGE_LOOP
    assert notes
    variables = dict(report=report, notes=notes, page_file=page_file, everywhere=everywhere, CITATIONS_SHOWN=shown)
    old = environment(loop, function=False).render(variables)
    new = environment(loop, function=True).render(variables)
    assert new == old
    assert "<li id=" in new


def test_every_kind_of_item_is_met_by_the_test_above():
    """The report above gives each branch of the macro: a note cited once, twice on one page (two back links), cited
    more often than the notes list shows, an undefined note, a gap in the numbering, escapes in titles and notes."""
    report = read_report(FRONT + BODY, "content/reports/harbour.md")
    counts = {note.key: len(note.citations) for note in report.notes.values()}
    assert counts["4"] > 12 and counts["1"] == 2 and counts["2"] == 3 and counts["3"] == 1 and counts["6"] == 1
    assert len(report.notes["2"].citations_in("dock-works-cranes-pia-lund")) == 2
    assert not report.notes["6"].defined
    assert any(getattr(note, "is_gap", False) for note in notes_in_order(report))
