"""One folding rule: dossier.text.fold (the registry, slugs, the speakers' order) and theme/static/js/fold.js (the map's and
the search page's scripts) fold every name alike, one character for one."""

from __future__ import annotations

from pathlib import Path

from dossier.actors import Registry, fold_chars
from dossier.model import Actor
from dossier.text import fold, slugify

FOLD_JS = Path(__file__).resolve().parent.parent / "theme" / "static" / "js" / "fold.js"

NAMES = [
    # Latin with diacritics, and the letters that have no decomposition
    "Mevlüt Çavuşoğlu",
    "José Ángel Gurría",
    "Nguyễn Phú Trọng",
    "Jonas Gahr Støre",
    "ØRSTED",
    "Lech Wałęsa",
    "ŁÓDŹ",
    "Milo Đukanović",
    "Straße",
    "İlham Əliyev",
    "ǄUNGLA ﬁnance ½",
    # Turkish dotted and dotless i
    "Diyarbakır",
    "İstanbul",
    "IĞDIR",
    "Işıl Kırıkkale",
    # Persian and Arabic, with a zero-width non-joiner, harakat and Persian digits
    "حسین امیرعبداللهیان",
    "آذربایجان",
    "می‌گوید",
    "مُحَمَّد جواد ظریف",
    "۱۴۰۰",
    # Cyrillic
    "Сергей Лавров",
    "Мария Захарова",
    "Україна",
    "Ёлкин Йошкар-Ола",
    # Greek, Armenian, Chinese; apostrophes and dashes; characters outside the BMP
    "ΣΊΣΥΦΟΣ Σίσυφος",
    "Նիկոլ Փաշինյան",
    "习近平",
    "O’Brien ʼAbd `x‘ – — ‑ ‐",
    "𝐀bc 🙂 ok",
]


def test_fold_strips_accents_one_character_for_one():
    assert fold("Mevlüt Çavuşoğlu") == "mevlut cavusoglu"
    assert fold("Jonas Gahr Støre") == fold("Jonas Gahr Store") == "jonas gahr store"
    assert fold("Lech Wałęsa") == "lech walesa"
    assert fold("Milo Đukanović") == "milo dukanovic"
    assert fold("Diyarbakır") == fold("DIYARBAKIR") == "diyarbakir"
    assert fold("İstanbul") == "istanbul"
    assert fold("Сергей Лавров Ёлкин") == "сергеи лавров елкин"  # every script loses its diacritics: й is и, ё is е
    assert fold("O’Brien – x") == "o'brien - x"
    assert fold("Straße") == "straße"  # one for one; the slug spells it out
    for name in NAMES:
        assert len(fold(name)) == len(name), name
    assert fold_chars is fold  # the registry's matching is the same rule


def test_slugs_fold_the_same_letters():
    assert slugify("Jonas Gahr Støre") == "jonas-gahr-store"
    assert slugify("ØRSTED Straße") == "orsted-strasse"
    assert slugify("ﬁnance") == "finance"
    assert slugify("Mevlüt Çavuşoğlu’s") == "mevlut-cavusoglus"


def test_the_registry_matches_a_name_written_without_its_stroke_letters():
    registry = Registry([Actor(id="store", name="Jonas Gahr Støre", aliases=["Støre"]), Actor(id="walesa", name="Lech Wałęsa")])
    assert [m.actor_id for m in registry.mentions("Jonas Gahr Store met Lech Walesa; Støre said")] == ["store", "walesa", "store"]


def test_the_script_folds_every_name_as_python_does(browser, tmp_path):
    page_file = tmp_path / "fold.html"
    page_file.write_text(f'<!doctype html><meta charset="utf-8"><title>fold</title><script src="{FOLD_JS.as_uri()}"></script>', encoding="utf-8")
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(page_file.as_uri())
        folded = page.evaluate("(names) => names.map((name) => window.dossierFold(name))", NAMES)
    finally:
        context.close()
    assert folded == [fold(name) for name in NAMES]


def test_a_region_ending_in_a_state_s_alias_names_no_state():
    registry = Registry([Actor(id="usa", name="United States", kind="state", aliases=["America"])])
    text = "Growers across Latin America and South America wait; America said no."
    assert [(text[m.start : m.end], m.actor_id) for m in registry.mentions(text)] == [("America", "usa")]
    assert [text[start:end] for start, end, _ in registry.named_spans(text)] == ["America"]
