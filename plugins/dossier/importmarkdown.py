"""Rendering the imported report as Dossier Markdown with its TOML front matter."""

from __future__ import annotations

from datetime import date

from .actors import toml_string
from .document import UNKNOWN_DATE
from .headings import GLOSSED_HEADING
from .importnotes import convert_markers
from .importunits import Meta, Unit
from .markdownexport import with_emphasis
from .symbolnotes import convert_symbol_cites
from .text import ADDRESS_IN_TEXT, escape_markdown

EMPHASISED_KINDS = frozenset({"paragraph", "quote", "bullet"})  # a Markdown export's bold and italics kept in its text
GLOSS_MIN_WORDS = 4  # "(Russian objective: Create defensible buffer zones …)" is a gloss; "(MoD)", "(2021–2024)" stay in the heading


def toml_value(value: object) -> str:
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def _between_steps(body: list[Unit], at: int) -> bool:
    """A code block between two steps of a numbered list: written under the first step, so that the list runs on."""
    above, below = (body[at - 1] if at > 0 else None), (body[at + 1] if at + 1 < len(body) else None)
    return all(unit is not None and unit.kind == "bullet" and unit.data.get("ordered") for unit in (above, below))


def with_linked_addresses(markdown: str) -> str:
    """A text written in Markdown with each web address in it ('… see https://harbour.example/tugs.') a link to itself,
    as a reader clicks it on the page it was copied from; the stop after it stays the sentence's. The address is linked
    as escaped: Markdown reads a link's backslashes as the characters they escape."""
    return ADDRESS_IN_TEXT.sub(lambda address: f"[{address.group(0)}](<{address.group(0)}>)", markdown) if "://" in markdown else markdown


def render_markdown(meta: Meta, body: list[Unit], notes: dict[str, Unit]) -> str:
    lines = ["+++"]
    for key in ("title", "slug", "date", "series", "number", "tags", "summary", "author_note", "source"):
        if key == "date" and not meta.get("date"):
            lines.append(f"date = {toml_value(UNKNOWN_DATE)}")
        elif key == "date" and meta.get("date_month") == meta["date"]:
            lines.append(f"date = {toml_value(meta['date'].isoformat()[:7])}")  # "2021-05": the month, the day unknown
        elif meta.get(key):
            lines.append(f"{key} = {toml_value(meta[key])}")
    for author in meta.get("author_entries", []):
        lines += ["", "[[authors]]"] + [f"{k} = {toml_value(v)}" for k, v in author.items()]
    lines += ["+++", ""]
    previous_kind = None
    for at, unit in enumerate(body):
        text = (
            unit.text
            if unit.data.get("markdown")
            else with_linked_addresses(escape_markdown(unit.text))
            if unit.data.get("brackets no markers")
            else with_linked_addresses(convert_markers(unit.text, notes))
        )
        if unit.data.get("symbol cites") and not unit.data.get("markdown"):
            text = convert_symbol_cites(text, [key for key in unit.data["symbol cites"] if key in notes])
        if unit.data.get("emphasis") and unit.kind in EMPHASISED_KINDS and not unit.data.get("markdown"):
            text = with_emphasis(text, unit.data["emphasis"])
        glossed = GLOSSED_HEADING.match(text) if unit.kind == "heading" else None
        if glossed and len(glossed.group("gloss").split()) >= GLOSS_MIN_WORDS:
            # "Northern Axis(Russian objective: Create …)": the heading, then its gloss as the section's first line
            lines += ["#" * unit.level + " " + glossed.group("head").rstrip(), "", f"({glossed.group('gloss').strip()})", ""]
        elif unit.kind == "heading":
            lines += ["#" * unit.level + " " + text, ""]
        elif unit.kind == "quote":
            if previous_kind == "quote":
                lines[-1:] = [">", "> " + text, ""]
            else:
                lines += ["> " + text, ""]
        elif unit.kind == "bullet":
            marker = f"{unit.data.get('number', 1)}." if unit.data.get("ordered") else "-"
            if previous_kind == "bullet":
                lines[-1:] = [f"{marker} {text}", ""]
            else:
                lines += [f"{marker} {text}", ""]
        elif unit.kind == "figure":
            lines += [":::{figure}"]
            if unit.data["credit"]:
                credit = unit.data["credit"] if unit.data.get("markdown") else escape_markdown(unit.data["credit"])
                lines += [f":credit: {credit}"]
            caption = unit.data["caption"] if unit.data.get("markdown") else convert_markers(unit.data["caption"], notes)
            lines += ["", caption or "(no caption)", ":::", ""]
        elif unit.kind == "code" and _between_steps(body, at):
            indent = " " * (len(str(body[at - 1].data.get("number", 1))) + 2)  # under the step's text: '1. ' is three wide
            lines += ["\n".join(indent + line if line else line for line in unit.data["code"].split("\n")), ""]
        elif unit.kind == "code":
            lines += [unit.data["code"], ""]
        elif unit.kind == "editorial":
            lines += [":::{editorial}", text, ":::", ""]
        else:
            lines += [text, ""]
        previous_kind = unit.kind
    for key, note in notes.items():
        lines += [f"[^{key}]: {note.text if note.data.get('markdown') else with_linked_addresses(escape_markdown(note.text))}", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
