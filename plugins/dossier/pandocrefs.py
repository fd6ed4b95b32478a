"""Pandoc's cross-references, citations and TeX math in a Markdown export, written as the text Pandoc would make of them.

A dissertation or paper written for Pandoc keeps markup that only Pandoc's filters resolve: pandoc-crossref's figures
(`![caption](file){#fig:x}`, a `<div id="fig:x">` or `::: {#fig:x}` of subfigures over the group's caption), its
references (`@fig:x`, `[@fig:x; @tbl:y]`), citeproc's citation keys (`[@Roe:2014, 3]`) and inline TeX (`$P(\\Delta > 0)
= 0.19$`). Each is read here, line by line with line numbers unchanged, before the export's lines become paragraphs:
figures numbered in order as pandoc-crossref numbers them ("Figure 2: …", a group's subfigures listed after its
caption), a reference the figure's or table's number, a citation its key as text ("(Roe 2014, 3)", the bibliography
is not read, a problem line says so) and math its plain symbols.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from .importunits import CITED_YEAR

_ID = r"[\w.:/+-]*\w"
IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<address>[^)\s]*)(?:\s+[\"'][^\"']*[\"'])?\)(?P<attrs>\{[^{}\n]*\})?\s*$")
DIV_CLOSE = re.compile(r"^\s*(?:</div\s*>|:{3,})\s*$", re.I)
FIGURE_DIV = re.compile(
    r"""^\s*(?:<div\b[^>]*\bid\s*=\s*["']fig:(?P<html>""" + _ID + r""")["'][^>]*>|:{3,}\s*\{[^{}]*#fig:(?P<fenced>""" + _ID + r""")[^{}]*\})\s*$""",
    re.I,
)
LABEL = re.compile(r"\{#(?P<kind>fig|tbl|sec|eq|lst):(?P<id>" + _ID + r")[^{}]*\}")
ATTRIBUTES = re.compile(r"\s*\{#(?:fig|tbl|sec|eq|lst):" + _ID + r"[^{}]*\}")
TABLE_CAPTION = re.compile(r"^(?P<lead>(?:Table)?:\s+)(?P<caption>.*?)\s*\{#tbl:(?P<id>" + _ID + r")[^{}]*\}\s*$")
HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*?)\s*\{#sec:(?P<id>" + _ID + r")[^{}]*\}\s*$")
# one item of a bracketed citation: a prefix ("see"), the key, and what follows it to the next ';' (a locator: ", 3")
_ITEM = r"(?P<prefix>[^@;\[\]]*?)(?P<minus>-?)@(?P<key>[\w][\w:.#$%&+?<>~/-]*[\w])(?P<locator>[^;\[\]@]*)"
ITEM = re.compile(_ITEM)
BRACKETED = re.compile(r"\[(?P<items>(?:[^@;\[\]]*?-?@[\w][\w:.#$%&+?<>~/-]*[\w][^;\[\]@]*;?\s*)+)\](?!\()")
BARE = re.compile(r"(?<![\w@.\[\]])(?P<minus>-?)@(?P<key>[\w][\w:.#$%&+?<>~/-]*[\w])")
KEY_YEAR = re.compile(r"^(?P<name>.+?)[:_-]?(?P<year>" + CITED_YEAR + r")$")
MATH = re.compile(r"(?<![\\$\w])\$(?=\S)(?P<tex>[^$\n]*?\S)\$(?!\d)")
TEX_SYMBOLS = {
    "Delta": "Δ", "delta": "δ", "alpha": "α", "beta": "β", "gamma": "γ", "Gamma": "Γ", "epsilon": "ε", "theta": "θ",
    "lambda": "λ", "mu": "μ", "pi": "π", "rho": "ρ", "sigma": "σ", "Sigma": "Σ", "tau": "τ", "phi": "φ", "chi": "χ",
    "omega": "ω", "Omega": "Ω", "times": "×", "cdot": "·", "pm": "±", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
    "neq": "≠", "ne": "≠", "approx": "≈", "sim": "~", "infty": "∞", "ldots": "…", "dots": "…", "to": "→", "rightarrow": "→",
    "sum": "Σ", "in": "∈", "%": "%", "$": "$", ",": " ", ";": " ", "quad": " ",
}  # fmt: skip
TEX_COMMAND = re.compile(
    r"^\s*\\(?:footnotesize|small|normalsize|large|newpage|clearpage|pagebreak|noindent|centering|medskip|bigskip|smallskip)\s*$"
)
# an HTML wrapper alone on its line, a '<div …>' or a folding box's '<details markdown="1">': markup, its text kept
LAYOUT_TAG_LINE = re.compile(r"^\s*</?(?:div|details)\b[^>]*>\s*$", re.I)
SUMMARY_LINE = re.compile(r"^\s*<summary\b[^>]*>(?P<text>[^<>]*)</summary>\s*$", re.I)  # the folding box's label: a line of text
INCLUDE = re.compile(r"^\s*!INCLUDE\s+\"(?P<file>[^\"]+)\"\s*$")  # markdown-pp's (and pandoc-include's) include line
KIND_WORDS = {"fig": "figure", "tbl": "table", "sec": "section", "eq": "equation", "lst": "listing"}


@dataclass
class PandocRefs:
    figures: dict[int, str] = field(default_factory=dict)  # line -> a figure's caption, numbered; the line is the figure
    problems: list[tuple[int, str]] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)  # the addresses of the figures' images, left out
    markup: int = 0  # HTML <div> lines blanked as markup


def read_pandoc_refs(lines: list[str], fields: dict[str, Any]) -> PandocRefs:
    """Rewrite the export's lines in place (their number unchanged); what was found, to tell."""
    found = PandocRefs()
    numbers: dict[tuple[str, str], str] = {}
    _figures(lines, found, numbers)
    _tables_and_sections(lines, numbers)
    keys = {m.group("key") for line in lines for b in BRACKETED.finditer(line) for m in ITEM.finditer(b.group("items"))}
    cited = bool(keys - {k for k in keys if _crossref(k)}) or any(k in fields for k in ("bibliography", "references", "csl"))
    citations: list[tuple[int, str]] = []
    unresolved: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        if not line.strip() or ("@" not in line and "$" not in line):
            continue
        line = BRACKETED.sub(functools.partial(_bracketed, numbers=numbers, citations=citations, unresolved=unresolved, line=index + 1), line)
        bare = functools.partial(
            _bare, line_text=line, numbers=numbers, citations=citations, unresolved=unresolved, line=index + 1, keys=keys if cited else None
        )
        lines[index] = MATH.sub(_math, BARE.sub(bare, line))
    if citations:
        found.problems.append(
            (
                citations[0][0],
                f"{len(citations)} Pandoc citations ('[@key]') written as their keys, {citations[0][1]!r}: "
                "the bibliography they name is not read, so no reference list is made",
            )
        )
    if unresolved:
        found.problems.append(
            (
                unresolved[0][0],
                f"{len(unresolved)} cross-references to a figure or table the export does not label ({unresolved[0][1]!r}) written as 'the figure' or 'the table'",
            )
        )
    if found.markup:
        found.inferred.append(f"{found.markup} HTML <div> or <details> and TeX layout lines ('\\footnotesize') read as markup: the text inside kept")
    if found.figures:
        found.inferred.append(
            f"{len(found.figures)} pandoc-crossref figures ('{{#fig:…}}') numbered, and '@fig:…' references written as their numbers"
        )
    return found


def _crossref(key: str) -> str:
    prefix = key.split(":", 1)[0].lower()
    return prefix if ":" in key and prefix in KIND_WORDS else ""


def _figures(lines: list[str], found: PandocRefs, numbers: dict[tuple[str, str], str]) -> None:
    """Number the figures in order: an image labelled '{#fig:x}' on its own, or a div labelled one, whose images are its
    subfigures and whose last paragraph is its caption. Other <div> lines alone are markup, blanked."""
    count = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        group = FIGURE_DIV.match(line)
        image = IMAGE.match(line.strip())
        if group:
            end = next((j for j in range(index + 1, len(lines)) if DIV_CLOSE.match(lines[j])), None)
            if end is not None:
                count += 1
                numbers[("fig", group.group("html") or group.group("fenced"))] = str(count)
                _figure_group(lines, index, end, count, found, numbers)
                index = end + 1
                continue
        if image and image.group("attrs") and LABEL.search(image.group("attrs") or "") and "#fig:" in image.group("attrs"):
            count += 1
            label = LABEL.search(image.group("attrs") or "")
            assert label is not None
            numbers[("fig", label.group("id"))] = str(count)
            found.figures[index + 1] = f"Figure {count}: {image.group('alt').strip()}".rstrip(": ")
            found.images.append(image.group("address"))
            lines[index] = image.group("alt").strip() or " "
        elif LAYOUT_TAG_LINE.match(line) or TEX_COMMAND.match(line):
            lines[index] = ""
            found.markup += 1
        elif SUMMARY_LINE.match(line):
            lines[index] = SUMMARY_LINE.match(line).group("text").strip()  # type: ignore[union-attr]
            found.markup += 1
        elif INCLUDE.match(line):
            found.problems.append((index + 1, f"the export includes {INCLUDE.match(line).group('file')!r} (!INCLUDE), which is not read"))  # type: ignore[union-attr]
            lines[index] = ""
        index += 1


def _figure_group(lines: list[str], start: int, end: int, number: int, found: PandocRefs, numbers: dict[tuple[str, str], str]) -> None:
    subcaptions: list[str] = []
    paragraphs: list[list[int]] = []
    for j in range(start + 1, end):
        image = IMAGE.match(lines[j].strip())
        if image:
            subcaptions.append(image.group("alt").strip())
            found.images.append(image.group("address"))
            label = LABEL.search(image.group("attrs") or "")
            if label is not None:
                numbers[("fig", label.group("id"))] = f"{number}{chr(ord('a') + len(subcaptions) - 1)}"
            lines[j] = ""
        elif lines[j].strip():
            if paragraphs and paragraphs[-1][-1] == j - 1:
                paragraphs[-1].append(j)
            else:
                paragraphs.append([j])
        else:
            lines[j] = ""
    lines[start] = lines[end] = ""
    found.markup += 2
    caption = " ".join(lines[j].strip() for j in paragraphs[-1]) if paragraphs else ""
    for j in paragraphs[-1] if paragraphs else []:
        lines[j] = ""
    parts = "; ".join(f"({chr(ord('a') + i)}) {text}" for i, text in enumerate(subcaptions) if text)
    text = f"Figure {number}: {caption}".rstrip(": ") + (f". {parts}" if parts and caption else parts)
    line = paragraphs[-1][0] if paragraphs else start
    lines[line] = text
    found.figures[line + 1] = text


def _tables_and_sections(lines: list[str], numbers: dict[tuple[str, str], str]) -> None:
    tables = 0
    for index, line in enumerate(lines):
        table = TABLE_CAPTION.match(line)
        heading = HEADING.match(line)
        if table:
            tables += 1
            numbers[("tbl", table.group("id"))] = str(tables)
            lines[index] = f"Table {tables}: {table.group('caption')}"
        elif heading:
            numbers[("sec", heading.group("id"))] = f"“{heading.group('text')}”"
            lines[index] = ATTRIBUTES.sub("", line)
        elif "{#" in line:
            lines[index] = ATTRIBUTES.sub("", line)


def _reference(kind: str, key: str, numbers: dict[tuple[str, str], str], unresolved: list[tuple[int, str]], line: int) -> str:
    label = key.split(":", 1)[1]
    number = numbers.get((kind, label))
    if number is None:
        unresolved.append((line, f"@{key}"))
        return f"the {KIND_WORDS[kind]}"
    return f"{KIND_WORDS[kind]} {number}"


def _key_text(key: str) -> str:
    """A citation key as words: 'Roe:2014' 'Roe 2014', 'roe2014' 'roe 2014', 'unhcr-protocol' as it is."""
    found = KEY_YEAR.match(key)
    return f"{found.group('name')} {found.group('year')}" if found else key.replace("_", " ")


def _bracketed(
    match: re.Match[str], numbers: dict[tuple[str, str], str], citations: list[tuple[int, str]], unresolved: list[tuple[int, str]], line: int
) -> str:
    refs: list[str] = []
    cites: list[str] = []
    for item in ITEM.finditer(match.group("items")):
        key, prefix, locator = item.group("key"), item.group("prefix").strip(), item.group("locator").strip().rstrip(";").strip()
        kind = _crossref(key)
        if kind:
            refs.append(" ".join(p for p in (prefix, _reference(kind, key, numbers, unresolved, line)) if p))
            continue
        year = KEY_YEAR.match(key)
        words = year.group("year") if item.group("minus") and year else _key_text(key)
        cites.append(" ".join(p for p in (prefix, words) if p) + (locator if locator.startswith(",") else f" {locator}" if locator else ""))
    if cites:
        citations.append((line, "(" + "; ".join(cites) + ")"))
    return ", ".join(refs + (["(" + "; ".join(cites) + ")"] if cites else []))


def _bare(
    match: re.Match[str],
    line_text: str,
    numbers: dict[tuple[str, str], str],
    citations: list[tuple[int, str]],
    unresolved: list[tuple[int, str]],
    line: int,
    keys: set[str] | None,
) -> str:
    key = match.group("key")
    kind = _crossref(key)
    if kind:
        text = _reference(kind, key, numbers, unresolved, line)
        before = line_text[: match.start()].rstrip()
        return text[:1].upper() + text[1:] if not before or before.endswith((".", "!", "?")) or key[:1].isupper() else text
    year = KEY_YEAR.match(key)
    if keys is None or (key not in keys and year is None):
        return match.group(0)  # a handle ("@janeroe"), in an export that cites nothing or never cites it in brackets
    text = f"{year.group('name')} ({year.group('year')})" if year else key
    citations.append((line, text))
    return f"({year.group('year')})" if match.group("minus") and year else text


def _math(match: re.Match[str]) -> str:
    """Inline TeX as the plain text it shows: '$P(\\Delta > 0) = 0.19$' 'P(Δ > 0) = 0.19'."""
    tex = match.group("tex")
    text = re.sub(r"\\(?:text|mathrm|mathit|mathbf|textit|textbf|operatorname)\{([^{}]*)\}", r"\1", tex)
    text = re.sub(r"\\([A-Za-z]+|[%$,;])", lambda m: TEX_SYMBOLS.get(m.group(1), m.group(1)), text)
    text = re.sub(r"\^\{([^{}]*)\}", r"^\1", text)
    text = re.sub(r"_\{([^{}]*)\}", r"_\1", text)
    return text.replace("{", "").replace("}", "")
