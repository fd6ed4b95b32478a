"""A French report's verbs of saying ("a dit", "a ajouté", "a estimé") and their forms with the subject pronoun after the
verb ("dit-il", "a-t-elle ajouté") credit the words in guillemets, as the English cues do: passages written for these
tests, with the near misses beside them."""

from __future__ import annotations

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
