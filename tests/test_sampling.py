"""Sampling from the frozen base: what is stored, resuming after an interrupt, and bad input."""

import shutil

import numpy as np
import pandas as pd
import pytest

from tests.conftest import REWARD_SPEC
from value_bank.sampling import SamplingConfig, read_meta, read_prompts, read_samples, sample


def test_samples_keep_what_training_needs(samples_dir, word_tokenizer):
    frame = read_samples(samples_dir)
    assert len(frame) == 64 * 8
    assert list(frame.columns[:4]) == ["prompt_index", "sample_index", "prompt", "response"]
    user = word_tokenizer.convert_tokens_to_ids("<|user|>")
    eos = word_tokenizer.eos_token_id
    for row in frame.itertuples():
        assert row.prompt_ids[0] == user  # the chat template was applied
        assert len(row.topk_ids) == len(row.topk_logprobs) == len(row.response_ids) >= 1
        assert all(np.all(np.diff(lp) <= 1e-6) for lp in row.topk_logprobs)  # top-k, best first
        assert row.finished == (row.response_ids[-1] == eos)
    assert frame["reward/fruit"].between(0, 1).all()
    assert read_meta(samples_dir)["rewards"] == {"fruit": REWARD_SPEC}


def test_an_interrupted_run_resumes_to_the_same_data(tmp_path, tiny_models, prompt_file):
    config = SamplingConfig(base=tiny_models["base_llama"], prompts=str(prompt_file), out=str(tmp_path / "s"), num_samples=2,
                            max_new_tokens=6, chunk_size=16, rewards=(f"fruit={REWARD_SPEC}",), device="cpu")
    sample(config, progress=False)
    complete = read_samples(tmp_path / "s")
    shutil.copytree(tmp_path / "s", tmp_path / "partial")
    (tmp_path / "partial" / "part-00002.parquet").unlink()
    (tmp_path / "partial" / "part-00003.parquet").unlink()
    sample(SamplingConfig(**{**config.__dict__, "out": str(tmp_path / "partial")}), progress=False)
    pd.testing.assert_frame_equal(read_samples(tmp_path / "partial"), complete)


def test_resuming_with_other_settings_is_refused(tmp_path, tiny_models, prompt_file):
    config = SamplingConfig(base=tiny_models["base_llama"], prompts=str(prompt_file), out=str(tmp_path / "s"), num_samples=1,
                            max_new_tokens=4, chunk_size=64, device="cpu")
    sample(config, progress=False)
    with pytest.raises(ValueError, match="temperature differ"):
        sample(SamplingConfig(**{**config.__dict__, "temperature": 0.7}), progress=False)


def test_prompt_files(tmp_path):
    (tmp_path / "p.jsonl").write_text('{"prompt": "first"}\n\n{"prompt": "second"}\n')
    assert read_prompts(tmp_path / "p.jsonl") == ["first", "second"]
    (tmp_path / "bad.jsonl").write_text('{"text": "no prompt field"}\n')
    with pytest.raises(ValueError, match="bad.jsonl:1.*'prompt'"):
        read_prompts(tmp_path / "bad.jsonl")
    (tmp_path / "empty.txt").write_text("\n\n")
    with pytest.raises(ValueError, match="has no prompts"):
        read_prompts(tmp_path / "empty.txt")
    with pytest.raises(FileNotFoundError, match="does not exist"):
        read_prompts(tmp_path / "missing.txt")


@pytest.mark.parametrize("field, value, message", [
    ("num_samples", 0, "num_samples must be at least 1"),
    ("temperature", 0.0, "temperature must be > 0"),
    ("top_p", 1.5, r"top_p must be in \(0, 1\]"),
])
def test_bad_settings_are_refused(field, value, message):
    with pytest.raises(ValueError, match=message):
        SamplingConfig(base="b", prompts="p", out="o", **{field: value})
