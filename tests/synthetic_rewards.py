"""A reward with a known answer for the end-to-end tests: the share of response words in TARGET.

The tiny test models speak a language of whole-word tokens (see conftest.py), so this is exactly
the fraction of response tokens whose id is in a fixed set: guided decoding should raise it as
the weight rises, and nothing else can.
"""

WORDS = ("apple banana cherry grape lemon mango peach plum "
         "river stone cloud storm field forest hill lake road bridge tower garden window door table chair "
         "red blue green black white yellow quick slow bright dark warm cold early late open closed "
         "run walk jump swim read write sing dance").split()
TARGET = frozenset(WORDS[:8])  # the fruits


def target_fraction(prompts, responses):
    """Share of response words that are fruits (0 for an empty response)."""
    scores = []
    for response in responses:
        words = response.split()
        scores.append(sum(w in TARGET for w in words) / len(words) if words else 0.0)
    return scores


def nan_every_third(prompts, responses):
    """target_fraction, but NaN for every third pair: training must drop and count those."""
    return [float("nan") if i % 3 == 0 else s for i, s in enumerate(target_fraction(prompts, responses))]


def constant(prompts, responses):
    """The same score for everything: nothing to learn."""
    return [1.0] * len(responses)
