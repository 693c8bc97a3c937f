"""Seeded synthetic corpus of single-turn assistant conversations.

The demo trains a tiny assistant language model on this corpus, samples from
it and trains value models on the samples.  Steering only has something to
select when the base model's samples vary along the reward-relevant
attributes, so every response draws five labels *independently*:

* helpfulness: helpful (concrete tips for the asked intent), vague (generic
  filler), evasive (polite deflection) or off_topic (tips for another topic);
* harmlessness: courteous, rude (insults), profane (swear words) or reckless
  (unsafe advice); violations appear as extra sentences or as clauses and
  words inside sentences, at random places;
* tone: warm or cold (openers, closers or clauses);
* length: 1 to 6 sentences, counting every sentence of the response;
* register: formal (no contractions, "It is advisable to ...") or casual
  (contractions, "You'll wanna ...", "btw").

Prompts come from 54 topics x 8-13 intents x 2-3 action phrases x 32 question
templates, and (``OPEN_SHARE`` of the conversations) from thousands of everyday
subjects outside those topics (``open_subjects.py``), whose tips name the
subject: the model must learn to reuse the question's words rather than to
pick one of 54 topics.  Helpful answers usually open by restating the question
("To cook rice on the stove, ..."), as real answers do.  About 15% of the
distinct prompt strings, chosen by a CRC32 of the string itself, are reserved
for the held-out split, so the train and held-out splits never share a prompt,
whatever the seed.  ``on_topic`` traces every sentence of a reply back to the
topic it came from: the exact topic check the demo's card reports.  Everything is
plain ASCII, deterministic for given arguments and independent of
PYTHONHASHSEED.  The data tables live in ``corpus_data.py``.
"""

from __future__ import annotations

import functools
import random
import re
import zlib
from dataclasses import dataclass
from typing import Iterable

from value_bank.builtin_rewards import split_sentences  # the rewards cut sentences the same way

from . import corpus_data as D
from .open_subjects import FAMILIES

__all__ = [
    "TOPICS",
    "LABELS",
    "generate_corpus",
    "heldout_prompts",
    "selection_prompts",
    "corpus_stats",
    "on_topic",
    "split_sentences",
]

# Label marginals; each attribute is drawn independently of the others. Harm and a cold tone are
# common on purpose: a reward can only be raised by steering where the base model often falls short
# (with a share p of good responses, the best possible lift is sqrt((1 - p) / p) base standard
# deviations; at p = 0.7 that was 0.6, too little room to show a slider working).
LABELS: dict[str, dict[str, float]] = {
    "helpfulness": {"helpful": 0.45, "vague": 0.20, "evasive": 0.15, "off_topic": 0.20},
    "harmlessness": {"courteous": 0.35, "rude": 0.25, "profane": 0.30, "reckless": 0.10},
    "tone": {"warm": 0.4, "cold": 0.6},
    "register": {"formal": 0.5, "casual": 0.5},
}
MIN_SENTENCES, MAX_SENTENCES = 1, 6
OPEN_SHARE = 0.35  # conversations about an everyday subject outside the topic table
LEAD_SHARE = {"helpful": 0.85, "off_topic": 0.3}  # answers that restate a question (off-topic: another one)
HELDOUT_PERCENT = 15
SPLITS = ("train", "heldout")

# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Intent:
    id: str
    actions: tuple[str, ...]
    tips: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    name: str
    noun: str
    reckless: tuple[str, ...]
    general: tuple[str, ...]
    intents: tuple[Intent, ...]


def _parse_topics(text: str) -> tuple[Topic, ...]:
    topics, cur, intents = [], None, []

    def close():
        if cur is not None:
            topics.append(Topic(cur[0], cur[1], tuple(cur[2]), tuple(cur[3]), tuple(
                Intent(i, tuple(a), tuple(t)) for i, a, t in intents)))

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        tag, body = line[:2].strip(), line[2:].strip()
        if tag == "==":
            close()
            name, noun = (s.strip() for s in body.split("|"))
            cur, intents = (name, noun, [], []), []
        elif tag == "!":
            cur[2].append(body)
        elif tag == "*":
            cur[3].append(body)
        elif tag == "#":
            iid, actions = body.split(":", 1)
            intents.append((iid.strip(), [a.strip() for a in actions.split(";")], []))
        elif tag == "-":
            intents[-1][2].append(body)
        else:
            raise ValueError(f"bad corpus data line: {raw!r}")
    close()
    return tuple(topics)


_TOPICS = _parse_topics(D.TOPIC_DATA)
TOPICS: list[str] = [t.name for t in _TOPICS]


def _side(entry: str, formal: bool) -> str:
    """Pick the formal or casual side of a "formal | casual" pool entry."""
    parts = entry.split(" | ")
    return parts[0] if formal or len(parts) == 1 else parts[1]


def _gerund(action: str) -> str:
    for verb, ing in D.GERUND_COMPOUND.items():
        if action.startswith(verb + " "):
            return ing + action[len(verb):]
    verb, _, rest = action.partition(" ")
    if verb == "be":
        ing = "being"
    elif verb.endswith("ie"):
        ing = verb[:-2] + "ying"
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        ing = verb[:-1] + "ing"
    elif verb in D.GERUND_DOUBLE:
        ing = verb + verb[-1] + "ing"
    else:
        ing = verb + "ing"
    return f"{ing} {rest}".strip()


# ------------------------------------------------------------------------ prompts


def _is_heldout(prompt: str) -> bool:
    return zlib.crc32(prompt.encode("ascii")) % 100 < HELDOUT_PERCENT


@functools.lru_cache(maxsize=None)
def _prompt_table() -> dict[str, tuple[tuple[str, int, int, str], ...]]:
    """All distinct prompts as (prompt, topic index, intent index, action), per split."""
    seen: dict[str, tuple[str, int, int, str]] = {}
    for ti, topic in enumerate(_TOPICS):
        for ii, intent in enumerate(topic.intents):
            for action in intent.actions:
                for tpl in D.PROMPT_TEMPLATES:
                    p = tpl.format(a=action, g=_gerund(action), topic=topic.noun)
                    seen.setdefault(p, (p, ti, ii, action))
    rows = list(seen.values())
    return {
        "train": tuple(r for r in rows if not _is_heldout(r[0])),
        "heldout": tuple(r for r in rows if _is_heldout(r[0])),
    }


def _article(noun: str) -> str:
    return "an" if noun[0] in "aeiou" else "a"


def _open_subject(rng: random.Random, split: str) -> tuple[str, Topic, str]:
    """A prompt about an everyday subject outside the topics: (prompt, a one-intent Topic for it, action)."""
    families = list(FAMILIES.items())
    while True:
        name, family = rng.choice(families)
        noun, verb, det = rng.choice(family["nouns"]), rng.choice(family["verbs"]), rng.choice(family["dets"])
        action = " ".join(w for w in (verb, _article(noun) if det == "a|an" else det, noun) if w)
        about = family["topic"].format(n=noun).replace("your ", "my ")
        prompt = rng.choice(D.PROMPT_TEMPLATES).format(a=action, g=_gerund(action), topic=about)
        if _is_heldout(prompt) == (split == "heldout"):
            break
    tips = tuple(tip.format(n=_you(noun)) for tip in family["tips"])
    topic = Topic(f"open:{name}", family["topic"].format(n=_you(noun)), (), (), (Intent(name, (action,), tips),))
    return prompt, topic, action


# ---------------------------------------------------------------------- rendering

_CONTRACT = [  # casual: full form -> contraction (only before another word)
    ("do not", "don't"), ("does not", "doesn't"), ("is not", "isn't"), ("are not", "aren't"),
    ("cannot", "can't"), ("will not", "won't"), ("should not", "shouldn't"),
    ("it is", "it's"), ("that is", "that's"), ("there is", "there's"), ("you will", "you'll"),
    ("you are", "you're"), ("they are", "they're"), ("we are", "we're"), ("I would", "I'd"),
    ("I am", "I'm"), ("I will", "I'll"), ("let us", "let's"),
]
_EXPAND = {  # formal: contraction or slang -> full form
    "don't": "do not", "doesn't": "does not", "didn't": "did not", "isn't": "is not",
    "aren't": "are not", "wasn't": "was not", "weren't": "were not", "won't": "will not",
    "can't": "cannot", "shouldn't": "should not", "wouldn't": "would not",
    "couldn't": "could not", "haven't": "have not", "hasn't": "has not", "ain't": "is not",
    "it's": "it is", "that's": "that is", "there's": "there is", "what's": "what is",
    "here's": "here is", "let's": "let us", "you'll": "you will", "I'll": "I will",
    "we'll": "we will", "it'll": "it will", "they'll": "they will", "you're": "you are",
    "we're": "we are", "they're": "they are", "I'm": "I am", "I'd": "I would",
    "you'd": "you would", "I've": "I have", "you've": "you have", "we've": "we have",
    "they've": "they have", "wanna": "want to", "gonna": "going to", "gotta": "have to",
    "kinda": "somewhat",
}
_EXPAND_LOWER = {k.lower(): v for k, v in _EXPAND.items()}
_CONTRACT_LOWER = {a.lower(): b for a, b in _CONTRACT}
_CONTRACT_RE = re.compile(r"\b(" + "|".join(a for a, _ in _CONTRACT) + r")\b(?= \w)", re.I)
_EXPAND_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in _EXPAND) + r")\b", re.I)
_PRONOUNS = {"I am": "you are", "I": "you", "me": "you", "my": "your", "myself": "yourself"}
_PRONOUN_RE = re.compile(r"\b(I am|I|me|my|myself)\b")
_INWORD_RE = re.compile(r"\b(?:the|your) (?=[a-z])")


def _match_case(src: str, repl: str) -> str:
    return repl[0].upper() + repl[1:] if src[0].isupper() else repl


def _apply_register(s: str, formal: bool) -> str:
    if formal:
        return _EXPAND_RE.sub(lambda m: _match_case(m.group(0), _EXPAND_LOWER[m.group(0).lower()]), s)
    return _CONTRACT_RE.sub(lambda m: _match_case(m.group(0), _CONTRACT_LOWER[m.group(0).lower()]), s)


def _you(action: str) -> str:
    """The asker's words as the answer says them: "fix my bike" -> "fix your bike"."""
    return _PRONOUN_RE.sub(lambda m: _PRONOUNS[m.group(0)], action)


def _lower_first(s: str) -> str:
    word = s.split(" ", 1)[0]
    if word == "I" or word.startswith("I'") or (len(word) > 1 and word[1].isupper()):
        return s
    return s[0].lower() + s[1:]


def _cap_first(s: str) -> str:
    return s[0].upper() + s[1:]


def _render_tip(rng: random.Random, tip: str, formal: bool) -> str:
    body = tip.rstrip(".")
    tpl = rng.choice(D.FORMAL_WRAPPERS if formal else D.CASUAL_WRAPPERS)
    return tpl.format(t=_lower_first(body), T=body)


def _tip_pool(rng: random.Random, topic: Topic, intent_idx: int) -> list[str]:
    """Intent tips first, then general topic tips, then tips of sibling intents."""
    groups = [list(topic.intents[intent_idx].tips), list(topic.general),
              [t for j, it in enumerate(topic.intents) if j != intent_idx for t in it.tips]]
    for g in groups:
        rng.shuffle(g)
    return [t for g in groups for t in g]


class _Slot:
    """One content sentence plus the clauses attached to it."""

    def __init__(self, core: str):
        self.core, self.pre, self.post, self.inword = core, None, None, None

    def render(self) -> str:
        s = self.core
        if self.inword:
            m = _INWORD_RE.search(s)
            s = s[:m.end()] + self.inword + " " + s[m.end():]
        if self.pre:
            s = self.pre + " " + _lower_first(s)
        if self.post:
            s = s.rstrip(".!?") + self.post
        return s


def _compose(rng, topic, intent_idx, action, helpfulness, harm, tone, length, register):
    formal = register == "formal"
    pick = lambda pool: _side(rng.choice(pool), formal)  # noqa: E731

    # Units that carry tone and harm: each becomes a sentence or a clause.
    units = [("tone", k) for k in rng.choice([["open"], ["close"], ["open", "close"]])]
    if harm in ("rude", "profane"):
        units += [(harm, "any")] * rng.randint(1, 2)
    elif harm == "reckless":
        units += [(harm, "any")] * (2 if rng.random() < 0.25 else 1)
    max_extra = min(len(units), length - 1)
    n_extra = max_extra if rng.random() < 0.6 else rng.randint(0, max_extra)
    as_sentence = set(rng.sample(range(len(units)), n_extra))
    n_content = length - n_extra

    # Content sentences.
    lead = None
    if helpfulness in ("helpful", "off_topic"):
        src, src_intent = topic, intent_idx
        if helpfulness == "off_topic":
            src = rng.choice([t for t in _TOPICS if t is not topic])
            src_intent = rng.randrange(len(src.intents))
        tips = _tip_pool(rng, src, src_intent)[:n_content]
        cores = [_render_tip(rng, t, formal) for t in tips]
        if rng.random() < LEAD_SHARE[helpfulness]:
            act = _you(action if src is topic else rng.choice(src.intents[src_intent].actions))
            lead = rng.choice(D.LEADS).format(a=act, g=_gerund(act))
    else:
        pool = D.VAGUE if helpfulness == "vague" else D.EVASIVE
        cores = [_side(e, formal).format(topic=topic.noun) for e in rng.sample(pool, n_content)]
    if lead:  # part of the first sentence's core, so tone and harm clauses still find their places around it
        cores[0] = lead + " " + _lower_first(cores[0])
    slots = [_Slot(c) for c in cores]

    # Clause units: the first unit of every attribute first (harm before tone),
    # so that each attribute is guaranteed a place; extra units may be dropped.
    clause_units = [u for i, u in enumerate(units) if i not in as_sentence]
    represented = {u[0] for i, u in enumerate(units) if i in as_sentence}
    firsts, rest, seen = [], [], set()
    for u in sorted(clause_units, key=lambda u: u[0] == "tone"):
        (rest if u[0] in seen else firsts).append(u)
        seen.add(u[0])
    pools = {
        ("tone", "pre"): D.WARM_PRE if tone == "warm" else D.COLD_PRE,
        ("tone", "post"): D.WARM_POST if tone == "warm" else D.COLD_POST,
        ("rude", "pre"): D.RUDE_PRE, ("rude", "post"): D.RUDE_POST,
        ("profane", "pre"): D.PROFANE_PRE, ("profane", "post"): D.PROFANE_POST,
        ("reckless", "post"): D.RECKLESS_POST,
    }
    for attr, kind in firsts + rest:
        free = [(j, pos) for j, sl in enumerate(slots) for pos in ("pre", "post", "inword")
                if getattr(sl, pos) is None]
        if attr == "tone":
            first, last = (0, "pre"), (len(slots) - 1, "post")
            pref = [first, last] if kind == "open" else [last, first]
            options = [p for p in pref if p in free] or [p for p in free if p[1] != "inword"]
        elif attr == "reckless":
            options = [p for p in free if p[1] == "post"]
        elif attr == "profane":
            options = [p for p in free if p[1] != "inword" or _INWORD_RE.search(slots[p[0]].core)]
        else:
            options = [p for p in free if p[1] != "inword"]
        if not options:
            assert attr in represented, (attr, length, units)
            continue
        j, pos = rng.choice(options[:1] if attr == "tone" else options)
        value = rng.choice(D.PROFANE_WORDS) if pos == "inword" else pick(pools[attr, pos])
        setattr(slots[j], pos, value)
        represented.add(attr)

    # Profane responses also sprinkle a swear word inside a content sentence.
    if harm == "profane" and rng.random() < 0.7:
        spots = [sl for sl in slots if sl.inword is None and _INWORD_RE.search(sl.core)]
        if spots:
            rng.choice(spots).inword = rng.choice(D.PROFANE_WORDS)

    # Connectors ("Furthermore, ...").
    for sl in slots[1:] if helpfulness in ("helpful", "off_topic") else []:
        if sl.pre is None and rng.random() < 0.35:
            sl.pre = rng.choice(D.FORMAL_CONNECTORS if formal else D.CASUAL_CONNECTORS)

    # Stand-alone unit sentences around and between the content sentences.
    sentences = [sl.render() for sl in slots]
    kinds = [units[i] for i in sorted(as_sentence)]
    if ("tone", "open") in kinds:
        sentences.insert(0, pick(D.WARM_OPEN if tone == "warm" else D.COLD_OPEN))
    if ("tone", "close") in kinds:
        sentences.append(pick(D.WARM_CLOSE if tone == "warm" else D.COLD_CLOSE))
    used: list[str] = []
    for attr, _ in kinds:
        if attr == "tone":
            continue
        if attr == "reckless":
            own = topic.reckless if rng.random() < 0.5 and topic.reckless else D.RECKLESS
            s = _render_tip(rng, rng.choice(own), formal)
        else:
            pool = [e for e in (D.RUDE if attr == "rude" else D.PROFANE) if e not in used]
            used.append(rng.choice(pool))
            s = _side(used[-1], formal)
        sentences.insert(rng.randint(0, len(sentences)), s)

    return " ".join(_cap_first(_apply_register(s, formal)) for s in sentences)


def _draw(rng: random.Random, attr: str) -> str:
    names = list(LABELS[attr])
    return rng.choices(names, weights=[LABELS[attr][n] for n in names])[0]


# ----------------------------------------------------------------------- public API


def generate_corpus(n: int, seed: int = 0, split: str = "train") -> list[dict]:
    """Generate ``n`` labelled single-turn conversations.

    Deterministic for (n, seed, split); a shorter corpus is a prefix of a
    longer one with the same seed and split.  Prompts of the "heldout" split
    never occur in the "train" split.

    >>> recs = generate_corpus(3, seed=1)
    >>> sorted(recs[0])
    ['harmlessness', 'helpfulness', 'intent', 'length', 'prompt', 'register', 'response', 'tone', 'topic']
    >>> recs == generate_corpus(3, seed=1)
    True
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    if n < 0:
        raise ValueError(f"n must be non-negative, got {n}")
    prompts = _prompt_table()[split]
    rng = random.Random(f"vas-corpus:{split}:{seed}")
    records = []
    for _ in range(n):
        if rng.random() < OPEN_SHARE:
            prompt, topic, action = _open_subject(rng, split)
            ii = 0
        else:
            prompt, ti, ii, action = rng.choice(prompts)
            topic = _TOPICS[ti]
        labels = {a: _draw(rng, a) for a in ("helpfulness", "harmlessness", "tone", "register")}
        length = rng.randint(MIN_SENTENCES, MAX_SENTENCES)
        response = _compose(rng, topic, ii, action, labels["helpfulness"], labels["harmlessness"],
                            labels["tone"], length, labels["register"])
        records.append({
            "topic": topic.name, "intent": topic.intents[ii].id, "prompt": prompt,
            "response": response, "helpfulness": labels["helpfulness"],
            "harmlessness": labels["harmlessness"], "tone": labels["tone"],
            "length": length, "register": labels["register"],
        })
    return records


def heldout_prompts(n: int, seed: int = 0) -> list[str]:
    """Return ``n`` distinct held-out prompt strings (never used by the train split).

    Raises ValueError when fewer than ``n`` held-out prompts exist.

    >>> ps = heldout_prompts(2, seed=0)
    >>> len(set(ps)) == 2 and not set(ps) & {r["prompt"] for r in generate_corpus(500)}
    True
    """
    pool = [row[0] for row in _prompt_table()["heldout"]]
    if not 0 <= n <= len(pool):
        raise ValueError(f"cannot draw n={n} held-out prompts: {len(pool)} are available")
    return random.Random(f"vas-corpus:heldout-prompts:{seed}").sample(pool, n)


def selection_prompts(n: int, exclude: Iterable[str] = ()) -> list[str]:
    """``n`` held-out topic prompts not in ``exclude`` and ``n`` held-out prompts about open subjects: the prompts a
    build chooses its base checkpoint on, so that the ones it is measured on (``exclude``) play no part in the choice.

    >>> ps = selection_prompts(3, exclude=heldout_prompts(120))
    >>> len(set(ps)), set(ps) & set(heldout_prompts(120)), set(ps) & {r["prompt"] for r in generate_corpus(500)}
    (6, set(), set())
    """
    excluded = set(exclude)
    pool = [row[0] for row in _prompt_table()["heldout"] if row[0] not in excluded]
    if not 0 <= n <= len(pool):
        raise ValueError(f"cannot draw n={n} selection prompts: {len(pool)} held-out topic prompts are left")
    rng, open_prompts = random.Random("vas-corpus:selection-open"), []
    while len(open_prompts) < n:
        prompt = _open_subject(rng, "heldout")[0]
        if prompt not in open_prompts and prompt not in excluded:
            open_prompts.append(prompt)
    return random.Random("vas-corpus:selection-topic").sample(pool, n) + open_prompts


_WORD_RE = re.compile(r"[a-z]+")
_STOP_WORDS = frozenset("a an the to and of your you it in for on with is so that at or as be are this do not".split())
TRACE_THRESHOLD = 0.6  # share of a tip's content words a sentence must contain to be traced to it


def _content_words(text: str) -> frozenset[str]:
    return frozenset(_WORD_RE.findall(text.lower())) - _STOP_WORDS


@functools.lru_cache(maxsize=None)
def _tip_index() -> tuple[tuple[frozenset[str], int], ...]:
    """Every topic sentence of the data (intent tips, general tips, reckless advice) and its topic's index."""
    return tuple((_content_words(tip), ti) for ti, topic in enumerate(_TOPICS)
                 for tip in topic.general + topic.reckless + tuple(t for intent in topic.intents for t in intent.tips))


def trace_topics(response: str) -> list[str | None]:
    """The topic each sentence of ``response`` was written from, or None where no tip matches.

    A sentence is traced to the tip whose content words it contains the largest share of, when
    that share is at least ``TRACE_THRESHOLD`` (register, wrappers, leads and clauses add words
    but do not remove a tip's own).

    >>> trace_topics("To cook rice, rinse the rice in cold water until it runs clear. Whatever.")
    ['cooking', None]
    """
    out = []
    for sentence in split_sentences(response):
        words = _content_words(sentence)
        best, topic = max(((len(tip & words) / len(tip), ti) for tip, ti in _tip_index()), default=(0.0, -1))
        out.append(_TOPICS[topic].name if best >= TRACE_THRESHOLD else None)
    return out


@functools.lru_cache(maxsize=None)
def _topic_of_prompt() -> dict[str, str]:
    return {row[0]: _TOPICS[row[1]].name for split in SPLITS for row in _prompt_table()[split]}


def on_topic(prompt: str, response: str) -> bool | None:
    """The exact topic check: does the reply give advice from the question's own topic, and none from another?

    True when at least one sentence traces to the prompt's topic and no sentence to another topic;
    None when ``prompt`` is not one of the corpus's topic prompts (there is nothing to trace it to).

    >>> p = "How do I cook rice on the stove?"
    >>> on_topic(p, "To cook rice on the stove, rinse the rice in cold water until it runs clear."), on_topic(p, "It depends.")
    (True, False)
    >>> on_topic(p, "Rinse the rice in cold water. Roll your clothes instead of folding them."), on_topic("Why?", "Yes.")
    (False, None)
    """
    topic = _topic_of_prompt().get(prompt)
    if topic is None:
        return None
    traced = [t for t in trace_topics(response) if t is not None]
    return bool(traced) and all(t == topic for t in traced)


def corpus_stats(records: list[dict]) -> dict:
    """Summarise a corpus: sizes, distinct prompts and responses, label counts.

    >>> s = corpus_stats(generate_corpus(10))
    >>> s["n_records"], sum(s["labels"]["tone"].values())
    (10, 10)
    """
    labels: dict[str, dict] = {a: {name: 0 for name in LABELS[a]} for a in LABELS}
    labels["length"] = {k: 0 for k in range(MIN_SENTENCES, MAX_SENTENCES + 1)}
    for r in records:
        for attr, counts in labels.items():
            counts[r[attr]] = counts.get(r[attr], 0) + 1
    return {
        "n_records": len(records),
        "distinct_prompts": len({r["prompt"] for r in records}),
        "distinct_responses": len({r["response"] for r in records}),
        "n_topics": len({r["topic"] for r in records if not r["topic"].startswith("open:")}),
        "open_share": sum(r["topic"].startswith("open:") for r in records) / max(1, len(records)),
        "labels": labels,
    }
