"""A post's words introduced by the post ("The tweet read: “…”", "The retweet by X read:", "in a post that read,"), an
account named before a platform's noun ("the Ana Ruiz Facebook page posted"), and "shared that". Passages written for
these tests, with near misses beside them."""

from __future__ import annotations

from passages import attributed

QUOTE = "The ferry has not run for nine days and nobody at the office answers the phone."


def test_the_post_read_is_the_author_named_the_sentence_before():
    found = attributed(f"Transport drove conversation. @ines_ruiz shared three photos of the empty quay. The tweet read: “{QUOTE}”")
    assert found == [("@ines_ruiz", QUOTE)]
    found = attributed(f"Mayor Jonas Reiter posted a video from the harbour on Monday. His post read: “{QUOTE}”")
    assert found == [("Jonas Reiter", QUOTE)]
    found = attributed(f"Ana Ruiz said at a meeting that the ferry would run again. The statement read: “{QUOTE}”")
    assert found == [("Ana Ruiz", QUOTE)]


def test_the_post_by_someone_and_a_post_that_read_in_the_same_sentence():
    assert attributed(f"The retweet by Ana Ruiz read: “{QUOTE}”") == [("Ana Ruiz", QUOTE)]
    assert attributed(f"Ana Ruiz shared the clip in a tweet that read, “{QUOTE}”") == [("Ana Ruiz", QUOTE)]
    found = attributed("@ines_ruiz posted a photo of the quay. The tweet concluded with the stern warning, “Fix it now”.")
    assert found == [("@ines_ruiz", "Fix it now")]


def test_a_banner_or_a_post_nobody_is_said_to_have_posted_is_nobodys():
    assert attributed(f"Residents gathered at the quay on Tuesday. A banner on the gate read: “{QUOTE}”") == []
    assert attributed(f"The ferry company stayed silent on Tuesday. The tweet read: “{QUOTE}”") == []


def test_an_account_named_before_a_platform_noun_is_its_owner():
    found = attributed(f"The Ana Ruiz Twitter profile began posting yesterday, tweeting that: “{QUOTE}”")
    assert [name for name, _quote in found] == ["Ana Ruiz"]
    found = attributed(f"Earlier this week, the Harbour Watch account had posted photos of the quay: “{QUOTE}”")
    assert [name for name, _quote in found] == ["Harbour Watch"]
    assert attributed(f"Earlier this week, the Twitter account had posted photos of the quay: “{QUOTE}”") == []


def test_shared_that_is_a_verb_of_saying():
    assert attributed(f"Ana Ruiz shared that: “{QUOTE}”") == [("Ana Ruiz", QUOTE)]
    assert attributed("Ana Ruiz shared the photo of the quay on Monday. Nobody answered.") == []


def test_a_post_by_someone_named_the_sentence_before_is_theirs_not_the_one_who_shared_it():
    text = f"Party leader @jonas_r retweeted an original post by Harbour Forum policy head @ana_v. The original post read: “{QUOTE}”"
    assert attributed(text) == [("@ana_v", QUOTE)]
    text = f"Party leader Jonas Reiter retweeted a post by Ana Vos. The retweet read: “{QUOTE}”"
    assert attributed(text) == [("Jonas Reiter", QUOTE)]


def test_a_relative_clause_between_the_post_and_read_keeps_its_author():
    found = attributed(f"Transport drove conversation. The post by Ana Ruiz that drew 2,000 replies read: “{QUOTE}”")
    assert found == [("Ana Ruiz", QUOTE)]
    found = attributed(f"Mayor Jonas Reiter posted a video from the harbour. The post that went viral read: “{QUOTE}”")
    assert found == [("Jonas Reiter", QUOTE)]
    found = attributed(f"Mayor Jonas Reiter posted a video from the harbour. The post, which drew 2,000 replies, read: “{QUOTE}”")
    assert found == [("Jonas Reiter", QUOTE)]


def test_an_owner_named_before_the_post_that_read_is_its_author():
    assert attributed(f"Transport drove conversation. The Velan Ministry post that went viral read: “{QUOTE}”") == [("Velan Ministry", QUOTE)]
    assert attributed(f"Transport drove conversation. The Velan Ministry tweet read: “{QUOTE}”") == [("Velan Ministry", QUOTE)]


def test_near_miss_a_platform_or_a_banner_with_a_relative_clause_is_nobodys():
    assert attributed(f"Transport drove conversation. The Twitter post that went viral read: “{QUOTE}”") == []
    assert attributed(f"Residents gathered at the quay. The banner that hung on the gate read: “{QUOTE}”") == []
    assert attributed(f"The ferry company stayed silent. The post that went viral read: “{QUOTE}”") == []


def test_a_platform_before_the_post_is_nobody():
    # "The Reddit post read:": the platform carries the post; it is nobody's words there
    words = ' post read: "Closing the quay is theft."'
    for platform in ("Reddit", "Truth Social", "Weibo", "Snapchat"):
        assert attributed(f"The {platform}{words}") == []
    assert attributed('The Weibo post that went viral read: "Closing the quay is theft."') == []
    # an unknown single word is no person either; a surname the report names in full is
    assert attributed(f"Pol Harren posted on a forum.\n\nThe Quorra{words}") == []
    assert attributed(f"Pol Harren wrote to the council.\n\nThe Harren{words}") == [("Pol Harren", "Closing the quay is theft.")]
    # near misses: a body or a person named in full before the post's noun
    assert attributed(f"The Velan Ministry{words}") == [("Velan Ministry", "Closing the quay is theft.")]
    assert attributed(f"The Pol Harren{words}") == [("Pol Harren", "Closing the quay is theft.")]
