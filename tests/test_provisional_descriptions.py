"""Who a speaker nobody put in the registry is, as the report says it (dossier.attribution.descriptions): the title
before the name, an apposition after it or the body named with it; nothing where what follows describes no one."""

from __future__ import annotations

import pytest
from dossier.actors import Registry, suggested_entry
from dossier.attribution.descriptions import describe, serves_the_body
from dossier.document import read_report
from dossier.model import Actor
from dossier.statements import extract_statements

DESCRIBED = [
    (
        '"The port is silting up," said Piet Vander, a senior fellow at the Harbour Policy Institute.',
        "Piet Vander",
        "Senior fellow at the Harbour Policy Institute",
    ),
    (
        "Mara Lind, a policing expert at Kelp Bay University and a former constable, said the force was too big.",
        "Mara Lind",
        "Policing expert at Kelp Bay University",
    ),
    ('"We are ready," Harbour Secretary Olle Brandt told reporters.', "Olle Brandt", "Harbour Secretary"),
    ('"It will not last," said Ines Varga of the Centre for Coastal Studies.', "Ines Varga", "Centre for Coastal Studies"),
    ('"It will not last," said Tomas Reyl of KPRI.', "Tomas Reyl", "KPRI"),
    # a title before the name and the place or body it serves after it ("Supervisor Ana Ruiz of Orvia County")
    ("“The lake needs a plan,” said Supervisor Ana Ruiz of Orvia County.", "Ana Ruiz", "Supervisor, Orvia County"),
    ("“We will vote in May,” said Councilmember Ted Vell of District 4.", "Ted Vell", "Councilmember, District 4"),
    ("“No,” said Mayor Rina Soto of Port Alma on Tuesday.", "Rina Soto", "Mayor, Port Alma"),
    # the place ends at a word of time, a number goes with a numbered area only, a body's "and" is its own, a possessive's
    # owner is no place served
    ("“No,” said Senator Ilse Marro of Kelp Island Tuesday.", "Ilse Marro", "Senator, Kelp Island"),
    ("“No,” said President Ana Ruiz of Orvia Thursday night.", "Ana Ruiz", "President, Orvia"),
    ("“Enough,” said Mayor Rina Soto of Port Alma 12 times last year.", "Rina Soto", "Mayor, Port Alma"),
    ("“Enough,” said Alderwoman Rina Soto of Ward 12 in March.", "Rina Soto", "Alderwoman, Ward 12"),
    ("“It held,” said Chief Executive Ivo Marsk of Kelp Bay Power and Light.", "Ivo Marsk", "Chief Executive, Kelp Bay Power and Light"),
    ("“It will fail,” said Commissioner Ana Ruiz of Kelpstad’s plan.", "Ana Ruiz", "Commissioner"),
    # every US local office's title, as the name finder reads them
    ("“No,” said Assemblywoman Ines Dorr of District 9.", "Ines Dorr", "Assemblywoman, District 9"),
    ("“No,” said Selectwoman Ines Dorr of Kelp Harbor.", "Ines Dorr", "Selectwoman, Kelp Harbor"),
    ("“No,” said Councilperson Ines Dorr of Kelp County.", "Ines Dorr", "Councilperson, Kelp County"),
    ("Professor Ola Strand of the Kelp Bay School of Economics argues that it will.", "Ola Strand", "Professor, Kelp Bay School of Economics"),
    ("On Monday, former Fisheries Minister Anna Kolb said the quota was wrong.", "Anna Kolb", "Former Fisheries Minister"),
    ('"No," said Dag Orum, an analyst at [Norvik Capital](https://example.org/norvik).', "Dag Orum", "Analyst at Norvik Capital"),
    (
        "Varnish Times chief correspondent Ola Pike wrote that the fleet had gone.",
        "Ola Pike",
        "Varnish Times chief correspondent",
    ),  # the paper opens the sentence
    ("The board heard Harbour Authority Secretary General Bo Lind.", "Bo Lind", "Harbour Authority Secretary General"),  # one office
    # a courtesy title or a rank with its stop before a name ends no description
    ('"Later," said Nils Berg, an adviser to Vesterland Sen. Ivo Kalm.', "Nils Berg", "Adviser to Vesterland Sen. Ivo Kalm"),
    ("Piet Harlo, a spokesman for the campaign of Mr. Orlan, said he expected to lose.", "Piet Harlo", "Spokesman for the campaign of Mr. Orlan"),
    ("Labour Shadow Chancellor Tomas Reik issued a reply.", "Tomas Reik", "Shadow Chancellor"),  # the other office, not the chancellor
    # a body's name listing its fields with commas runs on to its end
    (
        "“It held,” said Ivo Marsk, a lecturer in the School of Marine, Polar and Coastal Science at Tromsgard University, who ran it.",
        "Ivo Marsk",
        "Lecturer in the School of Marine, Polar and Coastal Science at Tromsgard University",
    ),
    (
        "Lena Vik, the head of the Ministry of Fisheries, Trade and Shipping, said the quota stands.",
        "Lena Vik",
        "Head of the Ministry of Fisheries, Trade and Shipping",
    ),
    # a comma before two people's names ends the apposition
    ("“It held,” said Ivo Marsk, a lecturer at Tromsgard University, Ana Berg and Tom Vale.", "Ivo Marsk", "Lecturer at Tromsgard University"),
    # a role with no article, then the body it serves
    ('"They will not," said Mira Sollen, president of Harbour Rights Watch.', "Mira Sollen", "President of Harbour Rights Watch"),
    ("Oskar Velt, senior analyst at the Port Institute, told the board it would hold.", "Oskar Velt", "Senior analyst at the Port Institute"),
    # a title in capitals with no article, then the body it serves
    ("“We will appeal,” said Jane Roe, Executive Director of the Harbour Trust.", "Jane Roe", "Executive Director of the Harbour Trust"),
    ("“We will appeal,” said Jane Roe, Vice President of Marketing at Harbour Ltd.", "Jane Roe", "Vice President of Marketing at Harbour Ltd"),
    # a relative clause that only says who the person is
    (
        "“Book the berths,” said Tom Okafor, who is Harbourton Port’s director of operations.",
        "Tom Okafor",
        "Harbourton Port’s director of operations",
    ),
    ("“Book the berths,” said Tom Okafor, who is a director at the Harbour Trust.", "Tom Okafor", "Director at the Harbour Trust"),
    # a body's capitalised name and the title it gives, with no article; a capitalised owner's role
    ("“We will keep the cranes running,” explained Jane Roe, Harbour Authority Director-General.", "Jane Roe", "Harbour Authority Director-General"),
    ("Ivo Hart, HPA Chief Engineer, told the board it would hold.", "Ivo Hart", "HPA Chief Engineer"),
    ("“Gusts will top 60 mph,” said Scott Vale, Harbour Gas's principal meteorologist.", "Scott Vale", "Harbour Gas's principal meteorologist"),
    ("“Gusts will top 60 mph,” said Scott Vale, the Harbour Gas principal meteorologist.", "Scott Vale", "Harbour Gas principal meteorologist"),
]

NOT_DESCRIBED = [
    ('"We will see," said Jon Eld, a day after the vote.', "Jon Eld"),  # no role's noun: no description
    ('"Not now," said Kai Lunde, who runs the ferry.', "Kai Lunde"),  # a relative clause, not an apposition
    ('"Not now," said Eva Sand of Tromsgard.', "Eva Sand"),  # a place, not a body
    ('"Later," said Pia Holm, the report’s editor.', "Pia Holm"),  # whose report, the page alone cannot tell
    ('Lia Mott, the harbour’s chief engineer, told the board: "It holds."', "Lia Mott"),
    ('"Later," said Nils Berg, an adviser to the Vesterland Sen.', "Nils Berg"),  # cut at an abbreviation's stop
    ("Gen. Arne Dahl said the drills were over.", "Arne Dahl"),  # an abbreviated rank alone
    ("Mr. Rolf Aas said the drills were over.", "Rolf Aas"),  # an honorific is no description
    ('"Not now," said Kai Lunde, Bo Lind and Cy Moss.', "Kai Lunde"),  # a list of names, no article: no apposition
    ('"Not now," said Kai Lunde, tired of the ferry.', "Kai Lunde"),  # no role's noun before the body
    ('"Not now," said Kai Lunde, speaking for the group.', "Kai Lunde"),  # a participle, not a role
    ('"Not now," said Kai Lunde, and then-director of the Port Institute Bo Lind.', "Kai Lunde"),  # a second name
    ("“Not now,” said Kai Lunde, Ana Ruiz of Oxfam and Bo Lind.", "Kai Lunde"),  # a list of names in capitals, no title
    ("“Not now,” said Kai Lunde, who is the port’s director.", "Kai Lunde"),  # whose port, the page alone cannot tell
    ("“Not now,” said Kai Lunde, who was angry about the delay.", "Kai Lunde"),  # no role's noun
    ("“Not now,” said Kai Lunde, Harbour Authority.", "Kai Lunde"),  # a body's name with no title
    ("“Not now,” said Kai Lunde, Bo Lind and Cy Moss.", "Kai Lunde"),  # a list of names in capitals
    ("“Not now,” said Kai Lunde, Bo Lind’s husband.", "Kai Lunde"),  # an owner's relative, no role's noun
    ("“Not now,” said Tom Vale, the port's principal engineer.", "Tom Vale"),  # whose port, the page alone cannot tell
]


@pytest.mark.parametrize(("text", "name", "description"), DESCRIBED)
def test_the_title_apposition_or_body_the_text_gives_describes_the_speaker(text, name, description):
    assert describe(text, name) == description


@pytest.mark.parametrize(("text", "name"), NOT_DESCRIBED)
def test_words_after_a_name_that_say_nothing_of_who_it_is_describe_no_one(text, name):
    assert describe(text, name) == ""


def test_the_first_description_the_text_gives_is_kept():
    text = "On Monday, Port Director Ada Krum opened the pier. Later Ada Krum, a former pilot, said: “We waited.”"
    assert describe(text, "Ada Krum") == "Port Director"


def test_a_name_inside_a_longer_word_is_not_the_person():
    assert describe("Professor Ada Krumholz spoke. Ada Krum said no.", "Ada Krum") == ""


def test_a_provisional_speaker_gets_the_description_and_the_entry_to_paste_quotes_it_as_toml():
    import tomllib

    markdown = (
        '+++\ntitle = "Pier Review"\ndate = 2021-03-03\nslug = "pier-review"\n+++\n\n'
        '"The force is too big for the harbour it guards," said Piet Vander, a senior fellow at the Harbour Policy Institute.\n'
    )
    registry = Registry([])
    found = extract_statements(read_report(markdown, "reports/pier-review.md"), registry)
    (vander,) = found.provisional
    assert vander.description == "Senior fellow at the Harbour Policy Institute"
    vander.description = 'Author of "Tides"'
    assert tomllib.loads(suggested_entry(vander))["actor"][0]["description"] == 'Author of "Tides"'


def test_the_entry_to_paste_quotes_a_name_and_aliases_holding_quotation_marks_and_backslashes():
    import tomllib

    speaker = Actor(id="ola-berg", name='Ola "Skipper" Berg', aliases=["Berg", "O\\Berg"], provisional=True)
    (entry,) = tomllib.loads(suggested_entry(speaker))["actor"]
    assert (entry["name"], entry["aliases"]) == ('Ola "Skipper" Berg', ["Berg", "O\\Berg"])


@pytest.mark.parametrize(
    ("between", "serves"),
    [
        (", a senior fellow at the ", True),
        (", spokeswoman for ", True),
        (" of the ", True),
        (", who met the board of the ", False),  # a clause, not a role
        (", a day after the ", False),  # no role's noun
        (" and ", False),
    ],
)
def test_the_words_between_a_person_and_a_body_that_say_the_person_serves_it(between, serves):
    assert serves_the_body(between) is serves


def test_the_map_relates_a_person_to_the_body_an_apposition_names():
    from dossier.model import Actor
    from dossier.relations import EvidenceReader

    markdown = (
        '+++\ntitle = "Pier Review"\ndate = 2021-03-03\nslug = "pier-review"\n+++\n\n'
        '"The force is too big," said Piet Vander, a senior fellow at the Harbour Policy Institute.\n\n'
        "Mara Lind met the Harbour Policy Institute's board on Monday.\n"
    )
    registry = Registry([Actor("hpi", "Harbour Policy Institute", "organization"), Actor("mara-lind", "Mara Lind", "person")])
    report = read_report(markdown, "reports/pier-review.md")
    found = extract_statements(report, registry)
    reading = EvidenceReader(registry, found.statements).read(report)
    affiliations = [(source, target, evidence.rule) for source, target, kind, evidence in reading.relations if kind == "affiliation"]
    assert affiliations == [("piet-vander", "hpi", "apposition: a person's role at a body")]
