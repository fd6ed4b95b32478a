"""Photo captions and credits: the lines a page sets under its pictures, told from the report's own text."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from .attribution.given_names import listed_given_name
from .attribution.names import AUXILIARIES, IRREGULAR_PAST
from .bylines import DATE_LABEL, MONTH, WEB_ADDRESS_START, _is_person_name, credited_person_name, place_or_body_name
from .contactlines import TYPIST_INITIALS
from .dates import find_date, find_line_date
from .importunits import SIGNATORY_KEY, SMALL_WORDS, TERMINAL, WORD, Unit, is_title_case
from .kickers import STORY_KICKERS

# a paper's own words in brackets on a line of their own, no photo's source: "(Draft Resolution)", "(Part Two)", "(Continued)";
# the words of a paper's part or state, unlike attribution.names.DOCUMENT_WORDS, the last words of documents' names (a treaty's)
PAPER_WORD = (
    r"(?:draft|resolution|bill|act|amendment|motion|reading|part|chapter|section|annex|appendix|schedule|continued|updated|"
    r"corrected|translation|summary|abstract|excerpt|extract|unofficial|check against delivery)"
)
# a photo's credit on a line of its own, in brackets: "(Luis Sinco / Los Angeles Times)", "(AP Photo/Evan Vucci)", or the
# source alone in two to six capitalised words: "(Harbour University Athletics)", "(NPA Photo)"
PAREN_CREDIT = re.compile(
    r"^\((?:photo(?:graph)?s?(?: by)?:?\s*)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*/\s*[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4}\)$"
    r"|^\((?!(?:[\w.’'&-]+\s+)*" + PAPER_WORD + r"\b)(?-i:[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|the|for|and|de)){1,5})\)$",
    re.I,
)
SENTENCE_GAP = re.compile(r"[.!?]\s")
# a bracketed source that says it is a picture's: "(NPA Photo)", "(Harbour Images)", "(Reuters)"
PHOTO_WORD = re.compile(r"\b(?:Photo(?:graph)?s?|Images?|Pictures?|Pics)\b", re.I)
# a caption's present tense opening a paragraph: "A ferry waits at the west pier", "Mayor Ivo Renk speaks at the forum"
SCENE_OPENING = re.compile(
    r"^(?:(?:A|An|The)\s+(?:[a-z][\w’'-]*\s+){0,2}|(?:[A-Z][\w’'.-]*\s+){1,6}(?<![’']s\s))"
    r"(?!(?:is|was|has|as|its|his|this|thus|plus|us|news|less|series)\b)[a-z][a-z’'-]*[a-z](?<!ss)s\s"
)
# a speaker's turn in a transcript ("MAYOR ANA LIND: Thank you …", "Ivo Renk: We …"): speech, never a caption
TURN_OPENING = re.compile(r"^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}:\s")


# a wire photo's credit, surnames in capitals: "YURIY DYACHYSHYN", "Camille CAMDESSUS", "Valentin RAKOVSKY, Valentina BRESCHI"
CAPITALS_CREDIT = re.compile(
    r"^(?!About\s)(?!.*\b(?:THE|OF|AND|ABOUT|FOR|IN|ON|TO|AN?|WITH|BY|AT|FROM|NOTES|SUMMARY|CONCLUSIONS?|INTRODUCTION)\b)(?:[A-Z][a-z]+\s+)?[A-Z]{2,}(?:[- ][A-Z]{2,})*(?:,\s*(?:[A-Z][a-z]+\s+)?[A-Z]{2,}(?:[- ][A-Z]{2,})*)*$"
)


# a photo's credit on a line of its own, naming an agency with the photographer or the source it came through:
# "UAE Ministry Of Foreign Affairs via Reuters", "State Emergency Service Of Ukrai/via Reuters", "AP Photo/Evan Vucci",
# "Sven Hoppe/Getty Images", "AFP via Getty Images", "Getty Images"; a headline naming an agency ("Why Kyiv Trusts Reuters") is none
PHOTO_AGENCY = (
    r"(?:Getty Images|AFP|Reuters|REUTERS|AP Photo|AP|Associated Press|EPA(?:-EFE)?|EFE|Bloomberg|Shutterstock|Alamy|"
    r"Anadolu(?: Agency)?|Sipa USA|Sipa|Pool|TASS|Sputnik|Xinhua|NurPhoto|SOPA Images|LightRocket|ZUMA Press|ZUMA Wire|Imago|"
    r"picture alliance|dpa|Kyodo|Yonhap|Ukrinform|Abaca|Redux|Polaris|Handout|UPI|WireImage|FilmMagic|Invision|"
    # stock libraries and a wire's regional pool a news site credits ('Picture: iStock', 'Photo: Gallo Images')
    r"iStock(?:photo)?|Gallo Images|Unsplash|Pexels|Adobe Stock|Dreamstime|Depositphotos|123RF)"
)


def bracketed_credit(text: str, above: str) -> bool:
    """A bracketed line of its own that is a photo's credit: a photographer and a source across a slash ('(Ivo Marsk /
    Nordpress)'), a source alone that names a picture or an agency ('(NPA Photo)'), or one under a caption telling its
    scene in the present tense ('A ferry waits at the west pier' / '(Harbour University Athletics)'). A stage direction
    under a speaker's turn ('(Cheers and Applause)') or a press office under a story's lead paragraph is no credit."""
    text, above = text.strip(), above.strip()
    if not PAREN_CREDIT.match(text):
        return False
    if "/" in text or PHOTO_WORD.search(text) or re.search(rf"\b{PHOTO_AGENCY}\b", text):
        return True
    return (
        0 < len(above) <= 400
        and not TURN_OPENING.match(above)
        and not QUOTE_MARK.search(above)
        and (bool(SCENE_OPENING.match(above)) or is_photo_caption(above))
    )


_CREDIT_WORDS = r"[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|the|for|and|de|du|van|von|al)){0,6}"
# a news site's credit sets a pipe between the photographer and the agencies: "Jane Roe | Reuters", "Jane Roe | Bloomberg |
# Getty Images"; a byline so set ("By Jane Roe | Reuters") is none
AGENCY_CREDIT = re.compile(
    rf"^(?:{_CREDIT_WORDS}\s*/\s*(?:via\s+)?|{_CREDIT_WORDS}\s+via\s+|(?!By\s){_CREDIT_WORDS}\s+\|\s+)?{PHOTO_AGENCY}"
    rf"(?:\s*/\s*{_CREDIT_WORDS}|,\s*{PHOTO_AGENCY}|\s+\|\s+{PHOTO_AGENCY})?$"
    # the client the photographer worked for: "Jane Roe / WireImage for Harbor Films", "Getty Images for Harbor Films"
    rf"|^(?:{_CREDIT_WORDS}\s*/\s*{PHOTO_AGENCY}|(?:{_CREDIT_WORDS}\s*/\s*)?(?:Getty Images|WireImage|FilmMagic))\s+for\s+{_CREDIT_WORDS}$"
)  # also a video's source and distributor: "AP, AP"

# a wire photo's caption as the agency files it: 'FILE - In this March 2, 2011 file photo, …', '… (AP Photo/Jane Roe, File)',
# a portal's copy of it after the credit ('Jane Roe, File - FILE - In this …') and before its 'less' button
WIRE_PHOTO_CREDIT = re.compile(r"\((?:AP|Reuters|AFP|UPI|EPA)\s+Photo\s*/\s*[^()]{2,80}\)")  # '(AP Photo/Jane Roe, File)'
WIRE_PHOTO_CAPTION = re.compile(rf"(?:^|\s[-–—]\s)FILE\s*[-–—]\s+(?:In\s+this\b|\S.{{0,200}}\bfile\s+photo\b)|{WIRE_PHOTO_CREDIT.pattern}")


# a wire photo's caption giving the news after the old photo's place: 'FILE - In this March 2, 2011 file photo, … in
# Harbourton. Gizmo Works on Wednesday, Aug. 24, 2011 said …'
FILE_PHOTO_OPENING = re.compile(r"\bFILE\s*[-–—]\s+In\s+this\s+.{4,40}?\s+file\s+photo,\s")


def wire_caption_news_day(text: str) -> date | None:
    """The day of the news a wire photo's file caption tells after the photo's own day, or None."""
    opening = FILE_PHOTO_OPENING.search(text) if "FILE" in text else None
    if opening is None:
        return None
    caption = text[opening.end() :]
    credit = WIRE_PHOTO_CREDIT.search(caption)  # the caption ends on its credit: a story's paragraph run on after it is no caption's
    found = find_date(caption[: credit.start()] if credit else caption)
    return found[0] if found else None


def in_file_photo_opening(text: str, at: int) -> bool:
    """The position falls in a wire caption's 'FILE - In this March 2, 2011 file photo,': the old photo's day, no news's."""
    opening = FILE_PHOTO_OPENING.search(text) if "FILE" in text else None
    return opening is not None and opening.start() <= at < opening.end()


def is_wire_photo_caption(text: str) -> bool:
    """The line is a wire photo's caption: never the report's summary, nor glued onto it."""
    return ("FILE" in text or "Photo" in text) and WIRE_PHOTO_CAPTION.search(text.strip()) is not None


# a news page's caption opening on the day the photo was taken and a colon, what it shows in the present tense after
# it: 'Apr. 8: Minister Jane Roe signs the accord …', 'March 3, 2021: Rescuers search the harbour …'
DATED_CAPTION = re.compile(rf"^(?-i:{MONTH})\s+\d{{1,2}}(?:,\s*\d{{4}})?:\s+(?P<caption>[A-Z\"“].{{10,300}})$")
# a caption labelled as one ('Photo: …', 'Pictured: …'), or closed by the agency's credit in brackets ('… in Oslo on
# Monday. (Reuters)', '… (Photo: Jane Roe)')
LABELLED_PHOTO_LINE = re.compile(r"^(?:Photo(?:graph)?|Pictured|Picture|Image|Above|Top photo|Main photo|File photo)\s*:\s+\S", re.I)
VIDEO_CAPTION_LINE = re.compile(r"^(?:Video|Watch)\s*:\s+\S", re.I)  # the caption of a player the copy left out
# the same label over a link to the story's video, the clip's title and its length after it ('Watch: Harbour master quits
# on live TV 02:14'): the player's, no caption, and furniture (furniture.FURNITURE); without the length a 'Watch:' line may
# be a heading or a list's item ('Watch: Fed minutes and the jobs data') and stays with VIDEO_CAPTION_LINE and the headings
VIDEO_LINK_WITH_LENGTH = r"^watch\s*:\s+\S[^.!?]{2,140}\s\(?\d{1,2}:\d\d\)?$"
AGENCY_TAIL = re.compile(r"\s\((?:Reuters|AFP|AP|EPA|Getty Images|Xinhua|(?:Photo|Image|Picture)\s*(?::|by)\s*[^()]{2,80})\)\.?$")


def is_caption_line(text: str, following: str = "") -> bool:
    """A paragraph that is a photo's caption as a page sets it among the story's paragraphs: a wire photo's caption, one
    sentence opened by the photo's day and a colon ('Apr. 8: …', not a chronology's entry, the next one dated so too),
    one labelled 'Photo:', or one closed by the agency's credit in brackets. Never the report's summary."""
    text = text.strip()
    if is_wire_photo_caption(text):
        return True
    dated = DATED_CAPTION.match(text)
    if dated is not None:
        return _one_sentence_caption(dated.group("caption")) and DATED_CAPTION.match(following.strip()) is None
    if LABELLED_PHOTO_LINE.match(text) or VIDEO_CAPTION_LINE.match(text):
        return len(text) <= 300
    tail = AGENCY_TAIL.search(text)
    return tail is not None and _one_sentence_caption(text[: tail.start()])


def _short_caption(text: str) -> bool:
    """A caption's length: a sentence or two (quoted words and all), never a paragraph of the story."""
    return len(SENTENCE_BOUNDARY.findall(text.strip())) < CREDITED_CAPTION_SENTENCES_MAX


def _caption_under_credit(text: str, following: str) -> bool:
    """A caption a page sets under its photo's credit line ('AP' / 'Apr. 8: …'): a caption line, not one closed by a
    credit of its own in brackets."""
    return is_caption_line(text, following) and AGENCY_TAIL.search(text.strip()) is None


# a sentence's end and the next one's capital
CAPTION_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
# a name's initial before its stop, after a given name or another initial ('Jane K. Roe', 'J. K. Roe', 'the U.S. Navy');
# 'Plan B.', 'Pier A.' and 'World War I.' end their sentence. Read in the few characters before the stop: linear.
INITIAL_BEFORE_STOP = re.compile(r"(?:^|[\s(])(?:(?P<given>[A-Z][\w’'-]*)|[A-Z]\.\s?|(?:[A-Z]\.)+)\s?[A-Z]$")
INITIAL_REACH = 30


LONE_CAPITAL = re.compile(r"(?:^|[\s(])[A-Z]$")
INITIAL_AFTER_STOP = re.compile(r"\s+[A-Z]\.\s")  # 'J. K. Roe': the first of two initials


def _stop_after_initial(text: str, stop: int) -> bool:
    if LONE_CAPITAL.search(text[max(0, stop - 2) : stop]) and INITIAL_AFTER_STOP.match(text, stop + 1):
        return True
    found = INITIAL_BEFORE_STOP.search(text[max(0, stop - INITIAL_REACH) : stop])
    return found is not None and (found.group("given") is None or listed_given_name(found.group("given")))


def _sentence_ends_within(text: str) -> bool:
    return any(not (end.group().startswith(".") and _stop_after_initial(text, end.start())) for end in CAPTION_SENTENCE_END.finditer(text))


def _one_sentence_caption(text: str) -> bool:
    """What a photo's caption over its credit line is: one sentence, quoting nobody ('Delegations attend the talks in Abu
    Dhabi, February 4, 2026.', a middle initial's stop no sentence's: 'Mayor Jane K. Roe at the quay.'); a paragraph of the
    story has more, or quotes someone."""
    return len(text) <= 300 and not QUOTE_MARK.search(text) and not _sentence_ends_within(text.strip())


CREDIT_LABEL = re.compile(r"(?:image\s+|photo\s+)?credit\s*(?:\.\.\.|…|:)?", re.I)


# the labels a photo's credit opens with: 'Photograph: Bloomberg/Getty Images' after a caption (classify's CREDITED_CAPTION),
# or alone on its line over the credit
PHOTO_CREDIT_LABELS = r"Photograph|Photographs|Photo|Photos|Illustration|Composite|Picture|Pictures|Video still|Graphic|Graphics|Credit"
# a photo's credit label alone on its line, the credit on the next ('Source:' / 'Supplied', 'Picture:' / 'Jane Roe'), as a
# news group's template sets them under the caption
SPLIT_CREDIT_LABEL = re.compile(rf"(?:source|image|{PHOTO_CREDIT_LABELS})\s*:", re.I)
SPLIT_CREDIT_MAX = 60  # the credit's line: a name, an agency's or 'Supplied'
# what a credit says where no photographer is named: the photo was handed to the paper, or is from its files
CREDIT_WITHOUT_NAME = re.compile(r"(?:supplied|file(?:\s+photo)?|handout)(?:\s+by\s+\S.*)?", re.I)


def split_credit(text: str, next_text: str, above: Unit | None) -> bool:
    """The line is a photo's credit label alone, under its photo's one-sentence caption, over the credit's own short line
    that reads as a credit (a name, an agency, 'Supplied'; under a photo's own label, 'Picture:', an outlet's name in
    capitalised words too): the two are one credit. A subhead or a list of sources under an empty 'Source:' is none."""
    label, credit = text.strip(), next_text.strip()
    photo_label = not label.lower().startswith("source")
    return (
        SPLIT_CREDIT_LABEL.fullmatch(label) is not None
        and _caption_above(above)
        and 0 < len(credit) <= SPLIT_CREDIT_MAX
        and all(_credit_part(part.strip(), photo_label) for part in credit.split("/"))
    )


def _credit_part(text: str, photo_label: bool) -> bool:
    """One side of a credit's slash: a person's name (a listed given name first), an agency, 'Supplied' / 'File', or under
    a photo's label any name in capitalised words ('Harbour Times')."""
    return (
        CREDIT_WITHOUT_NAME.fullmatch(text) is not None
        or re.fullmatch(PHOTO_AGENCY, text) is not None
        or AGENCY_CREDIT.match(text) is not None
        or credited_person_name(text)
        or (photo_label and re.fullmatch(_CREDIT_WORDS, text) is not None)
    )


# a photo's credit on a line of its own under its label: 'Photo: Jane Roe', 'Photo: Jane Roe, Wire', 'Picture: Jane Roe/Harbour Times'
LABELLED_CREDIT_LINE = re.compile(rf"(?:{PHOTO_CREDIT_LABELS})\s*:\s*(?P<credit>[^.!?:]{{2,80}})", re.I)


def labelled_credit_line(text: str) -> bool:
    """'Photo: Jane Roe, Wire': the label and a credit, names or an agency's on each side of a comma or a slash; never a
    caption so labelled ('Photo: Jane Roe at the harbour board's meeting')."""
    found = LABELLED_CREDIT_LINE.fullmatch(text.strip())
    parts = re.split(r"\s*[,/]\s*", found.group("credit").strip()) if found else []
    return bool(parts) and all(_credit_part(part, True) for part in parts if part)


def _caption_above(before: Unit | None) -> bool:
    """The paragraph over a credit line is its photo's caption: one sentence, quoting nobody."""
    return before is not None and before.kind == "paragraph" and _one_sentence_caption(before.text)


# words in a row a lead photo's caption shares with a paragraph of the story under it: more than a stock phrase's
CAPTION_ECHO_WORDS = 6


def caption_echoed(caption: str, later: list[str]) -> bool:
    """A lead photo's caption says again, in the same words, what a paragraph of the story below says ('Mira Ostrand
    urged crews to stay off the quays.' / '… She urged crews to stay off the quays during the strike …'); the story's own
    first paragraph rarely does, so the echo tells the photo's caption from the story's opening."""
    words = _folded_words(caption)
    runs = {" ".join(words[i : i + CAPTION_ECHO_WORDS]) for i in range(len(words) - CAPTION_ECHO_WORDS + 1)}
    for text in later:
        folded = f" {' '.join(_folded_words(text))} "
        if any(f" {run} " in folded for run in runs):
            return True
    return False


def _folded_words(text: str) -> list[str]:
    return re.sub(r"[^\w]+", " ", text.casefold()).split()


def _caption_or_photo_above(before: Unit | None) -> bool:
    """What a photographer's credit line alone stands under: a photo, or its one-sentence caption, never a sign-off
    ('Yours faithfully,') or a line leading on (':', ';')."""
    if before is not None and before.kind == "figure":
        return True
    return _caption_above(before) and before is not None and before.text.rstrip()[-1:] not in ",:;"


def _credit_to_photo(credit: Unit, before: Unit | None, kept: list[Unit]) -> None:
    """A credit line's photo: the one-sentence caption above it, else a photo whose caption was lost (kept in its place)."""
    if before is not None and _caption_above(before):
        before.kind, before.data["caption"], before.data["credit"] = "figure", before.text.strip(), credit.text.strip()
    else:
        credit.kind, credit.data["caption"], credit.data["credit"] = "figure", "", credit.text.strip()
        kept.append(credit)


def photo_credits(body: list[Unit], inferred: list[str]) -> list[Unit]:
    """A caption line (no full stop) with a credit in capitals under it is a photo's, not a paragraph and a heading; so is
    a short caption over an agency's credit line, and a credit line with no caption above it is a photo whose caption was
    lost. A paragraph that quotes someone is the story's, never a caption."""
    kept: list[Unit] = []
    found = 0
    labelled = False
    credit_over = ""  # an agency's credit over the caption it belongs to ('AP' / 'Apr. 8: Jane Roe signs …')
    credits = Counter(u.data.get("credit", "").strip() for u in body if u.kind == "figure" and not u.data.get("caption", "").strip())
    sentence_case_headings = bool(credits) and _sentence_case_headings(body)
    for index, unit in enumerate(body):
        before = kept[-1] if kept else None
        if credit_over and unit.kind == "paragraph":
            unit.kind, unit.data["caption"], unit.data["credit"] = "figure", unit.text.strip(), credit_over
            credit_over = ""
            kept.append(unit)
            continue
        if unit.data.get("split credit") and _lone_credit(unit) and _caption_above(before):
            _credit_to_photo(Unit(unit.line, unit.data["credit"], "paragraph"), before, kept)  # the caption over its label and credit
            found += 1
            continue
        if before is not None and _caption_over_credit(before, unit, credits, sentence_case_headings):
            before.kind, before.data["caption"], before.data["credit"] = "figure", before.text.strip(), unit.data["credit"].strip()
            found += 1
            continue
        if unit.kind in ("heading", "paragraph") and CREDIT_LABEL.fullmatch(unit.text.strip()):
            labelled = True  # "Credit...": a copied news page's label, the photo's credit on the line under it
            continue
        if labelled and unit.kind in ("heading", "paragraph") and len(unit.text) <= 120 and not SENTENCE_GAP.search(unit.text):
            labelled, found = False, found + 1
            _credit_to_photo(unit, before, kept)
            continue
        labelled = False
        if unit.kind in ("heading", "paragraph") and (
            _agency_credit_line(unit.text, before) or (is_photographer_credit(unit.text) and _caption_or_photo_above(before))
        ):
            found += 1
            if before is not None and before.kind == "figure":
                before.data["credit"] = before.data.get("credit") or unit.text.strip()  # a second credit under a photo
                continue
            below = body[index + 1] if index + 1 < len(body) else None
            under_below = body[index + 2].text if index + 2 < len(body) else ""
            if not _caption_above(before) and below is not None and below.kind == "paragraph" and _caption_under_credit(below.text, under_below):
                credit_over = unit.text.strip()
                continue
            _credit_to_photo(unit, before, kept)
            continue
        following = body[index + 1].text if index + 1 < len(body) else ""
        if unit.kind in ("heading", "paragraph") and before is not None and _subject_credit(before, unit, following):
            before.kind, before.data["caption"], before.data["credit"] = "figure", before.text.strip(), unit.text.strip()
            found += 1
            continue
        bracketed = before is not None and (
            bool(PAREN_CREDIT.match(unit.text)) if before.kind == "figure" else bracketed_credit(unit.text, before.text)
        )
        if (
            unit.kind in ("heading", "paragraph")
            and before is not None
            and (bracketed or (unit.kind == "heading" and CAPITALS_CREDIT.match(unit.text)))
            and not (index == len(body) - 1 and TYPIST_INITIALS.match(unit.text.strip()))  # 'KD' closing a letter: the typist's
        ):
            if (
                before.kind == "paragraph"
                and not before.data.get(SIGNATORY_KEY)
                and not BARE_ADDRESS.fullmatch(before.text.strip())  # 'please visit:' / its address / the next part's heading
                and (before.text[-1:].isalnum() or (bracketed and len(before.text) <= 400))
            ):
                before.kind, before.data["caption"], before.data["credit"] = "figure", before.text.strip(), unit.text.strip()
                found += 1
                continue
            if before.kind == "figure":
                found += 1  # a second credit under a photo, or the credit of one whose caption was dropped as a pull quote
                continue
        kept.append(unit)
    if found:
        inferred.append(f"{found} photo credit lines (a credit in capitals, an agency's) read with the captions above them as photos")
    return _without_caption_given_twice(kept, inferred)


def _agency_credit_line(text: str, before: Unit | None) -> bool:
    """An agency's credit line: a pipe's left part is its photographer ('Tom Reyes | Reuters'); a kicker or a desk so set
    ('Exclusive | Reuters', 'Markets and Trade | Reuters') credits a photo only under a photo or a caption line."""
    text = text.strip()
    if not AGENCY_CREDIT.match(text):
        return False
    left = text.split(" | ", 1)[0] if " | " in text else ""
    if not left or re.fullmatch(PHOTO_AGENCY, left) or _is_person_name(left):
        return True
    return before is not None and (before.kind == "figure" or is_photo_caption(before.text.strip()))


# what opens a paragraph going on about the person named over it, or giving her answer: the name is its label or heading
ABOUT_OR_ANSWER_OPENING = re.compile(r"^(?:[\"“‘]|(?:She|He|Her|His|They|I|I'm|I’m|I've|I’ve|We|My|Our)\b)")


def _subject_credit(caption: Unit, credit: Unit, following: str = "") -> bool:
    """A photo its subject supplied, credited to that person by name alone under its caption, a sentence that opens on the
    same full name ('Lena Brandt found her flat listed online without her consent.' / 'Lena Brandt'): the caption and its
    credit, no paragraph and section heading. A person's name over her case ('Lena Brandt' / 'Lena Brandt, 76, lives …')
    stands above the sentence naming her, not under it; a name over a paragraph going on about her or answering ('She
    says …', 'We have waited …', a quotation) is that part's heading or the speaker's label, and a sentence in the
    writer's voice ('Lena Brandt spoke to us …') is an interview's introduction, no caption."""
    name, text = credit.text.strip(), caption.text.strip()
    return (
        caption.kind == "paragraph"
        and 2 <= len(name.split()) <= 3
        and _is_person_name(name)
        and text.startswith(f"{name} ")
        and text[len(name) + 1 : len(name) + 2].islower()  # the name is the sentence's subject: 'Lena Brandt found …'
        and _one_sentence_caption(text)
        and text[-1:] in TERMINAL
        and not READER_WORDS.search(text)
        and not ABOUT_OR_ANSWER_OPENING.match(following.strip())
    )


def _without_caption_given_twice(body: list[Unit], inferred: list[str]) -> list[Unit]:
    """A photo's caption given again right over the photo, as a select-all copy takes both the picture's text and its
    caption: the paragraph is the caption's copy, left out."""
    kept: list[Unit] = []
    for at, unit in enumerate(body):
        below = body[at + 1] if at + 1 < len(body) else None
        if unit.kind == "paragraph" and below is not None and below.kind == "figure" and unit.text.strip() == below.data.get("caption"):
            inferred.append(f"line {unit.line}: a photo's caption given twice over the photo read once")
            continue
        kept.append(unit)
    return kept


BARE_ADDRESS = re.compile(rf"<?{WEB_ADDRESS_START}\S+?>?")  # a web address alone on its line, in Markdown's angle brackets or not
CAPTION_HEADING_WORDS = (3, 20)
NUMBERED_LINE = re.compile(r"^(?:\d|[IVX]+\.\s)")


def _lone_credit(unit: Unit) -> bool:
    return unit.kind == "figure" and not unit.data.get("caption", "").strip() and bool(unit.data.get("credit"))


def _sentence_case_headings(body: list[Unit]) -> bool:
    """The report writes its section headings in sentence case ('Response to the flooding'), as many governments, NGOs and
    newspapers do: there a sentence-case line over a lone credit is as likely a section's heading as a caption. Headings of
    three words or more that stand over no lone credit are counted."""
    sections = [
        unit.text
        for unit, below in zip(body, [*body[1:], None], strict=True)
        if unit.kind == "heading" and len(WORD.findall(unit.text)) >= 3 and not (below is not None and _lone_credit(below))
    ]
    sentence_case = sum(1 for text in sections if not is_title_case(text))
    return sentence_case > 0 and 2 * sentence_case >= len(sections)


def _caption_over_credit(line: Unit, credit: Unit, credits: Counter[str], sentence_case_headings: bool) -> bool:
    """A photo's caption read as a heading over its credit line, which was read as a photo with no caption ('Officers
    screening travellers at the border' / 'Source: The Harbour Times © Harbour Press. Permission required …'): the two are
    one figure. The caption tells a scene in sentence case where the report's headings are in title case, or its credit is
    given under several photos (a source's pictures); a section's heading in the report's own case over the credit of a
    photo whose caption was lost stays a heading."""
    if line.kind != "heading" or not _lone_credit(credit):
        return False
    text = line.text.strip()
    words = len(WORD.findall(text))
    if not CAPTION_HEADING_WORDS[0] <= words <= CAPTION_HEADING_WORDS[1] or text[-1:] in ":;," or NUMBERED_LINE.match(text):
        return False
    return (not sentence_case_headings and not is_title_case(text)) or credits[credit.data["credit"].strip()] >= 2


QUOTE_MARK = re.compile(r"[\"“”]")


LABELLED_CAPTION = re.compile(r"^(?P<label>[A-Z][a-z’'-]{1,15}(?:\s[a-z’'-]{2,12})?):\s+(?P<caption>[A-Z(][^\"“‘]*\S)$")
RUBRIC_LABELS = STORY_KICKERS | {
    "watch", "video", "live", "update", "breaking", "source", "sources", "note", "notes", "credit", "photo", "image",
    "keywords", "tags", "summary", "abstract", "correction", "disclaimer", "warning", "conclusion", "introduction", "background",
}  # fmt: skip


def is_labelled_caption(text: str, next_unit: Unit | None) -> bool:
    """A MailOnline photo caption between paragraphs: a one- or two-word label, a colon, one sentence with no final stop
    ('Anger: Israel's Prime Minister Benjamin Netanyahu denounced … within Tehran's reach'). Not a rubric ('Exclusive: …',
    'Analysis: …'), a field ('Parties acting: Russia, NATO'), a title in title case or a headline over its date line."""
    match = LABELLED_CAPTION.match(text)
    if not match or len(text) > 300 or match.group("label").lower() in RUBRIC_LABELS:
        return False
    caption = match.group("caption")
    if text[-1] in TERMINAL or ";" in caption or len(caption.split()) < 8 or re.search(r"[a-z]{2}[.!?]\s+[A-Z]", caption):
        return False
    if sum(1 for w in WORD.findall(caption) if w[0].islower() and w not in SMALL_WORDS) < 3:
        return False  # 'Diplomacy: Norway is a Member of NATO …': a heading in title case with a verb or two
    return not (next_unit is not None and DATE_LABEL.match(next_unit.text) and find_line_date(next_unit.text))


DAY = r"\d{1,2}(?:st|nd|rd|th)?"
FULL_DATE = rf"(?:(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+\d{{4}}|{MONTH}\s+{DAY},?\s+\d{{4}})"
# what a photo shows and when: "Volodymyr Zelenskyy on 20th October 2020", "Russian convoy in Donbas region, 23rd Feb 2022",
# "Trump berated Zelensky at the White House in February 2025"; an event's heading keeps its date ("Remarks on 24 February 2022")
CAPTION_DATE_ON = re.compile(rf"^(?P<what>.+?)\s+on\s+{FULL_DATE}$")
CAPTION_DATE_AFTER = re.compile(rf"^(?P<what>.+?)(?:,|\s+in)\s+(?:{FULL_DATE}|(?:early\s+|late\s+|mid-)?{MONTH}\s+\d{{4}})$")
EVENT_NOUNS = re.compile(
    r"\b(?:remarks|statement|speech|address|briefing|conference|interview|readout|meeting|call|update|report|assessment|summit|talks|"
    r"session|hearing|vote|decision|resolution|announcement|timeline|events?|developments|campaign|phase|offensive|war)\b",
    re.I,
)
# the words of a caption pointing into the picture or a picture set: "Below, Olaf Scholz and Macron", "Top; 2025. Bottom; 2022",
# "John Kerry (left)", "(file)"
PICTURE_POINTER = re.compile(
    r"(?:^|[.;,]\s+)(?:Top|Bottom|Below|Above|Left|Right|Centre|Center|Inset|Main image|Clockwise from [a-z ]{2,20})\s*[;:,]\s*\S"
    r"|\((?:left|right|centre|center|top|bottom|above|below|pictured|file(?: photo)?|inset)\)",
    re.I,
)


# a photo's subject doing something somewhere, a caption's present tense: "ASIO Director-General Jo Roe delivers the Tarn
# Lecture at the Tarn Institute in Sydney", "Ann Lee speaks at a press conference in Oslo" (names, a verb in lower case, a place)
CAPTION_SENTENCE = re.compile(
    r"^(?:[A-Z][\w’'.-]*\s+){1,6}(?<![’']s\s)(?!(?:as|is|was|has|its|his|this|thus|plus|us|versus|across|towards|unless|whereas)\b)"
    r"[a-z][a-z’'-]*[a-z](?<!ss)s\s+.*\b(?:in|at)\s+(?:the\s+)?[A-Z]"
)


def is_photo_caption(text: str) -> bool:
    """A line between paragraphs that says what a photo shows, not a heading: it points into the picture or ends on the
    day it was taken. A line in title case ending in a date after a comma ('Ukraine Conflict Update, February 18, 2022')
    is a digest's heading, and so is a dated event ('Remarks by the President on February 24, 2022'), but not a dated
    line of a person doing something at a place ('Jo Roe delivers the Tarn Lecture in Sydney, 4 November 2025')."""
    if len(text) > 300 or (text[-1:] in ".!?:" and not PICTURE_POINTER.search(text)):
        return False
    if PICTURE_POINTER.search(text):
        return True
    dated_on, dated_after = CAPTION_DATE_ON.match(text), CAPTION_DATE_AFTER.match(text)
    dated = dated_on or dated_after
    if dated and CAPTION_SENTENCE.match(dated.group("what")):
        return True
    if dated_on and not EVENT_NOUNS.search(dated_on.group("what")):
        return True
    what = dated_after.group("what") if dated_after else ""
    return bool(dated_after and not is_title_case(what) and not EVENT_NOUNS.search(what))


# what a photo of people at a place is captioned: "Sergei Naryshkin, Vladimir Putin and the Kremlin in Moscow"
NAMES_AT_PLACE = re.compile(
    r"^(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+(?:,\s+|\s+and\s+)[^.!?:;]{2,120}?\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}$"
)


# one person at a place: "Viktoriia Moreva in Ireland"
PERSON_AT_PLACE = re.compile(r"^(?P<name>(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}$")


def photo_page_captions(body: list[Unit], inferred: list[str]) -> None:
    """On a page whose photos are captioned in the text with their credits, a 'heading' naming a person with others at a
    place is the caption of a photo whose credit was left out (a gallery, a picture set): 'Ramzan Kadyrov and the US
    embassy in Kiev'; so is one person at a place where the paragraph just above names that person ('For Viktoriia
    Moreva, who lived …' / 'Viktoriia Moreva in Ireland'). Elsewhere such a line is left as it is."""
    credited = sum(1 for unit in body if unit.kind == "figure" and unit.data.get("credit"))
    if credited < 2:
        return
    found = 0
    for index, unit in enumerate(body):
        person = PERSON_AT_PLACE.match(unit.text) if unit.kind == "heading" else None
        named_above = (
            person is not None
            and index > 0
            and body[index - 1].kind == "paragraph"
            and _is_person_name(person.group("name"))
            and re.search(rf"\b{re.escape(person.group('name').split()[-1])}\b", body[index - 1].text) is not None
        )
        if unit.kind == "heading" and (NAMES_AT_PLACE.match(unit.text) or named_above):
            unit.kind, unit.data["caption"], unit.data["credit"] = "figure", unit.text.strip(), ""
            found += 1
    if found:
        inferred.append(f"{found} lines naming people at a place, on a page of credited photo captions, read as captions")


# a photo's caption run into its credit with no stop between, the photographer and the organisation behind a slash: "Walking
# back to the border after a pushback Jane Roe/Harbour News" (the caption ends on a word in lower case, as a sentence does)
CAPTION_RUN_INTO_CREDIT = re.compile(
    r"^(?P<caption>[A-Z][^.!?:;“”\"/]{15,300}?\s[a-z][\w’'-]*)\s+"
    r"(?P<credit>(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})\s*/\s*[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})$"
)
# a wire photo's caption with the agency's credit after its stop: "… near Washington April 23, 2015.  REUTERS/Jane Roe"
CAPTION_THEN_AGENCY = re.compile(
    r"^(?P<caption>[A-Z][^“”\"]{8,400}?[.!?])\s+(?P<credit>" + PHOTO_AGENCY + r"\s*/\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*/\s*" + PHOTO_AGENCY + r")$"
)

# a copied news page's caption closed by its photographer's credit after its last stop or closing mark, the newsroom or the
# agency behind a slash and the distributor after 'via': "Protesters outside the court. Jane Roe/Harbour Herald", "… go
# forward,” Jo Doe told reporters. Jane Roe/EPA, via Shutterstock". A caption may quote the one it shows with a cue. A
# page that sets the credit in capitals in a span of its own loses the space when copied ('… in 2019.JANE ROE/The Harbour
# and Quay'), and a newsroom's name may hold a small word ('The Globe and Mail', 'The Times of Vells').
CAPTION_THEN_CREDITED_PHOTOGRAPHER = re.compile(
    r"^(?P<caption>[A-Z\"“‘(][^\n]{8,400}?[.!?][”\"’)]?)(?:\s+|(?=[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]+\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'.-]+)?\s*/))"
    r"(?P<credit>(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})\s*/\s*[A-Z][\w&.’'-]*"
    r"(?:\s+(?:(?:and|of|the|&|de|del|la|el|du|des|di)\s+)?[A-Z][\w&.’'-]*){0,3}"
    r"(?:,?\s+via\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2})?)$"
)
# the stop between two sentences, the next one's capital after it: how many sentences a caption runs to (unlike
# bylines.LEAD_SENTENCE_END, any sentence's end, the text's last too)
SENTENCE_BOUNDARY = re.compile(r"[.!?][”\"’)]?\s+[A-Z“\"‘]")
CREDITED_CAPTION_SENTENCES_MAX = 3  # a caption says what the photo shows in a sentence or two; a paragraph runs on

# a caption closed by its credit in brackets, as NJ.com's and many US regional papers' pages set photo and video captions:
# "… discuss the governor's address. (Video by Jane Roe | Harbour Media for Harbour.com)", "(Photo by Jane Roe/The Ledger)"
BRACKETED_CREDIT = re.compile(
    r"^(?P<caption>[^\s\"“(].{8,600}?)\s*\((?P<credit>(?:(?:staff|file|pool|handout)\s+)?(?:photo(?:graph)?|video|image|graphic|illustration|footage)s?"
    r"\s+(?:by|courtesy\s+of)\s+(?-i:[A-Z])[^()]{1,120})\)\.?$",
    re.I,
)


# the credit as Turkish, Arab and Asian sites close a caption, the agency or the paper and 'Photo': "(AA Photo)", "(AFP Photo)"
SOURCE_PHOTO = r"(?-i:[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})\s+(?-i:Photos?)"
CAPTION_THEN_SOURCE_PHOTO = re.compile(r"^(?P<caption>[A-Z][^“”\"]{8,400}?[.!?])\s+\((?P<credit>" + SOURCE_PHOTO + r")\)$")


# a photographer and the newsroom behind a slash, as a credit line alone under its caption or in brackets closing it:
# "Jane Roe/Harbour Ledger", "(Jane Roe/Harbour Ledger)"; the name is a person's, a listed given name first (never
# 'New York/New Jersey'); in brackets the slash is unspaced as photo desks write it, where a sentence citing its source
# spaces it ("(Jane Roe / Harbour Ledger)")
PHOTOGRAPHER_CREDIT = re.compile(r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})(?P<slash>\s*/\s*)[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}")
PUBLIC_DOMAIN = re.compile(r"public\s+domain", re.I)  # '(Public domain)': a picture free of rights, credited so
# a one-sentence caption closed by such a credit in brackets: "The tower at the quay. (Jane Roe/Harbour Ledger)",
# "Lamps looked nicer in 1952. (Public domain)"
CAPTION_THEN_BRACKETED_CREDIT = re.compile(r"^(?P<caption>[A-Z][^“”\"()]{8,300}?[.!?])\s+\((?P<credit>[^()]{2,80})\)$")
# the sites that host the photos a page credits to their uploader, whose name is a handle as often as a person's; the
# stock and photo sites host nothing else ('Jane Roe via Pexels' at a page's top is a credit), where news is made 'via
# Instagram' ('Singer Confirms Tour via Instagram'). Shutterstock is an agency (PHOTO_AGENCY).
PHOTO_SITES = r"(?:Flickr|Wikimedia Commons|Wikimedia|Unsplash|Pexels|iStock|Adobe Stock|stock\.adobe\.com)"
PHOTO_HOSTS = rf"(?:{PHOTO_SITES}|Instagram)"
# the uploader and the host behind a slash: '(Harbour Gull/Flickr)', '(sea_gull / Wikimedia Commons)'
HOSTED_PHOTO_CREDIT = re.compile(rf"[\w.’'@-]+(?:\s+[\w.’'@-]+){{0,3}}\s*/\s*{PHOTO_HOSTS}")
# a caption naming the picture itself, a noun phrase ('A still from a film about the quay …', 'A screenshot of the
# council's page …', 'The film still from …'): its bracketed source, a name alone ('(Harbour Films)'), is the picture's
# credit. 'The' needs the medium's word: 'The picture from the quay is grim' and 'The image of the port' are prose.
PICTURE_MEDIUM = r"(?:film|video|TV|television|archival|archive|file)"
PICTURE_NOUN = r"(?:still|screenshot|screen\s*grab|photo(?:graph)?|image|picture|poster|illustration|drawing|rendering|map)"
PICTURE_OPENING = re.compile(rf"^(?:(?:A|An)\s+(?:{PICTURE_MEDIUM}\s+)?|The\s+{PICTURE_MEDIUM}\s+){PICTURE_NOUN}\s+(?:from|of|showing|taken)\b")
SOURCE_NAME = re.compile(r"[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|the|for|and)){0,5}")
# an editor's mark in brackets after a paragraph ('(Updated)', '(Corrected)', '(Video)'), no source's name
EDITORS_MARK = re.compile(r"(?:updated|update|corrected|correction|clarified|clarification|video|audio|pictured|photos?|file)", re.I)


def _names_its_picture(caption: str, credit: str) -> bool:
    """A caption naming its picture, a noun phrase with no verb of its own and no colon ('A map of the ferry routes is
    on the council website', 'The picture from the quay is grim: …' are sentences), its source's name in brackets."""
    if PICTURE_OPENING.match(caption) is None or ":" in caption or SOURCE_NAME.fullmatch(credit) is None or EDITORS_MARK.fullmatch(credit):
        return False
    return not any(word in AUXILIARIES or word in IRREGULAR_PAST for word in WORD_IN_CAPTION.findall(caption))


WORD_IN_CAPTION = re.compile(r"\b[a-z][\w’']*")


def is_photographer_credit(text: str, unspaced: bool = False) -> bool:
    """A line that is a photo's credit alone: 'Jane Roe/Harbour Ledger' (a person's name, a slash, the newsroom)."""
    found = PHOTOGRAPHER_CREDIT.fullmatch(text.strip())
    if found is None or (unspaced and found.group("slash") != "/"):
        return False
    name = found.group("name")
    return credited_person_name(name)


def _bracketed_credit_after_caption(text: str) -> tuple[str, str] | None:
    found = CAPTION_THEN_BRACKETED_CREDIT.match(text.strip())
    if found is None or not _one_sentence_caption(found.group("caption")):
        return None
    credit, caption = found.group("credit").strip(), found.group("caption").strip()
    credited = (
        PUBLIC_DOMAIN.fullmatch(credit)
        or is_photographer_credit(credit, unspaced=True)
        or HOSTED_PHOTO_CREDIT.fullmatch(credit)
        or _names_its_picture(caption, credit)
    )
    return (caption, credit) if credited else None


def _credit_names_a_person(name: str) -> bool:
    """A credit's name is a person's; one set in capitals ('JANE ROE', 'NEW YORK CITY') only where it reads as a
    photographer's written out ('Jane Roe'; not a place's, a body's or a business's)."""
    return _is_person_name(name.title()) and not place_or_body_name(name.title()) if name.isupper() else _is_person_name(name)


# a caption and its credit parted by a double slash, as student papers' and some news themes' captions set them: 'Students
# queue outside the library // Harbour Courier', '… // Photo by Jane Roe'; a byline so parted ('By Jane Roe // Harbour
# Courier') is none
CAPTION_THEN_SLASHED_CREDIT = re.compile(
    r"^(?!By\s)(?P<caption>[A-Z][^/]{8,300}?)\s+//\s+(?P<credit>(?:Photo(?:graph)?s?\s+by\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})$"
)
SLASHED_CAPTION_LOWER_WORDS = 3  # a caption's words in lower case, at the least: 'Home // News' is a breadcrumb
# what a caption saying what a photo shows never is: a subhead's question ('Why the river is silting up // Explainer'), or
# words to the reader ('That is all for this week, see you next time // Jane Roe': a sign-off)
QUESTION_OPENING = re.compile(r"^(?:Why|How|What|When|Where|Who|Which|Is|Are|Can|Could|Should|Will|Would|Do|Does|Did)\b")
READER_WORDS = re.compile(r"\b(?:I|I'm|I’m|we|we're|we’re|us|our|you|your|you're|you’re)\b", re.I)


def _caption_then_slashed_credit(text: str) -> tuple[str, str] | None:
    found = CAPTION_THEN_SLASHED_CREDIT.match(text.strip())
    if found is None or not _one_sentence_caption(found.group("caption")):
        return None
    caption, credit = found.group("caption").strip(), found.group("credit").strip()
    if sum(word[:1].islower() for word in caption.split()) < SLASHED_CAPTION_LOWER_WORDS:
        return None
    if QUESTION_OPENING.match(caption) or caption.endswith("?") or READER_WORDS.search(caption) or credit.lower() in STORY_KICKERS:
        return None  # a subhead and its kicker, or a sign-off and its writer
    return caption, credit


def caption_and_credit(text: str) -> tuple[str, str] | None:
    """A caption and its credit on one line with no label between them, or None."""
    slashed = _caption_then_slashed_credit(text) if " // " in text else None
    if slashed:
        return slashed
    if text.rstrip(". ").endswith(")"):
        bracketed = BRACKETED_CREDIT.match(text.strip()) or CAPTION_THEN_SOURCE_PHOTO.match(text.strip())
        if bracketed:
            return bracketed.group("caption").strip(), bracketed.group("credit").strip()
        credited_in_brackets = _bracketed_credit_after_caption(text)
        if credited_in_brackets:
            return credited_in_brackets
    agency = CAPTION_THEN_AGENCY.match(text.strip())
    if agency and _one_sentence_caption(agency.group("caption")):
        return agency.group("caption").strip(), agency.group("credit").strip()
    credited = CAPTION_THEN_CREDITED_PHOTOGRAPHER.match(text.strip())
    if credited and _credit_names_a_person(credited.group("name")) and _short_caption(credited.group("caption")):
        return credited.group("caption").strip(), credited.group("credit").strip()
    match = CAPTION_RUN_INTO_CREDIT.match(text.strip())
    if not match or not _is_person_name(match.group("name")) or match.group("caption").split()[-1] in SMALL_WORDS:
        return None  # "… talks in New York/Geneva": a caption ends on no preposition
    if sum(word[:1].islower() for word in match.group("caption").split()) < 3:
        return None
    return match.group("caption").strip(), match.group("credit").strip()
