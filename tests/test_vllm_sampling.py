"""Sampling for training on vLLM (``value_bank sample --engine vllm``): the same files as the transformers path.

vLLM runs in its own environment (.ci/vllm-env), as the worker process ``--engine vllm`` starts
when this interpreter cannot import vllm.
"""

from __future__ import annotations

import os

import pytest
import torch

from tests.vllm_server import DEMO_BASE, vllm_python
from value_bank.__main__ import main as bank_main
from value_bank.sampling import read_samples

PROMPTS = ["How do I fix a leaking tap?", "What is a simple way to cook rice so it does not stick?",
           "How can I get my cat to stop scratching the couch?"]
# vLLM's float32 CPU kernels against transformers' on the same weights (as for the API-only base).
LOGPROB_TOLERANCE = 2e-3


@pytest.mark.vllm
def test_vllm_sampling_engine_writes_what_the_transformers_path_writes(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VAS_VLLM_PYTHON", vllm_python())
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("\n".join(PROMPTS) + "\n")
    common = ["--base", str(DEMO_BASE), "--prompts", str(prompts), "--num-samples", "2", "--max-new-tokens", "24",
              "--chunk-size", "2", "--rewards", "concision", "--device", "cpu", "--dtype", "float32"]
    assert bank_main(["sample", *common, "--out", str(tmp_path / "hf")]) == 0
    assert bank_main(["sample", *common, "--out", str(tmp_path / "vllm"), "--engine", "vllm"]) == 0
    capsys.readouterr()
    hf, vl = read_samples(tmp_path / "hf"), read_samples(tmp_path / "vllm")
    assert list(vl.columns) == list(hf.columns) and list(vl.dtypes) == list(hf.dtypes)
    assert len(vl) == len(hf) == 6 and sorted(os.listdir(tmp_path / "vllm")) == ["meta.json", "part-00000.parquet", "part-00001.parquet"]
    assert (vl["prompt_ids"].map(list) == hf["prompt_ids"].map(list)).all()  # the same prompt tokens: encoded by the bank's code

    # Each stored response, scored again by the in-process base: the same top-20 tokens with the same log-probabilities.
    from value_bank.runtime import load_causal_lm

    model, tokenizer = load_causal_lm(str(DEMO_BASE), "cpu", "float32")
    worst = 0.0
    for row in vl.itertuples():
        ids = list(row.prompt_ids) + list(row.response_ids)
        with torch.no_grad():
            logprobs = torch.log_softmax(model(torch.tensor([ids])).logits[0].float(), -1)  # (L, V)
        for t in range(len(row.response_ids)):
            expected = logprobs[len(row.prompt_ids) - 1 + t]
            top_ids, top_logprobs = list(row.topk_ids[t]), torch.tensor(list(row.topk_logprobs[t]))
            assert len(top_ids) == 20 and top_logprobs.tolist() == sorted(top_logprobs.tolist(), reverse=True)
            worst = max(worst, float((expected[top_ids] - top_logprobs).abs().max()))
            assert set(top_ids[:15]) <= set(expected.topk(20).indices.tolist())
        assert row.finished == (row.response_ids[-1] == tokenizer.eos_token_id)
        assert row.response == tokenizer.decode(list(row.response_ids), skip_special_tokens=True)
    assert worst < LOGPROB_TOLERANCE, worst

    # Resumable: a second run finds every part and samples nothing; value_bank train reads the parts as it reads the others.
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "vllm").glob("part-*")}
    assert bank_main(["sample", *common, "--out", str(tmp_path / "vllm"), "--engine", "vllm"]) == 0
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "vllm").glob("part-*")} == before
    assert bank_main(["train", "--samples", str(tmp_path / "vllm"), "--reward", "concision", "--bank", str(tmp_path / "bank"),
                      "--backbone", str(DEMO_BASE.parent / "backbone"), "--max-epochs", "1", "--device", "cpu"]) == 0
    assert "stored 'concision'" in capsys.readouterr().out


def test_vllm_sampling_engine_refuses_top_p_below_one_before_any_work(tmp_path, capsys):
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("hello\n")
    code = bank_main(["sample", "--base", str(DEMO_BASE), "--prompts", str(prompts), "--out", str(tmp_path / "out"),
                      "--engine", "vllm", "--top-p", "0.9"])
    err = capsys.readouterr().err
    assert code == 2 and "use --top-p 1 (got 0.9)" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
    code = bank_main(["sample", "--base", str(DEMO_BASE), "--prompts", str(prompts), "--out", str(tmp_path / "out"), "--engine", "sglang"])
    assert code == 2 and "engine 'sglang' is not one of transformers, vllm" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
