"""A static site's shortcodes and template tags on lines of their own in its Markdown (Hugo's `{{< image … >}}` and
`{{% notice %}}`, Jekyll's and Liquid's `{% include … %}`): markup the site's templates turn into HTML, never the
text's words. An image's or a figure's shortcode is its picture, read as Markdown's image line with the caption its
`caption`, `title` or `alt` gives; any other tag line is left out (the text between an opening and a closing tag stays
where it is)."""

from __future__ import annotations

import itertools
import re

from .kramdown import MarkupRead

# one tag: its arguments never hold a closing delimiter nor an opening one, so each try stops at the next brace pair
SHORTCODE_TAG = re.compile(
    r"\{\{(?P<hugo>[<%])-?\s*(?P<hugo_name>/?[\w./-]+)(?P<hugo_args>(?:(?![>%]\}\}|\{\{).)*)[>%]\}\}"
    r"|\{%-?\s*(?P<liquid_name>[\w./-]+)(?P<liquid_args>(?:(?!%\}|\{%).)*)%\}"
)
CODE_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")
ARGUMENT = re.compile(r"(?P<key>[\w-]+)\s*=\s*(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)'|(?P<bare>[^\s\"']+))")
PICTURE_NAMES = frozenset({"image", "img", "figure", "picture", "photo", "imgproc", "resize"})
CAPTION_KEYS = ("caption", "title", "alt")
SOURCE_KEYS = ("src", "srcwebp", "source", "url", "link", "file", "path", "image")


def without_shortcodes(lines: list[str], read: MarkupRead) -> list[str]:
    """The lines with each shortcode line blanked out, or, for a picture's, written as Markdown's image line; a line
    holding text between tags keeps its text. A fenced code block's lines are the text's own."""
    lines = list(lines)
    dropped = 0
    fenced = False
    for index, line in enumerate(lines):
        if CODE_FENCE.match(line):
            fenced = not fenced
        if fenced or "{" not in line:
            continue
        tags, text = _tags_around(line)
        if not tags:
            continue
        if text:
            lines[index] = text
        elif len(tags) == 1 and (picture := _picture(tags[0])) is not None:
            caption, source = picture
            lines[index] = f"![{_bracket_safe(caption)}]({source.replace(' ', '%20').replace(')', '%29')})"
            if caption.strip():
                read.picture_captions[index + 1] = " ".join(caption.split())
            read.inferred.append(f"line {index + 1}: the site's picture shortcode read as an image, captioned {caption!r}")
            continue
        else:
            lines[index] = ""
        read.dropped.setdefault("the site's shortcodes and template tags", []).append(" ".join(tag.group() for tag in tags))
        dropped += 1
    if dropped:
        read.inferred.append(f"{dropped} shortcode or template tag lines ('{{{{< … >}}}}', '{{% … %}}') read as the site's markup, left out")
    return lines


def _tags_around(line: str) -> tuple[list[re.Match[str]], str]:
    """The tags opening and closing a line, and the text between them: every tag and no text when the line is only
    tags; none when a tag is only inside a sentence."""
    stripped = line.strip()
    tags = list(SHORTCODE_TAG.finditer(stripped))
    if not tags or tags[0].start() != 0 or tags[-1].end() != len(stripped):
        return [], ""
    if all(not stripped[before.end() : after.start()].strip() for before, after in itertools.pairwise(tags)):
        return tags, ""
    return [tags[0], tags[-1]], stripped[tags[0].end() : tags[-1].start()].strip()


def _picture(tag: re.Match[str]) -> tuple[str, str] | None:
    """An image's or a figure's opening tag with something to show: its caption and its source."""
    name = (tag["hugo_name"] or tag["liquid_name"] or "").lower()
    args = tag["hugo_args"] or tag["liquid_args"] or ""
    if tag["liquid_name"] == "include" and args.split():  # '{% include figure.html image="…" caption="…" %}': the included file
        name = re.sub(r"\.\w+$", "", args.split()[0].lower())
    if name.startswith("/") or name.rsplit("/", 1)[-1] not in PICTURE_NAMES:
        return None
    arguments = {
        found["key"].lower(): found["double"] if found["double"] is not None else (found["single"] if found["single"] is not None else found["bare"])
        for found in ARGUMENT.finditer(args)
    }
    caption = next((arguments[key] for key in CAPTION_KEYS if arguments.get(key, "").strip()), "")
    source = next((arguments[key] for key in SOURCE_KEYS if arguments.get(key, "").strip()), "")
    return (caption, source) if caption or source else None


def _bracket_safe(text: str) -> str:
    return " ".join(text.replace("[", "(").replace("]", ")").split())
