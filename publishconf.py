"""Settings for the hosted site: `make publish` builds with these."""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("DOSSIER_SITEURL", "https://dossier.example.org").rstrip("/")
DOSSIER_PUBLIC_URL = SITEURL
RELATIVE_URLS = True  # pages link to each other relatively; feeds and canonical links use SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
DELETE_OUTPUT_DIRECTORY = True
