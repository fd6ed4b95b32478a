"""The sharded search index (issue 18): the sharding itself, and the search page loading only the shards a query
needs, from file://, every other request blocked."""

from __future__ import annotations

import json
import re

import pytest
from conftest import wait_until
from dossier.search import (
    BLOCK,
    INDEX_FILE,
    WORD,
    SearchPart,
    assemble,
    blocks_of,
    encode_postings,
    encode_postings_sized,
    key_file,
    patch,
    postings_sizes,
    segments,
    shard_key,
    site_files,
    word_set,
    words,
)
from dossier.text import fold


def searched(page, query: str) -> str:
    """The status line once the search for query has shown its results (scripts load one after another)."""
    wait_until(page, "document.querySelector('.search-page').dataset.state === 'done'")
    status = page.locator("#search-status").inner_text()
    assert f"“{query}”" in status, status
    return status


def search(page, query: str) -> str:
    page.fill("#search-q", query)
    page.keyboard.press("Enter")
    return searched(page, query)


def requested(view, site) -> list[str]:
    """The index files the page asked for, relative to the site."""
    return [url.split(site.as_uri() + "/", 1)[1] for url in view.requests if url.startswith(site.as_uri() + "/search/")]


class Recorded:
    def __init__(self, offline_page, **options):
        self.view = offline_page(**options)
        self.page = self.view.page
        self.errors, self.blocked = self.view.errors, self.view.blocked
        self.requests: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))


# --- the sharding -------------------------------------------------------------------------------


def test_words_are_folded_runs_of_letters_and_digits():
    assert words("Çavuşoğlu's visit, 15 Nov. — “Ilham Aliyev”") == ["cavusoglu", "s", "visit", "15", "nov", "ilham", "aliyev"]
    assert (
        shard_key("cavusoglu") == "ca"
        and shard_key("cavusoglu", {"2ca"}) == "cav"
        and shard_key("cavusoglu", {"2ca", "3cav"}) == "cavu"
        and shard_key("a") == "a"
    )
    assert key_file("ca") == "ca" and key_file("ба") == "_431-430"


@pytest.mark.parametrize(
    "text",
    [
        "Çavuşoğlu's visit, 15 Nov. — “Ilham Aliyev” snake_case a-b",
        "İstanbul ıi ſ K straße Ω٣ 2½ ①",
        "non\u00a0breaking\u2009thin\u3000wide \U0001f600emoji\U0001f600 x",
        "",
        "   ",
        "ascii only, with_underscores and-dashes 42",
    ],
)
def test_word_set_is_the_set_of_words(text):
    """word_set splits at ASCII punctuation first and reads only the pieces with other characters with WORD."""
    assert word_set(fold(text)) == set(WORD.findall(fold(text)))


@pytest.mark.parametrize("seed", range(3))
def test_sizes_counted_with_the_postings_are_those_read_off_them(seed):
    import random

    rng = random.Random(seed)
    vocabulary = ["a", "an", "and", "ande", "anchor", "ancho", "anchx", "anc", "b", "ba", "bak", "bakuv", "bakuw", "z9"]
    vocabulary += ["".join(rng.choices("abnk1", k=rng.randint(1, 7))) for _ in range(80)]
    documents = [" ".join(rng.choices(vocabulary, k=rng.randint(0, 9))) for _ in range(30)]
    postings, sizes = encode_postings_sized(documents)
    assert list(sizes.items()) == list(postings_sizes(postings).items())  # the same sizes, in the same order


def part(*documents: str) -> SearchPart:
    return SearchPart(blocks_of({}, list(documents)), encode_postings(list(documents)))


def shards_of(files: dict[str, str]) -> dict[str, dict]:
    """Each word shard's words and their passage numbers, by shard key."""
    found = {}
    for path, text in files.items():
        if path.startswith("search/w/"):
            key, segments = re.fullmatch(r'dossierSearch\.add\(("[^"]*"),(.*)\);\n', text).groups()
            found[json.loads(key)] = json.loads(segments)
    return found


def test_every_word_is_in_the_shard_of_its_first_two_letters_with_its_passages_by_source():
    files = site_files({"": part("Ilham Aliyev"), "b-report": part("Baku and Ankara", "Ankara talks", "and Baku"), "a-report": part("Ankara")})
    manifest = json.loads(files[INDEX_FILE][len("dossierSearch.index(") : -3])
    assert manifest["sources"] == ["", "a-report", "b-report"]  # the actors, then the reports by slug
    shards = shards_of(files)
    assert sorted(shards) == manifest["keys"] == ["al", "an", "ba", "il", "ta"]
    # "ankara" is in passages 0 and 1 of b-report, "and" in 0 and 2
    assert shards["an"] == [[1, {"ankara": [0]}], [2, {"and": [0, 2], "ankara": [0, 1]}]]
    assert shards["ba"] == [[2, {"baku": [0, 2]}]]
    assert files["search/t/b-report.0.js"].startswith('dossierSearch.text("b-report.0",')
    assert "search/actors.0.js" in files and "search/reports.0.js" in files and "search/reports.1.js" not in files


def test_a_large_shard_is_split_by_the_third_letter_then_the_next():
    many = part(*(f"anchor{n} ankara andes an" for n in range(200)))
    files = site_files({"r": many}, split_bytes=1000)
    manifest = json.loads(files[INDEX_FILE][len("dossierSearch.index(") : -3])
    assert manifest["split"] == ["2an", "3anc", "4anch"]
    assert {"an", "ancho", "ank", "and"} <= set(manifest["keys"]) and "anc" not in manifest["keys"] and "anch" not in manifest["keys"]
    shards = shards_of(files)
    assert all(word.startswith("ank") for segment in shards["ank"] for word in segment[1])
    assert all(word.startswith("ancho") for segment in shards["ancho"] for word in segment[1])
    assert [list(segment[1]) for segment in shards["an"]] == [["an"]], "a two-letter word keeps its own shard"


@pytest.mark.parametrize("seed", range(4))
def test_a_split_shard_takes_each_word_where_shard_key_puts_it(seed):
    """segments() cuts a part's postings at the marks between runs of words; each word must land in the segment of
    shard_key(word), its passages with it, whatever is split (two, three and four letters, words of one to six)."""
    import random

    rng = random.Random(seed)
    vocabulary = ["a", "an", "and", "ande", "anchor", "ancho", "anch", "anc", "ank", "ankara", "b", "ba", "baku", "bak", "bakuv", "bz"]
    vocabulary += ["".join(rng.choices("abnk", k=rng.randint(1, 6))) for _ in range(60)]
    made = part(*(" ".join(rng.choices(vocabulary, k=rng.randint(1, 6))) for _ in range(40)))
    everything = {word: passages for text in made.postings.values() for word, passages in json.loads("{" + re.sub("[;|]", ",", text) + "}").items()}
    prefixes = sorted({word[:n] for word in everything for n in range(2, 5) if len(word) >= 2})
    for _ in range(12):
        split = {f"{len(p)}{p}" for p in rng.sample(prefixes, rng.randint(0, len(prefixes)))}
        expected: dict[str, dict[str, list[int]]] = {}
        for word in sorted(everything):
            expected.setdefault(shard_key(word, split), {})[word] = everything[word]
        found = segments(made, 7, split)
        assert {key: json.loads(text) for key, text in found.items()} == {key: [7, words] for key, words in expected.items()}
        assert all(list(json.loads(text)[1]) == sorted(json.loads(text)[1]) for text in found.values()), "a segment's words in order"


def test_editing_one_source_changes_only_the_shards_of_its_changed_words_and_its_text():
    sources = {f"r{n:03d}": part(f"Report {n} on Baku", "Ankara talks resumed") for n in range(30)}
    before = site_files(sources)
    sources["r007"] = part("Report 7 on Tbilisi", "Ankara talks resumed")
    after = site_files(sources)
    changed = sorted(path for path in after if before.get(path) != after[path])
    assert changed == ["search/index.js", "search/t/r007.0.js", "search/w/ba.js", "search/w/tb.js"]  # a new shard: a new key
    sources["r007"] = part("Report 7 on Batumi", "Ankara talks resumed")
    again = site_files(sources)
    assert sorted(path for path in again if after.get(path) != again[path]) == ["search/index.js", "search/t/r007.0.js", "search/w/ba.js"]
    assert "search/w/tb.js" not in again
    assert site_files(dict(reversed(list(sources.items())))) == again, "the same parts give the same files"


def test_text_blocks_hold_block_passages_each():
    files = site_files({"r": part(*(f"passage {n}" for n in range(BLOCK + 1)))})
    assert sorted(p for p in files if p.startswith("search/t/")) == ["search/t/r.0.js", "search/t/r.1.js"]


# --- the search page ----------------------------------------------------------------------------


def test_a_query_loads_only_the_shards_of_its_words_and_the_text_of_its_hits(seed_site, offline_page):
    view = Recorded(offline_page, viewport={"width": 1280, "height": 800})
    view.page.goto((seed_site / "search.html").as_uri())
    wait_until(view.page, "document.readyState === 'complete'")
    assert requested(view, seed_site) == ["search/index.js"], "an empty search page loads only the small index"
    view.requests.clear()
    assert search(view.page, "cavusoglu") == "5 results for “cavusoglu”."
    loaded = requested(view, seed_site)
    assert [f for f in loaded if f.startswith("search/w/")] == ["search/w/ca.js"]
    texts = [f for f in loaded if not f.startswith("search/w/")]
    assert {"search/actors.0.js", "search/reports.0.js"} <= set(texts) and len(texts) <= 5, texts
    assert view.page.locator("#search-results .search-hit a").first.inner_text() == "Mevlüt Çavuşoğlu"
    marks = view.page.locator("#search-results mark").all_inner_texts()
    assert marks and {m.lower() for m in marks} == {"cavusoglu"}
    view.requests.clear()
    assert search(view.page, "Turkish foreign minister").endswith("for “Turkish foreign minister”.")
    assert sorted(f for f in requested(view, seed_site) if f.startswith("search/w/")) == ["search/w/fo.js", "search/w/mi.js", "search/w/tu.js"]
    for text in view.page.locator("#search-results li > p:not(.search-hit)").all_inner_texts():
        folded = text.lower()
        assert "turkish" in folded and "foreign" in folded and "minister" in folded, text
    view.requests.clear()
    search(view.page, "cavusoglu")
    assert requested(view, seed_site) == [], "a shard or block loaded once is not asked for again"
    assert view.errors == [] and view.blocked == []


def test_search_from_the_address_bar_with_accents_and_the_any_word_fallback(seed_site, offline_page):
    view = Recorded(offline_page, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    view.page.goto((seed_site / "search.html").as_uri() + "?q=%C3%87AVU%C5%9EO%C4%9ELU%20press")
    assert searched(view.page, "ÇAVUŞOĞLU press") == "2 results for “ÇAVUŞOĞLU press”."
    assert sorted(f for f in requested(view, seed_site) if f.startswith("search/w/")) == ["search/w/ca.js", "search/w/pr.js"]
    status = search(view.page, "raisi erdogan")
    assert status.startswith("No page has all of “raisi erdogan”; showing pages with some of the words")
    assert view.page.locator("#search-results .search-hit a").all_inner_texts()[:2] == ["Ebrahim Raisi", "Recep Tayyip Erdoğan"]
    assert search(view.page, "qwxz zzyq") == "No results for “qwxz zzyq”."
    search(view.page, "brotherhood")
    link = view.page.locator("#search-results li", has_text="brotherhood and peace").locator(".search-hit a")
    assert re.search(r"/reports/[^/]+/[^/]+\.html#p-\d+$", link.get_attribute("href"))
    link.click()
    view.page.wait_for_load_state()
    assert "brotherhood and peace" in view.page.locator(":target").inner_text()
    assert view.errors == [] and view.blocked == []


def test_a_missing_shard_is_said_in_the_status_line(seed_site, offline_page, tmp_path):
    import shutil

    site = tmp_path / "site"
    shutil.copytree(seed_site, site)
    (site / "search" / "w" / "ca.js").unlink()
    view = Recorded(offline_page)
    view.page.goto((site / "search.html").as_uri() + "?q=cavusoglu")
    wait_until(view.page, "document.querySelector('.search-page').dataset.state === 'done'")
    assert "search/w/ca.js is missing" in view.page.locator("#search-status").inner_text()
    assert view.blocked == []


@pytest.mark.parametrize("words_of_query", ["azerbaijan", "iran azerbaijan border"])
def test_an_archive_query_loads_one_shard_a_word(words_of_query, offline_page, tmp_path_factory):
    from conftest import shared_build

    site, _ = shared_build(  # one build for both queries
        tmp_path_factory,
        {"second.md": '+++\ntitle = "A second report"\ndate = 2022-01-05\n+++\n\n## Border\n\nThe Azerbaijan border with Iran was quiet.\n'},
    )
    view = Recorded(offline_page)
    view.page.goto((site / "search.html").as_uri() + "?q=" + words_of_query.replace(" ", "%20"))
    searched(view.page, words_of_query)
    assert len([f for f in requested(view, site) if f.startswith("search/w/")]) == len(words_of_query.split())
    hit = view.page.locator("#search-results li", has_text="border with Iran was quiet")
    assert hit.count() == 1 and "A second report" in hit.locator(".search-meta").inner_text()
    search(view.page, "second report")
    title = view.page.locator("#search-results .search-hit").first
    assert title.locator("a").inner_text() == "A second report" and title.locator(".search-meta").inner_text() == "Report, January 5, 2022"
    assert title.locator("a").get_attribute("href").endswith("/index.html")
    assert view.errors == [] and view.blocked == []


@pytest.mark.parametrize("seed", range(6))
def test_a_patched_index_is_the_index_assembled_whole(seed):
    import random

    rng = random.Random(seed)
    vocabulary = [f"{a}{b}{c}" for a in "abc" for b in "aeo" for c in "xyz"] + ["a", "be", "caxa", "Ça"]

    def report(n: int) -> SearchPart:
        made = part(*(" ".join(rng.choices(vocabulary, k=rng.randint(1, 8))) for _ in range(rng.randint(1, 40))))
        made.heading = [f"Report {n} {rng.random():.3f}", ""]
        return made

    sources = {"": report(0), **{f"r{n:02d}": report(n) for n in range(1, 12)}}
    files, state = assemble(sources, {name: f"key-{name}" for name in sources}, split_bytes=300)
    assert state.split(), "some shards are split"
    patched_times = 0
    for _ in range(4):
        names = sorted(sources)
        changed = {}
        for number in rng.sample(range(len(names)), rng.randint(1, 3)):
            old, new = sources[names[number]], report(number)
            changed[number] = (old, new, f"key-{rng.random()}")
            sources[names[number]] = new
        result = patch(state, changed, lambda path, last=dict(files): last.get(path))
        whole, whole_state = assemble(sources, {}, split_bytes=300)
        if result is None:  # the split changed: a whole assembly
            assert whole_state.split() != state.split()
            files, state = whole, whole_state
            state.part_keys = [f"key-{name}" for name in names]
            continue
        patched, state = result
        texts = {path: text if text is not None else files[path] for path, text in patched.items()}
        assert texts == whole
        assert state.keys == whole_state.keys and state.headings == whole_state.headings and state.sizes == whole_state.sizes
        files = texts
        patched_times += 1
    assert patched_times >= 2
