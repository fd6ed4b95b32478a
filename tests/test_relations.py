"""The actor graph on small passages of our own: each relation rule, each near miss, evidence, affiliations, layout."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from dossier.clauses import Context, mentions_in, read_clauses
from dossier.layout import force_layout
from dossier.mapdata import LARGE_MAP_RELATIONS, MapView
from dossier.relations import TYPED, ActorGraph, Evidence, split_sentences
from dossier.speakers import SpeakerBook
from test_statements import registry


def graph_of(body: str, date: str = "2022-06-30"):
    from dossier.document import read_report

    text = f'+++\ntitle = "A Report"\ndate = {date}\nslug = "a-report"\n+++\n{body}'
    report = read_report(text, "content/reports/a.md")
    known = registry()
    book = SpeakerBook([report], known)
    return ActorGraph([report], known, book.statements), book


def relations(graph) -> set[tuple[str, str, str]]:
    return {(r.source, r.kind, r.target) for r in graph.relations.values()}


def typed(body: str) -> set[tuple[str, str, str]]:
    graph, _ = graph_of(body)
    return {r for r in relations(graph) if r[1] in TYPED}


def read(sentence: str) -> set[tuple[str, str, str, str]]:
    """The clause readings of one sentence, with unknown names kept (`~name`)."""
    known = registry()
    mentions, _roles = mentions_in(sentence, known)
    return {(r.source.key, r.kind, r.target.key, r.rule) for r in read_clauses(sentence, mentions, Context())}


# --- the rules: subject, cue and object in their roles ------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Rahimi met Varga in Geneva.", ("rahimi", "contact", "varga")),
        ("On May 3, Rahimi held a phone call with Varga.", ("rahimi", "contact", "varga")),
        ("Varga held talks with his Norlandic counterpart Leila Rahimi.", ("rahimi", "contact", "varga")),  # contact has no direction
        ("Rahimi accused Southmark of blocking the border.", ("rahimi", "opposition", "southmark")),
        ("Rahimi praised Varga's proposal to reopen the road.", ("rahimi", "support", "varga")),
        ("Southmark was criticised by Rahimi for the closure.", ("rahimi", "opposition", "southmark")),
        ("Varga was warmly welcomed by Rahimi in the capital.", ("rahimi", "support", "varga")),
        ("Speaking with Varga on May 3, 2022, Rahimi said the road would reopen.", ("rahimi", "contact", "varga")),
        ("Warning Southmark not to close the road, Rahimi said that patience has limits.", ("rahimi", "opposition", "southmark")),
        ("Minister Rahimi, who met with Varga on May 3, left for Geneva.", ("rahimi", "contact", "varga")),
        ("The meeting between Rahimi and Varga lasted an hour.", ("rahimi", "contact", "varga")),
        ("In her conversation with Tomas Varga, Minister Rahimi asked for patience.", ("rahimi", "contact", "varga")),
        ("Rahimi changed course, launching talks with Southmark.", ("rahimi", "contact", "southmark")),
        ("Varga, at a meeting with Okafor on May 3, said the road would reopen.", ("okafor", "contact", "varga")),
        ("Varga recounts that at his first meeting with his Norlandic counterpart, Leila Rahimi, the two agreed.", ("rahimi", "contact", "varga")),
        ("Okafor told Norland's Foreign Minister Leila Rahimi that the road is closed.", ("okafor", "contact", "rahimi")),
        ("Minister Rahimi and Foreign Minister Tomas Varga discussed the road on May 3.", ("rahimi", "contact", "varga")),
        ("Rahimi informed Southmark about the closure.", ("rahimi", "contact", "southmark")),
        ("The Herald reported that Minister Rahimi said the road would reopen.", ("the-herald", "quoting", "rahimi")),
        ("Varga said so in an interview with the state-run daily the Herald on May 3.", ("the-herald", "quoting", "varga")),
        ("Rahimi condemned Southmark's \u201chybrid war\u201d against Norland.", ("rahimi", "opposition", "southmark")),
        ("Rahimi walked out of the talks and condemned Southmark.", ("rahimi", "opposition", "southmark")),
        ("The Herald quoted Varga on the closure.", ("the-herald", "quoting", "varga")),
        ("Varga told the Herald that the road stays shut.", ("the-herald", "quoting", "varga")),
        ("The Herald interpreted Rahimi's statements in a cartoon.", ("the-herald", "quoting", "rahimi")),
        ("Rahimi said so in an interview with the Herald.", ("the-herald", "quoting", "rahimi")),
    ],
)
def test_a_typed_relation_needs_subject_cue_and_object_in_one_clause(sentence, expected):
    found = typed(sentence + "\n")
    assert expected in found, found
    assert len(found) == 1, f"one relation, not one per name: {found}"


def test_a_name_inside_an_apposition_or_a_role_is_not_the_one_who_acts_or_is_acted_on():
    assert {r[:3] for r in read("Jane Roe, a former fellow at the Carnegie Moscow Center, told Tomas Varga about it.")} == {
        ("~jane roe", "contact", "varga")
    }
    assert {r[:3] for r in read("The Gazette reported the strike, citing the Defense Ministry spokesman Igor Petrov.")} == {
        ("gazette", "quoting", "~igor petrov")
    }


def test_two_objects_joined_by_and_are_both_objects():
    assert typed("Varga changed course, launching talks with Norland and Okafor.\n") == {
        ("norland", "contact", "varga"),
        ("okafor", "contact", "varga"),
    }


def test_short_forms_find_the_name_the_report_gave_before():
    from dossier.document import read_report
    from dossier.relations import EvidenceReader

    report = read_report(
        '+++\ntitle = "A"\ndate = 2022-06-30\nslug = "a"\n+++\n'
        "Gokturk Agvaz runs Smart Impex GmbH, and Advanced Micro Devices Inc (AMD) makes chips. Reuters reported on both.\n\n"
        "Agvaz told Reuters that the firm obeys the rules. AMD told Reuters it stopped sales. Meanwhile told Reuters nothing.\n",
        "content/reports/a.md",
    )
    found = {(s, k, t) for s, t, k, _e in EvidenceReader(registry(), []).read(report).relations if k in TYPED}
    # "Agvaz": the surname of a person named before; "AMD": an acronym given in brackets; "Reuters": it reports;
    # "Meanwhile": one capitalised word that names nobody
    assert found == {("~reuters", "quoting", "~gokturk agvaz"), ("~reuters", "quoting", "~advanced micro devices")}


def test_a_sentence_naming_nobody_is_passed_over_and_he_stays_the_person_named_before_it():
    from dossier.document import read_report
    from dossier.relations import EvidenceReader

    report = read_report(
        '+++\ntitle = "A"\ndate = 2022-06-30\nslug = "a"\n+++\n'
        "Dana Kolvar arrived in the capital on Monday. The talks lasted for hours. He met Piet Ostrand and thanked him.\n",
        "content/reports/a.md",
    )
    reading = EvidenceReader(registry(), []).read(report)
    # the middle sentence names no one: left after its mentions, it neither adds a passage nor forgets who 'he' is
    assert [(s, t, k, e.text) for s, t, k, e in reading.relations] == [
        ("~dana kolvar", "~piet ostrand", "contact", "He met Piet Ostrand and thanked him.")
    ]


def test_a_condition_is_no_relation_and_a_passive_sanction_names_its_agent():
    assert typed("The pipeline will not open if Norland invades Southmark.\n") == set()
    assert read(
        "Sinno Electronics Co Ltd, a Chinese company that was placed under export restrictions by the Trade Office in June, did not comment."
    ) == {("~trade office", "opposition", "~sinno electronics", "passive: Y was VERBed by X")}


def test_his_meeting_is_the_meeting_of_the_nearest_person_named_before():
    assert typed("Rahimi criticized Okafor for his meeting with Varga.\n") == {("rahimi", "opposition", "okafor"), ("okafor", "contact", "varga")}


def test_names_the_registry_does_not_know_are_related_by_the_same_rules():
    found = read("Jane Roe accused John Doe of lying.")
    assert ("~jane roe", "opposition", "~john doe", "X VERB Y") in found
    assert read("China sanctioned the Hudson Institute.") == {("~china", "opposition", "~hudson institute", "X VERB Y")}
    assert {r[:3] for r in read("Moscow blamed the Ukrainian government for the failure.")} == {("~russia", "opposition", "~ukraine")}
    assert {r[:3] for r in read("Le Yucheng told Russia's Ambassador to China Andrei Denisov that talks go on.")} == {
        ("~le yucheng", "contact", "~andrei denisov")
    }


# --- quoted words ---------------------------------------------------------------------------------


def test_the_speakers_own_quote_gives_a_relation_only_where_it_states_one():
    assert typed('Okafor said:\n\n> "We condemn the Herald\'s campaign against Southmark."\n') == {("okafor", "opposition", "the-herald")}
    assert typed('Okafor said:\n\n> "We warn Norland: our patience has limits."\n') == {("okafor", "opposition", "norland")}
    assert typed('Okafor said:\n\n> "Norland and Southmark have always been neighbours, and the Herald knows it."\n') == set()


def test_we_outside_a_quote_is_nobodys_side():
    assert typed("We warn Norland that the border is closed.\n") == set()


def test_a_quote_the_speaker_attributes_to_someone_else_is_quoting():
    graph, _ = graph_of("Okafor said:\n\n> \"Yesterday Varga wrote: 'The road will stay closed for a month.' We disagree.\"\n")
    assert ("okafor", "quoting", "varga") in relations(graph)


# --- near misses: no typed relation ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # members of a list
        "Rahimi supports a forum with the participation of Okafor, Varga, and Southmark.",
        "Rahimi welcomed Norland, Southmark, and the Herald to the forum.",
        # negation
        "Rahimi did not meet Varga in Geneva.",
        "Rahimi never praised Varga.",
        "Rahimi has not demonstrated any willingness to meet with Varga.",
        # hypotheticals and attempts
        "Rahimi could warn Southmark before the vote.",
        "If Rahimi meets Varga, the road may reopen.",
        "Rahimi sought to recruit Southmark and tried to meet Varga.",
        "Rahimi threatened to leave the talks if Southmark does not guarantee the road.",
        # cooperation between, with no direction
        "Rahimi called for cooperation between Norland and Southmark.",
        "Rahimi announced talks for a roadmap for long-term cooperation between Norland and Southmark.",
        "There may be lengthy negotiations between Norland and Southmark.",
        # an object that is not the actor
        "Rahimi warned Southmark's neighbours about the road.",
        "Rahimi warned that Southmark's road would close.",
        "Rahimi blamed the closure on the claim that Southmark had allowed Varga to pass.",
        # contact with an outlet is not a meeting
        "Rahimi spoke to the Herald about the road.",
    ],
)
def test_near_misses_give_no_typed_relation(sentence):
    found = typed(sentence + "\n")
    assert not [r for r in found if r[1] in ("contact", "support", "opposition")], found


def test_a_name_inside_a_role_is_no_participant_and_places_the_person_in_a_state():
    graph, _ = graph_of("Norlandic Minister Rahimi praised Varga on June 1, 2022.\n")
    found = relations(graph)
    assert ("rahimi", "support", "varga") in found
    assert not any("norland" in (source, target) and kind != "affiliation" for source, kind, target in found)
    affiliation = graph.relations["rahimi--affiliation--norland"]
    texts = [e.text for e in affiliation.evidence if not e.from_registry]
    assert texts == ["Norlandic Minister Rahimi praised Varga on June 1, 2022."], "the role phrase is a passage of the text"
    assert any(e.from_registry for e in affiliation.evidence), "and the registry says it too"


def test_a_state_an_ambassador_is_sent_to_is_not_their_state():
    known = registry()
    _mentions, roles = mentions_in("Norland's Ambassador to Southmark Tomas Varga arrived.", known)
    assert [(person.key, state.key) for person, state in roles] == []


# --- affiliations from the registry are shown as what they are ---------------------------------------


def test_registry_affiliations_are_never_shown_as_quoted_passages():
    graph, book = graph_of("Rahimi met Varga in Geneva.\n")
    affiliation = graph.relations["varga--affiliation--southmark"]
    assert [e.from_registry for e in affiliation.evidence] == [True]
    assert "content/actors.toml" in affiliation.evidence[0].text, "the data exports say where the registry says it"
    view = MapView(graph, book)
    assert all(not p.from_registry and "actors.toml" not in p.text for p in view.passages)
    row = next(r for r in view.rows if r.relation is affiliation)
    assert row.passages == [] and row.basis == "actor registry" and row.hidden == 0
    edge = next(e for e in view.payload()["edges"] if e["from"] == "varga" and e["relation"] == "affiliation")
    assert edge["passages"] == [] and edge["basis"] == "actor registry"
    assert "actors.toml" not in view.payload_json()
    exported = io.StringIO()
    view.write_relations_csv(exported)
    rows = exported.getvalue().splitlines()
    assert rows[0].endswith(",where,rule") and "content/actors.toml" in exported.getvalue()
    assert any(row.endswith(",registry") for row in rows) and any(row.endswith(",X VERB Y") for row in rows)


# --- co-mention ---------------------------------------------------------------------------------


def test_co_mention_is_neutral_weighted_and_gives_way_to_a_typed_relation_and_to_long_lists():
    graph, _ = graph_of(
        "Rahimi and Okafor were in Geneva. Okafor and Rahimi left together.\n\n"
        "Norland, Southmark, the Herald, the Gazette and Varga were all named in the list.\n"
    )
    co = graph.relations["okafor--co-mention--rahimi"]
    assert len(co.evidence) == 2 and all(e.rule == "named together in one sentence" for e in co.evidence)
    graph, _ = graph_of("Rahimi and Okafor were in Geneva. Rahimi praised Okafor.\n")
    found = relations(graph)
    assert ("rahimi", "support", "okafor") in found and ("okafor", "co-mention", "rahimi") not in found


@pytest.mark.parametrize(
    "opening",
    ["NORLAND (Aug. 13) -- ", "NORLAND, Southmark — ", "NORLAND, March 3 (AP) — ", "Norland, Southmark – ", "(Norland, March 4th, 2021) - "],
)
def test_a_dateline_names_no_actor_of_the_story(opening):
    graph, _ = graph_of(opening + 'Declaring the quota "is not negotiable," Okafor rejected a request from coastal mayors.\n')
    assert not {r for r in relations(graph) if r[1] != "affiliation" and "okafor" in r and ("norland" in r or "southmark" in r)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Norland — and Okafor with it — left the talks.",  # a dash inside the sentence: Norland is its subject
        "Norland, Southmark and Okafor were named.",
        "Okafor spoke in Geneva.\n\nNORLAND — the host — thanked Okafor.",  # no sentence opens after the dash
    ],
)
def test_a_place_opening_a_sentence_without_a_dateline_is_still_named(sentence):
    graph, _ = graph_of(sentence + "\n")
    assert {r for r in relations(graph) if "okafor" in r and "norland" in r}


def test_co_mention_starts_hidden_on_a_large_map():
    graph, book = graph_of("Rahimi and Okafor were in Geneva.\n")
    view = MapView(graph, book)
    assert view.payload()["hiddenRelations"] == []
    view.rows = view.rows * (LARGE_MAP_RELATIONS + 1)  # the same line many times stands for a large map
    assert view.payload()["hiddenRelations"] == ["co-mention"]


# --- evidence, sentences, layout, escaping ---------------------------------------------------------


def test_a_meeting_links_the_two_people_with_the_sentence_as_evidence():
    graph, _ = graph_of("On May 3, 2022, Minister Rahimi met Tomas Varga in Geneva.[^1]\n\n[^1]: Herald, May 4, 2022.\n")
    relation = graph.relations["rahimi--contact--varga"]
    evidence = relation.evidence[0]
    assert evidence.text == "On May 3, 2022, Minister Rahimi met Tomas Varga in Geneva."
    assert (evidence.report_slug, evidence.section_slug, evidence.anchor, evidence.date) == ("a-report", "index", "p-1", dt.date(2022, 5, 3))
    assert evidence.rule == "X VERB Y"


def test_a_relation_never_exists_without_evidence_and_sentences_split_after_abbreviations():
    graph, _ = graph_of("Rahimi spoke.\n")
    assert all(r.evidence for r in graph.relations.values())
    assert split_sentences("Mr. Varga met Dr. Okafor. Then they left.") == ["Mr. Varga met Dr. Okafor.", "Then they left."]
    assert split_sentences('He called it "destructive." Warning Norland, he left.') == ['He called it "destructive."', "Warning Norland, he left."]


def test_the_layout_is_seeded_bounded_and_the_same_every_time():
    nodes = [f"n{i}" for i in range(60)]
    edges = [(f"n{i}", f"n{(i * 7) % 60}", 1.0) for i in range(60)]
    first = force_layout(nodes, edges, seed=3)
    assert first == force_layout(nodes, edges, seed=3)
    assert len(set(first.values())) == 60, "no two actors on one spot"
    assert all(abs(x) < 2000 and abs(y) < 2000 for x, y in first.values())


def test_map_data_escapes_markup_and_the_gexf_carries_no_build_date():
    _, book = graph_of('Minister Rahimi said: "We </script><img src=x onerror=alert(1)> will stay in Geneva."\n\nRahimi met Varga.\n')
    graph = ActorGraph(list(book.reports.values()), book.registry, book.statements)
    view = MapView(graph, book)
    payload = view.payload_json()
    assert "<" not in payload and ">" not in payload
    gexf = view.gexf("2022-06-30")
    assert 'lastmodifieddate="2022-06-30"' in gexf and "rahimi" in gexf


def test_invoke_relations_prints_each_relation_with_its_sentence_rule_and_the_registrys_line(tmp_path, capsys):
    from actor_map.review import review
    from test_statements import REGISTRY

    (tmp_path / "reports").mkdir()
    (tmp_path / "actors.toml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "reports" / "a.md").write_text(
        '+++\ntitle = "A Report"\ndate = 2022-06-30\nslug = "a-report"\n+++\n'
        "On May 3, 2022, Rahimi met Varga in Geneva. Jane Roe accused John Doe of lying.\n",
        encoding="utf-8",
    )
    assert review(str(tmp_path)) == 0
    printed = capsys.readouterr().out
    assert "Leila Rahimi (rahimi) in contact with Tomas Varga (varga)" in printed
    assert "May 3, 2022; a-report § " in printed and "rule: X VERB Y" in printed
    assert "“On May 3, 2022, Rahimi met Varga in Geneva.”" in printed
    assert "Tomas Varga: affiliated with Southmark in the actor registry (" in printed and "actors.toml:" in printed
    assert "Jane Roe opposes John Doe" in printed, "relations between names the registry does not know are listed apart"


@pytest.mark.slow  # reads the whole corpus
def test_cues_matched_through_their_case_sensitive_twins_find_what_the_case_insensitive_patterns_find():
    """read_clauses matches its cues on the sentence with ASCII capitals lowered (five times faster), and only the cues
    whose words the sentence holds; every sentence of the corpus texts, in capitals too, and sentences with the
    letters re.IGNORECASE takes for ASCII ones agree."""
    from pathlib import Path

    from dossier import clauses

    cues = clauses.CUES
    assert {clauses.PASSIVE, clauses.CONTACT_NOUN, clauses.OUTLET_PIECE, clauses.JOINT_MEETING, clauses.REPORTED_SAYING} <= set(cues)
    assert {pattern for _kind, pattern in clauses.VERB_CUES} <= set(cues)
    texts = sorted((Path(__file__).parent / "corpus" / "reports").glob("*.txt"))
    sentences = [s for path in texts for line in path.read_text(encoding="utf-8").splitlines() for s in split_sentences(line)]
    sentences += [s.upper() for s in sentences[:400]]
    sentences += ["Russia was criticized IN Moscow by Iran", "The İran MET Turkey", "Iran Met with ſhe", "Iran spoKe with Turkey"]
    # a cue is tried only where one of its start words stands: inside other words, twice over, one match inside another
    sentences += ["The comet metal met Iran", "Iran waswas is was criticised by Turkey", "Iran met met with Turkey", "Iran's ‘met’ Turkey"]
    sentences += ["metmet Iran; Turkey thanked-Iran and praised, praised Russia", "Iran called on Turkey, called Russia", "x met"]
    assert len(sentences) > 2000
    compared = gated = 0
    for sentence in sentences:
        lowered = clauses._lowered(sentence)
        possible = clauses.possible_cues(lowered)
        for pattern in cues:  # a cue ruled out for want of its words finds nothing
            assert pattern in possible or not pattern.search(sentence), (pattern.pattern[:40], sentence)
        gated += not possible
        for pattern in cues:
            expected = [(m.span(), [g and g.lower() for g in m.groups()]) for m in pattern.finditer(sentence)]
            found = [(m.span(), [g and g.lower() for g in m.groups()]) for m in clauses.cue_matches(pattern, sentence, lowered)]
            assert found == expected, (pattern.pattern[:40], sentence)
            if lowered is not None:  # searched from the first of its start words the sentence holds
                words = clauses.sentence_words(lowered)
                later = [(m.span(), [g and g.lower() for g in m.groups()]) for m in clauses.cue_matches(pattern, sentence, lowered, words)]
                assert later == expected, (pattern.pattern[:40], sentence)
            compared += len(expected)
    assert compared > 500 and gated > 500


@pytest.mark.parametrize(
    "pattern, gate",
    [
        (r"\bmet(?:\s+with)?\b", [{"met"}]),
        (r"\b(?:was|is)\s+(?:\w+ly\s+)?(?:warned|critici[sz]ed)\s+by\b", [{"warned", "criticised", "criticized"}, {"by"}, {"is", "was"}]),
        (r"\b(?:in|during)\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:op-ed|piece)\s", [{"op", "piece"}, {"during", "in"}, {"a", "an"}]),
        (r"\b(?:phoned|called)(?!\s+(?:for|on))", []),  # the pattern's end does not end the word ("calledx")
        (r"met\s+with\b", [{"with"}]),  # a match may start inside a word ("helmet"): no first word
        (r"\b(?:hold|had)\s+(?:[a-z-]+\s+){0,2}?talks\s+with", [{"talks"}, {"had", "hold"}]),
    ],
)
def test_a_cue_needs_the_words_its_expression_requires(pattern, gate):
    import re

    from dossier.clauses import cue_gate

    assert sorted(map(sorted, cue_gate(re.compile(pattern, re.I)))) == sorted(map(sorted, gate))


def test_every_cue_has_words_to_look_for():
    """If a new cue, or another Python's parser, gave a cue no words, every sentence would be tried on it again."""
    from dossier import clauses

    assert all(gate for _pattern, gate in clauses.CUE_GATES)
    assert clauses.possible_cues("the minister, in a long speech, thanked everyone in the hall.") == [clauses.VERB_CUES[1][1]]
    assert clauses.possible_cues("nothing of the kind happened in the hall.") == []
    assert clauses.possible_cues(None) == clauses.CUES  # a sentence with a letter re.IGNORECASE takes for an ASCII one


def test_reporting_names_are_looked_for_around_report_and_found_as_one_scan_finds_them():
    """Names.outlets comes from clauses.reporting, which runs REPORTS only near the word 'report': the same matches as
    REPORTS over the whole text, on the corpus texts and on random strings of the pieces that make or spoil one."""
    import random
    from pathlib import Path

    from dossier import clauses

    texts = [path.read_text(encoding="utf-8") for path in sorted((Path(__file__).parent / "corpus" / "reports").glob("*.txt"))]
    pieces = ["Reuters", "AP", "X.Y", "has", "had", "reported", "reporting", "reports", "that", "report", " ", "  ", "\n", ".", "-", "&"]
    pieces += ["Reported", "ly", "Ünal", "\u00a0", "_", "'", "reportedly", "reportsthat"]
    chosen = random.Random(7)
    for _ in range(5000):
        texts.append("".join(chosen.choice(pieces) + chosen.choice(["", " "]) for _ in range(chosen.randint(1, 14))))
    found = 0
    for text in texts:
        expected = [(m.span(), m.group(1)) for m in clauses.REPORTS.finditer(text)]
        assert [(m.span(), m.group(1)) for m in clauses.reporting(text)] == expected, text
        found += len(expected)
    assert found > 200


def test_a_run_on_sentence_is_read_in_pieces_cut_at_spaces():
    """A paragraph without full stops (a list or a table run together) is read in pieces of at most SENTENCE_MAX
    characters, so that reading it costs its length, not its length squared; shorter sentences are left whole."""
    from dossier.sentences import SENTENCE_MAX

    words = [f"Name{i} met Other{i} and" for i in range(800)]
    text = " ".join(words)
    pieces = split_sentences(text)
    assert len(pieces) > 1 and all(len(piece) <= SENTENCE_MAX for piece in pieces)
    assert " ".join(pieces).split() == text.split()  # cut between words, nothing lost
    assert split_sentences(text[:SENTENCE_MAX].rsplit(" ", 1)[0]) == [text[:SENTENCE_MAX].rsplit(" ", 1)[0]]


@pytest.mark.slow  # reads the whole corpus
def test_the_shortcuts_of_the_clause_reader_find_what_their_expressions_find():
    """_light_tail takes the light words before a verb token by token from the end, _outlet_noun_before looks only
    at the words before a name, and _opens_sentence looks for the first letter or digit before a cue instead of deleting
    everything else: each must give what its expression gives when tried at every place of the text
    (corpus sentences cut at every space, and made-up ends with odd spaces, case twins and long gaps)."""
    import re
    from pathlib import Path

    from dossier import clauses

    light_tail = re.compile(r"(?:\s+(?:" + clauses.LIGHT_WORD.pattern + r"))+\s*$", re.I)
    texts = sorted((Path(__file__).parent / "corpus" / "reports").glob("*.txt"))[:12]
    sentences = [s for path in texts for line in path.read_text(encoding="utf-8").splitlines() for s in split_sentences(line)]
    odd = [
        "Iran has also  repeatedly ",
        "Iran reportedly,",
        "x\u2003also\tfirst ",
        "also",
        " also",
        "Tehran İs",
        "The state-run daily ",
        "in the news" + " " * 60 + "site ",
        "a news site\n",
        "the xdaily ",
        "TV  ",
        "ſite news ſite ",
        "a broadcaster",
        "the Daily",
        "_ — 1",
        "“…” ",
        "  While ",
        "After\u00a0",
    ]
    ends = [s[:at] for s in sentences + odd for at in range(len(s) + 1) if at == len(s) or s[at] == " "]
    assert len(ends) > 20000
    tails = outlets = openings = 0
    for text in ends:
        found = light_tail.search(text)
        assert clauses._light_tail(text) == (found.group(0) if found else ""), repr(text)
        tails += bool(found)
        expected = clauses.OUTLET_BEFORE.search(text) is not None
        assert clauses._outlet_noun_before(text, len(text)) == expected, repr(text)
        assert clauses._outlet_noun_before(text + " Kayhan", len(text)) == expected, repr(text)
        outlets += expected
        opens = not clauses.NOT_LETTERS.sub("", text) or bool(clauses.OPENING_WORDS.fullmatch(text))
        assert clauses._opens_sentence(text + " met Iran", len(text)) == opens, repr(text)
        openings += opens
    assert tails > 200 and outlets > 5 and openings > 100


def test_a_one_word_chunk_the_name_finder_drops_names_nobody_however_it_is_written():
    """_chunk_facts says a one-word chunk such as 'However' or 'In' names nobody without asking head_of (NOBODY_WORDS);
    head_of, asked with and without an outlet noun before it, must say the same of each such word in any spelling,
    and the facts of every chunk of the corpus must be what head_of alone gives."""
    from pathlib import Path

    from dossier import clauses
    from dossier.attribution.names import chunks

    def plain_facts(text: str) -> tuple[str, str, bool]:
        words = text.split()
        folded = clauses._folded(words[0]).strip(".,’'") if words else ""
        if len(words) == 1 and folded in clauses.DEMONYM_STATES:
            return folded, "", False
        named = text[:-2] if text.endswith(("'s", "’s")) else text
        return "", named, clauses._names_nobody(named)

    spellings = [
        form
        for word in sorted(clauses.NOBODY_WORDS)
        for form in (word, word.title(), word.upper(), word.title() + ".", word.title() + ",", "’" + word.title(), word.title() + "’", "'" + word)
    ]
    texts = sorted((Path(__file__).parent / "corpus" / "reports").glob("*.txt"))
    found = {c.text for path in texts for line in path.read_text(encoding="utf-8").splitlines() for c in chunks(line)}
    assert len(spellings) > 1500 and len(found) > 5000
    shortcuts = 0
    for text in [*spellings, *sorted(found)]:
        facts = clauses._chunk_facts(text)
        assert facts == plain_facts(text), text
        shortcuts += facts[2] and len(text.split()) == 1
    assert shortcuts > 1500


def test_the_role_expressions_are_skipped_only_where_they_cannot_count():
    """_role_state searches ROLE_JOINED only where the last word before the name is a role word followed by white space,
    and _filler runs its two substitutions only where their words or the final comma are: on every cut of these
    passages (white space of several kinds included) the shortcut says what the expressions would."""
    import itertools

    from dossier import clauses

    words = "his Azerbaijani counterpart, the Iranian foreign minister of to for envoy Envoy ambassador said (by Kremlin spokesman".split()
    spaces = [" ", "  ", "\n", "\u00a0", " \n"]
    texts = [
        space.join(combination) + end
        for length in (1, 2, 3)
        for combination in itertools.permutations(words, length)
        for space, end in itertools.product(spaces[:2], ["", " ", ",", ", ", "\n", " \n"])
    ] + [f"met{space}his{space}Chinese{space}counterpart{space}" for space in spaces]
    for before in texts:
        joined = clauses.ROLE_JOINED.search(before)
        counts = joined is not None and all(w in clauses.ROLE_TITLE_WORDS for w in joined.group(2).split())
        last = before.rsplit(None, 1)[-1] if before[-1:].isspace() and not before.isspace() else ""
        assert not counts or last in clauses.ROLE_TITLE_WORDS, before
        if not ("to" in before or "of" in before or "for" in before):
            assert clauses.ROLE_PREPOSITION_BETWEEN.sub(" ", before) == before, before
        if not before.rstrip().endswith(","):
            assert clauses.COUNTERPART_COMMA.sub(clauses._role_noun_and_space, before) == before, before
    # and the rule itself: a role phrase ending in a role word places the person in its state; a near miss does not
    known = registry()
    _found, roles = mentions_in("He met his Azerbaijani counterpart Jeyhun Bayramov in Baku.", known)
    assert [(person.name, state.name) for person, state in roles] == [("Jeyhun Bayramov", "Azerbaijan")]
    _found, roles = mentions_in("He met his Azerbaijani friends and Jeyhun Bayramov in Baku.", known)
    assert roles == []


def test_a_passage_is_shown_on_one_line_whether_a_report_or_the_registry_gives_it():
    _, book = graph_of("Minister Rahimi met\nVarga   in Geneva.\n")
    graph = ActorGraph(list(book.reports.values()), book.registry, book.statements)
    passages = [e for r in graph.relations.values() for e in r.evidence if not e.from_registry]
    assert passages and all(e.text == " ".join(e.text.split()) and e.line is e.text for e in passages)
    assert Evidence("Ana  Vel:\taffiliated with\nCordland.").line == "Ana Vel: affiliated with Cordland."
