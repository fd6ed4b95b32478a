"""A post written in title case after a person's name and a comma, made of a rank and the post's noun ("Senior Tutor",
"Deputy Dean", "Head Teacher", "Vice-Provost"), as universities, schools and colleges set a staff member's post in their
news ("Dr Ana Roe, Senior Tutor of the Department of Physics, says"): the post of the person named before it, never a
person whose title is the rank ("Senior") and whose surname is the noun ("Tutor")."""

from __future__ import annotations

# the ranks that open such a post; a rank alone before a name stays a title ("Deputy Reed", "Vice-Chair")
RANK_WORDS = frozenset("senior junior deputy assistant associate acting interim chief head principal lead vice pro".split())
# the nouns of teaching and college posts (schools', colleges' and universities' staff) a rank opens
POST_NOUNS = frozenset(
    """tutor teacher lecturer provost dean registrar rector bursar warden proctor librarian counsellor counselor
    chaplain headteacher headmaster headmistress instructor professor chancellor principal""".split()
)


def ranked_post(chunk: str) -> bool:
    """ "Senior Tutor", "Deputy Head Teacher", "Vice-Provost", "Pro-Vice-Chancellor": capitalised words, the first (or the
    hyphenated word's first part) a rank, the last a teaching or college post; not "Senior Reed", "Deputy Dean Reed"."""
    words = chunk.split()
    if not words or not all(word[:1].isupper() for word in words):
        return False
    parts = [part.lower() for part in "-".join(words).split("-")]
    return len(parts) >= 2 and parts[0] in RANK_WORDS and parts[-1] in POST_NOUNS
