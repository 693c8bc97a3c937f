"""The command lines a newcomer follows: python -m value_bank ... and python -m composer ..."""

import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from composer.__main__ import main as composer_main
from tests.conftest import REWARD_SPEC
from value_bank.__main__ import main as bank_main


def test_help_is_there_for_every_command():
    for module in ("value_bank", "composer"):
        out = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True, check=True).stdout
        assert "usage" in out
    out = subprocess.run([sys.executable, "-m", "value_bank", "train", "--help"], capture_output=True, text=True, check=True).stdout
    assert "--lam" in out and "TD(lambda)" in out


def test_sample_train_list_inspect_remove(tmp_path, tiny_models, prompt_file, capsys):
    samples, bank = tmp_path / "samples", tmp_path / "bank"
    assert bank_main(["sample", "--base", tiny_models["base_gpt2"], "--prompts", str(prompt_file), "--out", str(samples),
                      "--num-samples", "2", "--max-new-tokens", "6", "--rewards", f"fruit={REWARD_SPEC}", "--device", "cpu"]) == 0
    assert bank_main(["train", "--samples", str(samples), "--reward", "fruit", "--bank", str(bank), "--backbone",
                      tiny_models["backbone_llama"], "--max-epochs", "1", "--device", "cpu"]) == 0
    capsys.readouterr()
    assert bank_main(["list", "--bank", str(bank), "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [m["name"] for m in listing["value_models"]] == ["fruit"]
    assert bank_main(["inspect", "--bank", str(bank), "--name", "fruit", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert card["reward"] == REWARD_SPEC and card["config"]["head"] == "q"
    assert bank_main(["remove", "--bank", str(bank), "--name", "fruit"]) == 0
    assert bank_main(["list", "--bank", str(bank)]) == 0
    assert "(no value models)" in capsys.readouterr().out


def test_errors_are_one_line_with_exit_code_2(tmp_path, capsys):
    assert bank_main(["list", "--bank", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err.startswith("error: no bank at")
    assert composer_main(["generate", "--bank", str(tmp_path / "nowhere"), "--prompt", "x"]) == 2
    assert composer_main(["eval", "--bank", "b", "--prompts", "p", "--runs", "greedy"]) == 2
    assert "run 'greedy' must be" in capsys.readouterr().err


def test_generate_json(trained_bank, capsys):
    assert composer_main(["generate", "--bank", str(trained_bank), "--prompt", "river stone", "--prompt", "lake",
                          "--mix", "fruit_q=2", "--max-new-tokens", "6", "--json", "--trust-reward-code", "--device", "cpu"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert len(results) == 2 and results[0]["value_weights"] == {"fruit_q": 2.0} and "fruit_q" in results[0]["scores"]


def test_generate_refuses_py_rewards_from_a_bank_unless_trusted(trained_bank, capsys):
    assert composer_main(["generate", "--bank", str(trained_bank), "--prompt", "river", "--max-new-tokens", "4", "--json", "--device", "cpu"]) == 2
    assert "--trust-reward-code" in capsys.readouterr().err


def test_eval_writes_csv_jsonl_and_report(trained_bank, tmp_path, capsys):
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("river stone\nopen door\nwarm lake\nroad\n")
    out = tmp_path / "eval"
    assert composer_main(["eval", "--bank", str(trained_bank), "--prompts", str(prompts), "--runs", "base:fruit_q=1",
                          "vas:fruit_q=4", "bon4:fruit_q=1", "--samples-per-prompt", "2", "--max-new-tokens", "8", "--out", str(out),
                          "--trust-reward-code", "--device", "cpu", "--json"]) == 0
    summary = pd.read_csv(out / "summary.csv")
    assert list(summary["run"]) == ["base:fruit_q=1", "vas:fruit_q=4", "bon4:fruit_q=1"]
    assert (summary["n"] == 8).all() and (summary["nll_per_token_mean"] > 0).all()
    assert summary.loc[1, "value_forwards_per_token"] == 1.0 and summary.loc[0, "value_forwards_per_token"] == 0.0
    assert {"fruit_q_mean", "fruit_q_se", "fruit_q_norm_mean", "objective_mean", "tokens_per_second"} <= set(summary.columns)
    assert len((out / "generations.jsonl").read_text().splitlines()) == 24
    assert "plotly" in (out / "report.html").read_text()[:5_000_000]
    assert json.loads(capsys.readouterr().out)[1]["run"] == "vas:fruit_q=4"


def test_bench_reports_ratios_in_one_run(trained_bank, capsys):
    assert composer_main(["bench", "--bank", str(trained_bank), "--batch-sizes", "1", "--max-new-tokens", "4", "--repeats", "1",
                          "--device", "cpu", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    configs = [row["config"] for row in result["rows"]]
    assert configs == ["base", "vas q x1", "vas q x3", "vas v x1 (k=20)", "bon4", "bon16"]
    assert result["rows"][0]["ratio_to_base"] == 1.0
    assert all(row["seconds"] > 0 for row in result["rows"])
    assert [row["value_forwards_per_token"] for row in result["rows"]][1:4] == [1.0, 1.0, 1.0]
    assert result["meta"]["value_backbone_parameters"] < result["meta"]["base_parameters"]


def test_mix_parsing_errors():
    from composer.mixes import parse_mix, parse_run

    with pytest.raises(ValueError, match="'helpfulness' must look like NAME=NUMBER"):
        parse_mix("helpfulness")
    with pytest.raises(ValueError, match="finite"):
        parse_mix("a=inf")
    assert parse_run("base").strategy == "base" and parse_run("bon16:a=1").best_of == 16
