"""A static site's shortcodes and template tags on lines of their own in its Markdown (Hugo's `{{< image … >}}`,
`{{% notice %}}`, Jekyll's `{% include … %}`): a picture's is a figure captioned by its title, any other is the site's
markup, left out; the text between an opening and a closing tag stays. Passages of our own, with near misses."""

from __future__ import annotations

from imported import body_text, built

TOP = '---\ntitle: "Harbour ministry answers Northland"\ndate: 2021-03-04\n---\n\nThe Harbour ministry has answered the accusations.\n\n'


def test_a_picture_shortcode_is_a_figure_and_any_other_tag_line_is_markup():
    text = (
        TOP + '{{< image srcwebp="/img/1.webp" title="Ministry spokeswoman Jane Roe" >}}\n\n'
        "{{% notice info %}}\n\nThe briefing was held in Vells.\n\n{{% /notice %}}\n\n"
        "{% include newsletter.html %}\n\nThe ministry said it would reply in kind.\n"
    )
    result, report = built(text)
    assert "{{" not in result.markdown and "{%" not in result.markdown
    assert ":::{figure}" in result.markdown and "Ministry spokeswoman Jane Roe" in result.markdown
    assert "The briefing was held in Vells." in body_text(report)
    assert len(result.dropped.get("the site's shortcodes and template tags", [])) == 3


def test_a_jekyll_figure_include_is_a_figure_and_braces_in_a_sentence_stay():
    result, _ = built(TOP + '{% include figure.html image="/img/2.jpg" caption="The Vells pier at dawn" %}\n\nThe pier reopened.\n')
    assert ":::{figure}" in result.markdown and "The Vells pier at dawn" in result.markdown
    # near miss: template braces written inside a sentence are the text's own
    kept, _ = built(TOP + "The site writes {{< image >}} where a picture goes, the editor said.\n")
    assert "where a picture goes" in kept.markdown and "image" in kept.markdown
