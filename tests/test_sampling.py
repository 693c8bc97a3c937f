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


def test_exploring_responses_take_once_a_plausible_token_the_base_would_not(tmp_path, tiny_models, prompt_file):
    """The decode rule weighs every plausible top-k token; exploring responses show the value models the ones the base
    seldom takes: each, at most once, a token of the top-k other than the most likely one, with at least
    PLAUSIBLE_RATIO of its probability (before temperature), and otherwise the base's own tokens."""
    from value_bank.sampling import PLAUSIBLE_RATIO

    temperature = 0.7
    sample(SamplingConfig(base=tiny_models["base_llama"], prompts=str(prompt_file), out=str(tmp_path / "s"), num_samples=2,
                          explore_samples=2, max_new_tokens=12, temperature=temperature, rewards=(f"fruit={REWARD_SPEC}",),
                          device="cpu"), progress=False)
    frame = read_samples(tmp_path / "s")
    assert len(frame) == 64 * 4 and sorted(frame["sample_index"].unique()) == [0, 1, 2, 3]
    assert (frame.loc[frame["sample_index"] < 2, "explored_step"] == -1).all()  # the base's own samples never explore
    exploring = frame[frame["explored_step"] >= 0]
    assert len(exploring) > 64  # most exploring responses found a step where the base hesitated
    for row in exploring.itertuples():
        step = row.explored_step
        assert step < len(row.response_ids)
        top, logprobs = list(row.topk_ids[step]), row.topk_logprobs[step]
        taken = row.response_ids[step]
        assert taken in top[1:]  # a candidate of the recorded (base) top-k, not the most likely one
        ratio_before_temperature = temperature * (logprobs[top.index(taken)] - logprobs[0])
        assert ratio_before_temperature >= np.log(PLAUSIBLE_RATIO) - 1e-4


def test_exploration_is_refused_where_it_cannot_run():
    with pytest.raises(ValueError, match="explore_samples must be 0 or more, got -1"):
        SamplingConfig(base="b", prompts="p", out="o", explore_samples=-1)
    with pytest.raises(ValueError, match="explore_samples needs --engine transformers"):
        SamplingConfig(base="b", prompts="p", out="o", explore_samples=1, engine="vllm")


def test_samples_written_before_a_setting_existed_still_resume(tmp_path, tiny_models, prompt_file):
    """A meta.json without explore_samples (written before it existed) is read as its default, not as a change."""
    import json

    config = SamplingConfig(base=tiny_models["base_llama"], prompts=str(prompt_file), out=str(tmp_path / "s"), num_samples=1,
                            max_new_tokens=4, chunk_size=64, device="cpu")
    sample(config, progress=False)
    meta_file = tmp_path / "s" / "meta.json"
    meta = json.loads(meta_file.read_text())
    del meta["config"]["explore_samples"]
    meta_file.write_text(json.dumps(meta))
    sample(config, progress=False)  # resumes: nothing to do
    with pytest.raises(ValueError, match="explore_samples differ"):
        sample(SamplingConfig(**{**config.__dict__, "explore_samples": 1}), progress=False)
