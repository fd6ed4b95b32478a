"""Social-media handles name who posted, as monitoring digests, live blogs and fact-checks write them: "@mira_k
tweeted: “…”", "@dunmorewatch posted …", a CamelCase account a person's unless its words name an outlet or a body.
Passages written for these tests, with the near misses beside them (a hashtag, an e-mail address, a file name)."""

from __future__ import annotations

from dossier.actors import Registry
from dossier.attribution.handles import Handles, account_kind, plain_word
from dossier.attribution.names import Head
from dossier.document import read_report
from dossier.model import Actor
from dossier.statements import extract_statements
from passages import attributed, attributed_with_kinds

QUOTE = "The buses were late again this morning and nobody told us why."


def test_a_handle_in_lower_case_with_an_underscore_or_digits_names_its_account():
    for handle in ("mira_k", "mirak", "Mira_K", "mira1987", "mira_k_"):
        found = attributed(f"Commuters were angry. @{handle} tweeted: “{QUOTE}” It was shared 900 times.")
        assert found == [(f"@{handle}", QUOTE)], handle


def test_a_handle_with_other_verbs_and_orders():
    assert attributed(f"Many agreed. @jonas_reiter commented, “{QUOTE}”") == [("@jonas_reiter", QUOTE)]
    assert attributed(f"Many agreed. @jonas_reiter responded to the post: “{QUOTE}”") == [("@jonas_reiter", QUOTE)]
    assert attributed(f"Many agreed. “{QUOTE}” wrote @jonas_reiter.") == [("@jonas_reiter", QUOTE)]


def test_a_camel_case_handle_is_a_persons_account_and_an_outlets_stays_an_outlet():
    assert attributed_with_kinds(f"Many agreed. @JonasReiter exclaimed “{QUOTE}”") == [("@JonasReiter", "person", QUOTE)]
    assert attributed_with_kinds(f"Many agreed. @HarbourNews24 tweeted: “{QUOTE}”") == [("@HarbourNews24", "outlet", QUOTE)]


def test_an_underscored_name_without_its_at_is_a_handle():
    assert attributed(f"Many agreed. Mira_Kovac tweeted: “{QUOTE}”") == [("Mira_Kovac", QUOTE)]


def test_a_hashtag_an_email_address_and_a_lone_number_are_no_handles():
    assert attributed(f"Many agreed. The hashtag #busesnow trended: “{QUOTE}”") == []
    assert attributed(f"Many agreed. Email desk@dunmore.gov tweeted: “{QUOTE}”") == []
    handles = Handles()
    text = "mail desk@dunmore.gov or @2020 and file_name.txt"
    assert handles.read(text, text) == text


def test_a_topic_opening_the_sentence_before_takes_no_credit_from_a_handle():
    found = attributed(f"Transport drove conversation. @mira_k shared: “{QUOTE}”")
    assert all(name != "Transport" for name, _quote in found)


def test_the_plain_word_keeps_the_length_and_the_kind_reads_the_words():
    assert plain_word("mira_k2") == "Mirazkz" and len(plain_word("mira_k2")) == 7
    assert account_kind("dunmore_council") == "organization"
    assert account_kind("MiraKovac") == "person"


def test_the_words_before_a_handle_are_its_owners_role():
    found = attributed(f"Forum Head of Policy and Action @jan_vos tweeted: “{QUOTE}”")
    assert found == [("@jan_vos", QUOTE)]


def test_a_handle_spelling_a_name_the_report_writes_stays_a_name():
    # the plain word of "@Kell" is "Kell", Petra Kell's surname: read as an account, her name looped back to it
    found = attributed(f"Petra Kell runs the ferry line.\n\n@Kell posted on Friday: “{QUOTE}”\n\n“We sail at nine,” Petra Kell said.")
    assert ("Petra Kell", "We sail at nine,") in found
    # "@ostrom" is a fan's account, no word of Ivo Ostrom's: the account stays unread and takes no credit from him
    found = attributed(f"“We train every day,” said Ivo Ostrom, the team's coach.\n\nA fan account, @ostrom, tweeted: “{QUOTE}”")
    assert found == [("Ivo Ostrom", "We train every day,")]
    # the near miss: a handle no name of the report spells is read as before
    assert attributed(f"Ivo Ostrom coaches the team.\n\n@ostrom_fan tweeted: “{QUOTE}”") == [("@ostrom_fan", QUOTE)]


def test_a_given_name_before_the_plain_word_keeps_the_persons_name():
    handles = Handles()
    handles.read("@kell posted", "@kell posted")
    assert handles.head(Head("Tom Kell", "", "person", "Kell")).name == "Tom Kell"
    assert handles.head(Head("Action Kell", "Head of Policy and", "person", "Kell")).name == "@kell"


def test_a_handle_the_text_writes_with_its_at_keeps_it_in_the_speakers_name():
    """The name a speaker page, the speakers' index and the map show is the account as the text writes it: "@mira_k"
    with its "@"; an underscored name written without one ("Mira_Kovac") stays as it is."""
    assert attributed(f"Commuters were angry. @mira_k tweeted: “{QUOTE}”") == [("@mira_k", QUOTE)]
    assert attributed(f"Commuters were angry. Mira_Kovac tweeted: “{QUOTE}”") == [("Mira_Kovac", QUOTE)]
    handles = Handles()
    handles.read("@mira_k posted and Mira_Kovac wrote", "@mira_k posted and Mira_Kovac wrote")
    assert handles.head(Head("Mirazk", "", "person", "Mirazk")).name == "@mira_k"
    assert handles.head(Head("Mirazkovac", "", "person", "Mirazkovac")).name == "Mira_Kovac"


def speaker_ids(body: str, registry: Registry) -> list[tuple[str, str]]:
    report = read_report(f'+++\ntitle = "A Report"\ndate = 2026-02-20\n+++\n\nIntro.\n\n{body}', "reports/a.md")
    return [(s.speaker, registry[s.speaker].name) for s in extract_statements(report, registry).statements]


def test_a_registry_entry_for_the_handle_with_or_without_its_at_is_the_speaker():
    body = f"Commuters were angry. @mira_k tweeted: “{QUOTE}”"
    for name in ("@mira_k", "mira_k"):
        registry = Registry([Actor("mira-k", name, "person")])
        assert speaker_ids(body, registry) == [("mira-k", name)], name
