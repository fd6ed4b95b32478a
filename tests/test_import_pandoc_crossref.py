"""A Markdown export written for Pandoc's filters: pandoc-crossref figures and references, citeproc keys, inline TeX."""

from __future__ import annotations

from dossier.importer import import_text

FRONT = "---\ntitle: 'Permits and small charities'\nauthor:\n- name: Ines Corral\ndate: June 4, 2021\n---\n\n# Registration\n\n"


def imported(body: str, front: str = FRONT) -> tuple[str, list[str]]:
    result = import_text(front + body, "permits.md")
    return result.markdown.split("+++", 2)[2], [p.message for p in result.problems]


def test_crossref_figures_are_numbered_and_referred_to_by_number() -> None:
    body = (
        "Half of the charities are not registered (see the top panel of @fig:reg-all).\n\n"
        '<div id="fig:reg-all">\n![Registration by region](figures/reg-region){#fig:reg-region}\n\n'
        "![Registration by size](figures/reg-size){#fig:reg-size}\n\nRegistration by region and size\n</div>\n\n"
        "The charities' experiences vary widely along the coast.\n\n"
        "![Permits issued each year](figures/permits){#fig:permits width=80%}\n\n"
        "Permits rose after 2015. @fig:permits shows the rise.\n"
    )
    text, _ = imported(body)
    assert "(see the top panel of figure 1)" in text
    assert ":::{figure}\n\nFigure 1: Registration by region and size. (a) Registration by region; (b) Registration by size\n:::" in text
    assert ":::{figure}\n\nFigure 2: Permits issued each year\n:::" in text
    assert "Permits rose after 2015. Figure 2 shows the rise." in text  # its own paragraph, never the figure's caption
    assert "<div" not in text and "</div>" not in text and "{#fig" not in text and "@fig" not in text


def test_citation_keys_are_written_as_text_and_told() -> None:
    body = (
        'Its chair, Tomas Rell, observed that "2014 was a year of growth for us" [@hc:2014, 3]. '
        "Staff were detained twice [see @hc:2014, 15; @rell2016].\n\n"
        "Rell2016 is cited once more as @rell2016 argues; the coast office (@harbourdesk) answered.\n"
    )
    text, problems = imported(body)
    assert '"2014 was a year of growth for us" (hc 2014, 3).' in text
    assert "detained twice (see hc 2014, 15; rell 2016)." in text
    assert "as rell (2016) argues" in text
    assert "(@harbourdesk)" in text  # near miss: a handle never cited in brackets stays as it is
    assert any(p.startswith("3 Pandoc citations ('[@key]') written as their keys") for p in problems)


def test_an_export_that_cites_nothing_keeps_its_handles_and_addresses() -> None:
    # near miss: a blog post's handles and e-mail address, and prices in dollars, are no citations and no TeX
    body = "Write to ines@example.org or to @harbourdesk. The permit costs $5 and the renewal $6, $11 in all.\n"
    text, problems = imported(body)
    assert "ines@example.org or to @harbourdesk." in text
    assert "costs $5 and the renewal $6" in text
    assert not any("Pandoc citations" in p for p in problems)


def test_inline_tex_reads_as_its_symbols() -> None:
    body = "The difference is small.[^1]\n\n[^1]: The probability is low ($P(\\Delta > 0) = 0.19$) for $\\alpha \\leq 0.05$.\n"
    text, _ = imported(body)
    assert "P(Δ \\> 0) = 0.19" in text and "α ≤ 0.05" in text and "$" not in text
