"""The command lines a newcomer follows: python -m value_bank ... and python -m composer ..."""

import json
import shutil
import subprocess
import sys

from types import SimpleNamespace

import pandas as pd
import pytest

from composer.__main__ import main as composer_main
from tests.conftest import REWARD_SPEC
from value_bank.__main__ import main as bank_main


def test_help_is_there_for_every_command():
    for module in ("value_bank", "composer", "vas_demo"):
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


BENCH_CONFIGS = ["base", "vas q x1", "vas q x3", "vas v x1 (k=20)", "bon4", "bon16"]


def test_bench_reports_ratios_in_one_run(trained_bank, capsys):
    assert composer_main(["bench", "--bank", str(trained_bank), "--batch-sizes", "1", "--max-new-tokens", "8", "--repeats", "3",
                          "--device", "cpu", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    rows = {row["config"]: row for row in result["rows"]}
    assert list(rows) == BENCH_CONFIGS
    for row in rows.values():  # every ratio is that row's time over the base's of the same run
        assert row["ratio_to_base"] == pytest.approx(row["seconds"] / rows["base"]["seconds"])
        assert row["ms_per_token"] == pytest.approx(1000 * row["seconds"] / 8) and row["peak_memory_mb"] >= 0
    assert [row["value_forwards_per_token"] for row in rows.values()] == [0.0, 1.0, 1.0, 1.0, 0.0, 0.0]
    # A value forward per token is real work on top of the base's (here a 2-layer backbone beside a 2-layer base):
    # the vas rows measured 1.5x to 3x base on two cores; a bench that timed the same thing for every row reads 1.0.
    vas = {c: round(rows[c]["ratio_to_base"], 2) for c in BENCH_CONFIGS[1:4]}
    assert min(vas.values()) > 1.15, vas
    meta = result["meta"]
    assert meta["value_backbone_parameters"] < meta["base_parameters"] and meta["backbone_to_base"] == pytest.approx(
        meta["value_backbone_parameters"] / meta["base_parameters"])
    assert (meta["max_new_tokens"], meta["top_k"], meta["device"]) == (8, 20, "cpu")


def test_bench_ratios_follow_the_time_each_configuration_takes(trained_bank, monkeypatch, capsys):
    """With a stand-in generate of known cost (sleeps), the bench must report those costs' ratios, row by row."""
    import time

    from composer import Composer

    calls = []

    def known_cost(self, prompts, value_weights, strategy="vas", best_of=4, **kwargs):
        units = {"base": 1, "vas": 1 + len(value_weights), "bon": best_of}[strategy]  # base 1, q x3 4, bon16 16 ...
        calls.append((strategy, len(value_weights), best_of, kwargs["max_new_tokens"], kwargs["min_new_tokens"]))
        time.sleep(0.05 * units)
        return [SimpleNamespace(timing={"value_forwards_per_token": 1.0 if strategy == "vas" else 0.0})]

    monkeypatch.setattr(Composer, "generate", known_cost)
    assert composer_main(["bench", "--bank", str(trained_bank), "--batch-sizes", "1", "--max-new-tokens", "6", "--repeats", "2",
                          "--device", "cpu", "--json"]) == 0
    rows = {row["config"]: row for row in json.loads(capsys.readouterr().out)["rows"]}
    expected = {"base": 1, "vas q x1": 2, "vas q x3": 4, "vas v x1 (k=20)": 2, "bon4": 4, "bon16": 16}
    measured = {c: round(rows[c]["ratio_to_base"], 2) for c in BENCH_CONFIGS}
    assert all(abs(measured[c] - expected[c]) <= 0.25 * expected[c] for c in BENCH_CONFIGS), measured
    assert rows["base"]["seconds"] == pytest.approx(0.05, abs=0.03)
    assert len(calls) == 6 * 3 and all(c[3:] == (6, 6) for c in calls)  # a warm-up and 2 timed rounds; exactly 6 tokens each


def test_mix_parsing_errors():
    from composer.mixes import parse_mix, parse_run

    with pytest.raises(ValueError, match="'helpfulness' must look like NAME=NUMBER"):
        parse_mix("helpfulness")
    with pytest.raises(ValueError, match="finite"):
        parse_mix("a=inf")
    assert parse_run("base").strategy == "base" and parse_run("bon16:a=1").best_of == 16


# ---- bad input on the command line (issue 14) ---------------------------------------------------
def test_weights_are_bounded_and_named_once():
    from composer.mixes import MAX_WEIGHT, parse_mix

    assert MAX_WEIGHT == 100 and parse_mix("a=-100,b=100") == {"a": -100.0, "b": 100.0}
    for text in ("helpfulness=1e308", "helpfulness=1e30", "helpfulness=-100.5"):
        with pytest.raises(ValueError, match="weight of 'helpfulness' is .*; weights go from -100 to 100"):
            parse_mix(text)
    with pytest.raises(ValueError, match="mix names 'a' twice \\(a=1 and a=2\\)"):
        parse_mix("a=1,b=3,a=2")


def test_help_says_the_weight_and_seed_ranges(capsys):
    with pytest.raises(SystemExit):
        composer_main(["generate", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "each from -100 to 100" in out and "0 to 2147483647" in out


def test_out_of_range_mix_and_seed_are_usage_errors_without_tracebacks(trained_bank, capsys):
    base = ["generate", "--bank", str(trained_bank), "--prompt", "river", "--max-new-tokens", "4", "--trust-reward-code", "--device", "cpu"]
    assert composer_main(base + ["--mix", "fruit_q=1e308"]) == 2
    assert capsys.readouterr().err == "error: weight of 'fruit_q' is 1e+308; weights go from -100 to 100\n"
    for seed in (str(2**64), "-1"):
        assert composer_main(base + ["--seed", seed]) == 2
        assert capsys.readouterr().err == f"error: seed {seed} must be a whole number from 0 to 2147483647\n"


def test_the_composer_refuses_out_of_range_weights_and_seeds_from_any_caller(trained_bank):
    from composer import Composer

    composer = Composer(trained_bank, device="cpu", trust_reward_code=True)
    with pytest.raises(ValueError, match="weight of 'fruit_q' is 1e\\+30; weights go from -100 to 100"):
        composer.generate(["river"], {"fruit_q": 1e30}, max_new_tokens=2)
    for seed in (1.5, 2**64, True):
        with pytest.raises(ValueError, match="must be a whole number from 0 to 2147483647"):
            composer.generate(["river"], {}, max_new_tokens=2, seed=seed)


def test_a_corrupted_bank_is_a_runtime_failure_with_exit_status_1(trained_bank, tmp_path, capsys):
    bank = tmp_path / "bank"
    shutil.copytree(trained_bank, bank)
    weights = bank / "values" / "fruit_q" / "head.safetensors"
    data = bytearray(weights.read_bytes())
    data[-10:] = b"\x00" * 10
    weights.write_bytes(bytes(data))
    assert composer_main(["generate", "--bank", str(bank), "--prompt", "river", "--max-new-tokens", "4", "--device", "cpu",
                          "--trust-reward-code"]) == 1
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "values/fruit_q/head.safetensors in bank 'bank' does not match" in errors[0] and "Traceback" not in err
    assert str(tmp_path) not in err


def test_runtime_errors_exit_1_and_usage_errors_exit_2_in_one_line(capsys):
    from value_bank.config_io import run_command

    def fail(error):
        def run(args):
            raise error
        return run

    assert run_command(fail(RuntimeError("CUDA out of memory.\nTried to allocate ...")), None) == 1
    assert capsys.readouterr().err == "error: RuntimeError: CUDA out of memory.\n"
    assert run_command(fail(OSError(28, "No space left on device")), None) == 1
    assert run_command(fail(ValueError("bad value")), None) == 2
    assert run_command(fail(FileNotFoundError("no such prompts file")), None) == 2


def test_streaming_writes_partial_text_only_to_a_terminal(trained_bank, capsys):
    import io

    from composer.__main__ import _print_streamed
    from composer.generation import StreamEvent

    assert composer_main(["generate", "--bank", str(trained_bank), "--prompt", "river stone", "--mix", "fruit_q=2",
                          "--max-new-tokens", "12", "--trust-reward-code", "--device", "cpu"]) == 0
    out = capsys.readouterr().out
    assert "\r" not in out and "\x1b" not in out, "a pipe gets no redrawn prefixes"
    text, scores = out.split("\n  scores:")
    assert "\n" not in text and text.strip() and "fruit" in scores, "the final text once, then the scores"

    final = SimpleNamespace(text="Hello world")
    events = [StreamEvent("He"), StreamEvent("Hello"), StreamEvent("Hello world", result=final)]

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    pipe, terminal = io.StringIO(), Terminal()
    assert _print_streamed(iter(events), pipe) is final and pipe.getvalue() == "Hello world\n"
    _print_streamed(iter(events), terminal)
    assert terminal.getvalue() == "\r\x1b[KHe\r\x1b[KHello\r\x1b[KHello world\n"


def test_serve_bench_against_an_unreachable_server_is_one_error_line(capsys):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert composer_main(["serve-bench", "--server", f"http://127.0.0.1:{port}"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: the server at http://127.0.0.1:{port} failed the benchmark (ConnectError") and "Traceback" not in err


def test_a_refused_sample_run_writes_nothing_so_the_corrected_rerun_is_not_blocked(tmp_path, tiny_models, prompt_file, capsys):
    """Settings refused at the start (a reply longer than the context, an unknown reward, a reward model that is not
    there) leave no meta.json behind, which would otherwise refuse the corrected rerun as 'other settings'."""
    out = tmp_path / "samples"
    common = ["sample", "--base", tiny_models["base_gpt2"], "--prompts", str(prompt_file), "--out", str(out), "--num-samples", "1",
              "--device", "cpu"]
    assert bank_main(common + ["--max-new-tokens", "500", "--rewards", f"fruit={REWARD_SPEC}"]) == 2
    err = capsys.readouterr().err
    assert "max_new_tokens 500" in err and "context is 128 tokens" in err and "Traceback" not in err
    assert bank_main(common + ["--max-new-tokens", "4", "--rewards", "helpfulnes"]) == 2
    assert bank_main(common + ["--max-new-tokens", "4", "--rewards", f"rm=hf:{tmp_path / 'no-such-rm'}"]) == 2
    err = capsys.readouterr().err
    assert "reward model" in err and "no-such-rm" in err and "is neither a folder here" in err
    assert not (out / "meta.json").exists()
    assert bank_main(common + ["--max-new-tokens", "4", "--rewards", f"fruit={REWARD_SPEC}"]) == 0


def test_a_model_path_that_is_not_there_is_named_in_one_line(tmp_path, prompt_file, samples_dir, capsys):
    missing = tmp_path / "models" / "nobase"
    assert bank_main(["sample", "--base", str(missing), "--prompts", str(prompt_file), "--out", str(tmp_path / "s")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"base model {str(missing)!r} is neither a folder here nor a model in" in err
    assert "huggingface.co" not in err and not (tmp_path / "s").exists()
    assert bank_main(["train", "--samples", str(samples_dir), "--reward", "fruit", "--bank", str(tmp_path / "bank"),
                      "--backbone", str(tmp_path / "nobb"), "--device", "cpu"]) == 2
    assert "value backbone" in capsys.readouterr().err and not (tmp_path / "bank").exists()


def test_train_will_not_make_a_bank_of_a_folder_that_holds_other_files(tmp_path, tiny_models, samples_dir, capsys):
    folder = tmp_path / "notabank"
    folder.mkdir()
    (folder / "x.txt").write_text("hi")
    assert bank_main(["train", "--samples", str(samples_dir), "--reward", "fruit", "--bank", str(folder),
                      "--backbone", tiny_models["backbone_llama"], "--max-epochs", "1", "--device", "cpu"]) == 2
    assert "is not a bank (no manifest.json) and is not empty (x.txt)" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["x.txt"]
