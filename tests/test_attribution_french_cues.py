"""A French report's verbs of saying ("a dit", "a ajouté", "a estimé") and their forms with the subject pronoun after the
verb ("dit-il", "a-t-elle ajouté") credit the words in guillemets, as the English cues do: passages written for these
tests, with the near misses beside them."""

from __future__ import annotations

from dossier.attribution.cues import FRENCH_INVERTED, FRENCH_SAYING, IRREGULAR
from passages import attributed


def test_a_french_verb_of_saying_before_or_after_the_guillemets_credits_the_one_named():
    said = "Le maire, Jean Martin, a dit : « Les tarifs baisseront l’an prochain. »"
    assert attributed(said) == [("Jean Martin", "Les tarifs baisseront l’an prochain.")]
    added = "« Le quai restera ouvert tout l’hiver », a ajouté Claire Dubois."
    assert attributed(added) == [("Claire Dubois", "Le quai restera ouvert tout l’hiver")]
    judged = "Claire Dubois a estimé que « le port est saturé »."
    assert attributed(judged) == [("Claire Dubois", "le port est saturé")]
    colon = "Paul Girard a ajouté : « Nous verrons. »"
    assert attributed(colon) == [("Paul Girard", "Nous verrons.")]
    # near misses: "a dit" inside the quotation is the quoted one's words, the speaker the one whose cue follows; "selon"
    # before a common noun names nobody
    inside = "« Jean Martin a dit que le port fermera », a déclaré Claire Dubois."
    assert attributed(inside) == [("Claire Dubois", "Jean Martin a dit que le port fermera")]
    assert attributed("Selon les chiffres, « les tarifs baisseront ».") == []


def test_the_verb_then_its_pronoun_after_the_guillemets_is_the_person_named_before():
    dit = "Jean Martin dirige le port. « Les tarifs baisseront », dit-il."
    assert attributed(dit) == [("Jean Martin", "Les tarifs baisseront")]
    elle = "Claire Dubois dirige le port. « Le quai restera ouvert », a-t-elle ajouté."
    assert attributed(elle) == [("Claire Dubois", "Le quai restera ouvert")]
    il = "Paul Girard a quitté la salle. « Nous verrons », a-t-il déclaré."
    assert attributed(il) == [("Paul Girard", "Nous verrons")]
    present = "Claire Dubois dirige le port. « Le quai restera ouvert », déclare-t-elle."
    assert attributed(present) == [("Claire Dubois", "Le quai restera ouvert")]
    # the pronoun before the verb after the guillemets, as a report in Quebec writes it too ("qu’il a déclaré")
    before = "Jean Martin dirige le port. « Les tarifs baisseront », il a déclaré."
    assert attributed(before) == [("Jean Martin", "Les tarifs baisseront")]
    que = "Jean Martin dirige le port. C’est « une honte », qu’il a déclaré."
    assert attributed(que) == [("Jean Martin", "une honte")]
    # near misses: no one named before, nobody (never a speaker called "Il"); a verb that says nothing cues nothing; an
    # English "he said" and a name opening on "Il" are read as before
    assert attributed("« Les tarifs baisseront », dit-il.") == []
    assert attributed("Jean Martin dirige le port. « Les tarifs baisseront », a-t-il mangé.") == []
    english = "Jean Martin runs the port. “Fares will fall next year,” he said."
    assert attributed(english) == [("Jean Martin", "Fares will fall next year,")]
    named = "Jean Martin runs the port. “Fares will fall next year,” Il Faro said."
    assert attributed(named) == [("Il Faro", "Fares will fall next year,")]


def test_dit_between_commas_and_estime_without_que_say_nothing():
    # "dit « … »" between commas is what one is known as; "estime … à « … »" values a thing
    known_as = "Le chef du gang, Pedro Ruiz, dit « le Loup », a été arrêté."
    assert attributed(known_as) == []
    then_said = "Jean Martin, dit « le Roc », a déclaré : « Nous verrons. »"
    assert attributed(then_said) == [("Jean Martin", "Nous verrons.")]
    assert attributed("Jean Martin estime le coût à « deux millions ».") == []
    assert attributed("Claire Dubois a estimé la perte à « trois semaines de trafic ».") == []
    # near misses: with "que" or a colon, or after the quotation, they say
    que = "Jean Martin dit que « le port est saturé »."
    assert attributed(que) == [("Jean Martin", "le port est saturé")]
    colon = "Jean Martin dit : « Nous verrons. »"
    assert attributed(colon) == [("Jean Martin", "Nous verrons.")]
    after = "« Nous verrons », dit Jean Martin."
    assert attributed(after) == [("Jean Martin", "Nous verrons")]
    estime_que = "Jean Martin estime que « le port est saturé »."
    assert attributed(estime_que) == [("Jean Martin", "le port est saturé")]
    inverted = "Jean Martin dirige le port. « Le port est saturé », estime-t-il."
    assert attributed(inverted) == [("Jean Martin", "Le port est saturé")]


def test_on_is_nobody_and_the_inverted_past_takes_the_auxiliaries_the_plain_one_does():
    # "dit-on", "a-t-on appris": it is said, by nobody; "il", "elles" stand for the one or the people named before
    assert FRENCH_INVERTED.match(", dit-on") is None
    assert FRENCH_INVERTED.match(", a-t-on appris") is None
    assert FRENCH_INVERTED.match(", dit-il") is not None
    assert FRENCH_INVERTED.match(", ont-elles ajouté") is not None
    # an inverted past ("avait-il déclaré") exactly where the plain one is a cue ("avait déclaré")
    for auxiliary in ("a", "ont", "avait", "avaient"):
        inverted = FRENCH_INVERTED.match(f", {auxiliary}-t-il déclaré" if auxiliary == "a" else f", {auxiliary}-ils déclaré")
        assert (inverted is not None) == (f"{auxiliary} déclaré" in IRREGULAR["déclarer"])
    assert set(FRENCH_SAYING) <= set(IRREGULAR)


def test_preciser_souligner_expliquer_and_rappeler_say_as_the_press_writes_them():
    man = "Jean Martin dirige le port. "
    assert attributed(man + "« Il y a trois navires », précise-t-il.") == [("Jean Martin", "Il y a trois navires")]
    woman = "Claire Dubois dirige le port. "
    assert attributed(woman + "« Il faut agir vite », souligne-t-elle.") == [("Claire Dubois", "Il faut agir vite")]
    assert attributed(woman + "Elle souligne : « Il faut agir vite. »") == [("Claire Dubois", "Il faut agir vite.")]
    assert attributed(man + "« Les quais sont vieux », a expliqué Claire Dubois.") == [("Claire Dubois", "Les quais sont vieux")]
    assert attributed(man + "Il rappelle que « les tarifs baisseront ».") == [("Jean Martin", "les tarifs baisseront")]
    assert attributed(man + "Il précise qu’il faut « agir vite ».") == [("Jean Martin", "agir vite")]


def test_an_impersonal_il_and_a_document_saying_and_rappeler_evoking_credit_nobody():
    man = "Jean Martin dirige le port. "
    # "il faut", "il y a", "il est possible que", "il est précisé que": "it", no one the report named
    assert attributed(man + "Il est précisé que « les tarifs baisseront ».") == []
    assert attributed(man + "Il faut souligner que « les tarifs baisseront ».") == []
    assert attributed(man + "Il convient de rappeler que « les tarifs baisseront ».") == []
    assert attributed(man + "Il est possible, précise le rapport, que « les tarifs baissent ».") == []
    assert attributed(man + "Il y a, souligne le rapport, « trois navires ».") == []
    assert attributed(man + "Le rapport précise qu’il faut « agir vite ».") == []
    assert attributed(man + "Il rappelle « les heures sombres » du port.") == []
