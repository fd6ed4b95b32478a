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


def test_a_tag_pair_on_one_line_keeps_the_text_between_its_tags():
    text = (
        TOP + '{{< quote author="Jane Roe" >}}We will not close the wharf while I am the chair of this board.{{< /quote >}}\n\n'
        "{{% note %}}The inspectors found the hull worn in three places.{{% /note %}}\n\n"
        "{% if site.show %}The council will fund two more inspectors this year.{% endif %}\n\n"
        "{{< spacer >}}{{< /spacer >}}\n\nThe ministry said it would reply in kind.\n"
    )
    result, report = built(text)
    body = body_text(report)
    assert "We will not close the wharf while I am the chair of this board." in body
    assert "The inspectors found the hull worn in three places." in body
    assert "The council will fund two more inspectors this year." in body
    assert "{{" not in result.markdown and "{%" not in result.markdown
    assert "spacer" not in result.markdown


def test_a_closing_picture_tag_and_a_picture_tag_with_nothing_to_show_are_markup():
    last = "The harbour master said the pilots had warned of the worn hull, and nothing was done about the wharf."
    for pictures in (
        '{{< figure src="/img/wharf.jpg" caption="The north wharf at dawn" >}}\n{{< /figure >}}',
        '{{< figure src="/img/wharf.jpg" caption="The north wharf at dawn" >}}\n\n{{< figure >}}',
    ):
        result, report = built(f"{TOP}{pictures}\n\n{last}\n")
        assert result.markdown.count(":::{figure}") == 1 and "The north wharf at dawn" in result.markdown
        assert last in body_text(report)
        assert len(result.dropped.get("the site's shortcodes and template tags", [])) == 1


def test_shortcodes_in_a_fenced_code_block_are_the_text_s_own():
    text = TOP + 'The site\'s editors write this:\n\n```\n{{< image src="/img/x.jpg" >}}\n{% include note.html %}\n```\n\nThe pier reopened.\n'
    result, _ = built(text)
    assert 'image src="/img/x.jpg"' in result.markdown and "{% include note.html %}" in result.markdown
    assert not result.dropped.get("the site's shortcodes and template tags")


def test_an_unclosed_tag_on_a_long_line_is_no_tag_and_a_tag_ends_at_its_first_closer():
    # the arguments never run over a closing or an opening delimiter: each try at a tag stops at the next brace pair
    from dossier.shortcodes import SHORTCODE_TAG

    assert SHORTCODE_TAG.search("{{<a" + " " * 50_000 + "x") is None
    assert SHORTCODE_TAG.search("{{<a " * 20_000) is None
    assert SHORTCODE_TAG.search("{%a " * 20_000) is None
    found = SHORTCODE_TAG.search("{{< a >}}" + " " * 50_000 + ">}}")
    assert found is not None and found.end() == len("{{< a >}}")
    assert SHORTCODE_TAG.fullmatch("{{< a b='x' " + "{{< c >}}") is None
