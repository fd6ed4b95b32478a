"""Pelican settings for the Dossier site (local build; publishconf.py extends it)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The plugins share the plain `dossier` package that lives beside them.
sys.path.insert(0, os.path.join(HERE, "plugins"))

SITENAME = "Dossier"
SITESUBTITLE = "Analytical reports you can work with"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

PATH = "content"
ARTICLE_PATHS = ["reports"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
IGNORE_FILES = [".#*", "*~", "actors.toml"]

PLUGIN_PATHS = [os.path.join(HERE, "plugins")]
PLUGINS = ["mistune_reader", "report_pages", "speakers", "actor_map", "site_search", "footnote_cards", "publishing", "page_reuse"]
CITATIONS_SHOWN = 12  # a note cited more often links its first 12 citations and the notes page
DOSSIER_PUBLIC_URL = ""  # publishconf.py sets it: canonical URLs, Open Graph, sitemap.xml, robots.txt
ACTOR_MAP_SAVE_AS = "map.html"  # speaker pages link to their place on the map
DOSSIER_ACTORS = "actors.toml"  # the actor registry, in the content folder
DOSSIER_CACHE_PATH = ""  # where analysed reports are kept between builds; sitebuild sets it beside the output folder
DOSSIER_WORKERS = 0  # processes that read reports; 0: one per CPU
DOSSIER_PREVIOUS_OUTPUT = ""  # the last build, whose unchanged pages are reused; sitebuild sets it to the output folder
DOSSIER_TIMELINE_PAGE = 100  # more dated statements than this: the timeline is paged by month, at most this many a page

THEME = os.path.join(HERE, "theme")
THEME_STATIC_DIR = "theme"
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True, "extensions": []}

# Every report lives in its own folder; links name files, never folders, so the site works from file://.
ARTICLE_URL = ARTICLE_SAVE_AS = "reports/{slug}/index.html"
ARTICLE_LANG_URL = ARTICLE_LANG_SAVE_AS = "reports/{slug}/index-{lang}.html"
PAGE_URL = PAGE_SAVE_AS = "pages/{slug}.html"
DRAFT_URL = DRAFT_SAVE_AS = "drafts/reports/{slug}/index.html"
INDEX_SAVE_AS = "index.html"
DIRECT_TEMPLATES = ["index"]
TAG_SAVE_AS = CATEGORY_SAVE_AS = AUTHOR_SAVE_AS = ""
TAGS_SAVE_AS = CATEGORIES_SAVE_AS = AUTHORS_SAVE_AS = ARCHIVES_SAVE_AS = ""
DEFAULT_PAGINATION = 60  # reports on a page of the home list (index.html, index2.html, ...): 1,000 made one of 860 KB
SUMMARY_MAX_LENGTH = None

FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DELETE_OUTPUT_DIRECTORY = True
OUTPUT_RETENTION = []
