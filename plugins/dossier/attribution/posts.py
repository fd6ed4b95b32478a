"""A post's words, introduced by the post itself: "@mira_k shared four photos. The tweet read: “…”", "The retweet by
Jonas Reiter read: “…”", "Ana Ruiz shared the clip in a post that read, “…”", "The statement read:" after the sentence
where someone said or issued something; its owner named before its noun ("The Velan Ministry post read:"), a short
relative clause on it before "read" ("The post by Ana Ruiz that drew 2,000 replies read:").

Social-media digests, live blogs and news copy name the author in one sentence and give the post's words in the next,
the post as the subject. The words are the author's: the one named after "by", else the owner named before the post's
noun, else the subject of the sentence the post's clause opens (in a post that read), else the subject of the sentence
before, where that sentence has them post, share, write, say or issue something. A banner, a sign or a slogan that
"read" is nobody's post (no such noun here).
"""

from __future__ import annotations

import re

from .names import CHUNK

# the post's noun, with a word or two before it ("the original post", "a viral tweet") or its owner's name ("the Velan
# Ministry post")
_POST_NOUN = (
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|an?)\s+(?:(?P<owner>"
    + CHUNK.pattern
    + r")\s+)?(?:(?:original|latest|first|second|last|same|viral|earlier|"
    r"full|later|follow-up)\s+)?(?P<noun>tweet|post|retweet|statement|message|caption|thread|update|reply|status)"
)
# a short relative clause on the post before its verb: "that went viral", ", which drew 2,000 replies,"
_ON_THE_POST = r"(?:\s+(?:that|which)\s+(?!reads?\b)(?:[\w’',-]+\s+){1,6}?|,\s+which\s+(?:[^,;:.!?“”\"]|(?<=\d),(?=\d)){1,60}?,)"
# what the post does with its words: "read", "reads", "included the text", "concluded with the stern directive"
_READS = (
    r"(?:read|reads|(?:included|includes|contained|contains)\s+the\s+(?:text|words|line)|(?:concluded|concludes|ended|ends|"
    r"opened|opens|began|begins)\s+with(?:\s+(?:the|a|an|this)(?:\s+[a-z-]+){0,3}?\s+(?:directive|words|line|message|question|"
    r"plea|warning|call|note|statement|remark|demand|appeal))?)"
)
POST_READS = re.compile(
    r"(?:(?P<inside>\bin\s+)?"
    + _POST_NOUN
    + r"(?:\s+by\s+(?:the\s+)?(?P<who>"
    + CHUNK.pattern
    + r"))?(?:"
    + _ON_THE_POST
    + r"\s*|\s+)(?:that\s+|which\s+)?"
    + _READS
    + r")\s*[,:]?\s*$"
)
# the sentence before has its subject post or say something: "shared four photos", "tweeted", "said at a meeting"
POSTING_VERB = re.compile(
    r"\b(?:shared|shares|posted|posts|tweeted|tweets|retweeted|wrote|writes|published|issued|released|uploaded|replied|"
    r"responded|said|says|announced|commented|put\s+out|sent\s+out)\b"
)
# "retweeted an original post by AfriForum's Jan Vos": the sentence before names the post's author after its noun
# ("a post by Harbour Forum policy head Ana Vos, which …": the last name before the clause's end is the author)
POST_BY = re.compile(r"\b(?P<noun>tweet|post|retweet|statement|message|thread|update|reply)\s+by\s+(?P<who>[^,;.]{1,120})")
POST_READ_ENDS = ("read", "reads", "text", "words", "line")  # a cheap gate: the clause ends so, or holds " with " near its end


def post_reads(before: str) -> re.Match[str] | None:
    """The post's clause ending the text before a quote ("The tweet read:", "in a tweet that read,"), if it does."""
    tail = before.rstrip(" ,:")
    if not tail.endswith(POST_READ_ENDS) and " with " not in tail[-80:]:
        return None
    return POST_READS.search(before, max(0, len(before) - 200))
