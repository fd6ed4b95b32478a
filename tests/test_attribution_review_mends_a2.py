"""Mends from the attribution review (rev-attr) of session 50: rules that changed behaviour they claimed to keep, and
rules that took a joint or displayed text for one person's words. Each passage is written for these tests, with the near
miss beside it."""

from __future__ import annotations

from passages import attributed

SHIPWRIGHT = "Ilse Marden builds boats at Kessaro. “We launched six hulls this spring,” she said.\n\n"


def test_any_strong_verb_of_saying_before_the_subject_makes_the_sentence_another_s_account():
    noted = SHIPWRIGHT + "An old neighbour later noted Marden had “stopped caring about the sea.”"
    assert attributed(noted) == [("Ilse Marden", "We launched six hulls this spring,")]
    # near miss: a weak verb ("believes") is a view, not an account, and the subject's quoted words stay hers
    believes = SHIPWRIGHT + "Marden believes the yard is “worth every hour.”"
    assert attributed(believes)[-1] == ("Ilse Marden", "worth every hour.")


def test_a_surname_asked_by_a_named_host_is_not_taken_for_a_woman_by_its_ending():
    asked = (
        "Luka Brenna runs the ferry line. “We sail at six,” Brenna said on Monday.\n\n"
        "When Brenna was asked about the delays by talk-show host Ivo Marek, he replied: “Ask the weather.”"
    )
    assert attributed(asked)[-1] == ("Luka Brenna", "Ask the weather.")
    # near miss: a given name most who bear it are women still rules out the "he", who is then the host
    ruth = asked.replace("Luka", "Ruth")
    assert attributed(ruth)[-1] == ("Ivo Marek", "Ask the weather.")


def test_a_group_and_a_named_role_holder_after_the_cue_speak_jointly_not_the_person_alone():
    met = "The Kessaro lock board met on Tuesday.\n\n"
    for group in ("dock police", "lock staff", "crew", "ferry workers"):
        joint = met + f"“We will close the weir,” said {group} and lock keeper Anja Selmer."
        assert attributed(joint) == [], group
    # near miss: two roles of one person still name her
    one = met + "“We will close the weir,” said river warden and lock keeper Anja Selmer."
    assert attributed(one) == [("Anja Selmer", "We will close the weir,")]


def test_the_words_on_billboards_put_up_in_the_sentence_before_are_nobody_s():
    spoke = "Dora Haskel leads the cyclists' club. “We want wider lanes,” she said.\n\n"
    billboards = spoke + "The town had put up billboards beside the bypass. “Mind the gap, ride single file.”"
    assert attributed(billboards) == [("Dora Haskel", "We want wider lanes,")]
    # near miss: where the sentence before puts nothing up, the words after it may still be hers
    talked = spoke + "She talked about the billboards beside the bypass. “Mind the gap, ride single file.”"
    assert attributed(talked)[-1] == ("Dora Haskel", "Mind the gap, ride single file.")
