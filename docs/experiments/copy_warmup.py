"""Issue 9 experiment (eleventh session): give the demo base a copying circuit before it reads the corpus.

The demo base restates an everyday question with one of its own subjects ("How do I make my bread
rise better?" -> "If you want to make your bike ..."): it never learned to copy a word it has not
memorised. This script trains the build's base (3 x 256, the build's ``pretrain_lm``, 1 200 steps of
64 conversations, from the build's cached corpus and tokenizer stages) after a *copy warm-up*:
400 steps of random token spans shown twice, with the attention of an induction circuit supervised
(layer 0 head 0 -> the previous token; layer 1 head 0 -> the token after the earlier occurrence of
the current one). ``--steps 0 --supervise-corpus N`` instead supervises the same two heads on the
corpus's own rows for the first N steps (no drills); ``--steps 0 --drills-during-corpus ROWS`` adds supervised drill
rows to every corpus step instead of a warm-up. Whether the circuit forms depends on the drills' seed
(``--drill-seed``, twelfth session). ``--random-subjects SHARE`` gives part of the corpus's everyday conversations
subjects only copying can predict, so the warm-up's circuit keeps paying through the corpus training (thirteenth
session). ``--generic-family SHARE`` adds an everyday family of many verbs whose tips fit any subject, and
``--wide-topics FILE`` widens the 42 topics' table (both fourteenth session). Then check it with ``python -m
vas_demo.check_base OUT --questions 120 --temperature 0.5`` and ``--probe`` here. Measured result
(``docs/experiments/on-topic-base.md``, "Eleventh" to "Fourteenth session"): every variant alone is worse than the
shipped base; the warm-up with random subjects copies the subject but its tips fit the topic less often, and the
generic family's tips almost never appear in answers to everyday questions. The wider topic table with twice the
steps (no warm-up) is the first base whose whole bank a reader prefers: 20 against 11 of 60 everyday answers fit at
the opening mix; shipped in the fifteenth session, when ``data/wide_topics.txt`` became part of ``corpus_data.py`` (so
``--wide-topics`` adds nothing to today's table; the commands below ran on the 42-topic one).

    python docs/experiments/copy_warmup.py --work runs/demo-build --out runs/s26/base-sup400fp32 --fp32
    python docs/experiments/copy_warmup.py --steps 0 --supervise-corpus 300 --out runs/s26/base-corpussup300
    python docs/experiments/copy_warmup.py --steps 0 --drills-during-corpus 16 --out runs/s27/base-drills16
    python docs/experiments/copy_warmup.py --random-subjects 0.5 --out runs/s28/base-warm-rand
    python docs/experiments/copy_warmup.py --random-subjects 0.5 --base-steps 2400 --out runs/s28/base-warm-rand-2400
    python docs/experiments/copy_warmup.py --random-subjects 0.5 --generic-family 0.4 --base-steps 2400 --out runs/s29/base-generic
    python docs/experiments/copy_warmup.py --steps 0 --wide-topics docs/experiments/data/wide_topics.txt --out runs/s29/base-wide
    python docs/experiments/copy_warmup.py --steps 0 --wide-topics docs/experiments/data/wide_topics.txt --base-steps 2400 --out runs/s29/base-wide-2400
    python docs/experiments/copy_warmup.py --exact runs/s29/base-wide-2400 --wide-topics docs/experiments/data/wide_topics.txt
    python docs/experiments/copy_warmup.py --probe runs/s26/base-sup400fp32
    python docs/experiments/copy_warmup.py --count-targets     # how often the corpus-supervision target is right
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

def _copy_drill(batch_size: int, token_ids: torch.Tensor, generator: torch.Generator) -> tuple[torch.Tensor, int, int, int]:
    """Rows of random tokens in which one span of 3-16 tokens comes twice, at a random offset and distance (the same
    layout for the whole batch); returns the ids and where the span starts each time and its length."""
    draw = lambda *shape: token_ids[torch.randint(len(token_ids), shape, generator=generator)]  # noqa: E731
    length, before, between = (int(torch.randint(lo, hi, (1,), generator=generator)) for lo, hi in ((3, 17), (0, 20), (0, 30)))
    span = draw(batch_size, length)
    ids = torch.cat([draw(batch_size, before), span, draw(batch_size, between), span], dim=1)
    return ids, before, before + length + between, length


def _supervised_drill_loss(model, ids, first, second, length, epsilon: float, span_loss: bool = True) -> torch.Tensor:
    """The loss of predicting a drill's repeated span (from its second token), plus the cross-entropy of the induction
    circuit's two attention patterns: layer 0 head 0 -> the previous token; layer 1 head 0 -> the token after the
    earlier occurrence of the current one. Needs the eager attention (the weights themselves are trained)."""
    labels = torch.full_like(ids, -100)
    labels[:, second + 1 :] = ids[:, second + 1 :]
    out = model(input_ids=ids, labels=labels, output_attentions=True)
    positions = torch.arange(1, ids.shape[1])
    previous_token = out.attentions[0][:, 0, positions, positions - 1].float()
    repeats = torch.arange(second, second + length - 1)
    induction = out.attentions[1][:, 0, repeats, repeats - second + first + 1].float()
    attention = -torch.log(previous_token + epsilon).mean() - torch.log(induction + epsilon).mean()
    return (out.loss + attention) if span_loss else attention


def copy_warmup(model, tokenizer, steps: int, batch_size: int = 64, learning_rate: float = 2e-3, seed: int = 0,
                progress: bool = True, desc: str = "copy warm-up", attention_only: bool = False) -> dict:
    """Give a fresh model a copying circuit before it reads the corpus; returns its copy accuracy after.

    A small model trained only on the corpus never learns to copy a word it has not memorised: asked
    about bread, the demo's base restated the question as "If you want to make your bike ..." (its
    own subjects, not the asker's), and copy drills mixed into the corpus taught nothing
    (`docs/experiments/on-topic-base.md`). Copying is the job of an induction circuit: a head that
    attends to the previous token, and a head in the next layer that finds the earlier occurrence of
    the current token and predicts what followed it. Left to the language-modelling loss, the demo's
    3 x 256 base did not form one in 400 steps of pure drills (0.2 % copied); with the two attention
    patterns supervised (layer 0 head 0 -> the previous token, layer 1 head 0 -> the token after the
    earlier occurrence; cross-entropy on the attention weights, added to the loss of predicting the
    repeated span) it copies 97.5-99 % of a repeated span after 400 steps (3.3 minutes on two CPU cores).
    The corpus training that follows is ordinary and free to keep, reshape or drop the circuit.
    ``attention_only`` trains the two attention patterns and not the prediction of the span.

    Needs at least two layers; the model's attention implementation is restored afterwards.
    """
    if steps <= 0:
        return {"copy_warmup_steps": 0}
    if model.config.num_hidden_layers < 2:
        raise ValueError(f"copy warm-up needs at least 2 layers (an induction circuit spans two); got {model.config.num_hidden_layers}")
    from tqdm.auto import tqdm

    generator = torch.Generator().manual_seed(seed)
    special = set(tokenizer.all_special_ids)
    token_ids = torch.tensor([t for t in range(len(tokenizer)) if t not in special])
    implementation = model.config._attn_implementation
    model.set_attn_implementation("eager")  # the attention weights themselves are trained
    optimizer = torch.optim.AdamW(model.parameters(), lr=learning_rate, betas=(0.9, 0.95), weight_decay=0.1)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(1.0, (s + 1) / 10))
    model.train()
    for _ in tqdm(range(steps), desc=desc, disable=not progress):
        loss = _supervised_drill_loss(model, *_copy_drill(batch_size, token_ids, generator), epsilon=1e-9,
                                      span_loss=not attention_only)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        schedule.step()
    model.set_attn_implementation(implementation)
    return {"copy_warmup_steps": steps, "copy_accuracy": copy_accuracy(model, token_ids, seed + 1)}


@torch.no_grad()
def copy_accuracy(model, token_ids: torch.Tensor, seed: int = 1, batches: int = 4, batch_size: int = 128) -> float:
    """Share of a repeated span's tokens (after its first) the model predicts exactly (argmax)."""
    model.eval()
    generator, hits, total = torch.Generator().manual_seed(seed), 0, 0
    for _ in range(batches):
        ids, _, second, _ = _copy_drill(batch_size, token_ids, generator)
        predicted = model(input_ids=ids).logits[:, second:-1].argmax(-1)
        hits += int((predicted == ids[:, second + 1 :]).sum())
        total += predicted.numel()
    return hits / total



def supervise_corpus_attention(steps: int) -> None:
    """For the first ``steps`` steps of ``pretrain_lm``, add the induction circuit's attention targets on the corpus's
    own rows: layer 0 head 0 -> the previous token; layer 1 head 0, at a response token that occurred in the prompt,
    -> the prompt token after its latest occurrence (a restatement's next word). No random drills."""
    from vas_demo import pretrain

    original, calls = pretrain._predicted_token_loss, {"n": 0}

    def loss(model, batch):
        calls["n"] += 1
        if calls["n"] > steps:
            if model.config._attn_implementation == "eager":
                model.set_attn_implementation("sdpa")
            return original(model, batch)
        if model.config._attn_implementation != "eager":
            model.set_attn_implementation("eager")
        ids, mask = batch["input_ids"], batch["attention_mask"].bool()
        out = model.base_model(input_ids=ids, attention_mask=batch["attention_mask"], output_attentions=True)
        labels = batch["labels"][:, 1:]
        predicted = labels != -100
        logits = model.get_output_embeddings()(out.last_hidden_state[:, :-1][predicted])
        lm = torch.nn.functional.cross_entropy(logits.float(), labels[predicted])
        T = ids.shape[1]
        t = torch.arange(1, T)
        previous = out.attentions[0][:, 0, t, t - 1][mask[:, 1:]]
        # latest earlier occurrence j of each token (j + 1 < t), where both are real tokens
        response = batch["labels"] != -100  # the prompt is read, not predicted: its tokens are the ones to copy
        prompt = mask & ~response
        earlier = (ids[:, :, None] == ids[:, None, :]) & torch.ones(T, T, dtype=torch.bool).tril(-2)[None] & prompt[:, None, :]
        j = torch.where(earlier, torch.arange(T)[None, None, :], -1).max(-1).values  # (B, T)
        has = (j >= 0) & response
        rows, cols = has.nonzero(as_tuple=True)
        induction = out.attentions[1][:, 0][rows, cols, j[rows, cols] + 1]
        extra = -torch.log(previous + 1e-9).mean() - (torch.log(induction + 1e-9).mean() if len(rows) else 0.0)
        return lm + extra

    pretrain._predicted_token_loss = loss


def supervise_drills_during_corpus(model, tokenizer, rows: int, seed: int = 0, every: int = 1) -> None:
    """Keep the copy drills through the corpus training: every ``every``-th step of ``pretrain_lm`` adds ``rows``
    drill rows (a random span shown twice) with the circuit's attention supervised, as in ``copy_warmup``, to the
    corpus batch's own loss. No warm-up before: the circuit has to form while the corpus is learned."""
    from vas_demo import pretrain

    if rows <= 0:
        return
    original, calls = pretrain._predicted_token_loss, {"n": 0}
    generator = torch.Generator().manual_seed(seed + 7)
    special = set(tokenizer.all_special_ids)
    token_ids = torch.tensor([t for t in range(len(tokenizer)) if t not in special])

    def loss(model, batch):
        calls["n"] += 1
        lm = original(model, batch)
        if calls["n"] % every:
            return lm
        model.set_attn_implementation("eager")
        try:  # under the base's bf16 autocast: a larger epsilon than the warm-up's fp32 one
            return lm + _supervised_drill_loss(model, *_copy_drill(rows, token_ids, generator), epsilon=1e-6)
        finally:
            model.set_attn_implementation("sdpa")

    pretrain._predicted_token_loss = loss


PROBES = [("How do I make my bread rise better?", "If you want to make your", " bread"),
          ("How should I store fresh herbs in the fridge?", "If you want to store", " fresh"),
          ("How can I make my morning commute less stressful?", "If you want to make your", " morning"),
          ("How do I keep squirrels out of my bird feeder?", "To keep", " squirrels"),
          ("How do I make my own pizza dough?", "To make your own", " pizza"),
          ("How do I change a flat tire on my car?", "To change a", " flat"),
          ("How can I stop my shoes from smelling?", "To stop your", " shoes"),
          ("How do I grow basil from seeds?", "To grow", " basil")]


@torch.no_grad()
def probe(path: str) -> dict:
    """Copy accuracy on drills, and the rank of an everyday question's own subject after the base's restatement."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from value_bank.prompting import format_prompt

    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32).eval()
    special = set(tokenizer.all_special_ids)
    ranks = {}
    for question, opening, subject in PROBES:
        ids = tokenizer(format_prompt(tokenizer, question) + opening, add_special_tokens=False, return_tensors="pt").input_ids
        target = tokenizer(subject, add_special_tokens=False).input_ids[0]  # its first token
        logits = model(input_ids=ids).logits[0, -1]
        ranks[f"{opening} ->{subject}"] = int((logits > logits[target]).sum()) + 1
    accuracy = copy_accuracy(model, torch.tensor([t for t in range(len(tokenizer)) if t not in special]))
    return {"copy_accuracy": accuracy, "subject_ranks": ranks, "median_rank": sorted(ranks.values())[len(ranks) // 2]}


def count_copy_targets(corpus: Path, tokenizer_dir: Path, rows: int = 2000, seed: int = 0) -> dict:
    """How often the corpus-supervision target is right: of the response tokens that occur in their prompt, the share
    whose next token is the one after their latest occurrence in the prompt, and the share that are words of 4+ letters."""
    import random

    from transformers import AutoTokenizer

    from vas_demo.build import read_records
    from vas_demo.pretrain import conversation_ids

    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    records = random.Random(seed).sample(read_records(corpus, "train"), rows)
    ids, prompt_lengths = conversation_ids(tokenizer, [(r["prompt"], r["response"]) for r in records])
    right = total = words = 0
    for row, n in zip(ids, prompt_lengths):
        for t in range(n, len(row) - 1):
            earlier = [j for j in range(n - 1) if row[j] == row[t]]
            if not earlier:
                continue
            text = tokenizer.decode([row[t]]).strip()
            total, right, words = total + 1, right + (row[earlier[-1] + 1] == row[t + 1]), words + (text.isalpha() and len(text) > 3)
    return {"rows": rows, "response_tokens_in_prompt": total, "target_right": right / total, "content_words": words / total}


PSEUDO_SYLLABLES = ["dre", "ck", "wo", "ol", "fi", "sh", "ple", "mi", "ka", "lo", "tar", "ven", "sul", "bri", "mon", "gat", "pel",
                    "rin", "zo", "ush"]


def randomise_subjects(records: list[dict], share: float, seed: int = 7) -> int:
    """Give ``share`` of the everyday-subject conversations (``open:*`` topics) a subject only copying can predict: its
    noun phrase, in the question and in the answer, becomes 1-3 random words (of four letters or more, from the
    corpus's questions; a fifth of them made-up words of random syllables). In place; returns how many changed.

    A copying circuit installed by the warm-up is erased by a corpus whose subjects come from lists short enough to
    memorise (eleventh session); here copying keeps paying through the corpus training (thirteenth session)."""
    import random
    import re

    from vas_demo.open_subjects import FAMILIES

    rng = random.Random(seed)
    words = sorted({w for r in records for w in re.findall(r"[a-z]+", r["prompt"].lower()) if len(w) >= 4})
    word = lambda: ("".join(rng.choice(PSEUDO_SYLLABLES) for _ in range(rng.randint(2, 4)))  # noqa: E731
                    if rng.random() < 0.2 else rng.choice(words))
    changed = 0
    for record in records:
        if not record["topic"].startswith("open:") or rng.random() >= share:
            continue
        for noun in sorted(FAMILIES[record["topic"].split(":")[1]]["nouns"], key=len, reverse=True):
            if noun in record["prompt"]:
                subject = " ".join(word() for _ in range(rng.randint(1, 3)))
                record["prompt"] = record["prompt"].replace(noun, subject)
                # the answer turns the asker's "my" into "your"
                record["response"] = record["response"].replace(noun, subject).replace(noun.replace("my ", "your "), subject)
                changed += 1
                break
    return changed


# The fourteenth session's generic everyday family: verbs the nine families lack, tips that fit any subject.
GENERIC_FAMILY = dict(
    verbs=["keep", "remove", "stop", "store", "pack", "paint", "reduce", "protect", "prevent damage to", "improve",
           "speed up", "fold", "hang", "replace", "install", "sharpen", "polish", "dry", "freeze", "sort", "label",
           "move", "wrap", "decorate", "soften", "patch", "seal", "trim", "water", "feed", "train", "calm", "brush",
           "tidy", "heat", "cool down", "unclog", "iron", "defrost", "quiet", "refresh", "untangle", "reuse", "measure"],
    dets=("my", "the", ""),
    nouns=["bird feeder", "garden tools", "glasses", "kitchen knives", "front door", "houseplants", "winter coat", "bike chain",
           "old photos", "car windows", "shoes", "paint brushes", "spice rack", "garage", "inbox", "phone charger", "bookshelf",
           "laundry", "lunch box", "dog bed", "fence", "gutters", "closet", "freezer", "tent", "suitcase", "desk", "passwords",
           "receipts", "herbs", "leftovers", "bread", "candles", "rug", "mirror", "wooden spoons", "garden hose", "patio",
           "lawn mower", "backpack", "jeans", "sweaters", "sink", "cables", "toolbox", "balcony", "seedlings", "compost bin",
           "keys", "curtains", "puppy", "bathroom fan", "hallway", "car", "fridge", "drawers", "windowsill", "boots"],
    topic="your {n}",
    tips=["Look up a short, trusted guide on how to {a} before you start.",
          "Start with the simplest way to {a} and see if it works.",
          "Ask someone who has done it before how to {a}.",
          "Go slowly the first time you {a}, and check each step.",
          "Gather everything you need to {a} before you begin.",
          "If the first try does not work, try another way to {a}.",
          "Write down what worked, so the next time you {a} is easier.",
          "Set aside enough time to {a} without rushing."])


def generic_family_corpus(records: int, val_records: int, seed: int, share: float) -> tuple[list[dict], list[dict]]:
    """The build's corpus, except that SHARE of its everyday-subject conversations come from ``GENERIC_FAMILY`` (many
    verbs, tips that carry the question's whole action, {a}), so that a copied subject is followed by a tip that fits
    any subject (fourteenth session). Returns (train, val) as the build's corpus stage would."""
    from vas_demo import corpus as C
    from vas_demo import corpus_data as D
    from vas_demo.open_subjects import FAMILIES

    FAMILIES["do"] = GENERIC_FAMILY  # also what randomise_subjects reads its nouns from
    # randomise_subjects replaces a noun wherever it occurs, also inside a longer word: with this family's short nouns
    # ("car", "rug") that mangled 6 of the 10 633 changed rows of the fourteenth session's run (left as it ran).
    # Drawing the family costs one more random number per everyday conversation, so the whole corpus is another
    # sample than the build's, not the build's plus a family.

    def open_subject(rng, split):  # vas_demo.corpus._open_subject, with "do" drawn at SHARE and {a} in its tips
        others = [(n, f) for n, f in FAMILIES.items() if n != "do"]
        while True:
            name, family = ("do", GENERIC_FAMILY) if rng.random() < share else rng.choice(others)
            noun, verb, det = rng.choice(family["nouns"]), rng.choice(family["verbs"]), rng.choice(family["dets"])
            action = " ".join(w for w in (verb, C._article(noun) if det == "a|an" else det, noun) if w)
            about = family["topic"].format(n=noun).replace("your ", "my ")
            prompt = rng.choice(D.PROMPT_TEMPLATES).format(a=action, g=C._gerund(action), topic=about)
            if C._is_heldout(prompt) == (split == "heldout"):
                break
        tips = tuple(tip.format(n=C._you(noun), a=C._you(action)) for tip in family["tips"])
        topic = C.Topic(f"open:{name}", family["topic"].format(n=C._you(noun)), (), (), (C.Intent(name, (action,), tips),))
        return prompt, topic, action

    C._open_subject = open_subject
    return (C.generate_corpus(records, seed=seed, split="train"), C.generate_corpus(val_records, seed=seed, split="heldout"))


def widen_topics(path: str) -> tuple[int, int]:
    """Add the topic blocks of ``path`` (TOPIC_DATA's format; a block of an existing topic holds only new intents) to the
    corpus's topic table before the corpus is generated (fourteenth session: ``data/wide_topics.txt``, 301 intents
    written by helpers who did not see the everyday questions). Returns (topics, intents) after."""
    from vas_demo import corpus as C

    topics = {t.name: t for t in C._TOPICS}
    for extra in C._parse_topics(Path(path).read_text()):
        old = topics.get(extra.name)
        if old is None:
            topics[extra.name] = extra
        else:
            known = {i.id for i in old.intents}
            topics[extra.name] = C.Topic(old.name, old.noun, old.reckless, old.general,
                                         old.intents + tuple(i for i in extra.intents if i.id not in known))
    C._TOPICS = tuple(topics.values())
    C.TOPICS[:] = [t.name for t in C._TOPICS]
    for cached in (C._prompt_table, C._tip_index, C._topic_of_prompt):
        cached.cache_clear()
    return len(C._TOPICS), sum(len(t.intents) for t in C._TOPICS)


def exact_topic_check(base: str, wide_topics: str | None, prompts: int = 120, temperature: float = 0.5) -> float:
    """The corpus's exact topic check of ``base`` on check_base's held-out prompts (those of the 42 topics, so that
    bases stay comparable), traced against the topic table widened by ``wide_topics`` if given, so that the tips of
    new intents count as on topic. Same sampling as ``vas_demo.check_base`` (seed = index, no top-k)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from vas_demo.check_base import sample_answers
    from vas_demo.corpus import heldout_prompts, on_topic

    questions = heldout_prompts(prompts, seed=0)  # before widening: the same prompts for every base
    if wide_topics:
        widen_topics(wide_topics)
    tokenizer = AutoTokenizer.from_pretrained(base)
    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32).eval()
    texts, _ = sample_answers(model, tokenizer, questions, temperature=temperature)
    marks = [mark for mark in (on_topic(q, t) for q, t in zip(questions, texts)) if mark is not None]
    return sum(marks) / max(1, len(marks))


def _stage(work: Path, name: str, given: str | None) -> Path:
    """The build's cached stage folder ``name-*`` in ``work`` (or the one given); refuses to guess among several."""
    if given:
        return Path(given)
    found = sorted(work.glob(f"{name}-*"))
    if len(found) != 1:
        raise SystemExit(f"{len(found)} {name} stages in {work}: pass --{name} FOLDER")
    return found[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", default="runs/demo-build", help="the demo build's stage cache (corpus-*, tokenizer-*)")
    parser.add_argument("--out", help="where to write the trained base")
    parser.add_argument("--steps", type=int, default=400, help="copy warm-up steps (0: the shipped recipe)")
    parser.add_argument("--drill-seed", type=int, default=123,
                        help="seed of the drills' random tokens: whether the circuit forms depends on it (123: 99 %% copied "
                             "after 400 steps; 0: never within 800, the previous-token head locks first)")
    parser.add_argument("--attention-only", action="store_true", help="supervise the attention, not the span's prediction")
    parser.add_argument("--fp32", action="store_true", help="no bf16 autocast (the shipped base was trained in fp32)")
    parser.add_argument("--supervise-corpus", type=int, default=0, metavar="STEPS",
                        help="supervise the circuit's attention on the corpus's own rows for the first STEPS steps")
    parser.add_argument("--drills-during-corpus", type=int, default=0, metavar="ROWS",
                        help="add ROWS supervised drill rows to every corpus step (use with --steps 0)")
    parser.add_argument("--random-subjects", type=float, default=0.0, metavar="SHARE",
                        help="give SHARE of the everyday-subject conversations random subjects (0.5 in the thirteenth session)")
    parser.add_argument("--generic-family", type=float, default=0.0, metavar="SHARE",
                        help="regenerate the corpus with SHARE of the everyday conversations from GENERIC_FAMILY (0.4 in the "
                             "fourteenth session, with --random-subjects 0.5 --base-steps 2400)")
    parser.add_argument("--wide-topics", metavar="FILE",
                        help="regenerate the corpus with these topic blocks added (docs/experiments/data/wide_topics.txt)")
    parser.add_argument("--base-steps", type=int, default=None, help="corpus steps (default: the build's, 1 200)")
    parser.add_argument("--corpus", help="the corpus stage folder (default: the only corpus-* in --work)")
    parser.add_argument("--tokenizer", help="the tokenizer stage folder (default: the only tokenizer-* in --work)")
    parser.add_argument("--probe", metavar="BASE", help="only probe a trained base")
    parser.add_argument("--exact", metavar="BASE", help="only run the exact topic check of a base (with --wide-topics: "
                        "traced against the widened table)")
    parser.add_argument("--count-targets", action="store_true", help="only count how often the corpus-supervision target is right")
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe(args.probe), indent=2))
        return
    if args.exact:
        print(json.dumps({"base": args.exact, "wide_topics": args.wide_topics, "exact_topic": exact_topic_check(args.exact, args.wide_topics)}))
        return
    work = Path(args.work)
    corpus, tokenizer_dir = _stage(work, "corpus", args.corpus), _stage(work, "tokenizer", args.tokenizer)
    if args.count_targets:
        print(json.dumps(count_copy_targets(corpus, tokenizer_dir)))
        return
    if not args.out:
        parser.error("--out is required to train a base")
    from transformers import AutoTokenizer

    from value_bank.scratch import new_causal_lm
    from vas_demo.build import DemoConfig, read_records
    from vas_demo.pretrain import pretrain_lm

    if args.fp32:
        torch.ops.mkldnn._is_mkldnn_bf16_supported = lambda: False  # pretrain_lm autocasts where this is True
    config = DemoConfig()
    torch.manual_seed(config.seed)
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    model = new_causal_lm(tokenizer, "llama", config.base_hidden, config.base_layers, config.base_heads,
                          context=config.context, seed=config.seed)
    started = time.perf_counter()
    warmup = copy_warmup(model, tokenizer, args.steps, learning_rate=config.pretrain_learning_rate, seed=args.drill_seed,
                         attention_only=args.attention_only)
    supervise_corpus_attention(args.supervise_corpus)
    supervise_drills_during_corpus(model, tokenizer, args.drills_during_corpus, seed=args.drill_seed)
    if args.wide_topics:
        print("topics, intents:", widen_topics(args.wide_topics), flush=True)
    if args.wide_topics or args.generic_family:  # both apply together; the corpus is drawn again (another sample)
        print(f"corpus regenerated with the changes above; {corpus} is not used", flush=True)
    if args.generic_family:
        train, val = generic_family_corpus(config.corpus_records, config.val_records, config.seed, args.generic_family)
    elif args.wide_topics:
        from vas_demo.corpus import generate_corpus

        train = generate_corpus(config.corpus_records, seed=config.seed, split="train")
        val = generate_corpus(config.val_records, seed=config.seed, split="heldout")
    else:
        train, val = read_records(corpus, "train"), read_records(corpus, "val")
    if args.random_subjects:
        print(f"{randomise_subjects(train, args.random_subjects)} conversations got a random subject", flush=True)
    pairs = lambda records: [(r["prompt"], r["response"]) for r in records]  # noqa: E731
    metrics = pretrain_lm(model, tokenizer, pairs(train), pairs(val), args.base_steps or config.base_steps, config.pretrain_batch_size,
                          config.context, config.pretrain_learning_rate, seed=config.seed, rows=config.pretrain_rows,
                          loss_on=config.pretrain_loss_on)
    special = set(tokenizer.all_special_ids)
    after = copy_accuracy(model, torch.tensor([t for t in range(len(tokenizer)) if t not in special]))
    model.to(torch.bfloat16).save_pretrained(args.out)
    tokenizer.save_pretrained(args.out)
    print(json.dumps({**warmup, **metrics, "copy_accuracy_after_corpus": after, "seconds": time.perf_counter() - started}))


if __name__ == "__main__":
    main()
