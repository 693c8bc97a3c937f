"""Training with two real processes (torchrun, gloo on CPU) gives the bank one process gives, and it generates.

The samples have responses of different lengths, so each process's validation batch has its own
width: the gathers must pad across processes (they crashed at the first validation before).
"""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from safetensors.torch import load_file

from value_bank.sampling import read_samples

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def train_command(samples, bank, backbone) -> list[str]:
    return ["-m", "value_bank", "train", "--samples", str(samples), "--reward", "fruit", "--bank", str(bank),
            "--backbone", backbone, "--name", "fruit_q", "--lora-rank", "4", "--learning-rate", "3e-3", "--max-epochs", "3",
            "--patience", "3", "--batch-size", "8", "--device", "cpu"]


def run(command, env_extra=None):
    env = os.environ | {"PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1"} | (env_extra or {})
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def test_two_processes_train_the_bank_one_process_trains(samples_dir, tiny_models, tmp_path):
    lengths = read_samples(samples_dir)["response_ids"].map(len)
    assert lengths.nunique() > 1  # responses of different lengths: each process's batches have their own width
    one, two = tmp_path / "one", tmp_path / "two"
    run([sys.executable, *train_command(samples_dir, one, tiny_models["backbone_llama"])])
    run([sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--master_addr", "127.0.0.1",
         "--master_port", str(free_port()), *train_command(samples_dir, two, tiny_models["backbone_llama"])])
    shapes = [{(f, k): v.shape for f in ("head.safetensors", "adapter_model.safetensors")
               for k, v in load_file(str(bank / "values" / "fruit_q" / f)).items()} for bank in (one, two)]
    assert shapes[0] == shapes[1] and len(shapes[0]) > 2  # the same tensors, head and LoRA adapter
    cards = [json.loads((bank / "values" / "fruit_q" / "card.json").read_text()) for bank in (one, two)]
    assert cards[0]["training"]["val_samples"] == cards[1]["training"]["val_samples"]
    for m1, m2 in zip(cards[0]["history"], cards[1]["history"]):
        # the same samples validated (metrics over the whole validation set, not a process's share)
        assert m2["mse"] == pytest.approx(m1["mse"], rel=0.35, abs=0.05)
        assert m2["train_loss"] == pytest.approx(m1["train_loss"], rel=0.35, abs=0.05)
    # the two-process bank generates
    done = run([sys.executable, "-m", "composer", "generate", "--bank", str(two), "--prompt", "apple", "--mix", "fruit_q=2",
                "--max-new-tokens", "4", "--device", "cpu", "--trust-reward-code", "--json"])
    assert json.loads(done.stdout)[0]["value_weights"] == {"fruit_q": 2.0}
