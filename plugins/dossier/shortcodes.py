"""A static site's shortcodes and template tags on lines of their own in its Markdown (Hugo's `{{< image … >}}` and
`{{% notice %}}`, Jekyll's and Liquid's `{% include … %}`): markup the site's templates turn into HTML, never the
text's words. An image's or a figure's shortcode is its picture, read as Markdown's image line with the caption its
`caption`, `title` or `alt` gives; any other tag line is left out (the text between an opening and a closing tag stays
where it is)."""

from __future__ import annotations

import re

from .kramdown import MarkupRead

SHORTCODE_LINE = re.compile(
    r"^\s*(?:\{\{(?P<hugo>[<%])-?\s*(?P<hugo_name>/?[\w./-]+)(?P<hugo_args>.*?)-?\s*[>%]\}\}|\{%-?\s*(?P<liquid_name>[\w./-]+)(?P<liquid_args>.*?)-?%\})\s*$"
)
ARGUMENT = re.compile(r"(?P<key>[\w-]+)\s*=\s*(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)'|(?P<bare>[^\s\"']+))")
PICTURE_NAMES = frozenset({"image", "img", "figure", "picture", "photo", "imgproc", "resize"})
CAPTION_KEYS = ("caption", "title", "alt")
SOURCE_KEYS = ("src", "srcwebp", "source", "url", "link", "file", "path", "image")


def without_shortcodes(lines: list[str], read: MarkupRead) -> list[str]:
    """The lines with each shortcode line blanked out, or, for a picture's, written as Markdown's image line."""
    lines = list(lines)
    dropped = 0
    for index, line in enumerate(lines):
        match = SHORTCODE_LINE.match(line)
        if match is None:
            continue
        name = (match["hugo_name"] or match["liquid_name"] or "").lower()
        if match["liquid_name"] == "include":  # '{% include figure.html image="…" caption="…" %}': the included file's name
            name = re.sub(r"\.\w+$", "", (match["liquid_args"] or "").split()[0].lower()) if (match["liquid_args"] or "").split() else name
        arguments = {
            found["key"].lower(): found["double"]
            if found["double"] is not None
            else (found["single"] if found["single"] is not None else found["bare"])
            for found in ARGUMENT.finditer(match["hugo_args"] or match["liquid_args"] or "")
        }
        if name.rsplit("/", 1)[-1] in PICTURE_NAMES:
            caption = next((arguments[key] for key in CAPTION_KEYS if arguments.get(key, "").strip()), "")
            source = next((arguments[key] for key in SOURCE_KEYS if arguments.get(key, "").strip()), "")
            lines[index] = f"![{_bracket_safe(caption)}]({source.replace(' ', '%20').replace(')', '%29')})"
            if caption.strip():
                read.picture_captions[index + 1] = " ".join(caption.split())
            read.inferred.append(f"line {index + 1}: the site's picture shortcode read as an image, captioned {caption!r}")
            continue
        lines[index] = ""
        read.dropped.setdefault("the site's shortcodes and template tags", []).append(line.strip())
        dropped += 1
    if dropped:
        read.inferred.append(f"{dropped} shortcode or template tag lines ('{{{{< … >}}}}', '{{% … %}}') read as the site's markup, left out")
    return lines


def _bracket_safe(text: str) -> str:
    return " ".join(text.replace("[", "(").replace("]", ")").split())
