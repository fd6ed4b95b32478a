"""tests/corpus/score.py matches detected statements to the gold as its docstring says."""

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("corpus_score", HERE / "score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def statements_from(gold: dict) -> list[dict]:
    return [{"speaker_name": quote["speaker"], "quote": quote["text"], "date": quote["date"]} for quote in gold["quotes"]]


@pytest.mark.parametrize("stem", sorted(path.stem for path in (HERE / "gold").glob("*.json")))
def test_the_gold_itself_scores_full_marks(stem):
    gold = score.load_gold(stem)
    pairs, missed = score.match(statements_from(gold), gold)
    assert missed == []
    assert [quote for _, quote in pairs] == gold["quotes"]
    assert all(score.right_speaker(statement, quote, gold) for statement, quote in pairs if quote is not None)


def test_a_heading_and_the_body_quote_it_restates_are_told_apart():
    gold = score.load_gold("00-memri-seed")
    body = next(quote for quote in gold["quotes"] if quote["text"].startswith("The situation in the Caucasus is crucial"))
    pairs, missed = score.match([{"speaker_name": "Abdollahian", "quote": body["text"] + " We will not allow any foreign intervention"}], gold)
    assert pairs[0][1] is body
    assert any(quote["text"].startswith("The Situation In The Caucasus Is Crucial") for quote in missed)


def test_a_wrong_speaker_and_an_invented_quote_cost_precision(capsys):
    detected = [
        {"speaker_name": "Vladimir Putin", "quote": "declaration of war", "date": "2022-03-05", "report": "x"},
        {"speaker_name": "Sergey Lavrov", "quote": "within the framework of the law", "date": None, "report": "x"},
        {"speaker_name": "Dmitry Peskov", "quote": "words nobody in this text said", "date": None, "report": "x"},
    ]
    found, wanted, right = score.score("06-isw-repost-ukraine-update-2022-03-06", detected, 0, True)
    assert (found, wanted, right) == (3, 16, 1)
    printed = capsys.readouterr().out
    assert "wrong speaker: Sergey Lavrov (gold: Dmitry Peskov)" in printed
    assert "not in the gold: Dmitry Peskov: 'words nobody in this text said'" in printed


def test_bad_input_is_one_line_naming_the_file(tmp_path):
    broken = tmp_path / "statements.json"
    broken.write_text('{"statements": [', encoding="utf-8")
    with pytest.raises(SystemExit) as failure:
        score.main(["--statements", str(broken), "--report", "a=00-memri-seed"])
    assert str(failure.value).startswith(f"{broken}:1: not valid JSON")
    with pytest.raises(SystemExit) as failure:
        score.load_gold("no-such-report")
    assert "no-such-report.json: no such gold file" in str(failure.value)
    assert json.loads((HERE / "gold" / "00-memri-seed.json").read_text(encoding="utf-8"))["quotes"]


def test_min_words_leaves_out_short_quotes_and_what_matches_them(capsys):
    detected = [
        {"speaker_name": "COLTA", "quote": "make changes", "date": "2022-03-05", "report": "x"},
        {"speaker_name": "Dmitry Peskov", "quote": "could have rather serious consequences", "date": "2022-03-05", "report": "x"},
    ]
    assert score.score("06-isw-repost-ukraine-update-2022-03-06", detected, 0, False) == (2, 16, 2)
    assert score.score("06-isw-repost-ukraine-update-2022-03-06", detected, 3, False) == (1, 14, 1)


def test_a_statement_fits_a_gold_quote_in_whole_words_only():
    fits = score.fits
    assert fits("a matter of when, not if", "when", loose=True)
    assert not fits("a specific threat", "if", loose=True), "‘if’ is not in ‘specific’"
    assert not fits("iffy", "if", loose=False)
    assert fits("we will win. and more words follow here until the statement is longer than sixty letters", "we will win.", loose=False)
    assert fits("we will win", "so we will win this war and more words than sixty letters of the gold quote itself here", loose=True)


def test_another_gold_speaker_inside_an_alias_is_no_match():
    gold = {
        "speakers": [
            {"name": "Dmitry Peskov", "aliases": ["Kremlin spokesman Dmitry Peskov"]},
            {"name": "Kremlin", "aliases": []},
        ]
    }
    quote = {"speaker": "Dmitry Peskov", "text": "No comment."}
    assert not score.right_speaker({"speaker_name": "Kremlin"}, quote, gold)
    assert score.right_speaker({"speaker_name": "Peskov"}, quote, gold)  # near miss: a part of the name is still his


def test_an_alias_s_description_after_its_comma_is_not_the_speaker():
    gold = {
        "speakers": [
            {"name": "Ana Reyes", "aliases": ["Ana Reyes, Port Authority Director", "Dr Reyes, of the Harbour Institute"]},
            {"name": "Tarn Committee on Water, Soil and Air", "aliases": ["The Tarn Committee on Water, Soil and Air"]},
        ]
    }
    quote = {"speaker": "Ana Reyes", "text": "The gates open at nine."}
    assert not score.right_speaker({"speaker_name": "Port Authority Director"}, quote, gold)  # the office taken for a body
    assert not score.right_speaker({"speaker_name": "Harbour Institute"}, quote, gold)
    assert score.right_speaker({"speaker_name": "Ana Reyes"}, quote, gold)
    assert score.right_speaker({"speaker_name": "Reyes"}, quote, gold)  # near miss: a part of her name is still hers
    body = {"speaker": "Tarn Committee on Water, Soil and Air", "text": "Act now."}
    assert score.right_speaker({"speaker_name": "Tarn Committee on Water, Soil and Air"}, body, gold)  # a comma inside a name
    assert score.right_speaker({"speaker_name": "Committee on Water, Soil and Air"}, body, gold)


def test_a_body_named_in_the_role_before_a_speaker_s_name_is_not_her():
    gold = {"speakers": [{"name": "Tova Brill", "aliases": ["Harbourline founder and chief executive Tova Brill", "the Norland envoy"]}]}
    quote = {"speaker": "Tova Brill", "text": "We build ferries."}
    assert not score.right_speaker({"speaker_name": "Harbourline"}, quote, gold)  # the company she leads, not her
    assert score.right_speaker({"speaker_name": "Brill"}, quote, gold)  # near miss: her surname
    assert score.right_speaker({"speaker_name": "Tova Brill"}, quote, gold)
    assert score.right_speaker({"speaker_name": "Norland envoy"}, quote, gold)  # near miss: an alias without her name is matched as before
    body = {"speaker": "United Nations", "text": "Stop."}
    gold_body = {"speakers": [{"name": "United Nations", "aliases": ["the UN"]}]}
    assert score.right_speaker({"speaker_name": "UN"}, body, gold_body)  # an acronym alias still matches


def test_a_name_spelt_out_before_its_acronym_and_a_bare_role_still_match():
    gold = {
        "speakers": [
            {"name": "NHF", "aliases": ["the Norland Harbour Foundation (NHF)"]},
            {"name": "Tova Brill", "aliases": ["Harbourline VP Tova Brill"]},
        ]
    }
    assert score.right_speaker({"speaker_name": "Norland Harbour Foundation"}, {"speaker": "NHF", "text": "Go."}, gold)
    assert score.right_speaker({"speaker_name": "Harbourline VP"}, {"speaker": "Tova Brill", "text": "Go."}, gold)


def test_names_match_in_whole_words():
    assert not score.names_match("norland", "norlandic foreign minister tova brill")  # a country is not its adjective's minister
    assert score.names_match("brill", "norlandic foreign minister tova brill")
    assert score.names_match("tova brill", "brill")


def test_the_body_before_a_speaker_s_name_is_found_in_whole_words():
    # "vale" inside "Valeport" is no word of the alias: the detected "Vale" is her surname, not a body before her name
    assert not score.in_role_before_name("vale", "valeport mayor ann vale", "ann vale")
    # near misses: the town's whole word before her name is the body she speaks for; her whole name is hers
    assert score.in_role_before_name("valeport", "valeport mayor ann vale", "ann vale")
    assert not score.in_role_before_name("ann vale", "valeport mayor ann vale", "ann vale")


def test_another_mentioned_actor_holding_the_speaker_s_name_is_no_match():
    gold = {
        "speakers": [{"name": "Harbourline", "aliases": []}],
        "actors_mentioned": ["Harbourline", "Inside Harbourline", "Tova Brill", "Brill"],
    }
    quote = {"speaker": "Harbourline", "text": "We build ferries."}
    assert not score.right_speaker({"speaker_name": "Inside Harbourline"}, quote, gold)  # the activist group, not the company
    assert score.right_speaker({"speaker_name": "Harbourline"}, quote, gold)
    assert score.right_speaker({"speaker_name": "Harbourline Ltd"}, quote, gold)  # near miss: not an actor of the gold
    person = {"speaker": "Tova Brill", "text": "We sail at dawn."}
    assert score.right_speaker({"speaker_name": "Brill"}, dict(person), dict(gold, speakers=[{"name": "Tova Brill"}]))
