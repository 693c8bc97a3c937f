"""The embedded demo: a synthetic assistant corpus, two tiny language models, and a value bank, built from a seed."""
