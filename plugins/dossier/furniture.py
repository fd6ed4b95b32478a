"""Page furniture: the lines a publisher's page adds around a report (menus, share bars, promos, teasers, tag
lines, site lists, pull quotes, polls and readers' comments), found so that the importer can drop them."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from .attribution.quotes import DOCUMENT_NOUNS
from .bylines import (
    _NAME,
    BYLINE,
    HEADLINE_WORDS,
    INSTITUTION,
    NAME_SEPARATOR,
    RELATIVE_STAMP_PATTERN,
    STORY_DATE_WORDS,
    WRITER_LABEL,
    _byline_given_twice,
    _byline_over_lines,
    _is_date_line,
    _is_person_name,
    _is_time_ago,
    _parse_header_part,
    byline_shaped,
    is_byline_line,
    listed_names,
    post_alone,
    stamped_byline,
    story_sentence,
)
from .captions import QUOTE_MARK, SENTENCE_GAP, VIDEO_LINK_WITH_LENGTH, labelled_credit_line
from .contactlines import RELEASE_CONTACT_LABEL
from .dates import find_date, find_line_date
from .headings import AMOUNT_LINE, ATTRIBUTED_SUBHEAD, BULLET, _is_speaker_shape
from .headlineends import without_closing_abbreviation_stop
from .importunits import NOTE_MARKER, NOTES_HEADING, QUOTE_CLOSE, SMALL_WORDS, TERMINAL, WORD, Meta, Problem, Unit, is_title_case
from .kickers import STORY_KICKERS
from .leadins import SAYING_VERB
from .pdftext import DOT_LEADER
from .sidebarwidgets import sidebar_widget_heading
from .turns import label_at

NOTE_LINE_IN_NOTES = re.compile(
    r"^(?:\[(?P<k1>\w{1,7})\]|(?P<k2>\d{1,3}|[ivxlcdm]{1,7})[.)]|\^(?P<k3>\d{1,3})|(?P<k4>\d{1,3})(?=\s+[A-Z\"“‘']|\s+https?:))\s*(?P<text>.*)$"
)


# a name in a credit line, its words capitalised but for a surname's particles: "Sameera Wijesinghe", "Ana de la Vega"
_PHOTOGRAPHER = r"(?-i:[A-Z][a-z’'-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w’'-]+){1,2})"  # "Brian L. Frank", "Tracy J. Lee"
# the newsroom a freelance photographer worked for: an agency, a broadcaster, or a paper named by its kind
_NEWSROOM = (
    r"(?-i:NPR|CNN|BBC|AP|AFP|CNBC|PBS|NBC|ABC|CBS|Reuters|Bloomberg|ProPublica|Getty Images|Floodlight|"
    r"(?:The\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+(?:Times|Post|News|Journal|Herald|Tribune|Guardian|Magazine|Chronicle|"
    r"Gazette|Telegraph|Observer|Monitor))"
)
_CREDIT_NAME = r"(?-i:(?:the\s+)?(?:[A-Z]|i(?=Stock))[\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|de|da|la|van|von|der|al|bin|dos|del|the)){0,5})"
# (a stock library's name opening on a small letter, 'iStock'; never any such word: 'Picture: iPhone', 'Pictures: eBay')
# 'Photo by Jane Roe', 'Pic: Jane Roe/AFP', the photographer, the agency and its distributor: 'Photo by JANE ROE/PORTPRESS/AFP via Getty Images'
_PHOTO_CREDIT = (
    r"(?:(?:pix|pics?|pictures?|photos?|photographs?|images?)\s*(?:by|courtesy(?:\s+of)?)\s|(?:pix|pics?|pictures?)\s*:"
    r"|(?:photo|image|picture)\s+source\s*:)\s*"  # 'Photo Source: Jane Roe from Pexels', a free picture library's credit
    rf"{_CREDIT_NAME}(?:\s*/\s*{_CREDIT_NAME}){{0,2}}(?:\s+(?:for|via|on|from)\s+{_CREDIT_NAME})?\.?"
)
NAME_PARTICLES = r"(?:de|da|du|la|le|van|von|der|den|ter|al|bin|dos|del)"  # the lower-case words inside a name ("Jan van Dyk")
# a share bar's buttons
_SHARE_SERVICES = r"(?:e-?mail|mail|print|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|bluesky|threads|flipboard|copy link)"
# a news site's marker of an in-article ad slot: "Story continues below", "Article continues after this advertisement"
_AD_CONTINUES = (
    r"(?:the\s+)?(?:article|story|post|content)\s+continues\s+"
    r"(?:below(?:\s+(?:this\s+|the\s+)?(?:advertisement|advert|ad))?|after\s+(?:this\s+|the\s+)?(?:advertisement|advert|ad))"
)
# a sign-up form's fields as a copy of the page gives them: 'Email(Required)', 'CAPTCHA'
SIGNUP_FIELD_PATTERN = r"^(?:(?:your )?e-?mail(?: address)?|(?:first |last )?name|zip(?: code)?|postcode)\s*\(required\)$|^captcha$"
RELEASE_LABEL_IN_ITS_CASE = r"^(?-i:(?:[A-Z][\w&.-]*\s+){1,3}(?:(?:Press|Media|News)\s+(?:Release|Statement|Advisory)|(?:PRESS|MEDIA|NEWS)\s+(?:RELEASE|STATEMENT|ADVISORY)))$"
# the last word of a statute's name, so that 'Copyright Act 1968' is no holder's footer (one look-behind per word: fixed widths)
LAW_WORD_ENDING = "".join(rf"(?<!\b{word})" for word in sorted(DOCUMENT_NOUNS | {"amendment", "regulations", "rules"}))
# who a report or a story was made with: the cover's publisher line and a partner's label over its logo
IN_PARTNERSHIP_WITH = r"in (?:collaboration|partnership|association|cooperation) with"
# a sponsor's name after its credit: capitalised words, a few small words between them ('Bank of the Harbour', 'Orvia & Co.')
SPONSOR_NAME = r"(?-i:(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|&|of|for|and|the)){0,6})"
SPONSORED_LABEL = r"(?:paid|sponsored|partner|advertiser|promoted|branded)\s+(?:content|post|story|feature|partnership)"
# the credit with the sponsor's name after it ('Sponsored by Orvia Shipping'), not the bare label over a logo
NAMED_SPONSOR = re.compile(
    rf"^(?:(?:produced |published |reported )?{IN_PARTNERSHIP_WITH}|(?:sponsored|presented|supported|paid for) by)\s*:?\s+\S", re.I
)

# a release's or a paper's letterhead on a line of its own: the body's name and its bare web address ('Harbour Rivers
# Trust  www.harbourrivers.org'); the publisher's, never the title
LETTERHEAD = (
    r"^(?-i:(?:[A-Z][\w&’'.-]*|of|and|for|the|on|in|&)(?:\s+(?:[A-Z][\w&’'.-]*|of|and|for|the|on|in|&)){1,9})[\s|,–—-]+"
    r"www\.[a-z0-9-]+(?:\.[a-z0-9-]+){1,4}/?$"
)
NEWSLETTER_GREETING = "newsletter greeting"  # its kind: the sender's greeting, under the writer's name and the date
# the sentences only a newsletter's sender writes to its readers ("Welcome back to Harbour Weekly.", "Thanks for
# subscribing.", "Was this email forwarded to you? Sign up here.", "Consider inviting your friends to join us.")
_SENDERS_SENTENCE = (
    r"welcome\s+back\s+to\s+[^.!?]{1,60}[.!]|thanks?(?:\s+you)?\s+(?:so\s+much\s+)?for\s+(?:subscribing|reading|signing\s+up)[^.!?]{0,40}[.!]|"
    r"was\s+this\s+(?:e-?mail|newsletter)\s+forwarded\s+to\s+you\?|sign\s+up\s+here[.!]?|"
    r"consider\s+(?:inviting|forwarding\s+this\s+to)\s+your\s+friends(?:\s+and\s+colleagues)?[^.!?]{0,40}[.!]"
)
# the sentences that follow them in a greeting but that a story may write too: its invitation to write back, to this
# e-mail itself or to an address ('… just hit reply to this email or message me at jane@example.com.'), and its lead-in
# to the first item ('Okay, let's start with...')
_GREETINGS_OTHER_SENTENCE = (
    r"(?:as\s+(?:usual|always),\s+)?if\s+you\s+have\s+(?:any\s+)?(?:tips|thoughts|ideas|feedback|questions)\b(?:[^.!?]|\.(?=\w)){0,120}"
    r"\b(?:hit|just|simply)\s+reply\s+to\s+this\s+(?:e-?mail|newsletter|message)\b(?:[^.!?]|\.(?=\w)){0,160}[.!]|"
    r"e-?mail\s+(?:me|us|my\s+[^.!?@]{0,30}colleagues?)\b(?:[^.!?]|\.(?=\w)){0,160}@(?:[^.!?]|\.(?=\w)){0,160}[.!]|"
    r"(?:ok(?:ay)?,\s+)?let[’']s\s+(?:start|begin|dive\s+in|get\s+(?:started|going))(?:\s+with)?\s*(?:\.\.\.|…|[.!:])"
)
_GREETING_PARAGRAPH = re.compile(rf"^(?:(?:{_SENDERS_SENTENCE}|{_GREETINGS_OTHER_SENTENCE})\s*){{1,4}}$", re.I)
_SENDERS_SENTENCE_IN = re.compile(_SENDERS_SENTENCE, re.I)
GREETING_PARAGRAPHS_MAX = 4


def newsletter_greeting(paragraphs: list[str]) -> int:
    """How many of these paragraphs, the first ones under a newsletter's writer and date, are its sender's greeting
    over the first item: each made only of the genre's sentences, and one of them a sentence only the sender writes
    ('Welcome back to …', 'Thanks for subscribing.'); a lone "Let's begin." or an invitation to reply is a story's too.
    For the header reader only: anywhere else they are the story's paragraphs."""
    run = 0
    for text in paragraphs[:GREETING_PARAGRAPHS_MAX]:
        if not _GREETING_PARAGRAPH.match(text.strip()):
            break
        run += 1
    return run if any(_SENDERS_SENTENCE_IN.search(text) for text in paragraphs[:run]) else 0


FURNITURE = [
    (kind, re.compile(pattern, re.I))
    for kind, pattern in (
        ("share bar", r"^share (?:this|on)\b.*$"),
        (
            # a news site's market tickers over its menu: 'DOW 38,239.66 +0.4%', 'Brent crude $89.50 ▼ 0.3%', 'EUR/USD 1.0845 +0.12%',
            # under their label ('Markets ▸ FTSE 100 7,682.50 ▲ 12.30 (0.16%)')
            "market ticker",
            # (each word taken whole, '*+': a long word given back letter by letter would rescan the line for each letter)
            r"^(?-i:(?:[A-Z][a-z]+\s*[▸›>:|]\s*)?(?:[A-Z][\w&.'’/-]*+|\d++)(?:\s+(?:[A-Z][\w&.'’/-]*+|\d++|crude|oil|futures|index|yield)){0,3})(?=.*(?:\d\.\d|%))\s+[$£€]?\d[\d,]*(?:\.\d+)?"
            r"\s*(?:[+\-−–▲▼]|&#9650;|&#9660;)\s*\d[\d,]*(?:\.\d+)?\s*%?(?:\s*\(\s*[+\-−–]?\d[\d.,]*\s*%\s*\))?$",
        ),
        # the site's name after a pipe on a line of its own, the rest of the date line's 'August 14, 2010 | Example.com'
        ("site name", r"^\|\s*(?:www\.)?[a-z][\w-]*\.(?:com|org|net|co\.uk|com\.au)$"),
        # the hour of a story's update under its date line ('Updated 12:15 PM', 'Last updated: 09:40 GMT'): no day, no text
        ("time stamp", r"^(?:last\s+)?updated\s*:?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?$"),
        # a news theme's reading time in its byline block or a teaser's card: '4 minute read', '5 min read', '3-minute
        # read', 'Reading time: 6 minutes', 'Read time: 2 min', '7 mins reading time' (a line of its own, no sentence)
        (
            "reading time",
            r"^(?:(?:about\s+|approx\.?\s+|~\s*)?(?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?=[\s-]))"
            r"\s*[-–]?\s*(?:min(?:ute)?s?|mins?)\.?\s+(?:read|reading(?:\s+time)?|to\s+read)"
            r"|(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*(?:about\s+)?\d{1,3}\s*(?:min(?:ute)?s?\.?|mins?\.?))$",
        ),
        # not a link's 'expand' in a sentence; a search box's 'Go' or 'Submit' left in a copied page between its paragraphs
        ("page button", r"^(?-i:Expand|Collapse|Show (?:more|less)|See (?:more|less)|View (?:more|less)|Go|GO|Submit|SUBMIT)$"),
        (
            "share bar",
            r"^(?:print|email|tweet|share|save|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|bluesky|pinterest|flipboard|mastodon|copy link)\s*:?$",
        ),
        ("link to elsewhere", r"^click\s*here(?:\b|to\b).*$"),  # "Clickhereto see …": a crawl lost the link's spaces
        (
            "link to elsewhere",
            r"^(?:for more (?:information|details)\b[^.!?]{0,120},\s*)?please\s+(?:view|visit|see|read|go to)\b"
            r"(?=[^.!?]*(?:here|\bour\b|website|webpage|\bpage\b|\blink\b))[^.!?]{0,120}[.!]?$",  # "please view our statementhere."
        ),
        (
            "related articles",
            r"^(?!(?:\S+\s+){5,}\S*[.!?]$)(?:(?:related (?:articles?|content|posts?|reading|stor(?:y|ies)|coverage|news|links|topics|video)|read more|see also|more from|recommended|"
            r"you may also like)\b|related(?=\s*(?:[:|]|$))).{0,60}$",  # not a heading "Related Legislation and Issues for Congress"
        ),
        (
            "related articles",  # "Related: Why the Mali coup could worry …", "READ MORE: …", "RELATED ARTICLE | …": a labelled link to a story
            r"^(?:related(?: articles?| content| posts?| reading| stories| story| coverage)?|read more|see also|also read|read also)"
            r"\s*(?::|\||[–—-]\s)\s*\S.{0,200}$",
        ),
        # a publisher's disclaimer at the foot ("Disclaimer:", "These documents were prepared by the Congressional Research
        # Service (CRS). CRS serves as nonpartisan shared staff …", "The views expressed … do not necessarily reflect …")
        ("disclaimer", r"^disclaimer\s*:?$"),
        (
            "disclaimer",
            r"^(?:disclaimer\s*:\s*)?(?:th(?:is|ese)\s+(?:documents?|reports?|publications?|briefs?|products?)\s+(?:was|were|is|are|has been|have been)"
            r"\s+prepared by|the views expressed\b)(?=.*\b(?:not necessarily|nonpartisan|not be construed|copyright|without permission))"
            r".{0,3000}$",
        ),
        # "Read More On  Foreign & Public Diplomacy | Russia | Ukraine": the topics a page links to under its story
        ("topic links", r"^(?:read )?more (?:on|about)\s+(?!.*[.!?]$).{2,200}$"),
        (
            "comments",  # what is left of a comments section: "Commenting is a benefit of …", "You are commenting as ."
            r"^(?:commenting is (?:a benefit|available|closed)|join the conversation\b|please follow our comment|you are commenting as\b|"
            r"comments? (?:are|is) closed|leave a comment$|why don[’']t you drop your comment|\d+ comments?$).{0,200}$",
        ),
        (
            "sign-up form",  # the blurb of a newsletter's or free report's sign-up box, its privacy promise
            r"^.{0,300}?\b(?:we (?:promise never to|will never) (?:rent|sell|share)[^.]{0,40}\be-?mail|you can unsubscribe\b[^.]{0,80}\bat any time"
            r"|(?:simply |please )?enter your e-?mail(?: address)? below|when you sign up\b[^.]{0,80}\bnewsletter)\b.{0,300}$",
        ),
        (
            "sign-up form",
            r"^(?:subscribe|sign up|newsletter|get (?:our|the) \w+ (?:newsletter|updates)|enter your e-?mail|join our mailing list)\b.{0,80}$",
        ),
        # a paywall's promotion where the page cut the story short ('Subscribe to keep reading' over 'Already a subscriber? Log
        # in', 'Have an account? Sign in', 'Create a free account to continue reading')
        (
            "paywall promotion",
            r"^(?:already (?:a subscriber|a member|registered|have an account)|have an account|(?:are you )?a subscriber)\??\s*"
            r"(?:log ?in|sign ?in)(?: here| now)?\.?$|^(?:create|register for) a free account to (?:keep|continue) reading\.?$",
        ),
        # a poll's or a form's notice on the data it collects ('The collected data is used for marketing …, adhering to … our Privacy
        # Policy.'), and a sign-up consent's tail under its link ('Terms of Use and acknowledge that I have read the Privacy Policy.')
        (
            "sign-up form",
            r"^(?:(?:the )?(?:collected |personal )?(?:data|information)\b.{0,160}\bour|.{0,60}\bI have read the) privacy (?:policy|notice)\.?$",
        ),
        # its consent line ('By providing an email address. I agree to the Terms of Use and acknowledge …')
        ("sign-up form", r"^by (?:providing|entering|submitting) (?:an|your) e-?mail(?: address)?[.,]?\s+I (?:agree|consent)\b.{0,200}$"),
        # its button and the messages it shows ('SIGN ME UP', 'Your subscription could not be saved. Please try again.')
        (
            "sign-up form",
            r"^(?:sign me up!?|your subscription (?:has been|was) successful\.?|your subscription could not be saved\.(?: please try again\.)?)$",
        ),
        # a news theme's sign-up box (Newspack's, Gravity Forms'): its pitch, its fields and its robot check
        ("sign-up form", r"^(?![“\"‘']).{0,120}\bnewsletters?\b.{0,120}\b(?:to|in)(?: your)? inbox\b.{0,80}$"),
        ("sign-up form", SIGNUP_FIELD_PATTERN),
        # the donation box under a nonprofit newsroom's story: its ask, its button ('Double my donation')
        ("appeal to readers", r"^(?![“\"‘']).{0,100}\bwe have a (?:small )?fav(?:o|ou)r to ask\b.{0,60}$"),
        ("appeal to readers", r"^(?:double|triple|match) my (?:donation|gift)$"),
        # a nonprofit newsroom's offer to republish the story, and its tag line: 'TAGGED: FEATURED, LITERACY'
        ("republishing offer", r"^republish (?:this (?:story|article)|our (?:articles|stories) for free\b.{0,200})$"),
        ("tag line", r"^(?:tagged|tags|filed under)\s*:\s*[^.!?]{2,300}$"),
        # a news desk's sign-off closing a wire story: the agencies it drew on and the editors' initials ("Source:
        # CNA/hm(cy)", "Source: Reuters/ec", "Source: Bloomberg/AFP/nh", "Source: AGENCIES"); no chart's "Source: …" line
        ("desk sign-off", r"^(?-i:Source:\s*(?:AGENCIES|(?:[A-Z][A-Za-z]+/)+[a-z]{1,4}(?:\([a-z]{1,4}\))?))$"),
        (
            "newsletter prompt",  # 'Thank you for your subscription!', 'To view and subscribe to any of our other newsletters, click here.'
            r"^(?:(?:thank you|thanks) for (?:your )?(?:subscri(?:bing|ption)|signing up)\b.{0,60}"
            r"|to (?:view|see|browse|manage)\b.{0,40}\b(?:subscribe|sign up|newsletters?|subscriptions?)\b.{0,60}\b(?:click|tap|go|visit)\b.{0,40})$",
        ),
        ("download link", r"^(?:download|view) (?:the )?(?:full )?(?:report|pdf|paper|brief|study)\b.{0,40}$"),
        (
            "view-in-browser link",
            # also asked after the reader's trouble: "Is this email difficult to read? View in browser", "Having trouble
            # viewing this email? View it online."
            r"^(?:(?:is this e-?mail (?:difficult|hard) to read|(?:having )?trouble (?:viewing|reading) this e-?mail|"
            r"(?:e-?mail )?not displaying (?:correctly|properly))\?\s*)?"
            r"(?:read|view|open) (?:this (?:e-?mail|newsletter|issue) |it )?(?:on the web|online|in (?:your |a )?(?:web )?browser)\.?$",
        ),
        (
            "e-mail footer",  # a newsletter's foot, kept on its "view in browser" page
            r"^(?:you(?:[’']re| are) receiving this (?:e-?mail|newsletter|message)\b|was this (?:e-?mail|newsletter) forwarded to you\b"
            r"|this (?:e-?mail|newsletter) was sent to\b|(?:unsubscribe|manage (?:your )?(?:e-?mail )?(?:preferences|subscriptions?))\s*(?:[|·•]|$)).{0,300}$",
        ),
        # the label alone, between dashes or not ("- Advertisement -"), or a news site's marker of an in-article slot, the
        # label before it or not: "Article continues after this advertisement", "Story continues below advertisement",
        # "Advertisement - story continues below", "ADVERTISEMENT - CONTINUE READING BELOW", "Advertisement - scroll to continue reading"
        (
            "advertisement",
            rf"^(?:[-–—•|]\s*)?(?:advert(?:isement)?(?:\s*[-–—:|•]?\s*(?:{_AD_CONTINUES}|continue\s+reading\s+below|scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?))?|{_AD_CONTINUES})"
            r"\s*(?:[-–—•|:]\s*)?$",
        ),
        # a page's style sheet copied as text: a selector and its rules in braces ('a.supporter:hover {background:#EC4438;}')
        (
            "style rule",
            r"^(?:(?:@media\b[^{}]{0,120}\{\s*)?[.#]?[a-z][\w.#:>*,\s-]{0,80}\{\s*[a-z-]+\s*:[^{};]{1,100};[^{}]{0,200}\}\s*\}?\s*){1,10}$",
        ),
        # "Skip to main contentSkip to navigationSkip to navigation": a crawl glues a page's skip links into one line, after
        # the link to the site's accessibility page ("Accessibility helpSkip to navigation…")
        (
            "skip link",
            r"^(?:accessibility help\s*)?(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|text|navigation|article|search|footer|site index)(?: of (?:the )?(?:report|page))?\.?\s*)+$",
        ),
        (
            "cookie banner",
            r"^(?:we use cookies|this (?:web)?site uses cookies|(?:accept|reject|manage)(?: all)? cookies|cookie (?:settings|policy|preferences))\b.{0,200}$",
        ),
        (
            "cookie banner",  # a consent notice: "By using this website, you agree to our use of cookies. …"
            r"^by (?:using|continuing to use|continuing to browse|browsing|visiting|clicking [^,]{1,30} on) (?:this|our|the) (?:web)?site\b.{0,80}?"
            r"\byou (?:agree|consent|accept)\b.{0,300}$",
        ),
        (
            "loading notice",  # what a crawl keeps of a page's scripts: "This issue is preventing our website from loading properly."
            r"^(?:this issue is preventing our (?:web)?site from loading|your browser does not support (?:the )?(?:video|audio|iframe)|"
            r"please enable javascript|javascript is (?:disabled|required|not enabled)|you need to enable javascript).{0,300}$",
        ),
        # a widget a script was to fill ('Loading…'), or the label it shows while its script runs, naming what it loads:
        # 'Loading Photo Gallery', 'Loading video'
        (
            "loading notice",
            r"^loading(?:(?: content| more| stories| comments)?\s*(?:\.{3}|…)|\s+(?:(?:the\s+)?(?:photo|picture|image|video)s?\s+)?"
            r"(?:galler(?:y|ies)|slide\s?shows?|videos?|images?|photos?|player|interactive|graphics?)\s*(?:\.{3}|…)?)$",
        ),
        # the word a copy keeps of an embedded player or gallery, in capitals alone on its line where the page showed it:
        # 'VIDEO', 'PHOTOS' (a headline's word wrapped onto a line, 'Video', and a section's 'Photo gallery' stay)
        ("media placeholder", r"^(?-i:VIDEO|AUDIO|PHOTOS|(?:PHOTO |IMAGE )?GALLERY|INFOGRAPHIC|SLIDESHOW)$"),
        ("link furniture", r"^\(?(?:opens? in (?:a )?new (?:window|tab)|new window|new tab|link opens in (?:a )?new (?:window|tab))\)?\.?$"),
        (
            "share bar",  # 'Mail to a friend', 'Send to a friend': the bar's e-mail button
            r"^(?:e-?mail (?:a link|this(?: article| story)?)(?: to a friend)?|(?:e-?mail|mail|send)(?: (?:this|it))? to a friend|share on [\w&.,\s-]{1,40}"
            r"|(?:tweet|pin|post) this(?: article| story| post| page)?)$",  # 'Tweet this Story' under the tags
        ),
        (
            "share bar",
            r"^(?:get|copy) (?:the |a )?(?:short )?(?:url|link|link url)(?: to this (?:article|story|page))?$",
        ),  # 'Get short URL', 'Copy link'
        # the bar's toggle and the copy button's answer: 'Show more sharing options', 'Close extra sharing options', 'Copied!'
        ("share bar", r"^(?:(?:show|close|hide|more|open) (?:(?:more|extra|all|other) )?shar(?:ing|e) options|(?:link |url )?copied!?)$"),
        # the reporter's contact lines under a story: "jane.roe@example.com", "Twitter: @janeroe", "Follow Jane on X: @janeroe"
        (
            "author's contact",
            r"^(?:[-*•]\s+)?(?:(?:follow (?:[\w.’'-]+\s+){0,3}on\s+)?(?:twitter|x|instagram|bluesky|threads|mastodon)\s*:?\s*)?@[\w.]{2,30}$",
        ),
        # a news site's author card under the byline, its link to the writer's biography run into the name: 'BiographyJane Roe'
        ("author's contact", r"^(?:[-*•]\s+)?biography\s*(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){1,3}$"),
        ("widget button", r"^(?-i:CANCEL|ENLARGE|EXPAND|ZOOM|CLOSE X)$"),  # a photo's or an author card's button in capitals
        # a theme's button that unfolds the story or a list ('Show More' under a WordPress Jannah story): the story is whole
        ("widget button", r"^(?:show|view|load)\s+more$|^(?:show|see|view)\s+all$"),
        ("author's contact", r"^(?:[-*•]\s+)?(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),
        # a contact's telephone line under a release or a report: "Mobile 071 5550123", "Tel: +44 (0)20 7946 0000"
        (
            "author's contact",
            r"^(?:[-*•]\s+)?(?:mobile|mob|cell(?:phone)?|tel(?:ephone)?|phone|ph|fax|whatsapp)\.?(?:\s+no\.?)?\s*:?\s*"
            r"\+?(?=(?:[\s().-]*\d){7})[\d\s().-]{7,24}$",
        ),
        # a release's contact line under its text, the label, a name and a number or an address ('Media contact: Jane Roe
        # 02 5555 0000 or 0400 000 000', 'Press enquiries: Jane Roe, jroe@example.org'): the issuer's, never the story's
        (
            "media contact",
            rf"^(?:for\s+)?{RELEASE_CONTACT_LABEL}\s*:\s*(?=.{{0,140}}$).{{0,100}}?"
            r"(?:\+?\(?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\.?$",
        ),
        ("social prompt", r"^(?=.{0,160}$)(?:please\s+)?(?:share|tweet|post|tell us|send us|join|tag|use)\b[^#.!?]{0,100}#\w+[.!]?$"),
        ("server error", r"^(?:warning|notice|deprecated|fatal error|parse error|strict standards)\s*:.{0,300}\bon line \d+\.?$"),
        ("navigation", r"^(?:home|menu|search|close|back to top|top)\s*(?:[›»>|/].{0,80})?$"),
        ("navigation", r"^[\w’'&.-]+(?:\s+[\w’'&.-]+){0,2}\s*[›»]$"),  # a breadcrumb's link, 'News»', the next one on the line under it
        # a photo's credit as a reader's copy of a news page keeps it: "Credit...", then "Anna Moneymaker/The New York Times"
        # "© 2022 …", and the holder before the year: "© European Union 2022 – JRC129967"; a US site's runs on to its terms
        # ("© 2023 Example Media. All Rights Reserved. Use of this site constitutes acceptance of our Terms of Service, …")
        (
            "copyright line",
            r"^(?:(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\b(?:.{0,100}|.{0,100}\ball rights reserved\b.{0,200})|(?:©|\(c\))\s*[A-Z][\w&.’' -]{1,60}?\s+\d{4}\b.{0,60})$",
        ),
        # a PDF's running head or foot letter-spaced by its text layer: the web address "w w w . e x a m p l e . o r g"
        ("letter-spaced web address", r"^(?:[a-z0-9-]\s){2,}\.(?:\s[a-z0-9-])+(?:\s\.(?:\s[a-z0-9-])+)*$"),
        # a photo's credit line with the copyright sign, the photographer and the organisation: "© Jane Roe / Oceanwatch"
        ("photo credit", r"^©\s*(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,3}\s*/\s*(?-i:[A-Z])[\w&.’' -]{1,40}$"),
        # the site's copyright with its years after its holder's name: "© Harbour Broadcasting, “HB-News”, 2005–2015. All rights reserved."
        ("copyright line", r"^(?:©|\(c\)|copyright\s*©?)\s*(?-i:[A-Z“\"]).{1,100}?\b\d{4}\b.{0,40}?\ball rights reserved\.?$"),
        # a site's footer of the early web, the word and the holder before the year, its page stamp and a call for feedback
        # after it or not: "Copyright Harbour Commission 2001. Last Modified Thursday 1 March 2001. Your comments are welcome!";
        # a holder ending on a law's word is a statute, a section's heading ('Copyright Act 1968', 'Copyright Amendment 2006')
        (
            "copyright line",
            r"^copyright\s+(?-i:[A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|of|and|for|the|&)){0,8})"
            rf"{LAW_WORD_ENDING},?\s+\d{{4}}(?:\s*[-–]\s*\d{{2,4}})?\.?"
            r"(?:\s+(?:page\s+)?last\s+(?:updated|modified|reviewed)(?:\s+on)?\s*:?\s*[\w ,/:-]{4,40}\.)?"
            r"(?:\s+[^.!?]{0,60}\b(?:comments|feedback)\b[^.!?]{0,40}[.!])?$",
        ),
        # a magazine's notice on its words and pictures under the story: "Text © 2024. The authors. CC BY-NC-ND 3.0", "Except
        # where otherwise noted, images are subject to copyright. Any reuse without express permission … is prohibited."
        ("copyright line", r"^(?:text|story|article|words|content)\s+(?:©|\(c\)|copyright)\s*\d{4}\b.{0,100}$"),
        (
            "copyright line",
            r"^except where otherwise noted,?\s+(?:(?:all|the|this|our)\s+)?(?:content|images?|photos?|photographs|pictures|text|material|works?|site|"
            r"article|story)\b.{0,200}\b(?:subject to copyright|licen[cs]ed under|creative commons|cc by)\b.{0,200}$",
        ),
        # the site's copyright whose sign a copy lost (an icon's glyph), the year first: "2025 Harbour Daily. All Rights Reserved."
        ("copyright line", r"^\d{4}(?:\s*[-–]\s*\d{2,4})?\s+(?-i:[A-Z])[\w&.’' -]{1,60}?[.,]?\s+all rights reserved\.?$"),
        # the site's copyright without a year: "©Example Association", "All Rights Reserved"
        ("copyright line", r"^(?:(?:©|\(c\))\s*(?-i:[A-Z])[\w&.’' -]{1,60}?(?:[.,]?\s*all rights reserved)?|all rights reserved)\.?$"),
        # a report's cover naming who made it: 'Harbour Research Institute in collaboration with PortNet' (on the cover
        # only: classify keeps a heading of the text so worded, 'Working in Partnership with Local Councils')
        (
            "cover's publisher line",
            rf"^(?-i:[A-Z])[\w&’' -]{{1,80}}? {IN_PARTNERSHIP_WITH} (?-i:[A-Z])[\w&’' -]{{1,80}}$",
        ),
        # an interactive graphic's button: "Click to see funding needs", "Tap to explore the map"
        (
            "interactive button",
            r"^(?:click|tap|hover|scroll)\s+(?:here\s+)?(?:to|for)\s+(?:see|view|explore|show|expand|open|enlarge|play)\b[^.!?]{0,60}$",
        ),
        # a site's promotion of its other stories on a topic, with the series' name after a colon: "Find our comprehensive
        # coverage: Broken Harbour – the making of a crisis", "Read our full coverage: …", "Explore our special report: …"
        (
            "promotion of the site's coverage",
            r"^(?:find|read|see|explore|follow|discover|browse|check out)\s+(?:all\s+|more\s+(?:of\s+)?)?(?:our|the)\s+"
            r"(?:(?:full|complete|comprehensive|in-depth|latest|ongoing|special|continuing)\s+)*"
            r"(?:coverage|reporting|special reports?|series|investigations?|stories|package)\b[^:.!?]{0,40}:\s*\S.{0,200}$",
        ),
        # a news site's header and footer as a reader's copy of the page keeps them: "SECTIONS", "LOG IN", "Site Index"
        (
            "navigation",
            r"^(?:sections|site index|site information navigation|log ?in|sign ?in|log ?out|my account|main menu|"
            r"(?:sign ?in|log ?in)\s*/\s*(?:join|register|sign ?up|subscribe)|"  # "Sign in / Join"
            r"continue reading the main story|advertisement\s*-?\s*scroll to continue with content|"
            r"forgot (?:your )?(?:username|password)(?:\s+(?:and|or)\s+(?:username|password))?\?|"  # a sign-in box's prompt
            r"(?:view|post|read)(?:\s*/\s*(?:view|post|read))?\s+comments|"  # 'View/Post Comments' under a news site's byline
            r"e-?mail the (?:author|reporter|writer)(?:\s*\|\s*follow on [a-z]{1,12})?)$",
        ),
        ("date stamp", r"^(?:published|posted|updated|last updated)\s*:?$"),  # the label alone: its stamp is the next line
        ("date stamp", r"^\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?,?\s+\d{1,2}\s+[a-z]+\.?,?\s+\d{4}$"),
        ("separator", r"^[|•·/]$"),
        ("rule line", r"^_{3,}$"),  # "___": a wire story's rule above its contributors' line
        # a player's label and buttons ('Watch video 02:17', 'Play video', 'EMBED <>', 'More Videos') and a photo's
        # ('Enlarge this image')
        (
            "media player",
            r"^(?:(?:watch|play|listen to)(?: the)? (?:video|audio|podcast)\s*\d{1,2}:\d\d|(?:watch|play)(?: the)? video"
            r"|enlarge (?:this )?(?:image|photo|picture)|embed\s*(?:<\s*/?\s*>|code)|more videos)$",
        ),
        ("video link", VIDEO_LINK_WITH_LENGTH),  # a link to the story's video: 'Watch: Harbour master quits on live TV 02:14'
        ("empty paragraph", r"^(?:&nbsp;|&#160;)+$"),  # a copied editor's empty paragraph, its entity kept as text
        ("empty heading or end mark", r"^#{1,6}$"),  # "# ": a copied page's headline element left empty; "###": a release's end
        # a press release's end mark on a line of its own ("ENDS", "-ENDS-", "– ends –", "Ends/", "# # #"); its notes to editors
        # and any brief attached follow it, no section of it
        ("empty heading or end mark", r"^(?:(?:[-–—#*/]\s*)*ends?(?:\s*[-–—#*/.])*|#\s#\s#)$"),
        # a release's masthead, the issuers' names and the document's kind in capitals, its date after them or not
        # ("AMNESTY INTERNATIONAL HUMAN RIGHTS WATCH JOINT PRESS RELEASE", "RIGHTS ALLIANCE  MEDIA RELEASE  4 May 2021"): never
        # the title or a section, and its date is read all the same; the release's embargo line with it
        (
            "release masthead",
            r"^(?-i:(?=[^a-z]*\b(?:(?:PRESS|MEDIA|NEWS)\s+(?:RELEASE|STATEMENT|ADVISORY)|JOINT\s+(?:PRESS\s+)?STATEMENT)\b)[^a-z]{0,120}?"
            r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})?)$",
        ),
        # the label alone, or with the release's date after it ('Media Release 29 August 2000', 'Press Release: May 3,
        # 2001'), its date read all the same: a kicker over the headline, never the title
        (
            "release masthead",
            r"^(?:joint\s+)?(?:press|media|news)\s+release(?:\s*[:,–—-]?\s*(?:[a-z]{6,9},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?"
            r"|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4})?$",
        ),
        # the label naming who issues it, over the release ('Media Release by The Hon Jane Roe MP', 'Joint Media Release
        # with:' over the other issuers' lines)
        ("release masthead", r"^(?:joint\s+)?(?:press|media|news)\s+(?:release|statement)\s+(?:by|from|with)\b[^.!?]{0,80}$"),
        # the label after its issuer's short name or the release's kind, in the label's own case ("WESTVALE PARENTS Media
        # Release", "Campaign Media Release"): a headline or a heading may end so too ('Union Rejects Harbour Board’s Media
        # Statement'), so a few words before it, no possessive; in the text, only at its top (releaseissuer.py)
        ("release masthead", RELEASE_LABEL_IN_ITS_CASE),
        # a document's handling marking, its caveats parted by '//', printed at the top of every page ('Agency of Records --
        # Internal Use // Not For Release', 'UNCLASSIFIED//FOR OFFICIAL USE ONLY', OCR's 'Attorney-Work-Preduet // Protected')
        (
            "handling marking",
            r"^(?=.{0,160}$).*?(?:\s//|(?-i:[A-Z])//)\s?(?=\S)(?=.*\b(?:internal\s+use|not\s+for\s+(?:public\s+)?(?:release|distribution)|"
            r"protected|confidential|official\s+use|privileged|classified|secret|noforn|sensitive)).*$",  # a caveat after the '//
        ),
        ("embargo line", r"^(?:under\s+(?:strict\s+)?embargo|embargoed(?:\s+until)?)\b.{0,120}$"),
        # 'For immediate release', 'FOR IMMEDIATE RELEASE: 4 May'; never the bare words, a report's section heading beside
        # 'Extended release' in a pharmacology review
        ("embargo line", r"^for\s+immediate\s+release(?:\s*[:,.–—-]\s*[^.!?]{0,60})?$"),
        ("letterhead", LETTERHEAD),
        # a release's distribution line, the desks it is sent to: 'ATTENTION: Environment and Health Reporters', 'ATTN: News
        # Editors', 'Attention: Chiefs of Staff'; a heading 'Attention: the harbour's deficit' names no desk
        (
            "distribution line",
            r"^(?:attention|attn\.?)\s*:\s*(?=[^.!?]{0,100}$)[^.!?]{0,80}?\b(?:reporters?|editors?|writers?|desks?|chiefs?\s+of\s+staff|"
            r"news\s*(?:rooms?|directors?)|producers?|journalists?|correspondents?)\s*$|^(?:attention|attn\.?)\s*:\s*(?:media|press)$",
        ),
        # an "up next" widget's buttons ("Next", "Next story in" and its countdown) and a photo gallery's link ("View all (23)")
        ("next-story button", r"^(?:next|previous|next story|previous story|next story in|read next|up next|keep reading)$"),
        (
            "gallery link",  # 'View all (23)', 'View gallery', 'View the photo gallery', 'Launch slideshow'
            r"^(?:view|see|open|launch|browse) (?:all|all photos|photos|(?:the )?(?:(?:photo|picture|image) )?(?:gallery|slide\s?show))(?: \(\d{1,4}\))?$",
        ),
        # a photo gallery's controls copied as their labels: its counter ('Image 1 of 8', 'Image 1 of / 8', split by its
        # markup) and the toggle that shows the caption ('Caption', alone on its line; 'Close' is navigation)
        ("gallery controls", r"^(?:image|photo|picture|slide)\s+\d{1,3}\s+of\s*/?\s*\d{1,3}$|^caption$"),
        # a page's reading controls copied as their labels: 'Text settings', 'Text size', 'Customize', 'Minimize to nav'
        ("reading controls", r"^(?:text settings|(?:change )?(?:text|font) size|reader mode|customi[sz]e|minimi[sz]e to nav)$"),
        (
            "photo credit",
            r"^(?:photo(?:graph)?s?\s*:\s*)?[^\s/.!?:][^/.!?:]{1,40}(?:\s/\s[^/.!?:\s][^/.!?:]{1,40}){2,3}$",
        ),  # "picture alliance / Jane Roe / Example Foto"
        # a news page's credit for its photos on a line of its own: "Pix by Jane Roe", "Photo by Jane Roe", "Pic: Jane Roe/AFP",
        # in brackets too: "(Photo by Jane ROE / AFP)" ("Photo: …" and "Image: …" are labelled captions, read as photos)
        ("photo credit", rf"^{_PHOTO_CREDIT}$|^\({_PHOTO_CREDIT}\)$"),
        # a broadcaster's photo widget copied with its buttons and labels: "toggle caption", "Image caption …",
        # "Image source, Getty Images", and the credit "Brian L. Frank for NPR" on a line of its own
        ("photo caption", r"^(?:toggle|hide|show) caption.{0,200}$|^image caption,?\s.{3,400}$"),
        ("photo credit", r"^image source,?\s.{2,80}$"),
        ("photo credit", rf"^{_PHOTOGRAPHER}\s+for\s+{_NEWSROOM}$"),
        # "Diplomatic failure in the run-up to war in UkraineRead more" (the spaces before "Read" bounded: ".{5,160}?" holds
        # spaces too, and "\s*" there read a long run of spaces 160 times)
        ("related articles", r"^\S.{5,160}?\s{0,40}(?-i:Read [Mm]ore)$"),
        ("age notice", r"^this (?:article|story|report|content) is (?:more|over) than \d+ (?:years?|months?) old\.?$"),  # theguardian.com
        (
            "print edition note",  # "A version of this article appears in print on January 13, 2017, on Page A7 …" (NYT, WSJ)
            r"^(?:a version of this (?:article|story|column|report|review) appear(?:s|ed) in print\b.{0,300}"
            r"|(?:this (?:article|story) )?appeared in the .{0,60}print edition\b.{0,200})$",
        ),
        ("co-publication note", r"^this (?:story|article) (?:also|first|originally) (?:appeared|ran) (?:in|on|at) [^.!?]{2,80}\.?$"),  # a partner's
        (
            "video prompt",
            r"^(?:scroll down for (?:the )?video|watch the video below|(?:watch|listen) live(?: now)?|(?:video|podcast)s? of the (?:day|week|month))\.?$",
        ),
        # a link to the story in another language: "Read this story in Bengali", "Read in other languages"
        ("language link", r"^read (?:this (?:story|article|report) |it )?in (?:[a-z]+|other languages)$"),
        # the page's feedback links: "Suggest a correction", "Report an error", "Corrections and clarifications", "Submit a news tip"
        (
            "feedback link",
            r"^(?:(?:suggest|submit|request) a correction|report (?:an? )?(?:error|typo|mistake|correction)(?:\s*(?:/|or)\s*(?:an? )?(?:error|typo|mistake))?|corrections (?:and|&) clarifications"
            r"|(?:submit|send us) a (?:news )?tip|reprints (?:and|&) permissions|reuse this (?:content|article)|the trust project)$",  # rights and standards links
        ),
        # "Note to readers: if you purchase something through one of our affiliate links we may earn a commission."
        (
            "affiliate notice",
            r"^(?:note to readers\s*:\s*)?(?:if|when) you (?:buy|purchase|click)\b.{0,80}\b(?:affiliate|commission)\b.{0,120}$",
        ),
        (  # "TIME may receive compensation for some links to products and services on this website. …"
            "affiliate notice",
            r"^[\w&.’' -]{1,40}\s(?:may|might|can)\s(?:receive|earn|get)\s(?:a\s)?(?:compensation|commissions?)\s(?:for|from|on)\b.{0,200}$",
        ),
        ("section link", r"^more [\w’'&. -]{2,30}? (?:news|stories|coverage)$"),  # "More Alabama news": a link to the section
        # a reposted story's link back to where it first ran: "Original Link on Reuters website.", "Link to the original article";
        # a clipper's, with what the original holds: "Original story has video and photo content."
        (
            "link to the original",
            r"^(?:original (?:link|article|story|post|source)|link to (?:the )?original(?: article| story| post)?|(?:read|view|see) the original(?: article| story)?)"
            r"(?:\s+(?:on|at|in)\s+(?:the\s+)?[\w&.’' -]{1,40}?(?:\s+(?:website|site))?"
            r"|\s+(?:has|contains|includes)\s+(?:photos?|videos?|images?|audio)(?:\s+and\s+(?:photos?|videos?|images?|audio))?(?:\s+content)?)?\s*[.:]?$",
        ),
        # the buttons of a page's media: "Unblur videos", "Show graphic content"
        (
            "media control",
            r"^(?:(?:un)?blur (?:all )?(?:videos?|images?|photos?|pictures?|content)|(?:show|hide|reveal) (?:graphic|sensitive) (?:content|images?|videos?|photos?))$",
        ),
        ("summary marker", r"^end (?:of )?summary\.?$"),  # a cable's or a media analysis's "END SUMMARY" after its summary
        # a monitoring desk's or a cable's closing lines: the desk's telephone, "(QUESTIONS AND/OR COMMENTS, PLEASE CALL CHIEF,
        # AFRICA/LEVANT BRANCH AT (703)  733-6408)", and its routing line ending on a date-time group, "ENEAG/…/jf 1/2129Z MAR"
        (
            "desk's contact line",
            r"^\(?(?:questions(?: and/or comments)?|comments|inquiries|for (?:more )?information)\s*,?\s*(?:please )?(?:call|contact)\b"
            r".{0,120}\(?\d{3}\)?[\s.-]*\d{3}[\s.-]?\d{4}\s*\)?\.?\)?$",
        ),
        ("routing line", r"^[a-z][a-z0-9]{2,}/\S.{0,100}?\b\d{4}z\s+[a-z]{3}\w*\.?$"),
        # a site's promotion of its own event in the page: "Online Event Fri, January 30, 2026 • 9:00 am ET How Russia’s …",
        # "Webinar: March 3, 2025, 10:00 a.m. EST …" (the event's day, not the report's)
        (
            "event promotion",
            r"^(?:(?:online|upcoming|live|virtual|in-person|hybrid|featured)\s+)?(?:event|webinar|livestream|panel discussion)s?\b\s*[:|•–-]?\s*"
            r"(?=.{0,60}\b\d{1,2}:\d\d\s*[ap]\.?m\.?).{0,300}$",
        ),
        # a page's form and notification widgets: "Please make sure all the provided information is correct.",
        # "Currently receiving 0 of 2 possible notifications for this sort of content."
        (
            "form message",
            r"^(?:please (?:make sure all the (?:provided )?information is correct|fill (?:in|out) (?:all )?(?:the )?required fields)"
            r"|this field is required|currently receiving \d+ of \d+ (?:possible )?notifications)\b.{0,80}$",
        ),
        # a share bar crawled as one line of its buttons: "Mail   Facebook   Twitter / X   LinkedIn"
        (
            "share bar",
            rf"^(?:{_SHARE_SERVICES}\s*(?:[/|·•,]\s*)?){{3,}}$",
        ),
        # a share bar copied as one line under its label: "Share: Facebook Twitter Email", "Share this article: X | LinkedIn"
        (
            "share bar",
            rf"^share(?: this(?: article| story| page| post)?)?\s*:\s*(?:{_SHARE_SERVICES}\s*(?:[/|·•,]\s*)?){{2,}}$",
        ),
        # a photo's caption reduced to its subject's name and a dash, the caption's words lost: "Amrita Deonarine -"; a name's
        # words are capitalised (a particle aside), a motion's opening clause is not one ("That the Council -", "Dat die Raad -")
        ("caption credit", rf"^(?-i:[A-Z][\w.’'-]+(?:\s+(?:[A-Z][\w.’'-]+|{NAME_PARTICLES})){{0,2}}\s+[A-Z][\w.’'-]+)\s+[-–—]$"),
        # a live page's relative time stamp alone on its line: "9 Hrs Ago", "2 hours ago" (no date a reader can keep)
        ("time stamp", f"^{RELATIVE_STAMP_PATTERN}$"),
        # a site's follow links crawled as one line: "Newsday on Facebook Newsday on Instagram Newsday on Twitter" (the
        # spaces before "on" bounded: the name's class holds a space, and "\s+" there read a long run of spaces 40 times)
        (
            "follow links",
            r"^(?:(?:follow\s+)?[\w&.’' -]{1,40}?\s{1,40}on\s+(?:facebook|instagram|twitter|x|youtube|linkedin|tiktok|whatsapp|telegram|threads|bluesky)"
            r"\s*(?:[/|·•,]\s*)?){2,}$",
        ),
        # a partner's or sponsor's label over its logo, or with the sponsor's name: "In partnership with", "Sponsored by
        # Harbour Bank"; a sponsored report's box label: "Paid content", "Sponsored content", "Partner content"
        (
            "partner credit",
            rf"^(?:(?:produced |published |reported )?{IN_PARTNERSHIP_WITH}|(?:sponsored|presented|supported|paid for) by)\s*:?"
            rf"(?:\s+{SPONSOR_NAME})?$|^{SPONSORED_LABEL}$",
        ),
        # a site's template text where a crawl found no content: "ERROR MESSAGE HEADING ERROR MESSAGE SUBHEADING …"
        ("template placeholder", r"^(?:error message (?:heading|subheading|content|info)\s*)+$"),
        # a site's call to comment under its story: "What do you think? Scroll down to comment below.", "Let us know what you
        # think!", "Share your thoughts in the comments below"
        (
            "comment prompt",
            r"^(?:what do you think\?\s*)?(?:scroll down (?:to|and) (?:comment|leave a comment)(?: below)?|"
            r"(?:let us know|tell us) what you think(?: in the comments(?: below)?| below)?|"
            r"(?:leave|post|add|drop|share) (?:a |your )?(?:comments?|thoughts|views)(?: below| in the comments?(?: section)?(?: below)?))[.!]*$",
        ),
        # a comment or annotation widget: "TIPxMake a text selection to add comments", "Highlight text to comment"
        ("comments", r"^.{0,12}?(?:make a text selection|select (?:some )?text|highlight (?:some )?text) to (?:add|leave|make) (?:a )?comments?\.?$"),
        # the reading-list bar under a story: "Reading Now Russian Offensive …", "Next up Russian Offensive …", "Up next: …"
        (
            "related articles",
            r"^(?:reading now|now reading|next up|up next|read next|next article|previous article)\b\s*:?\s*(?-i:[A-Z0-9“\"‘'])(?!.*[.!?]$).{0,200}$",
        ),
        # a published-and-modified stamp: "Issued on: 04/02/2026 - 06:59Modified: 05/02/2026 - 03:57"
        (
            "date stamp",
            r"^(?:issued|published|posted|first published)(?: on)?\s*:?\s*\S.{3,40}?\s*(?:modified|updated|last updated)(?: on)?\s*:?\s*\S.{3,40}$",
        ),
        # a release page's link to its file or its printable copy, alone on its line: "[pdf]", "[PDF version]", "Print version"
        (
            "file link",
            r"^\[\s*(?:pdf|doc|rtf)\s*\]$|^\[?\s*(?:(?:pdf|print|printable|printer[- ]friendly|text[- ]only|word)\s+version|download(?:\s+(?:the|as))?\s+pdf)\s*\]?$",
        ),
        # a release page's day under its text: "Story date: 3 March 2005", "Release date: 4/3/2005"
        (
            "story date line",
            rf"^{STORY_DATE_WORDS}\s*:\s*(?=[^.!?]*\d)[\w ,/.:-]{{4,40}}$",
        ),
        # a CMS's stamp at the page's foot: "Last updated on 5 May 2020", "Page last reviewed: 12/03/2021"
        ("date stamp", r"^(?:page\s+)?last\s+(?:updated|modified|reviewed)(?:\s+on)?\s*:?\s*(?=[^.!?]*\d)[\w ,/.:-]{4,40}$"),
        # the consent notice of the advertising framework publishers share (IAB TCF), line by line, bullets and all
        (
            "cookie banner",
            r"^(?:[•·▪*-]\s+)?(?:we and our (?:\d+ )?(?:partners|vendors) (?:use cookies|store and/or access|process|do the following)"
            r"|by clicking [\"“]?accept[\"”]?,? you (?:consent|agree)|you can change your (?:choice|mind|settings) or withdraw your consent"
            r"|the processing of your personal data allows us|store and/or access information on a device\b).{0,300}$",
        ),
    )
]


NEW_WINDOW = re.compile(r"\s*\((?:opens|link opens|open) in (?:a )?new (?:window|tab)\)$", re.I)  # "Print (Opens in new window)"


# all of them as one expression, tried in their order (one match a line instead of one a pattern)
FURNITURE_ANY = re.compile("|".join(f"(?P<k{index}>{pattern.pattern})" for index, (_, pattern) in enumerate(FURNITURE)), re.I)


PROSE_SENTENCE = re.compile(r"^\S.{40,}[.!?][”’\"]?$")
PROSE_WORDS_MIN = 8


LETTERHEAD_LINE = re.compile(LETTERHEAD, re.I)
OCR_WORD_GAP = re.compile(r" {2,}")


def _ocr_letterhead(text: str) -> bool:
    """A letterhead as OCR reads a printed one, its words two spaces apart and a word's letters broken by single spaces
    ('Harbour  Riv e rs  Trust  www.harbourrivers.org', 'V elden  Ferry  Users  Group  www.…'): each word's pieces joined
    again, the line is the letterhead's."""
    text = text.strip()
    if "www." not in text or "  " not in text:
        return False
    words = OCR_WORD_GAP.split(text)
    if not any(" " in word for word in words[:-1]):
        return False  # no word broken: the line as it stands was read
    return LETTERHEAD_LINE.match("  ".join(word.replace(" ", "") for word in words)) is not None


def _glued_but_prose(text: str, glued: list[str]) -> bool:
    """Capitals inside words that are no links run together: a PDF's small capitals garbled the same way in every word ('The
    moraTorium’s lifTing did noT require …', one capital letter or two over and over, where a footer's links start with
    many), or a sentence of prose naming companies that write a capital inside their names ('UiPath', 'CrowdStrike')."""
    if len({pair[1] for pair in glued}) <= 2:
        return True
    words = text.split()
    return bool(PROSE_SENTENCE.match(text)) and len(words) >= PROSE_WORDS_MIN and sum(w[:1].islower() for w in words) * 2 >= len(words)


# a release's head only: its letterhead and the desks it is sent to; the same shapes under the text's first paragraph are
# a contacts list's lines ('Harbour Mind www.harbourmind.org') or a heading ('ATTENTION: THE NEW CURRENCY OF SOCIAL MEDIA')
RELEASE_HEAD_FURNITURE = frozenset({"letterhead", "distribution line"})


def furniture_kind(text: str) -> str:
    """Which kind of page furniture a line is ('share bar', 'skip link', …), or '' for text."""
    if text.endswith(")"):
        text = NEW_WINDOW.sub("", text) or text
    match = FURNITURE_ANY.match(text)
    if match and match.lastgroup:
        return FURNITURE[int(match.lastgroup[1:])][0]
    if _ocr_letterhead(text):
        return "letterhead"
    glued = GLUED_LINKS.findall(text)
    if len(glued) >= 3 and len(text) <= 400 and not SENTENCE_GAP.search(text) and "/" not in text and not _glued_but_prose(text, glued):
        return "site links"  # "Contact UsWork with usAdvertiseT Brand StudioYour Ad Choices…": a footer's links run together
    found = HASHTAGS.fullmatch(text.strip())
    if found and not found.group("spaced"):
        return "hashtags"  # '#KHERSON', '#ukraine #nato': a post's or a reposter's tags, one a line or run together
    return "topic tags" if is_tag_line(text) else ""


# a post's tags, '#KHERSON', '#ukraine #nato'; or a news theme's tag of several words under one '#', in lower case as its
# tag list prints it ('#harbour bridge', '#cold war'), a tag only among other tags or closing the text (a careless Markdown
# heading, '#Key findings', opens in a capital; '#metoo in the workplace' alone in the story is its line)
HASHTAGS = re.compile(r"#[^\W\d_][\w]*(?:\s+#[^\W\d_][\w]*)*|(?P<spaced>#(?-i:[^\W\d_A-Z][\w’'-]*(?:\s[^\W\d_A-Z][\w’'-]*){1,3}))")
TAG_RUN_MIN = 2


def hashtag_line(text: str) -> bool:
    """A line of hashtags, a spaced one too."""
    return HASHTAGS.fullmatch(text.strip()) is not None


def spaced_tags_in_runs(texts: list[str]) -> set[int]:
    """The spaced hashtag lines that stand in a run of two or more tag lines, or in the run closing the text."""
    found: set[int] = set()
    run: list[tuple[int, re.Match[str]]] = []  # each tag line of the run and how it matched, read once
    for at in range(len(texts) + 1):
        tags = HASHTAGS.fullmatch(texts[at].strip()) if at < len(texts) else None
        if tags is not None:
            run.append((at, tags))
            continue
        if len(run) >= TAG_RUN_MIN or (run and at == len(texts)):
            found.update(i for i, line in run if line.group("spaced"))
        run = []
    return found


GLUED_LINKS = re.compile(r"[a-z][A-Z]")


TAG_WORD = re.compile(r"(?:[A-Z][\w’'.-]*|&|\d[\w-]*)")


def is_tag_line(text: str) -> bool:
    """'Conflict Europe & Eurasia Geopolitics & Energy Security Human Rights': a page's topic tags crawled as one line,
    seven words or more, every one capitalised (or '&'), none of the small words, pronouns or verbs a heading or a
    headline of that length has ('of', 'the', 'and', 'His', 'Can' …), no punctuation."""
    words = text.split()
    if GLUED_TAGS.fullmatch(text):
        return True  # "ForecastingPoliticsEuropeItalyCountry Analysis": a tag list the crawl ran together without spaces
    if "’s " in text or "'s " in text:
        return False  # "Trump’s Made-for-TV Trade War Keeps World Guessing": a possessive makes a headline, not a list of topics
    return (
        len(words) >= 7
        and len(text) <= 250
        and not text.isupper()
        and all(TAG_WORD.fullmatch(word) for word in words)
        and not any(word.lower() in SMALL_WORDS or word.lower() in HEADLINE_WORDS for word in words)
        and not re.search(r"[.,:;!?()\"“”]", text)
    )


# a title-case headline's verb in the present ('Harbour Office Halts River …', 'Council Seizes …'): a word ending in
# one s with words on both sides, not a plural's or a noun's ending ('Politics', 'Business', 'Status', 'Coronavirus',
# 'Analysis'); a line with a lone '&' joins topics ('Conflict Drones Human Rights … Resilience & Society'), no headline
HEADLINE_PRESENT_VERB = re.compile(r"(?<=\S )[A-Z][a-z]*[a-hj-rtv-z](?<!ic)s(?= \S)")
FIRST_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s")


def has_headline_verb(text: str) -> bool:
    """A line in title case that says something: its verb in the present stands between its subject and its object."""
    line = " ".join(text.split())
    return " & " not in line and HEADLINE_PRESENT_VERB.search(line) is not None


def _content_words(text: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[A-Za-z]{4,}", text) if word.lower() not in SMALL_WORDS}


def headline_over_its_story(line: str, opening: str) -> bool:
    """A title-case line with a verb in the present that also names what the first sentence under it is about
    ('Harbour Office Halts …' over 'Officers of the harbour office took …'): the story's headline. An inner plural
    ('Human Rights', 'United States') looks like a verb too, so a crawl's topic tags sharing no word with the opening
    sentence stay tags; a single -s word alone is no sign ('World United States Middle East Foreign Policy')."""
    if not has_headline_verb(line):
        return False
    first_sentence = FIRST_SENTENCE_END.split(opening.strip(), maxsplit=1)[0]
    return bool(_content_words(line) & _content_words(first_sentence))


# one word made of three capitalised words or more run together, with other capitalised words beside it
GLUED_TAGS = re.compile(r"(?:[A-Z][a-z]+\s+)*(?:[A-Z][a-z]+){4,}(?:\s+[A-Z][a-z]+)*")


HEADER_WINDOW = 12  # the header is looked for in the export's first units
SITE_NAME = re.compile(r"(?:www\.)?[A-Za-z][\w-]*\.(?:com|org|net|co\.uk|com\.au)")  # 'NJ.com', 'Example.com' over a copied page's menu
# a breadcrumb trail run together by a copy ('Home News Markets', 'Home > News > Markets'): the site's menu words from 'Home'
BREADCRUMB_HEAD = re.compile(r"(?:Home|HOME|Start|Front [Pp]age)(?:\s*[>›»/|]\s*|\s+)(?:[A-Z][\w&’'-]*(?:\s*[>›»/|]\s*|\s+)){0,4}")


def breadcrumb_over_headline(text: str, headline: str) -> bool:
    """'Home News Markets Ferry fares to rise' over 'Ferry fares to rise': the page's breadcrumb trail, its last crumb the
    headline given on the next line, never a longer headline."""
    line, headline = text.strip(), headline.strip()
    if not headline or line == headline or not line.endswith(headline):
        return False
    return BREADCRUMB_HEAD.fullmatch(line[: -len(headline)]) is not None


# a page's section named by its address's path on a line of its own ('/harbour', '/news/local/'): the site's rubric
SECTION_PATH = re.compile(r"/[a-z][a-z0-9-]{1,30}(?:/[a-z][a-z0-9-]{1,30}){0,2}/?")
MENU_ITEM = re.compile(r"^[A-Z][\w&’'-]*(?:\s+[\w&’'-]+){0,2}$")  # "Congress", "Publications", "Media Center"
MENU_MIN_ITEMS = 5


def _site_menu_at_top(units: list[Unit]) -> set[int]:
    """A page copied whole opens on its site's menu: five short items or more, one a line ('Congress', 'Media', 'Account',
    'Donate', 'About'), before the headline, under the site's name ('Example.com'). Fewer such lines (a section's name,
    a kicker) are no menu."""
    start = 0
    while start < len(units) and (furniture_kind(units[start].text) or SITE_NAME.fullmatch(units[start].text.strip())):
        start += 1
    end = start
    while end < len(units) and MENU_ITEM.match(units[end].text.strip()) and not find_date(units[end].text):
        end += 1
    links = sum(1 for unit in units[:start] if furniture_kind(unit.text) == "navigation")  # 'Menu', 'Home': items of it too
    above = _menus_above_headline(units)
    bylined = _menus_above_bylined_headline(units) or _menus_above_labelled_byline(units)
    if not above and not bylined:
        above = _menus_above_stamped_headline(units)
    if not above and not bylined:
        bylined = _menus_above_named_headline(units)
    if not above and not bylined:
        bylined = _menus_above_breadcrumbed_headline(units) or _sidebar_over_written_by_headline(units)
    if above and bylined and max(bylined) != max(above):
        # the menus run on past the first headline-like line ('Set Your Location'), to the bylined headline; or they stop
        # above it where a standfirst with no stop stands between the headline and the byline (the last headline-like line)
        return bylined
    items = set(range(start, end)) if end - start + links >= MENU_MIN_ITEMS else set()
    return above or bylined or items or _short_menu_over_bylined_headline(units)


MENU_RUN_MIN = 30  # short lines above the first paragraph: more than a header ever has
SPLIT_BYLINE_MENU_MIN = 2 * MENU_MIN_ITEMS  # above a headline over 'By' / 'Jane Roe' / its date


HEADLINE_MIN_WORDS = 5
# a headline a blog theme marks as the story's own (the breadcrumb ending on it over it, its byline field a line each
# under it) may be shorter: 'Tidewater mill closes doors'
MARKED_HEADLINE_MIN_WORDS = 3


def _headline_shape(text: str, words_min: int = HEADLINE_MIN_WORDS) -> bool:
    """A headline among the lines over the text (its date, byline, categories and tags: 'Published by Jane at April 21,
    2022', 'Categories', 'Views: 184'): five words or more (`words_min`) in mixed case, no stop, no date, no byline."""
    return (
        len(text.split()) >= words_min
        and len(text) <= 160
        and without_closing_abbreviation_stop(text.rstrip(), at_top=False)[-1:] not in TERMINAL  # '… Ties With U.S.' is one
        and any(c.islower() for c in text)
        and not furniture_kind(text)
        and not find_date(text)
        and not BYLINE.match(text)
    )


def _ends_sentence(text: str) -> bool:
    """A stop ends the line, not a headline's closing abbreviation ('… Its Ties With U.S.')."""
    return without_closing_abbreviation_stop(text.rstrip(), at_top=False)[-1:] in TERMINAL


def _menus_above_headline(units: list[Unit]) -> set[int]:
    """A page copied whole from a site with many menus (languages, sections, programmes, each item a line, some of
    several words: 'Choose from 30 Languages', 'Germany and Turkey - A difficult relationship') opens on thirty short
    lines or more before any prose, among them the page's furniture (a cookie banner, 'Navigation', 'Advertisement'),
    with no date line. The headline is the last headline-shaped line within a header's reach above the first prose (the
    standfirst or the text), else the line right above it, under at most one label (its section's name); all above is
    the menu. A report's contents list above its text has no furniture."""
    first = next(
        (
            i
            for i, u in enumerate(units)
            if (len(u.text) >= 100 or (len(u.text.split()) >= 8 and _ends_sentence(u.text))) and not furniture_kind(u.text)
        ),
        None,
    )
    if first is None or first < MENU_RUN_MIN:
        return set()
    run = units[:first]
    if sum(1 for u in run if furniture_kind(u.text)) < 2 or any(_is_date_line(u) for u in run):
        return set()
    headline = next((i for i in range(first - 1, max(first - HEADER_WINDOW, 0), -1) if _headline_shape(units[i].text)), first - 1)
    label = headline - 1
    while label > 0 and furniture_kind(units[label].text):
        label -= 1
    return set(range(0, label if re.fullmatch(r"[A-Za-z][\w’'&-]*(?:\s+[A-Za-z][\w’'&-]*)?", units[label].text.strip()) else headline))


def _menus_above_bylined_headline(units: list[Unit]) -> set[int]:
    """A page copied whole from a browser (its sections, issues, events and podcasts, a few teasers among them) runs
    thirty lines or more before the story's headline; the headline is the headline-shaped line at most three lines over
    the first byline ('By Jane Roe') that has a date line under it, and all above it, nearly all of it short lines, is
    the menu, with the site's furniture in it ('Sections', 'Previous'). A report's own opening has its prose above any
    such byline, and its contents list no furniture. 'By' alone over the name ('By' / 'Jane Roe' / 'April 26, 2022', a
    news theme's header copied line by line) is such a byline too, and so is a byline with its date on its line ('by
    JANE ROE August 25, 2025', a nonprofit newsroom's theme): both need a shorter menu over them, ten lines."""
    for at in range(SPLIT_BYLINE_MENU_MIN, min(len(units), MENU_RUN_MIN * 10) - 1):
        text = units[at].text.strip()
        split = _byline_over_lines(units, at)
        if split and _date_line_below(units, at + split[1]):
            text = "By " + split[0]
        elif at >= MENU_RUN_MIN and " By " in text:
            text = _byline_given_twice(text).split(" | ")[0]  # 'Jane Roe | Example Media By Jane Roe | Example Media'
        stamped = not split and text[:3].lower() == "by " and stamped_byline(text)  # 'by JANE ROE August 25, 2025': its date with it
        if (at < MENU_RUN_MIN and not split and not stamped) or not BYLINE.match(text):
            continue
        if not stamped and not _date_line_below(units, at + (split[1] if split else 1)):
            continue
        if not (len(text) <= 80 and _parse_header_part(text, {}, False)):
            continue
        # the headline, over the lead photo's gallery name, caption and share bar ('Print') at most
        headline = next((i for i in range(max(0, at - 5), at) if _headline_shape(units[i].text)), None)
        # the split byline is a news theme's own: a shorter menu, a sign-in prompt in it, is the site's too
        if headline is None or headline < (SPLIT_BYLINE_MENU_MIN if split or stamped else MENU_RUN_MIN):
            return set()
        return _menu_over(units, headline, 1 if split or stamped else 2)  # 'Sections', 'Previous': a site's, no contents list
    return set()


SECTION_LABEL_WORDS = 3  # a section's name between the headline and the date line


LABELLED_BYLINE_REACH = 600  # units: the hundreds of a site's menu lines; a byline lower down is a later part's, in a compilation


def _menus_above_labelled_byline(units: list[Unit]) -> set[int]:
    """A government or agency news page copied with select-all: hundreds of menu lines (services, ministries, side rails
    whose teasers are a headline over a section's name and a date), then the story's header, each field on a line: the
    headline, at most one label (its section's name), the date line, the byline field's label over the writer's name
    ('Written by:' / 'Jane Roe'). The label over a name is what no teaser in a rail has; all above the headline, nearly
    all of it short lines and some of it the site's furniture, is the menu."""
    for at in range(SPLIT_BYLINE_MENU_MIN + 2, min(len(units) - 1, LABELLED_BYLINE_REACH)):
        if not WRITER_LABEL.match(units[at].text.strip()) or not _writers_line(units[at + 1].text.strip()):
            continue
        if not _is_date_line(units[at - 1]):
            return set()
        headline = at - 2 if _headline_shape(units[at - 2].text) else at - 3
        label_short = headline == at - 2 or len(units[at - 2].text.split()) <= SECTION_LABEL_WORDS  # 'Business', 'Local News'
        if not label_short or not _headline_shape(units[headline].text):
            return set()
        return _menu_over(units, headline, 2)
    return set()


def _menu_over(units: list[Unit], end: int, furniture_min: int) -> set[int]:
    """The lines above `end` as a site's menu: nearly all of them short (nine in ten under 100 characters) and at least
    `furniture_min` of them the site's furniture; else none."""
    short = sum(1 for u in units[:end] if len(u.text) < 100)
    furniture = sum(1 for u in units[:end] if furniture_kind(u.text))
    return set(range(end)) if short >= 0.9 * end and furniture >= furniture_min else set()


# a blog theme's breadcrumb ending on the story's headline, its links on the lines over it or on its line ('» Ferry fares
# rise again', 'Home » Transport » Ferry fares rise again')
BREADCRUMB_MARK = re.compile(r"[»›]")
CRUMB_MAX = 80  # a breadcrumb's link before the last: a section's name


def _breadcrumb_tail(text: str) -> str:
    """The last link of a breadcrumb line, its spaces evened ('Ferry fares rise again'), else ''."""
    parts = BREADCRUMB_MARK.split(text)
    if len(parts) < 2 or any(len(part) > CRUMB_MAX for part in parts[:-1]):
        return ""
    return " ".join(parts[-1].split())


def _menus_above_breadcrumbed_headline(units: list[Unit]) -> set[int]:
    """A blog's page copied whole (select all, copy) whose theme sets its sidebar first: its widgets' lists (recent posts,
    recent comments, the archive's months, the categories), the site's menu, then the breadcrumb ending on the story's
    headline and the headline given again under it. All above the headline, nearly all of it short lines, is the site's
    (the breadcrumb over the headline it repeats is the site's mark). A headline given once, or a breadcrumb ending
    elsewhere, marks nothing."""
    for at in range(min(len(units) - 1, LABELLED_BYLINE_REACH)):
        crumb = _breadcrumb_tail(units[at].text)
        if not crumb or crumb != " ".join(units[at + 1].text.split()):
            continue
        if _headline_shape(units[at + 1].text, MARKED_HEADLINE_MIN_WORDS):
            return _menu_over(units, at + 1, 0)
    return set()


WRITTEN_BY = re.compile(r"^(?:written\s+|posted\s+)?by\s*:?$", re.I)  # a blog theme's byline field, its label alone on its line
WIDGET_HEADINGS_MIN = 2
WRITER_NAME_MAX = 60  # the writer's name or the site's, a few words


def _sidebar_over_written_by_headline(units: list[Unit]) -> set[int]:
    """A blog's page copied whole whose theme sets its sidebar first, then the headline over its byline field, a line
    each: 'Written by' / the writer or the site / 'on November 7, 2023'. All above the headline, nearly all of it short
    lines, two widgets' headings among them ('Recent Posts', 'Archives') or one line of the site's furniture, is the
    site's."""
    for at in range(MENU_MIN_ITEMS + 1, min(len(units) - 2, LABELLED_BYLINE_REACH)):
        if not WRITTEN_BY.match(units[at].text.strip()) or not _is_date_line(units[at + 2]):
            continue
        writer = units[at + 1].text.strip()
        if len(writer) > WRITER_NAME_MAX or writer[-1:] in TERMINAL or not _headline_shape(units[at - 1].text, MARKED_HEADLINE_MIN_WORDS):
            continue
        menu = _menu_over(units, at - 1, 0)
        widgets = sum(1 for unit in units[: at - 1] if sidebar_widget_heading(unit.text))
        if menu and (widgets >= WIDGET_HEADINGS_MIN or any(furniture_kind(unit.text) for unit in units[: at - 1])):
            return menu
        return set()
    return set()


NAMED_HEADLINE_REACH = 30  # lines from the top where a headline over its writer's name and date line is looked for


def _menus_above_named_headline(units: list[Unit]) -> set[int]:
    """A news page printed from a browser or copied whole, its menu's short items one a line ('Subscriptions', 'Log in',
    'Home', 'Politics', 'Video'), then the headline over the writer's name alone and the date line ('Five ports close as
    the storm nears' / 'Jane Roe' / 'March 4, 2020'): all above the headline is the menu, five lines or more, nearly all
    of them short and one at least the site's furniture ('Log in', 'Home'). A report's contents list over such a header
    has none of the site's furniture."""
    for at in range(MENU_MIN_ITEMS, min(len(units) - 2, NAMED_HEADLINE_REACH)):
        if not _headline_shape(units[at].text) or not _writers_line(units[at + 1].text) or not _is_date_line(units[at + 2]):
            continue
        return _menu_over(units, at, 1)
    return set()


WRITERS_MAX = 4  # names on a line of writers ('Jane Roe, Tom Eyre and Lia Brun'); more is a list of people


def _writers_line(text: str) -> bool:
    """'Jane Roe', 'Jane Roe and Tom Eyre', 'Jane Roe, Tom Eyre & Lia Brun': a story's writers, named alone on a line."""
    names = listed_names(text)
    return 0 < len(names) <= WRITERS_MAX and all(_is_person_name(name) and not INSTITUTION.match(name) for name in names)


# a news page's publication stamp under its headline: 'Published time: 18 Nov, 2015 15:41', 'Published: 4 May 2021', 'Posted on …'
PUBLISHED_STAMP = re.compile(r"^(?:published|posted)(?:\s+(?:time|date|on|at))?\s*:?\s+(?=\S)", re.I)


def _menus_above_stamped_headline(units: list[Unit]) -> set[int]:
    """A news site's page copied whole from a browser: its menus (sections, languages, apps, the site's clock, a
    breadcrumb 'HomeUK') run ten lines or more down to the headline, which has its publication stamp right under it
    ('Published time: 18 Nov, 2015 15:41'). All above the headline, nearly all of it short lines and some of it the
    site's furniture ('search', 'facebook'), is the menu. A report's own opening has prose above its headline."""
    for at in range(SPLIT_BYLINE_MENU_MIN + 1, min(len(units), MENU_RUN_MIN * 10)):
        text = units[at].text.strip()
        if not PUBLISHED_STAMP.match(text) or len(text) > 120 or not find_date(text):
            continue
        headline = at - 1
        while headline > at - 1 - HEAD_LINES_OVER_STAMP and _standfirst_or_byline(units[headline].text):
            headline -= 1  # the standfirst and the byline between the headline and its stamp ('Tomas Eyre' / 'Published …')
        if not _headline_shape(units[headline].text) or _headline_shape(units[headline - 1].text):
            return set()  # the line over the stamp is a byline or a credit under the headline ('MILLBROOK — The Valley Press')
        return _menu_over(units, headline, 2)
    return set()


# A news page copied whole (select all, copy) whose site has a short menu: a bar of links on a line or two ('E-EDITION
# SUBSCRIBE | CONTACT US | SIGN IN', 'News | Sports | Opinion'), then a few section and columnist links one a line, over
# the story's headline, its byline and its publication date
SHORT_MENU_REACH = 30  # lines from the top where the byline under a headline is looked for
MENU_ITEM_MAX = 100  # a menu's line is short
LINK_BAR_MAX = 400  # a bar of a site's sections, a dozen or two between pipes
LINK_BAR = re.compile(r"\S\s+\|\s+\S.*\S\s+\|\s+\S|\S\t+\S")  # 'News | Sports | Opinion' (three items), 'E-EDITION\tSUBSCRIBE'


def _short_menu_over_bylined_headline(units: list[Unit]) -> set[int]:
    """The lines over the headline, when the headline stands right over a 'By …' byline with the date line under it
    ('Published: 11/18/2011 2:27 AM'), and all the lines over it are short links, none a sentence, five or more, one at
    least a bar of links (items between pipes, or set apart by a tab: a browser copies a table's cells that way) or the
    site's furniture. A report's own opening (its kicker, a contents list) has no bar of links."""
    for at in range(MENU_MIN_ITEMS + 1, min(len(units) - 1, SHORT_MENU_REACH)):
        text = units[at].text.strip()
        if not byline_shaped(text):
            continue
        if not _date_line_below(units, at + 1) or not is_byline_line(text):
            return set()
        headline = at - 1
        menu = units[:headline]
        if not _headline_shape(units[headline].text) or len(menu) < MENU_MIN_ITEMS:
            return set()
        bars = [LINK_BAR.search(u.text) is not None and len(u.text) <= LINK_BAR_MAX for u in menu]
        if any(not bar and (len(u.text) >= MENU_ITEM_MAX or _ends_sentence(u.text)) for u, bar in zip(menu, bars, strict=True)):
            return set()
        if not any(bars) and not any(furniture_kind(u.text) for u in menu):
            return set()
        return set(range(headline))
    return set()


HEAD_LINES_OVER_STAMP = 2  # a standfirst and a byline, between a headline and its publication stamp
HEAD_NAME = re.compile(r"(?:By\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")  # 'Tomas Eyre', 'By Tomas Eyre'


def _standfirst_or_byline(text: str) -> bool:
    """A line of a story's head under its headline: the standfirst (a sentence closed by its stop, of eight words or more)
    or the byline (a name of two to four capitalised words, with 'By' or not)."""
    text = text.strip()
    if len(text) <= 40 and HEAD_NAME.fullmatch(text) and not any(c.isdigit() for c in text):
        return True
    return len(text) <= 300 and story_sentence(text) and without_closing_abbreviation_stop(text, at_top=False) == text  # no '… With U.S.'


TEASER_RUN_ON = re.compile(r"\w\s*(?:…|\.\.\.)\s*(?-i:[A-Z])")  # '… handle the job …FILE - In this March 2, 2011 file photo'


def _teaser_run_on(text: str) -> bool:
    """Words cut on an ellipsis and run on into others on the line (a teaser into the next item's photo caption, a pull
    quote eliding the story's words): the story's paragraph it repeats is neither a standfirst given again in full
    nor a pull quote, and the teaser never the summary."""
    return ("…" in text or "..." in text) and TEASER_RUN_ON.search(text) is not None


BYLINE_BLOCK_EXTRAS = 3  # lines between a byline and its date line: the writer's post, her handle, the reading time …


# what a news theme sets a line each between the byline and its date line: the author's links ('Email the author |
# Follow on Twitter') or handle ('@janeroe'), the story's reading time ('4 minute read'), its share button ('Share')
BYLINE_BLOCK_FURNITURE = ("navigation", "reading time", "author's contact", "share bar")
UPDATED_LABEL = re.compile(r"^(?:last\s+)?(?:updated|published|posted)\s*:?$", re.I)  # the date line's label over it


def _date_line_below(units: list[Unit], at: int) -> bool:
    """The date line at `at`, or under the lines a news theme sets between the byline and it: its furniture, the
    writer's post alone ('Journalist', 'Senior Reporter') and the date line's label alone ('Updated'), each a line."""
    for _ in range(BYLINE_BLOCK_EXTRAS):
        if at >= len(units) or _is_date_line(units[at]):
            break
        text = units[at].text
        if not (furniture_kind(text) in BYLINE_BLOCK_FURNITURE or post_alone(text) or UPDATED_LABEL.match(text.strip())):
            break
        at += 1
    return at < len(units) and _is_date_line(units[at])


CONTENTS_HEADING = re.compile(
    r"^(?:(?:table of )?contents?|on this page|in this (?:report|issue|brief|article|page)|figures|tables|list of (?:figures|tables|maps)|maps)\s*:?$",
    re.I,  # "Content": a page's box of the headings below it, in the singular too
)


def _folded(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def contents_lists(units: list[Unit], start: int) -> dict[int, str]:
    """A 'Contents' or 'Figures' heading over entries that name later headings or captions: a list, not a section."""
    found: dict[int, str] = {}
    for index in range(start, len(units)):
        if not CONTENTS_HEADING.match(units[index].text):
            continue
        leadered = _leadered_contents(units, index)
        if leadered:
            found.update({position: "contents list" for position in [index, *leadered]})
            continue
        last_at: dict[str, int] = {}  # where each short line is last given: an entry names a heading further down
        for position in range(index + 1, len(units)):
            if len(units[position].text) <= 250:
                last_at[_folded(units[position].text)] = position
        entries = []
        bulleted = bool(BULLET.match(units[index + 1].text)) if index + 1 < len(units) else False
        for following in range(index + 1, len(units)):
            text = units[following].text
            bullet = BULLET.match(text)
            entry = bullet.group("text") if bullet else text
            if CONTENTS_HEADING.match(text) or len(entry) > 160 or bool(bullet) != bulleted:
                break
            if not bulleted and _folded(entry) not in last_at:
                break
            entries.append((following, entry))
        if entries and not bulleted and last_at[_folded(entries[-1][1])] == entries[-1][0] and _prose_follows(units, entries[-1][0]):
            entries.pop()  # the box's last line is the first heading, right under it, over its text ('Content' / … / 'Summary')
        later = {_folded(u.text) for u in units[index + 1 + len(entries) :] if len(u.text) <= 250}
        matched = [position for position, entry in entries if _folded(entry) in later]
        if entries and len(matched) * 2 >= len(entries):
            kind = "contents list" if "content" in units[index].text.lower() or "report" in units[index].text.lower() else "list of figures"
            found[index] = kind
            found.update({position: kind for position, _ in entries})
    return found or _unlabelled_contents(units, start)


LEADERED_ENTRIES_MIN = 3
CONTENTS_LABEL_MAX = 60  # a line among the entries without leaders: a part's label ('III. HIGH RISK LENDING:'), a page's number


def _leadered_contents(units: list[Unit], heading: int) -> list[int]:
    """A contents list whose entries run to their page numbers on dot leaders ('I. EXECUTIVE SUMMARY. . . . . 1', entries
    a converter ran together on one line too), with short labels between them: the lines down to the last entry with
    leaders, where three or more have them; none where the lines under the heading do not."""
    entries: list[int] = []
    last = -1
    for position in range(heading + 1, len(units)):
        text = units[position].text.strip()
        if DOT_LEADER.search(text):
            entries.append(position)
            last = len(entries)
            continue
        if units[position].data.get("heading") or len(text) > CONTENTS_LABEL_MAX or text[-1:] in ".!?" or CONTENTS_HEADING.match(text):
            break
        entries.append(position)
    leaders = sum(1 for position in entries if DOT_LEADER.search(units[position].text))
    return entries[:last] if leaders >= LEADERED_ENTRIES_MIN else []


SMALL_CAPS_WORD = re.compile(r"\s(?P<word>[a-z]+[A-Z][A-Za-z]*)$")  # 'intRoDuCtion': small capitals as a converter spells them
CONTENTS_ENTRY_MAX = 120  # a contents list's entry: a heading's words, on a line of its own
CONTENTS_ENTRIES_MIN = 12
CONTENTS_NAMED_SHARE = 0.4  # of its entries given again as lines of the text below (the others reworded, cased or run in)
CONTENTS_REACH = 40  # units from the top of the text where the list may begin


def _unlabelled_contents(units: list[Unit], start: int) -> dict[int, str]:
    """A long report's contents list with no 'Contents' label and no page numbers (a PDF converted to text): twelve short
    lines or more in a run near the top, over the text's prose, that name lines given again below them (the headings) at
    least two times in five."""
    position = start
    while position < min(len(units), start + CONTENTS_REACH):
        end = position
        while end < len(units) and len(units[end].text) <= CONTENTS_ENTRY_MAX and not units[end].data.get("footnote"):
            end += 1
        if end - position >= CONTENTS_ENTRIES_MIN and end < len(units) and len(units[end].text) > 160:
            later: dict[str, int] = {}  # the headings below: short lines over the text's prose
            for at in range(end, len(units) - 1):
                if len(units[at].text) <= 250 and any(len(u.text) > 160 for u in units[at + 1 : at + 3]):
                    later.setdefault(_folded(units[at].text), at)
            ordered = [0]  # the headings named, in the list's order, reaching down the text
            for key in (_folded(u.text) for u in units[position:end]):
                if later.get(key, 0) > ordered[-1]:
                    ordered.append(later[key])
            if len(ordered) - 1 >= CONTENTS_NAMED_SHARE * (end - position) and ordered[-1] - end >= (len(units) - end) / 2:
                glued = SMALL_CAPS_WORD.search(units[end - 1].text)
                if glued:  # '… from ExxonMobil intRoDuCtion': the heading under the list, in a converter's small capitals
                    units[end - 1].text, units[end - 1].data["heading"] = glued.group("word").capitalize(), True
                    end -= 1
                return {p: "contents list" for p in range(position, end)}
        position = end + 1
    return {}


def _prose_follows(units: list[Unit], position: int) -> bool:
    after = units[position + 1] if position + 1 < len(units) else None
    return after is not None and len(after.text) > 160 and after.text.rstrip()[-1:] in TERMINAL + QUOTE_CLOSE


FINISHED_PARAGRAPH = 100  # characters of a paragraph of the story's prose, ending on its stop or closing mark


def _finished_paragraph(text: str) -> bool:
    """A paragraph of the story's prose: long enough, and ending on a stop or a closing mark (the story has begun)."""
    return len(text) >= FINISHED_PARAGRAPH and text[-1:] in TERMINAL + QUOTE_CLOSE


PULL_QUOTE_MAX = 300
PULL_QUOTE_CREDIT = re.compile(r"^[–—-]?\s*[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\s*(?:,|—|–)\s*\S")  # a name, then its role
PULL_QUOTE_SHARE = 0.7  # of its word runs found in one longer paragraph: a pull quote may reword a little


# a news site's lists under its story: "Trending", "More in this section", "Most read", "Top stories", "More from Long Island"
SITE_LIST_LABEL = re.compile(
    r"^(?:trending(?:\s+(?:now|stories|news))?|more\s+in\s+(?:this\s+section|[A-Z][\w&’' -]{1,30})|more\s+from\s+[A-Z][\w&’' -]{1,30}|"
    r"more\s+stories|most\s+(?:read|popular|viewed|shared)|top\s+stories|latest\s+(?:news|stories|headlines)|popular\s+(?:now|stories)|"
    r"editor[’']?s[’']?\s+picks?|featured\s+(?:stories|articles|news)|don[’']t\s+miss|what\s+to\s+read\s+next|up\s+next|"
    r"related\s+(?:articles|stories|posts|reading)|keywords|tags|read\s+next|read(?=\s*:)|"
    r"(?:more\s+)?must[-\s]reads?(?:\s+from\s+[A-Z][\w&’' -]{1,30})?|"  # "More Must-Reads From TIME"
    r"more\s+(?-i:[A-Z][A-Z&’' -]{2,30}))\s*:?$",  # "MORE PROOF POINTS": more of the story's column, in capitals
    re.I,
)
# a label only a site's list of other stories has: "More Related to this Story", "Related Stories", "More related articles",
# "EDITORS' PICK", "Featured stories"
RELATED_LIST_LABEL = re.compile(
    r"^(?:(?:more\s+)?related\s+(?:to\s+this\s+(?:story|article|post)|(?:articles|stories|posts|reading|coverage|content))|"
    r"editor[’']?s[’']?\s+picks?|featured\s+(?:stories|articles))\s*:?$",
    re.I,
)
# the label of a site's box of other stories picked for the reader, a label no report's section bears: "Popular Right
# Now", "Recently Posted", "Stories Chosen For You", "Recommended for you", "You may also like", "Recent posts"
PICKS_LABEL = re.compile(
    r"^(?:popular\s+right\s+now|recently\s+(?:posted|published|added)|recent\s+(?:posts|stories|articles)|"
    r"(?:(?:stories|articles|posts|picks)\s+)?(?:chosen|picked|selected|recommended|curated)\s+for\s+you|"
    r"(?:(?:stories|articles|posts)\s+)?you\s+(?:may|might|will|would)\s+(?:also\s+)?(?:like|enjoy)|"
    r"(?:stories|articles|posts)\s+we\s+(?:recommend|think\s+you[’']ll\s+(?:like|enjoy)))\s*:?$",
    re.I,
)
TEASER_DEK_MAX = 250  # a card's line of description under its headline: one or two sentences


# the paper's poll under the story, in capitals ("BANGKOK POST POLL", "POLL"), its question on the next line
SITE_POLL_LABEL = re.compile(r"^(?:[A-Z][A-Z&’' ]{1,30}\s)?POLL:?$")


def _site_poll(units: list[Unit], position: int) -> bool:
    """A poll label over a question: the site's box, however short the story above it."""
    return (
        position + 1 < len(units)
        and SITE_POLL_LABEL.match(units[position].text.strip()) is not None
        and units[position + 1].text.rstrip().endswith("?")
    )


# the story's last line, the reporter's or the desk's address: "Write to Jane Roe at jane.roe@example.com", "Contact us at …"
SIGN_OFF = re.compile(r"^(?:write to|contact|e-?mail|reach)\s+(?:[\w.’'-]+\s+){1,5}at\s+\S+@\S+?\.?$", re.I)
SIGN_OFF_LIST_MIN = 3  # lines of links under the sign-off: one or two short lines may be the text's own
SITE_LIST_HEADLINE = 160  # a teaser's headline: one line, no stop at its end


APPEAL_OPENING = re.compile(
    r"\bwe have a (?:small )?fav(?:o|ou)r to ask\b|\bplease consider (?:pitching in|donating|making a|a (?:donation|gift))"
    r"|^we (?:rely|depend|count) on (?:your|(?:our )?readers[’']?) (?:support|generosity|donations)\b",  # 'We rely on your support …'
    re.I,
)
APPEAL_BUTTON = re.compile(
    r"^(?:(?:double|triple|match) my (?:donation|gift)|donate(?: now| today)?|support us|give(?: now| today)?|"
    r"become a (?:member|supporter|donor)|make a (?:donation|gift)(?: now| today)?)$",
    re.I,
)
APPEAL_THANKS = re.compile(r"^(?:thank you|thanks)(?: for reading| for your support)?[.!]?$", re.I)
APPEAL_REACH = 5  # lines from the appeal's opening to its button
APPEAL_SIGNATURE_LINES = 2  # under its thanks: the editor's name and post ('Jane Roe' / 'Editor in chief')
APPEAL_SIGNATURE_MAX = 40


def appeal_box(units: list[Unit], start: int) -> dict[int, str]:
    """A nonprofit newsroom's donation box under its story: the ask ('… we have a small favor to ask.'), a few lines of
    it, its button ('Double my donation', 'Donate now') within five lines, and the thanks signed by an editor ('Thank
    you.' / 'Jane Roe' / 'Editor in chief'): all of it the site's. Without the button the lines stay."""
    for position in range(start, len(units)):
        text = units[position].text
        if len(text) > PULL_QUOTE_MAX or not APPEAL_OPENING.search(text):
            continue
        reach = range(position + 1, min(position + 1 + APPEAL_REACH, len(units)))
        button = next((at for at in reach if APPEAL_BUTTON.match(units[at].text.strip())), None)
        if button is None:
            continue
        end = button + 1
        if end < len(units) and APPEAL_THANKS.match(units[end].text.strip()):
            end += 1
            for _ in range(APPEAL_SIGNATURE_LINES):
                line = units[end].text.strip() if end < len(units) else ""
                if not line or len(line) > APPEAL_SIGNATURE_MAX or line[-1:] in TERMINAL:
                    break
                end += 1
        return {at: "appeal to readers" for at in range(position, end)}
    return {}


SIGNUP_FIELD = re.compile(SIGNUP_FIELD_PATTERN, re.I)
SIGNUP_HEADING_MAX = 60


def signup_box_heading(units: list[Unit], start: int) -> dict[int, str]:
    """The heading of a news theme's sign-up box ('Education research, condensed'), over its pitch ('The free …
    newsletter delivers … to your inbox') and its fields ('Email(Required)', 'CAPTCHA'): the box's, no section of the
    story. Only over a pitch that a field follows."""
    found: dict[int, str] = {}
    for position in range(start + 1, len(units)):
        text = units[position].text.strip()
        if not ("equired" in text or len(text) == len("captcha")) or not SIGNUP_FIELD.match(text):
            continue
        above = position - 1
        while above > start and SIGNUP_FIELD.match(units[above].text.strip()):
            above -= 1
        if above <= start or furniture_kind(units[above].text) != "sign-up form":
            continue
        heading = units[above - 1].text.strip()
        if len(heading) <= SIGNUP_HEADING_MAX and heading[-1:] not in TERMINAL + ":" and not furniture_kind(heading):
            found[above - 1] = "sign-up form"
    return found


# a related-stories box's label alone on its line, set between the story's paragraphs: "RELATED", "Related stories", "READ
# ALSO", "Read more" over one headline, a station's "MORE:" (with its colon: "More" alone may be a word the copy cut off),
# a paper's "More coverage:"
RELATED_RAIL_LABEL = re.compile(
    r"^(?:related(?:\s+(?:stor(?:y|ies)|articles?|coverage|news))?|read also|also read|read more|more(?=\s*:)|featured\s+stories|editor[’']?s[’']?\s+picks?"
    r"|more\s+(?:coverage|stories|reading|on\s+this(?:\s+(?:story|topic))?)(?=\s*:))\s*:?$",
    re.I,
)
RELATED_RAIL_MAX = 8  # lines of one box: a few headlines, each with its section tag
READ_MORE_LABEL = re.compile(r"^read more\s*:?$", re.I)  # a link to one other story between the story's paragraphs
# 'Read more', 'More on this story:': labels a page may also set over the rest of its own story (an expand button)
MORE_LABEL = re.compile(r"^(?:read\s+)?more\b", re.I)


def related_rail(units: list[Unit], start: int) -> dict[int, str]:
    """A news site's box of related stories set inside its story: the label ('RELATED'), then its cards' section tags and
    headlines ('opinion' / 'No more bailouts'), none ending on a stop, then the story's prose again. All of the box is the
    site's, its last headline no sub-section of the story. Taken only where prose follows the box within a few lines."""
    found: dict[int, str] = {}
    for position in range(start, len(units) - 2):
        text = units[position].text.strip()
        if len(text) > 20 or not RELATED_RAIL_LABEL.match(text):
            continue
        end = position + 1
        while end < len(units) and end - position <= RELATED_RAIL_MAX and _rail_line(units[end].text.strip()):
            end += 1
        if READ_MORE_LABEL.match(text) and end != position + 2:
            continue  # 'Read more' over one story's headline; over more lines it may be a teaser's button over the story's subhead
        if MORE_LABEL.match(text) and end == position + 2 and end < len(units) and _introduces(units[position + 1].text, units[end].text):
            continue  # 'Read more' over the story's own subhead, which names what the paragraph under it says
        if end > position + 1 and end < len(units) and _prose_sentence(units[end].text.strip()):
            found.update({at: "related stories inside the story" for at in range(position, end)})
    return found


def _introduces(line: str, paragraph: str) -> bool:
    """A subhead names what the paragraph under it is about; another story's headline in a box, set between two
    paragraphs of this one, shares no word with the paragraph going on under it."""
    return bool(_content_words(line) & _content_words(paragraph))


def _prose_sentence(text: str) -> bool:
    return len(text.split()) >= RAIL_PROSE_WORDS and text[-1:] in TERMINAL + QUOTE_CLOSE


RAIL_PROSE_WORDS = 6


def _rail_line(text: str) -> bool:
    return 0 < len(text) <= SITE_LIST_HEADLINE and text[-1:] not in TERMINAL + QUOTE_CLOSE + ":;,"


def site_lists_after_story(units: list[Unit], start: int, site_lines: Collection[int] = ()) -> dict[int, str]:
    """A news page copied whole ends on its site's lists: a label ('Trending', 'More in this section') over the headlines
    of other stories, each with its time stamp or none, to the end of the text. Taken where the story has begun above
    the first label (three finished paragraphs; one, where the label is one of a box of picks, 'Popular Right Now', or
    where the story's byline and stamp close it, 'By: Jane Roe on March 4, 2020') and every line from it to the end is
    such a label, a headline, a stamp or a card's line of description; all of them are the site's. So are the footer's
    lists of links ('Home' / 'Politics' / … 'About Us') under the story's sign-off ('Write to Jane Roe at
    jane@example.com'), which stays."""
    finished, signed = 0, False
    footer_starts = _footer_menu_starts(units, start)
    for position in range(start, len(units)):
        text = units[position].text.strip()
        if _finished_paragraph(text):
            finished += 1
        signed = signed or (finished >= 1 and text[:2].lower() == "by" and stamped_byline(text))  # 'By: Jane Roe on March 4, 2020'
        picks_label = PICKS_LABEL.match(text) is not None
        picks = finished >= 1 and (picks_label or (signed and SITE_LIST_LABEL.match(text) is not None))
        related_or_poll = finished >= 1 and (RELATED_LIST_LABEL.match(text) is not None or _site_poll(units, position))
        if (
            (finished >= 3 or related_or_poll or picks)  # a short story's too
            and position + 1 < len(units)
            and (SITE_LIST_LABEL.match(text) or related_or_poll or picks)
            and all(
                _site_list_line(u.text) or at in site_lines or (picks and _teaser_dek(units, at))
                for at, u in enumerate(units[position + 1 :], start=position + 1)
            )
        ):
            return {index: "site's lists after the story" for index in range(position, len(units))}
        if finished >= 3 and picks_label and _mostly_cards(units[position + 1 :]):
            return {index: "site's lists after the story" for index in range(position, len(units))}
        if (
            finished >= 1  # the sign-off closes a story, however short
            and len(units) - position > SIGN_OFF_LIST_MIN
            and SIGN_OFF.match(text)
            and all(_site_list_line(u.text) for u in units[position + 1 :])
        ):
            return {index: "site's lists after the story" for index in range(position + 1, len(units))}
        if finished >= 1 and position in footer_starts:
            return {index: "site's footer menus" for index in range(position, len(units))}
    return {}


PICKS_CARD_SHARE = 0.6  # of the lines under a box of picks: its cards' headlines, writers and stamps
PICKS_CARD_LINES = 4


def _mostly_cards(below: list[Unit]) -> bool:
    """Under a label only a box of picks bears ('Stories Chosen For You'), to the end of the text: mostly cards' lines
    (headlines, writers, stamps, 'CONTINUE READING' buttons), though a card may show its story's first paragraphs (a
    page printed to PDF shows them all)."""
    lines = [u.text.strip() for u in below if u.text.strip()]
    return len(lines) >= PICKS_CARD_LINES and sum(_site_list_line(line) for line in lines) >= PICKS_CARD_SHARE * len(lines)


FOOTER_MENU_MIN = 10  # short lines: more than a story's closing list of names or links
FOOTER_ITEM_WORDS = 4


def _footer_menu_starts(units: list[Unit], start: int) -> set[int]:
    """The positions from `start` on where a page's footer menus begin: a page copied whole from a browser ends on its
    footer, its menus of sections, programmes, apps and languages, one item a line ('Where to watch', 'Privacy policy',
    'Android', 'Español'), ten or more to the site's copyright line, nothing in them a sentence. A list closing the story
    (names, links with a description) has longer lines or no copyright line under it. Read once from the end up, each
    line once (not the rest of the text again at every line)."""
    lines = [(at, u.text.strip()) for at, u in enumerate(units) if at >= start and u.text.strip()]
    if not lines or furniture_kind(lines[-1][1]) != "copyright line":
        return set()
    starts: set[int] = set()
    for index in range(len(lines) - 1, -1, -1):
        at, text = lines[index]
        kind = furniture_kind(text)
        if not kind and not (len(text.split()) <= FOOTER_ITEM_WORDS and text[-1:] not in TERMINAL and not find_date(text)):
            break  # a sentence: no footer begins over it
        if len(lines) - index >= FOOTER_MENU_MIN and not kind:
            above = lines[index - 1][0] if index else start - 1
            starts.update(range(above + 1, at + 1))  # from a blank line over it, the menus begin at the same line
    return starts


def _teaser_dek(units: list[Unit], position: int) -> bool:
    """A line of a card's description, ending on a stop, under its headline or its writer's name (a list's line with
    no stop): one such line a card, short."""
    text = units[position].text.strip()
    above = units[position - 1].text.strip()
    return len(text) <= TEASER_DEK_MAX and _site_list_line(above) and not PICKS_LABEL.match(above)


def _site_list_line(text: str) -> bool:
    text = text.strip()
    return (
        SITE_LIST_LABEL.match(text) is not None
        or RELATED_LIST_LABEL.match(text) is not None
        or SITE_POLL_LABEL.match(text) is not None
        or _is_time_ago(Unit(0, text))
        or (len(text) <= SITE_LIST_HEADLINE and text[-1:] not in ".:;," and len(text.split()) >= 2)
        or bool(furniture_kind(text))
        or (len(text.split()) == 1 and len(text) <= SITE_CARD_WORD)  # a card's kicker, its 'By', '/' and 'and' between names
    )


SITE_CARD_WORD = 20


COMMENTS_CLOSE = re.compile(
    r"^(?:comments (?:are|is) (?:now )?closed|commenting (?:is|has been) closed|leave a comment|join the conversation)\.?$", re.I
)


# a reader's comment under a story: who posted it and when ("Posted by: Brad, Glasgow on 11:16am Wed 9 Jan 08")
COMMENT_HEADER = re.compile(r"^(?:posted|submitted|written|comment(?:ed)?)\s+by\s*:?\s+\S.{0,80}?\s(?:on|at|[|•·–—-])\s+.{0,40}\d", re.I)
COMMENT_HEADER_MAX = 140
COMMENTS_LABEL = re.compile(r"^(?:(?:add|post|leave|write|read|view|show)\s+(?:an?\s+|your\s+)?)?comments?(?:\s*\(\d+\))?:?$", re.I)


COMMENT_STAMP = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?", re.I)  # '01-06-2011 09:27pm': a comment's time of posting
NUMERIC_DAY = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b")  # '01-06-2011', '29/05/11'
COMMENT_HANDLE_WORDS = 3
COMMENT_ENTRIES_MIN = 2
KEYWORDS_LABEL = re.compile(r"^(?:search\s+)?(?:keywords|tags|topics)\s*:$", re.I)  # over the page's tag line, the comments under it


def numbered_comments(units: list[Unit], start: int) -> dict[int, str]:
    """Readers' comments closing a page copied whole, each under its votes' count, its poster's handle and the time it
    was posted ('2' / 'harbourfan' / '01-06-2011 09:27pm', then its title and words): two or more such entries after the
    story, and the page's keyword label and tag line over the first, are the site's, never sections of the story."""
    entries = [
        p
        for p in range(start + 1, len(units) - 2)
        if units[p].text.strip().isdigit()
        and len(units[p].text.strip()) <= 4
        and len(units[p + 1].text.split()) <= COMMENT_HANDLE_WORDS
        and units[p + 1].text.strip()[-1:] not in TERMINAL
        and len(units[p + 2].text) <= 40
        and COMMENT_STAMP.search(units[p + 2].text)
        and (NUMERIC_DAY.search(units[p + 2].text) or find_date(units[p + 2].text) is not None)
    ]
    if len(entries) < COMMENT_ENTRIES_MIN or not any(_finished_paragraph(u.text) for u in units[start : entries[0]]):
        return {}
    first = entries[0]
    if first - 2 > start and KEYWORDS_LABEL.match(units[first - 2].text.strip()) and "|" in units[first - 1].text:
        first -= 2  # 'Search Keywords:' / 'Velden | Harbour Day of Rage | youth'
    return {index: "readers' comments after the story" for index in range(first, len(units))}


# a reader's comment under a story on a commenting widget: the poster's handle and how long ago ('Tomas 16 minutes ago',
# 'Ano Nimus about a minute ago', 'harbourfan · 2 hrs ago')
COMMENT_AGE_UNITS = r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)"  # '16 minutes ago'
TIMED_COMMENT = re.compile(
    r"^(?P<handle>[^\s.!?:;\"“”][^.!?:;\"“”]{0,38}?)\s*[·•|–—-]?\s+(?:about\s+|almost\s+|over\s+)?(?:\d{1,2}|an?|one)\s+"
    + COMMENT_AGE_UNITS
    + r"\s+ago$",
    re.I,
)
# the comment box's own lines over its first comment: its count and prompt, its sort tabs ('Popular Now', 'Newest')
COMMENT_BOX_LINE = re.compile(
    r"^(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|(?:post|add|leave|write)\s+a\s+(?:comment|reply)|(?:sort|order)(?:ed)?\s+by:?.*|"
    r"popular(?:\s+now)?|newest(?:\s+first)?|oldest(?:\s+first)?|top|best|latest|most\s+(?:liked|recent|popular|voted))$",
    re.I,
)
COMMENT_ACTION = re.compile(r"^(?:reply|report|flag|like|share|respond)(?:\s*[·|•]\s*(?:reply|report|flag|like|share|respond))*$", re.I)
COMMENT_ONLY_ACTION = re.compile(r"\b(?:reply|report|flag)\b", re.I)  # 'Share' and 'Like' alone are a live page's share bar
TIMED_COMMENTS_MIN = 2
COMMENT_BOX_REACH = 8  # lines of the box's count, prompt and tabs over the first comment


def _comment_action(text: str) -> bool:
    """A comment's links under it ('Reply · Report'): one a comment alone bears, not a share bar's 'Share' or 'Like'."""
    return COMMENT_ACTION.match(text.strip()) is not None and COMMENT_ONLY_ACTION.search(text) is not None


def comment_box_top(units: list[Unit], first: int, start: int, first_comment: int, box_line: Callable[[str], bool]) -> int:
    """The comment box's first line over `first`: walked back over the box's own lines, at most COMMENT_BOX_REACH over
    the first comment, never onto the story's start."""
    while first - 1 > start and first - 1 >= first_comment - COMMENT_BOX_REACH and box_line(units[first - 1].text):
        first -= 1
    return first


def timed_comments(units: list[Unit], start: int) -> dict[int, str]:
    """Readers' comments closing a copied story, each under its poster's handle and how long ago it was posted ('Tomas
    16 minutes ago', the handle often alone on the line above it too), two or more, under the comment box's count or
    prompt ('48 comments', 'Post a comment') or with their reply and report links: the site's, from the box down. A live
    page's updates, under their writer and time but with no comment box, stay."""
    entries = [p for p in range(start + 1, len(units)) if len(units[p].text) <= 80 and TIMED_COMMENT.match(units[p].text.strip())]
    if len(entries) < TIMED_COMMENTS_MIN or not any(_finished_paragraph(u.text) for u in units[start : entries[0]]):
        return {}
    first = entries[0]
    handle = TIMED_COMMENT.match(units[first].text.strip())
    if first - 1 > start and handle and units[first - 1].text.strip() == handle.group("handle").strip():
        first -= 1  # the handle alone over its line with the time ('Tomas' / 'Tomas 16 minutes ago')
    top = comment_box_top(units, first, start, entries[0], lambda text: COMMENT_BOX_LINE.match(text.strip()) is not None)
    boxed, first = top < first, top
    if not boxed and not any(_comment_action(u.text) for u in units[entries[0] :]):
        return {}
    return {index: "readers' comments after the story" for index in range(first, len(units))}


def is_comment_header(text: str) -> bool:
    return len(text) <= COMMENT_HEADER_MAX and COMMENT_HEADER.match(text.strip()) is not None


def story_end(units: list[Unit], start: int) -> int | None:
    """A scraped page goes on after its story: a share bar of three or more buttons ('Share on Reddit', 'Print') closes
    the story, and what follows is the site's (related headlines, teasers, rates, notices). Taken only where the story
    has begun above the bar (three finished paragraphs) and no notes list follows it."""
    finished = 0
    for position in range(start, len(units) - 2):
        text = units[position].text
        if _finished_paragraph(text):
            finished += 1
        if finished >= 3 and (
            COMMENTS_CLOSE.match(text.strip())  # 'Comments are closed': the comments box, then the site's teasers and footer
            or (
                len(text) <= 80
                and all(len(units[p].text) <= 80 and furniture_kind(units[p].text) == "share bar" for p in range(position, position + 3))
            )
        ):
            if any(NOTES_HEADING.match(u.text) for u in units[position:]):
                return None
            return position
        if finished >= 3 and is_comment_header(text) and any(is_comment_header(u.text) for u in units[position + 1 :]):
            return position  # readers' comments, each under who posted it and when: no part of the story
        if finished >= 3 and _teaser_at(units, position) and _teaser_at(units, position + _teaser_at(units, position)):
            return _support_box_above(units, position)  # the site's related stories, and its appeal for money over them
        if (
            position > start
            and len(text) <= NEXT_BUTTON_MAX
            and furniture_kind(text) == "next-story button"
            and _dated_headlines_at(units, position + 1) >= 2
        ):
            return position  # 'Next Story' over the site's other stories, each a headline over its date line, then its rails
    return None


NEXT_BUTTON_MAX = 20  # 'Next story in', the longest of the next-story buttons


def _dated_headlines_at(units: list[Unit], position: int) -> int:
    """How many of the site's stories start here, each a headline (one line with no stop) over its date line."""
    count = 0
    while position + 1 < len(units):
        headline = units[position].text.strip()
        if len(headline) > 200 or headline[-1:] in TERMINAL or _is_date_line(units[position]) or not _is_date_line(units[position + 1]):
            break
        count += 1
        position += 2
    return count


TEASER_KINDS = STORY_KICKERS | {"article", "news", "video", "podcast", "gallery", "photo", "photos", "story"}
TEASER_LABEL = re.compile(r"^(?:" + "|".join(sorted(TEASER_KINDS)) + r")$", re.I)
SUPPORT_BUTTON = re.compile(r"^(?:donate|support us|subscribe|become a (?:member|supporter)|contribute|give)(?: now| today)?$", re.I)


def _teaser_at(units: list[Unit], position: int) -> int:
    """The lines of another story's teaser starting here, 0 if none: its headline (one or two lines), a label of its
    kind ('Article', 'Video') and its date line ('26 February 2026, 19:11')."""
    for lines in (1, 2):
        label, stamp = position + lines, position + lines + 1
        if stamp < len(units) and TEASER_LABEL.match(units[label].text.strip()) and _is_date_line(units[stamp]):
            headline = units[position : position + lines]
            if all(len(u.text) <= 200 and not TEASER_LABEL.match(u.text.strip()) and not SUPPORT_BUTTON.match(u.text.strip()) for u in headline):
                return lines + 2
    return 0


def _support_box_above(units: list[Unit], position: int) -> int:
    """Where the site's items begin: at its appeal box over the teasers ("… won't survive without you" / the appeal /
    'Donate now'), else at the teasers."""
    for button in range(position - 1, max(position - 4, 0), -1):
        if SUPPORT_BUTTON.match(units[button].text.strip()):
            box = button - 1
            return box - 1 if box > 0 and len(units[box - 1].text) <= 80 and units[box - 1].text[-1:] not in TERMINAL else box
    return position


def _names_a_speaker(text: str) -> bool:
    """'Jane Roe, head of the agency: …' and 'Kayhan: …' open with their speaker's name, 'Managing for Results: …' with a
    title (a reference); 'Overreacting to individual encounters will usually be a mistake: a rivalry …', a sentence going
    on after a colon, does neither (a pull quote may be one)."""
    if not _is_speaker_shape(text):
        return False
    lead = text.split(":", 1)[0]
    return all(word[0].isupper() for word in WORD.findall(lead)[:2]) or is_title_case(lead)


def _may_repeat(line: str, paragraph: str) -> bool:
    """Whether a paragraph is long enough to be the one a pull quote repeats: clearly longer than the line, or a sentence
    with its full stop that the line gives without one ('That said, any form of retrenchment … in the region.' under
    'Any form of retrenchment … in the region')."""
    if len(paragraph) > 1.2 * len(line):
        return True
    return len(paragraph) > len(line) and line[-1:] not in TERMINAL + QUOTE_CLOSE and paragraph[-1:] in TERMINAL + QUOTE_CLOSE


# a quotation in marks, then a dash and who said it, a line of its own ('“We moved the archive in one night.” — Norwegian
# archivist Jane Roe'): a magazine's pull quote with its credit, which the text's reader counts as the speaker's words
DASH_CREDITED_QUOTATION = re.compile(r"^[“\"][^“”\"]{10,}[”\"]\s*[—–]\s*[A-Za-z][^.!?“”\"]{2,80}$")
PULL_QUOTE_NEVER = re.compile(r"^\((?:\d{1,2}|[a-z])\)\s")
QUOTED_SPAN = re.compile(r"[“\"][^“”\"]*[”\"]")
OPENING_QUOTATION = re.compile(r"^[“\"](?P<words>[A-Z][^“”\"]{10,})[”\"]")


def _deck_with_its_own_cue(text: str, owner: str) -> bool:
    """A magazine's deck quoting the lead speaker under a cue of its own ('“You will hear …,” says Jane Roe, head of
    music at the firm.') that the story's paragraph giving the quotation again does not repeat (it cues it in its own
    words: 'Jane Roe, head of music at Harbourtone, tells The Ledger'): the deck is no standfirst given again in full
    but the quotation as the deck credits it. A deck that is a sentence of that paragraph, its cue and all, is one."""
    if OPENING_QUOTATION.match(text) is None:
        return False
    cue = QUOTED_SPAN.sub(" ", text)
    if SAYING_VERB.search(cue) is None:
        return False
    return f" {_folded(cue)} " not in f" {_folded(QUOTED_SPAN.sub(' ', owner))} "


def _quoted_again_in_a_sentence(text: str, owner: str) -> bool:
    """'“We have seen …,” Roe said.' and, later, 'When Roe said “we have seen …,” she was …': a writer who quotes a line
    again to comment on it runs its words into a sentence of his own (in lower case after a word of it), so the short
    paragraph with its cue is where the words are given, not a pull quote. A pull quote, with a name line or none
    ('“If we …,” Roe said.'), repeats a quotation the longer paragraph gives as a quotation, opening as it does."""
    match = OPENING_QUOTATION.match(text)
    if match is None or SAYING_VERB.search(QUOTED_SPAN.sub(" ", text)) is None:
        return False
    opening = " ".join(match.group("words").split()[:4])
    return re.search(r"[“\"]" + re.escape(opening[0].lower() + opening[1:]), " ".join(owner.split())) is not None


# a live page's line that parts its updates: a time stamp alone ('10:41 AM', '14:05 GMT') or an update's label ('Updated
# 3:10 p.m.', 'Earlier updates', 'Update:')
UPDATE_PARTING_LINE = re.compile(
    r"^(?:(?:\w+day,?\s+)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|(?:earlier\s+|latest\s+)?updated?s?\b[^!?]{0,40})$", re.I
)
SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+[“\"‘']?[A-Z]")


def _update_parts(units: list[Unit], first: int, second: int) -> bool:
    """Whether a time stamp or an update's label stands between two paragraphs: they are in different updates."""
    low, high = sorted((first, second))
    return any(UPDATE_PARTING_LINE.match(unit.text.strip()) for unit in units[low + 1 : high])


def _repeated_with_its_cue(text: str, owner: str, updates_between: bool = False) -> bool:
    """A live or wire-fed story grows by updates and prints a paragraph again, its cue and all, with a new sentence before
    or after it ('“…,” Harbour Master Jon Roe said. “…”' and later the same words plus 'All ferries were cancelled, the
    port authority said.'): the short paragraph is the story's own, where the words were first given, not a pull quote.
    A pull quote sets the quotation apart without its cue, or with a cue of its own that the paragraph does not repeat; a
    designer's pull quote may lift one cued sentence whole, so the short copy is kept only where it is a paragraph of two
    sentences or more, or a time stamp or an update's label stands between the copies."""
    if QUOTED_SPAN.search(text) is None or SAYING_VERB.search(QUOTED_SPAN.sub(" ", text)) is None:
        return False  # 'The board … never told its trustees.': a sentence of the text, no quotation under its cue
    if not updates_between and SENTENCE_BREAK.search(text.strip()) is None:
        return False  # one cued sentence lifted from the paragraph: a pull quote
    line, paragraph = _folded(text), _folded(owner)
    return len(paragraph) > len(line) and f" {line} " in f" {paragraph} "


DASHED_NAME = re.compile(r"^[—–]\s?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4}(?:,\s*[^.!?;:]{1,60})?$")  # '— Major Jon Varga'
PULL_QUOTE_ROLE_WORDS = 8  # 'Chief, Velden Port Police': the role line under a pull quote's credit


def _credited_pull_quotes(units: list[Unit], start: int, owners: dict[tuple[str, ...], list[int]], size: int) -> dict[int, str]:
    """A pull quote set without quotation marks over its credit ('We removed him from his post.' / '— Major Jon Varga' /
    'Chief, Velden Port Police'), its words given in marks elsewhere in the text, where a cue says who said them ('"We
    removed him from his post," he said.'): the pull quote, its credit and its role line are the page's furniture; the
    text's quotation stays, whichever is longer."""
    found: dict[int, str] = {}
    for index in range(start, len(units) - 1):
        text, credit = units[index].text.strip(), units[index + 1].text.strip()
        if not DASHED_NAME.match(credit):
            continue
        if not text or len(text) > PULL_QUOTE_MAX or QUOTE_MARK.search(text) or text[-1:] not in TERMINAL:
            continue
        words = _folded(text).split()
        runs = [owners.get(tuple(words[i : i + size]), []) for i in range(len(words) - size + 1)]
        quoted = [any(p != index and QUOTE_MARK.search(units[p].text) for p in places) for places in runs]
        if len(runs) < size or sum(quoted) < PULL_QUOTE_SHARE * len(runs):
            continue
        found[index] = found[index + 1] = "pull quote"
        role = units[index + 2].text.strip() if index + 2 < len(units) else ""
        if role and len(role.split()) <= PULL_QUOTE_ROLE_WORDS and role[-1:] not in TERMINAL + QUOTE_CLOSE and not QUOTE_MARK.search(role):
            found[index + 2] = "pull quote"
    return found


def pull_quotes(units: list[Unit], start: int) -> dict[int, str]:
    """A short line standing alone that repeats a sentence of a longer paragraph is a pull quote: page furniture."""
    size = 4
    owners: dict[tuple[str, ...], list[int]] = {}
    for position in range(start, len(units)):
        words = _folded(units[position].text).split()
        for i in range(len(words) - size + 1):
            places = owners.setdefault(tuple(words[i : i + size]), [])
            if len(places) < 4 and (not places or places[-1] != position):
                places.append(position)
    found: dict[int, str] = _credited_pull_quotes(units, start, owners, size)
    # a round-up's subheads quote words the paragraph under them says again ("‘… falling apart, either’: BMO"): no pull quotes
    roundup = sum(1 for unit in units[start:] if len(unit.text) <= 120 and ATTRIBUTED_SUBHEAD.match(unit.text)) >= 2
    for index in range(start, len(units)):
        text = units[index].text
        if roundup and len(text) <= 120 and ATTRIBUTED_SUBHEAD.match(text):
            continue
        if index in found:
            continue
        if len(text) > PULL_QUOTE_MAX or BULLET.match(text) or text.endswith(":") or NOTE_LINE_IN_NOTES.match(text) or _names_a_speaker(text):
            continue
        if DASH_CREDITED_QUOTATION.match(text):
            continue  # a pull quote crediting its speaker ('“…” — archivist Jane Roe'): kept, as one credited '— Jane Roe' is
        if (label := label_at(text)) is not None and label.kind in ("question", "answer"):
            continue  # a transcript's turn ('Q    Well, why …?'): a reporter may ask again in the words of the question before
        if units[index].data.get("footnote") or units[index].data.get("paragraph goes on"):
            continue  # a page footnote, a PDF's paragraph going on in the line under it or after a page break
        if units[index].data.get("md_note") or PULL_QUOTE_NEVER.match(text) or NOTE_MARKER.search(text):
            continue  # a note; an enumerated subhead ('(5) How …'); words citing notes: a pull quote repeats a sentence's
            # words, never its note marks
        if index > start and units[index - 1].text.endswith(":"):
            continue  # the quotation the paragraph above leads into ('… which he characterised as:')
        if index + 1 < len(units) and labelled_credit_line(units[index + 1].text):
            continue  # a photo's caption over its credit ('Picture: iStock'): it may say what the story says, in its words
        if index > start and AMOUNT_LINE.match(text) and units[index - 1].text.rstrip()[-1:] not in TERMINAL + QUOTE_CLOSE:
            continue  # a release's grant line under its subhead ('$600,000 to support …'), which the paragraph below restates
        words = _folded(text).split()
        if len(words) < 3 * size:
            continue
        runs = [owners.get(tuple(words[i : i + size]), []) for i in range(len(words) - size + 1)]
        counts: dict[int, int] = {}
        for places in runs:
            for owner in places:
                if owner in found:
                    continue  # the body's quotation that a pull quote set apart repeats: the text's own
                if owner != index and not BULLET.match(units[owner].text) and _may_repeat(text, units[owner].text):
                    counts[owner] = counts.get(owner, 0) + 1
        for owner in [place for place, count in counts.items() if len(units[place].text) <= 1.2 * len(text)]:
            if counts[owner] < len(runs):
                del counts[owner]  # a paragraph of one sentence is repeated whole, every word run of it
        if counts and max(counts.values()) >= PULL_QUOTE_SHARE * len(runs):
            owner = max(counts, key=lambda place: (counts[place], -place))
            begun = index - start <= 3 and any(_finished_paragraph(units[place].text) for place in range(start, index))  # read near the top only
            opens_owner = _folded(units[owner].text).startswith(_folded(text)[:60])
            if _teaser_run_on(units[owner].text):
                continue  # it repeats the paragraph cut by an ellipsis (a teaser run into a caption, a pull quote eliding): the story's
            if index - start <= 3 and not begun and (opens_owner or text[-1:] in TERMINAL):
                if _deck_with_its_own_cue(text, units[owner].text):
                    continue  # a deck quoting the lead speaker under a cue of its own: a statement of its own, kept
                # above the story's first paragraph it is the standfirst (a crawl's description line), not a pull quote
                found[index] = "standfirst"
                units[index].data["standfirst"] = units[owner].text if owner > index else text
                continue
            if _quoted_again_in_a_sentence(text, units[owner].text) or _repeated_with_its_cue(
                text, units[owner].text, _update_parts(units, index, owner)
            ):
                continue
            found[index] = "pull quote"
            credit = units[index + 1].text if index + 1 < len(units) else ""
            if PULL_QUOTE_CREDIT.match(credit) and len(credit.split()) <= 16 and not credit.endswith(".") and not QUOTE_MARK.search(credit):
                found[index + 1] = "pull quote"  # "Evgeny Krivosheev, F+ tech's head of production": the pull quote's credit line
    found.update(quoted_kickers(units, start, found))
    found.update(pull_quotes_in_capitals(units, start))
    return found


CAPITAL_PULL_LINES = 3  # a report's pull quote in capitals, broken over narrow lines: never a heading over three lines
CAPITAL_PULL_LINE_MAX = 40
CAPITAL_PULL_WORDS = 8


def pull_quotes_in_capitals(units: list[Unit], start: int) -> dict[int, str]:
    """A report's pull quote set in capitals in a narrow box between its paragraphs, each of its lines a line of the PDF's
    text ('IN 2006 AT LEAST 1,544' / 'PEOPLE WERE EXECUTED' / … / 'AND THE USA.'): three lines or more in capitals that run
    on into a sentence of eight words or more with its stop, between lines of prose in lower case, restate the text
    (a quotation it gives, a figure it reports) and are furniture, none of them a heading. A heading in capitals over two
    lines, or over a paragraph, stays; so does a text set wholly in capitals (a cable)."""
    found: dict[int, str] = {}
    index = start + 1
    while index < len(units):
        if not _capital_line(units[index].text) or not re.search("[a-z]", units[index - 1].text):
            index += 1
            continue
        words = 0
        for end in range(index, min(index + 3 * CAPITAL_PULL_WORDS, len(units))):
            line = units[end].text.strip()
            if not _capital_line(line):
                break
            words += len(WORD.findall(line))
            if line.rstrip("’”'\")")[-1:] in TERMINAL + "…":
                after = next((u.text for u in units[end + 1 :] if not _capital_line(u.text)), "")
                if end + 1 - index >= CAPITAL_PULL_LINES and words >= CAPITAL_PULL_WORDS and re.search("[a-z]", after):
                    found.update(dict.fromkeys(range(index, end + 1), "pull quote"))
                break
        index += 1
    return found


def _capital_line(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= CAPITAL_PULL_LINE_MAX and any(c.isalpha() for c in text) and text.upper() == text


# a short quotation alone on its line with no stop of its own: a magazine's pull quote, which may reword the paragraph it
# comes from ("“Students said an echo-chamber of myths drove competition”"); a quotation someone speaks ends a sentence
QUOTED_KICKER = re.compile(r"[“\"](?P<words>[^“”\"]{10,140}[^“”\".!?…,;:\s])[”\"]")
QUOTED_KICKERS_MIN = 2  # one such line may be a subhead or a slogan; a page that sets several is laying out pull quotes
KICKER_WORDS_MIN = 6  # shorter ones are a news page's quoted subheads ("“Alarming mortality rate”")
KICKER_WORDS_MAX = 14


def quoted_kickers(units: list[Unit], start: int, found: dict[int, str]) -> dict[int, str]:
    """The pull quotes a feature sets as short quoted lines between its paragraphs, with no stop and no one named: taken
    where the story has begun and the page sets two or more, each between paragraphs of prose."""
    kickers = []
    for index in range(start + 1, len(units) - 1):
        text = units[index].text.strip()
        if index in found or len(text) > PULL_QUOTE_MAX or text[:1] not in '“"':
            continue
        kicker = QUOTED_KICKER.fullmatch(text)
        if kicker is None or not KICKER_WORDS_MIN <= len(kicker.group("words").split()) <= KICKER_WORDS_MAX:
            continue
        above, below = units[index - 1].text.strip(), units[index + 1].text.strip()
        if _finished_paragraph(above) and len(below) >= 100:
            kickers.append(index)
    return {index: "pull quote" for index in kickers} if len(kickers) >= QUOTED_KICKERS_MIN else {}


TEASER_DATE = re.compile(r"\((?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d\d-\d\d)\)\s*$")  # "… in colonial times. (07.03.2019)"
TEASERS_MIN = 2


def site_teasers(body: list[Unit], inferred: list[str], dropped: dict[str, list[str]]) -> None:
    """Under the text a copied news page lists its other stories: a headline over a blurb that ends on the story's day
    in brackets ('… will appeal the ruling. (07.03.2019)'), two or more, under a label ('DW recommends'). From the label
    to the end nothing is the text's where no finished paragraph of the text follows the teasers; a blurb's day in
    brackets is rare in prose, and one teaser alone is kept."""
    for index in range(len(body) - 1):
        pairs = 0
        position = index
        while position + 1 < len(body) and body[position].kind == "heading" and TEASER_DATE.search(body[position + 1].text):
            pairs += 1
            position += 2
        if pairs < TEASERS_MIN:
            continue
        rest = body[position:]
        if any(len(u.text) >= 100 and u.text.rstrip()[-1:] in TERMINAL + QUOTE_CLOSE and not TEASER_DATE.search(u.text) for u in rest):
            return
        start = index
        while start > 0 and body[start - 1].kind == "heading" and len(body[start - 1].text) <= 40:
            start -= 1  # the teasers' label
        inferred.append(
            f"line {body[start].line}: {pairs} teasers of the site's other stories (a headline over a dated blurb) and what follows them left out"
        )
        dropped.setdefault("site's teasers after the text", []).extend(u.text for u in body[start:])
        del body[start:]
        return


BREADCRUMB_SEPARATOR = re.compile(r"[»›>]")  # alone on its line between a breadcrumb's links, as a browser copies them
BREADCRUMB_ITEM_WORDS = 4


def separated_breadcrumb(body: list[Unit], dropped: dict[str, list[str]]) -> None:
    """A breadcrumb copied from a page a link a line, its separators on lines of their own between them ('home' / '»' /
    'Harbour News' / '»' / 'Business'): the site's, left out, never a heading nor a quotation's opening mark. Two
    separators or more over the story's first finished paragraph, or any after the site's 'Home' (or opening on a
    separator, the 'Home' left out already as navigation); every link short, with no stop. Lower down, short lines so linked are the text's own (a process's steps: 'Proposal' / '›' / 'Review')."""

    def item(unit: Unit) -> bool:
        text = unit.text.strip()
        return 0 < len(text.split()) <= BREADCRUMB_ITEM_WORDS and text[-1:] not in TERMINAL and not BREADCRUMB_SEPARATOR.fullmatch(text)

    def separator(at: int) -> bool:
        return 0 <= at < len(body) and BREADCRUMB_SEPARATOR.fullmatch(body[at].text.strip()) is not None

    drop: set[int] = set()
    story = next((i for i, unit in enumerate(body) if _finished_paragraph(unit.text.strip())), len(body))
    index = 0
    while index < len(body) - 1:
        if not (separator(index) and item(body[index + 1])):
            index += 1
            continue
        first = index - 1 if index > 0 and item(body[index - 1]) else index  # its 'Home' link may be gone already, as navigation
        end = index + 1  # the last link of the chain
        while separator(end + 1) and end + 2 < len(body) and item(body[end + 2]):
            end += 2
        separators = (end - index + 1) // 2
        home = furniture_kind(body[first].text) == "navigation" if first < index else separators >= 2  # or its 'Home' gone already
        if home or (separators >= 2 and first < story):
            drop.update(range(first, end + 1))
        index = end + 1
    if drop:
        dropped.setdefault("breadcrumb", []).extend(body[i].text.strip() for i in sorted(drop))
        body[:] = [unit for i, unit in enumerate(body) if i not in drop]


def repeated_gallery_title(body: list[Unit], dropped: dict[str, list[str]]) -> None:
    """A picture gallery copied as text gives its title over every slide ('Racist, ruthless, cruel: …' over each slide's
    title and its text): a line of four words or more, three times or more over a short line and a finished paragraph,
    is said once. A label repeated over lines alone (a menu's, a table's) is not a gallery's."""
    seen: dict[str, int] = {}
    for index, unit in enumerate(body[:-2]):
        slide, text = body[index + 1], body[index + 2]
        if (
            unit.kind == "paragraph"
            and len(unit.text.split()) >= 4
            and len(unit.text) <= 100
            and unit.text.rstrip()[-1:] not in TERMINAL
            and len(slide.text) <= 100
            and len(text.text) >= 100
            and text.text.rstrip()[-1:] in TERMINAL + QUOTE_CLOSE
        ):
            seen[unit.text] = seen.get(unit.text, 0) + 1
    titles = {text for text, count in seen.items() if count >= 3}
    kept: list[Unit] = []
    for unit in body:
        if unit.text in titles and any(k.text == unit.text for k in kept):
            dropped.setdefault("a gallery's title over each slide", []).append(unit.text)
            continue
        kept.append(unit)
    body[:] = kept


# the words a link to the page's own or original address is shown as ('Permalink https://…' in an info box; 'Source'
# alone closing an archived copy, the address lost)
LINK_WORDS = ("permalink", "source", "original", "link", "archive", "archived")

# a news page's info box under its story, a field a line, the label and its value with or without a colon: "Date 19.01.2020",
# "Author Jane Roe", "Keywords Berlin, colonialism", "Permalink https://…", "Print Print this page"
INFO_FIELD = re.compile(
    rf"^(?P<label>date|published|authors?|keywords|tags|related subjects|related topics|topics|{LINK_WORDS[0]}|print|feedback|share)"
    r"(?:\s*:\s*|\s+)(?P<value>\S.{0,300})$",
    re.I,
)
INFO_BOX_MIN = 3


def info_box(units: list[Unit], start: int, meta: Meta, inferred: list[str], problems: list[Problem], dropped: dict[str, list[str]]) -> list[Unit]:
    """A copied news page gives its date and author in an info box under the story (three labelled fields or more in a
    row, a date or an author among them), after the text's finished paragraphs: they are the report's date and author
    where the top has none (or only a date guessed from the text), and the story ends at the box: what follows is the
    site's (related stories, the box again, the footer's menus). Fields above the text are a catalogue's, read elsewhere."""
    finished = 0
    field_at = [INFO_FIELD.match(u.text.strip()) if at >= start else None for at, u in enumerate(units)]
    run_end = [len(units)] * (len(units) + 1)  # where the run of fields from each line ends, read once from the end up
    keyed_from = [len(units)] * (len(units) + 1)  # the first field from each line on labelled a date or an author
    for at in range(len(units) - 1, start - 1, -1):
        matched = field_at[at]
        run_end[at] = run_end[at + 1] if matched else at
        keyed_from[at] = at if matched and matched.group("label").lower().rstrip("s") in ("date", "published", "author") else keyed_from[at + 1]
    for position in range(start, len(units) - INFO_BOX_MIN + 1):
        if len(units[position].text) >= 100 and units[position].text.rstrip()[-1:] in TERMINAL + QUOTE_CLOSE:
            finished += 1
        if finished < 3 or run_end[position] - position < INFO_BOX_MIN or keyed_from[position] >= run_end[position]:
            continue
        fields = [matched for matched in field_at[position : run_end[position]] if matched]
        for info in fields:
            label, value = info.group("label").lower(), info.group("value").strip()
            found = find_line_date(value) if label in ("date", "published") else None
            if found and found[1].start() == 0 and (not meta.get("date") or meta.get("date_basis", "").startswith("a date near the top")):
                meta["date"], meta["date_basis"] = found[0], f"the info box under the text, line {units[position].line}"
                problems[:] = [p for p in problems if not p.message.startswith(("no publication date found", "no date line at the top"))]
            names = [n.strip() for n in NAME_SEPARATOR.split(value)] if label.startswith("author") else []
            if names and not meta.get("authors") and all(re.fullmatch(_NAME, n) for n in names):
                meta["authors"] = names
                problems[:] = [p for p in problems if not p.message.startswith("no byline found")]
        inferred.append(
            f"line {units[position].line}: the page's info box under the text read; the story ends there, {len(units) - position} lines after it are the site's"
        )
        dropped.setdefault("info box under the text and the site's items after it", []).extend(u.text for u in units[position:])
        return units[:position]
    return units


# a reader poll set between a story's paragraphs: its question (a site prints it twice: the poll's title and its form's
# label), its answers at most, and the prompt under them ('Now share your opinion', 'Vote now', 'View results')
POLL_PROMPT = re.compile(
    r"^(?:now )?(?:share your (?:opinion|view)s?|vote now|cast your vote|take (?:our|the) poll|view (?:poll )?results)[.!]?$", re.I
)
POLL_QUESTION_WORDS = 15
POLL_REACH = 6  # lines above the prompt: the question given twice and a few short answers


def reader_poll(body: list[Unit], dropped: dict[str, list[str]]) -> None:
    """A reader poll's prompt and the question (and short answers) right above it: the site's widget, no text. A
    question of the story's own has no prompt under it."""
    for index in [i for i, u in enumerate(body) if u.kind == "paragraph" and POLL_PROMPT.match(u.text.strip())][::-1]:
        start = index
        while (
            start > 0 and index - start < POLL_REACH and body[start - 1].kind in ("paragraph", "heading") and _poll_line(body[start - 1].text.strip())
        ):
            start -= 1
        if not any(u.text.rstrip().endswith("?") for u in body[start:index]):
            continue
        dropped.setdefault("reader poll", []).extend(u.text for u in body[start : index + 1])
        del body[start : index + 1]


def _poll_line(text: str) -> bool:
    """The poll's question ('Should states open their borders?') or one of its answers ('Yes', 'Not yet')."""
    words = len(text.split())
    return (text.endswith("?") and words <= POLL_QUESTION_WORDS) or (words <= POLL_ANSWER_WORDS and text[-1:] not in ".!:;,")


POLL_ANSWER_WORDS = 4


def readers_comments(body: list[Unit], dropped: dict[str, list[str]]) -> None:
    """Readers' comments under a saved page's story, each under who posted it and when ('Posted by: Brad, Glasgow on
    11:16am Wed 9 Jan 08'), are no part of it: the body ends above the first (and above its 'Add Comment' label)."""
    if not any(is_comment_header(unit.text) for unit in body):
        return
    text = [unit for unit in body if unit.kind in ("paragraph", "heading")]
    end = story_end(text, 0)
    if end is None or not is_comment_header(text[end].text):
        return
    at = body.index(text[end])
    while at > 0 and COMMENTS_LABEL.match(body[at - 1].text.strip()):
        at -= 1
    dropped.setdefault("readers' comments after the story", []).extend(unit.text for unit in body[at:])
    del body[at:]


TAXONOMY_LABEL = r"(?:Regions?(?:\s*/\s*Countr(?:y|ies))?|Countr(?:y|ies)|Topics?|Issues?|Themes?|Tags|Categories|Programs?|Filed under)"
TAG_LINE = re.compile(r"^" + TAXONOMY_LABEL + r"\s+[A-Z].*\s" + TAXONOMY_LABEL + r"\s+[A-Z][^.!?]*$")  # 'Region / Country … Topic …'
TAG_LINE_FOOT = 3  # units from the end


def site_tag_line(body: list[Unit], dropped: dict[str, list[str]]) -> None:
    """A publisher's page lists the report's regions and topics at its foot, labels and values run together on one line
    ('Region / Country Europe/Central Asia United Kingdom  Topic Health …'): the site's furniture, not a section. Two
    labels on the line and no sentence's end, so that a heading such as 'Topics in Energy Policy' stays."""
    for index in range(max(0, len(body) - TAG_LINE_FOOT), len(body)):
        if body[index].kind in ("heading", "paragraph") and TAG_LINE.match(body[index].text.strip()):
            dropped.setdefault("the site's region and topic tags", []).append(body[index].text.strip())
            del body[index]
            return
