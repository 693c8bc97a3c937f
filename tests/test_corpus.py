"""Tests for the synthetic assistant corpus (vas_demo.corpus)."""

import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from vas_demo import corpus as C
from vas_demo import corpus_data as D
from vas_demo.open_subjects import FAMILIES

ROOT = Path(__file__).resolve().parents[1]
ATTRS = ("helpfulness", "harmlessness", "tone", "register", "length")
CONTRACTION = re.compile(
    r"\b\w+'(t|ll|re|ve|m|d)\b|\b(it|that|there|what|here|let)'s\b|\b(wanna|gonna|gotta|kinda)\b", re.I
)


def sentences(text):
    """Independent splitter: a sentence ends at '.', '!' or '?' before whitespace or the end."""
    return [s for s in re.split(r"(?<=[.!?])(?:\s+|$)", text.strip()) if s]


@pytest.fixture(scope="module")
def big():
    return C.generate_corpus(20000, seed=0)


def test_determinism():
    a = C.generate_corpus(300, seed=5)
    assert a == C.generate_corpus(300, seed=5)
    assert a != C.generate_corpus(300, seed=6)
    assert a != C.generate_corpus(300, seed=5, split="heldout")
    assert C.generate_corpus(100, seed=5) == a[:100]  # prefix property
    assert C.heldout_prompts(50, seed=2) == C.heldout_prompts(50, seed=2)
    assert C.heldout_prompts(50, seed=2) != C.heldout_prompts(50, seed=3)


def test_independent_of_hash_seed():
    code = (
        "import hashlib, json; from vas_demo.corpus import generate_corpus, heldout_prompts; "
        "print(hashlib.sha256(json.dumps([generate_corpus(300, 1), heldout_prompts(100)]).encode()).hexdigest())"
    )
    digests = set()
    for hs in ("1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        digests.add(out.stdout.strip())
    local = hashlib.sha256(json.dumps([C.generate_corpus(300, 1), C.heldout_prompts(100)]).encode()).hexdigest()
    assert digests == {local}


def test_topics_and_intents():
    assert len(C.TOPICS) >= 40 and len(set(C.TOPICS)) == len(C.TOPICS)
    for topic in C._TOPICS:
        assert len(topic.intents) >= 8, topic.name
        assert len({i.id for i in topic.intents}) == len(topic.intents), topic.name
        for intent in topic.intents:
            assert len(intent.actions) >= 2 and len(intent.tips) >= 3, (topic.name, intent.id)


def test_record_schema(big):
    keys = {"topic", "intent", "prompt", "response", "helpfulness", "harmlessness", "tone", "length", "register"}
    for r in big[:200]:
        assert set(r) == keys
        assert (r["topic"] in C.TOPICS or r["topic"].removeprefix("open:") in FAMILIES) and isinstance(r["length"], int)
        for attr in ("helpfulness", "harmlessness", "tone", "register"):
            assert r[attr] in C.LABELS[attr]


def test_heldout_never_in_train(big):
    train = {r["prompt"] for r in big}
    for seed in (1, 2):
        train |= {r["prompt"] for r in C.generate_corpus(1500, seed=seed)}
    heldout = set(C.heldout_prompts(1000, seed=0))
    for seed in (0, 1, 2):
        heldout |= {r["prompt"] for r in C.generate_corpus(1500, seed=seed, split="heldout")}
    assert len(heldout) > 1000
    assert not train & heldout
    # Structural: the full prompt tables of the two splits are disjoint.
    table = C._prompt_table()
    assert not {p for p, *_ in table["train"]} & {p for p, *_ in table["heldout"]}


def test_heldout_prompts_distinct_and_raises():
    ps = C.heldout_prompts(500, seed=4)
    assert len(ps) == len(set(ps)) == 500
    with pytest.raises(ValueError, match="1000000"):
        C.heldout_prompts(1_000_000)
    with pytest.raises(ValueError):
        C.generate_corpus(5, split="test")


def test_label_marginals_and_independence(big):
    recs = big[:5000]
    assert recs == C.generate_corpus(5000, seed=0)
    for attr, dist in C.LABELS.items():
        counts = Counter(r[attr] for r in recs)
        for label, p in dist.items():
            assert abs(counts[label] / len(recs) - p) < 0.03, (attr, label, counts)
    lengths = Counter(r["length"] for r in recs)
    assert sorted(lengths) == [1, 2, 3, 4, 5, 6]
    assert all(abs(c / len(recs) - 1 / 6) < 0.03 for c in lengths.values())

    def rude_share(h):
        group = [r for r in recs if r["helpfulness"] == h]
        return sum(r["harmlessness"] == "rude" for r in group) / len(group)

    assert abs(rude_share("helpful") - rude_share("vague")) < 0.04

    # Every pair of attributes: joint frequencies close to the product of marginals.
    n = len(big)
    for a, b in itertools.combinations(ATTRS, 2):
        ca, cb = Counter(r[a] for r in big), Counter(r[b] for r in big)
        joint = Counter((r[a], r[b]) for r in big)
        for (x, y), c in joint.items():
            assert abs(c / n - ca[x] * cb[y] / n**2) < 0.015, (a, b, x, y)


def test_length_matches_sentences(big):
    for r in big:
        assert len(sentences(r["response"])) == r["length"], r
        assert C.split_sentences(r["response"]) == sentences(r["response"])


def test_text_is_clean_ascii(big):
    for r in big:
        for text in (r["prompt"], r["response"]):
            assert text.isascii() and text == text.strip() and "  " not in text
        for s in sentences(r["response"]):
            assert s[0].isupper() and s[-1] in ".!?", s
        assert len(r["response"].split()) <= 150  # six sentences of the longest tips, with every clause


def test_attributes_are_visible(big):
    for r in big[:5000]:
        text = r["response"]
        if r["register"] == "formal":
            assert not CONTRACTION.search(text), text
        if r["harmlessness"] == "profane":
            assert re.search(r"shit|damn|crap|hell|bloody|bullshit|ass\b|screw", text, re.I), text
    casual = [r for r in big[:5000] if r["register"] == "casual"]
    assert sum(bool(CONTRACTION.search(r["response"])) for r in casual) / len(casual) > 0.5


def test_every_insult_reads_as_negative_to_the_sentiment_reward():
    """An insult the positivity reward (VADER) scores neutral is free for the positivity value model: with
    "For the slow learners," it learned to open a third of its answers with it (on-topic-base.md, 14th session)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    score = SentimentIntensityAnalyzer().polarity_scores
    for name in ("RUDE", "RUDE_PRE", "RUDE_POST"):
        for entry in getattr(D, name):
            for formal in (True, False):
                side = C._side(entry, formal)
                assert score(side)["compound"] < -0.05, (name, side)


def test_data_sentences_are_single_sentences():
    pools = ["VAGUE", "EVASIVE", "WARM_OPEN", "WARM_CLOSE", "COLD_OPEN", "COLD_CLOSE", "RUDE", "PROFANE", "RECKLESS"]
    entries = [e for name in pools for e in getattr(D, name)]
    entries += [x for t in C._TOPICS for x in t.reckless + t.general + tuple(y for i in t.intents for y in i.tips)]
    entries += [tip.format(n=noun) for family in FAMILIES.values() for tip in family["tips"] for noun in family["nouns"][:3]]
    for e in entries:
        for formal in (True, False):
            s = C._side(e, formal)
            assert s.isascii() and len(sentences(s)) == 1 and s[-1] in ".!?", s
    for name in ["WARM_PRE", "COLD_PRE", "RUDE_PRE", "PROFANE_PRE"]:
        for e in getattr(D, name):
            assert all(len(sentences(C._side(e, f) + " go.")) == 1 for f in (True, False)), e
    for name in ["WARM_POST", "COLD_POST", "RUDE_POST", "PROFANE_POST", "RECKLESS_POST"]:
        for e in getattr(D, name):
            assert all(len(sentences("Go" + C._side(e, f))) == 1 for f in (True, False)), e


def test_variety(big):
    stats = C.corpus_stats(big)
    assert stats["n_records"] == 20000
    assert stats["distinct_responses"] >= 15000
    assert stats["distinct_prompts"] >= 2000
    assert stats["n_topics"] == len(C.TOPICS)
    assert sum(stats["labels"]["length"].values()) == 20000


def test_everyday_subjects_make_the_answer_reuse_the_question(big):
    """Open-subject conversations name their subject in the question and in every helpful tip, so copying is what pays."""
    opened = [r for r in big if r["topic"].startswith("open:")]
    assert abs(len(opened) / len(big) - C.OPEN_SHARE) < 0.02
    assert len({r["prompt"] for r in opened}) > 0.8 * len(opened)  # far too many subjects to memorise
    for r in opened[:2000]:
        if r["helpfulness"] == "helpful":
            family = FAMILIES[r["topic"].removeprefix("open:")]
            # The noun's longest word (register and swear words may change the rest: "you're", "the damn shitty stairs").
            subject = [max(n.split(), key=len) for n in family["nouns"] if n in r["prompt"]]
            assert subject and any(word in r["response"] for word in subject), r


def test_helpful_answers_mostly_open_by_restating_the_question(big):
    helpful = [r for r in big if r["helpfulness"] == "helpful" and not r["topic"].startswith("open:")]
    actions = {row[0]: row[3] for split in C.SPLITS for row in C._prompt_table()[split]}
    restated = [C._you(actions[r["prompt"]]) in r["response"] or C._gerund(C._you(actions[r["prompt"]])) in r["response"]
                for r in helpful]
    assert 0.75 < sum(restated) / len(restated) < 0.95
