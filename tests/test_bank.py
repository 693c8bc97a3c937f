"""The bank on disk: exact round trips, refusals that name what is wrong, writes that never half-happen."""

import json

import pytest
import torch
from transformers import AutoModel

from value_bank import bank as bank_module
from value_bank.bank import BankError, TokenizerMismatchError, ValueBank, tokenizer_fingerprint
from value_bank.value_model import ValueModel, ValueModelConfig


def random_model(backbone: str, head="q", adaptation="lora", seed=0) -> ValueModel:
    torch.manual_seed(seed)
    model = ValueModel.create(ValueModelConfig(backbone, head, adaptation, lora_rank=4))
    with torch.no_grad():
        for parameter in model.parameters():
            if parameter.requires_grad:
                parameter.normal_(0, 0.3)
    return model


@pytest.fixture
def empty_bank(tmp_path, tiny_models, word_tokenizer):
    return ValueBank.create(tmp_path / "bank", tiny_models["base_gpt2"], word_tokenizer)


@pytest.mark.parametrize("head, adaptation", [("q", "lora"), ("v", "lora"), ("q", "frozen"), ("v", "full")])
def test_save_then_load_round_trips_bit_exactly(empty_bank, tiny_models, head, adaptation):
    model = random_model(tiny_models["backbone_llama"], head, adaptation)
    empty_bank.add("m", model, {"reward": "concision", "mu": 0.1, "sigma": 0.2})
    loaded = ValueBank.open(empty_bank.root).load_value_model("m")
    before, after = model.trainable_state_dict(), loaded.trainable_state_dict()
    assert before.keys() == after.keys()
    assert all(torch.equal(before[k], after[k]) for k in before)
    ids = torch.randint(4, 50, (2, 7))
    lengths = torch.tensor([3, 4])
    model.eval()
    assert torch.equal(model(ids, torch.ones_like(ids), lengths, lengths)[0], loaded(ids, torch.ones_like(ids), lengths, lengths)[0])
    assert ValueBank.open(empty_bank.root).card("m")["mu"] == 0.1


def test_manifest_and_card_describe_the_bank(empty_bank, tiny_models):
    empty_bank.add("m", random_model(tiny_models["backbone_llama"]), {"reward": "concision", "mu": 0.0, "sigma": 1.0, "description": "short answers"})
    manifest = json.loads((empty_bank.root / "manifest.json").read_text())
    assert manifest["schema_version"] == bank_module.SCHEMA_VERSION
    assert manifest["entries"]["m"]["reward"] == "concision"
    assert {f: len(h) for f, h in manifest["entries"]["m"]["files"].items()} == {"head.safetensors": 64, "adapter_model.safetensors": 64}
    assert "short answers" in (empty_bank.root / "README.md").read_text()
    assert sorted(p.name for p in (empty_bank.root / "values" / "m").iterdir()) == [
        "adapter_config.json", "adapter_model.safetensors", "card.json", "config.json", "head.safetensors"]


def test_a_mismatched_tokenizer_is_refused_naming_both(empty_bank, bpe_tokenizer, word_tokenizer):
    with pytest.raises(TokenizerMismatchError) as error:
        empty_bank.check_tokenizer(bpe_tokenizer, source="the other base")
    assert tokenizer_fingerprint(bpe_tokenizer) in str(error.value)
    assert tokenizer_fingerprint(word_tokenizer) in str(error.value)
    empty_bank.check_tokenizer(word_tokenizer)  # the right one passes


def test_composer_refuses_a_bank_whose_base_has_another_tokenizer(tmp_path, tiny_models, bpe_tokenizer):
    from composer import Composer

    bank = ValueBank.create(tmp_path / "bank", tiny_models["base_gpt2"], bpe_tokenizer)  # recorded for the wrong tokenizer
    with pytest.raises(TokenizerMismatchError, match=tokenizer_fingerprint(bpe_tokenizer)):
        Composer(bank.root, device="cpu")


def test_corrupted_weights_are_caught_by_name(empty_bank, tiny_models):
    empty_bank.add("m", random_model(tiny_models["backbone_llama"]), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    weights = empty_bank.root / "values" / "m" / "head.safetensors"
    data = bytearray(weights.read_bytes())
    data[-10:] = b"\x00" * 10
    weights.write_bytes(bytes(data))
    with pytest.raises(BankError, match="values/m/head.safetensors.*corrupted"):
        ValueBank.open(empty_bank.root).load_value_model("m")


def test_truncated_weights_without_checksum_are_still_a_clear_error(empty_bank, tiny_models):
    empty_bank.add("m", random_model(tiny_models["backbone_llama"]), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    del empty_bank.manifest["entries"]["m"]["files"]
    empty_bank._write_manifest()
    weights = empty_bank.root / "values" / "m" / "head.safetensors"
    weights.write_bytes(weights.read_bytes()[:100])
    with pytest.raises(ValueError, match="not a readable safetensors file"):
        ValueBank.open(empty_bank.root).load_value_model("m")


def test_missing_and_corrupted_files(tmp_path, empty_bank, tiny_models):
    with pytest.raises(BankError, match="does not exist"):
        ValueBank.open(tmp_path / "nowhere")
    empty_bank.add("m", random_model(tiny_models["backbone_llama"]), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    (empty_bank.root / "values" / "m" / "head.safetensors").unlink()
    with pytest.raises(FileNotFoundError, match="head.safetensors"):
        ValueBank.open(empty_bank.root).load_value_model("m")
    (empty_bank.root / "manifest.json").write_text('{"schema_version": 1, "base": ')
    with pytest.raises(BankError, match="not valid JSON"):
        ValueBank.open(empty_bank.root)


def test_a_schema_from_the_future_is_refused(empty_bank):
    manifest = json.loads((empty_bank.root / "manifest.json").read_text())
    manifest["schema_version"] = bank_module.SCHEMA_VERSION + 1
    (empty_bank.root / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BankError, match=f"schema version {bank_module.SCHEMA_VERSION + 1}, newer"):
        ValueBank.open(empty_bank.root)


def test_unknown_config_keys_are_refused(empty_bank, tiny_models):
    empty_bank.add("m", random_model(tiny_models["backbone_llama"]), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    config_path = empty_bank.root / "values" / "m" / "config.json"
    config = json.loads(config_path.read_text())
    config["dropout_typo"] = 0.1
    config_path.write_text(json.dumps(config))
    with pytest.raises(ValueError, match="unknown key.*dropout_typo"):
        ValueBank.open(empty_bank.root).config("m")


def test_a_failed_add_leaves_the_previous_model_intact(empty_bank, tiny_models, monkeypatch):
    first = random_model(tiny_models["backbone_llama"], seed=1)
    empty_bank.add("m", first, {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    second = random_model(tiny_models["backbone_llama"], seed=2)
    original = ValueModel.save_pretrained

    def crash_midway(self, directory, config=None):
        original(self, directory, config)
        raise KeyboardInterrupt("interrupted while writing")

    monkeypatch.setattr(ValueModel, "save_pretrained", crash_midway)
    with pytest.raises(KeyboardInterrupt):
        empty_bank.add("m", second, {"reward": "concision", "mu": 5.0, "sigma": 1.0}, overwrite=True)
    reopened = ValueBank.open(empty_bank.root)
    assert reopened.card("m")["mu"] == 0.0
    loaded = reopened.load_value_model("m").trainable_state_dict()
    assert all(torch.equal(loaded[k], v) for k, v in first.trainable_state_dict().items())
    assert [p.name for p in (empty_bank.root / "values").iterdir()] == ["m"]  # no temporary folder left behind


def test_add_refuses_to_overwrite_without_asking_and_remove_removes(empty_bank, tiny_models):
    model = random_model(tiny_models["backbone_llama"])
    empty_bank.add("m", model, {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    with pytest.raises(BankError, match="already has a value model 'm'"):
        empty_bank.add("m", model, {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    empty_bank.remove("m")
    assert ValueBank.open(empty_bank.root).names == []
    assert not (empty_bank.root / "values" / "m").exists()
    with pytest.raises(BankError, match="unknown value model 'm'; this bank has: \\(none\\)"):
        empty_bank.remove("m")


@pytest.mark.parametrize("name", ["../evil", "a/b", "", ".hidden", "x" * 65])
def test_bad_names_are_refused(empty_bank, tiny_models, name):
    with pytest.raises(ValueError, match="is not allowed"):
        empty_bank.add(name, random_model(tiny_models["backbone_llama"]), {"reward": "concision", "mu": 0.0, "sigma": 1.0})


def test_copy_between_banks_and_a_backbone_inside_the_bank_stays_relative(tmp_path, tiny_models, word_tokenizer):
    import shutil

    source = ValueBank.create(tmp_path / "source", tiny_models["base_gpt2"], word_tokenizer)
    shutil.copytree(tiny_models["backbone_llama"], tmp_path / "source" / "backbone")
    model = random_model(str(tmp_path / "source" / "backbone"))
    source.add("m", model, {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    assert source.entry("m")["backbone"] == "backbone"
    moved = tmp_path / "moved"
    shutil.move(str(source.root), moved)  # a bank folder can be moved
    target = ValueBank.create(tmp_path / "target", tiny_models["base_gpt2"], word_tokenizer)
    target.add_from(ValueBank.open(moved), "m", "copy")
    # The target gets its own copy of the backbone, referenced relative to it: no path into the other bank's folder.
    assert target.entry("copy")["backbone"] == "backbone" and (target.root / "backbone" / "config.json").is_file()
    assert str(tmp_path) not in (target.root / "manifest.json").read_text() + (target.value_dir("copy") / "adapter_config.json").read_text()
    shutil.rmtree(moved)
    copied = ValueBank.open(target.root).load_value_model("copy").trainable_state_dict()
    assert all(torch.equal(copied[k], v) for k, v in model.trainable_state_dict().items())
    # A second value model on the same backbone reuses the copy; one on a different backbone gets a folder of its own.
    other = ValueBank.create(tmp_path / "other", tiny_models["base_gpt2"], word_tokenizer)
    shutil.copytree(target.root / "backbone", other.root / "backbone")
    other.add_from(target, "copy", "same")
    assert other.entry("same")["backbone"] == "backbone" and sorted(p.name for p in other.root.iterdir() if p.name.startswith("backbone")) == ["backbone"]
    retrained = ValueBank.create(tmp_path / "retrained", tiny_models["base_gpt2"], word_tokenizer)
    shutil.copytree(target.root / "backbone", retrained.root / "backbone")
    with torch.no_grad():
        backbone = AutoModel.from_pretrained(retrained.root / "backbone")
        next(backbone.parameters()).add_(1.0)
        backbone.save_pretrained(retrained.root / "backbone")
    retrained.add("r", random_model(str(retrained.root / "backbone")), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    other.add_from(retrained, "r")
    assert other.entry("r")["backbone"] == "backbone-2" and other.entry("same")["backbone"] == "backbone"
    assert ValueBank.open(other.root).load_value_model("r") is not None


# ---- the base and backbone inside the bank (issue 14) -------------------------------------------
@pytest.fixture
def self_contained_bank(tmp_path, tiny_models, word_tokenizer):
    """A bank holding its own base and backbone, as banks/demo does."""
    import shutil

    root = tmp_path / "bank"
    shutil.copytree(tiny_models["base_llama"], root / "base")
    shutil.copytree(tiny_models["backbone_llama"], root / "backbone")
    bank = ValueBank.create(root, str(root / "base"), word_tokenizer)
    bank.add("m", random_model(str(root / "backbone")), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    return root


def compose(root):
    from composer import Composer

    return Composer(root, device="cpu")


def flip_bytes(path, at: int) -> None:
    data = bytearray(path.read_bytes())
    data[at: at + 8] = bytes(255 - b for b in data[at: at + 8])
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("folder", ["base", "backbone"])
def test_base_and_backbone_weights_are_checked_against_the_manifest(self_contained_bank, tmp_path, folder):
    assert set(json.loads((self_contained_bank / "manifest.json").read_text())["model_sha256"]) == {
        "base/model.safetensors", "backbone/model.safetensors"}
    compose(self_contained_bank)  # intact: loads
    weights = self_contained_bank / folder / "model.safetensors"
    original = weights.read_bytes()
    flip_bytes(weights, len(original) // 2)  # corrupted bytes in a tensor: the header still parses
    with pytest.raises(BankError, match=f"{folder}/model.safetensors in bank 'bank' does not match the sha256") as caught:
        compose(self_contained_bank)
    assert str(tmp_path) not in str(caught.value)
    weights.write_bytes(original[:1000])  # truncated
    with pytest.raises(BankError, match=f"{folder}/model.safetensors in bank 'bank' does not match"):
        compose(self_contained_bank)


def test_truncated_base_without_checksums_is_a_clear_error_without_server_paths(self_contained_bank, tmp_path):
    manifest = json.loads((self_contained_bank / "manifest.json").read_text())
    del manifest["model_sha256"]  # a bank from before the checksums were kept
    (self_contained_bank / "manifest.json").write_text(json.dumps(manifest))
    weights = self_contained_bank / "base" / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])
    with pytest.raises(BankError, match="base model \\(base in bank 'bank'\\) cannot be loaded.*incomplete or corrupted") as caught:
        compose(self_contained_bank)
    assert str(tmp_path) not in str(caught.value)


def test_record_checksums_adds_them_to_an_older_bank(self_contained_bank, capsys):
    from value_bank.__main__ import main

    manifest = json.loads((self_contained_bank / "manifest.json").read_text())
    recorded = manifest.pop("model_sha256")
    (self_contained_bank / "manifest.json").write_text(json.dumps(manifest))
    assert main(["record-checksums", "--bank", str(self_contained_bank)]) == 0
    assert json.loads((self_contained_bank / "manifest.json").read_text())["model_sha256"] == recorded
    assert "base/model.safetensors" in capsys.readouterr().out


def test_a_backbone_with_another_tokenizer_is_refused_naming_it(self_contained_bank, bpe_tokenizer, word_tokenizer):
    bpe_tokenizer.save_pretrained(self_contained_bank / "backbone")
    with pytest.raises(TokenizerMismatchError, match="backbone backbone in bank 'bank' has tokenizer " + tokenizer_fingerprint(bpe_tokenizer)):
        compose(self_contained_bank)
    with pytest.raises(TokenizerMismatchError, match="backbone backbone in bank 'bank'"):
        ValueBank.open(self_contained_bank).load_value_model("m")


@pytest.mark.parametrize("file", ["tokenizer.json", "config.json"])
@pytest.mark.parametrize("folder", ["base", "backbone"])
def test_an_empty_json_file_is_named(self_contained_bank, folder, file):
    (self_contained_bank / folder / file).write_text("")
    with pytest.raises(BankError, match=f"{folder}/{file} in bank 'bank' is not valid JSON"):
        compose(self_contained_bank)


def test_a_killed_build_leaves_no_temporary_folder_for_long(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from value_bank.files import STALE_UNTAGGED_S, atomic_directory

    target = tmp_path / "bank"
    script = ("import sys, time\nfrom value_bank.files import atomic_directory\n"
              "with atomic_directory(sys.argv[1]) as tmp:\n    (tmp / 'half').write_text('x')\n    print('ready', flush=True)\n    time.sleep(60)\n")
    child = subprocess.Popen([sys.executable, "-c", script, str(target)], stdout=subprocess.PIPE, text=True,
                             cwd=str(__import__("pathlib").Path(__file__).resolve().parents[1]))
    assert child.stdout.readline().strip() == "ready"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    left = list(tmp_path.glob(".bank.*.tmp"))
    assert len(left) == 1, "SIGKILL leaves the temporary folder (nothing can clean up then)"
    old_untagged, new_untagged = tmp_path / ".bank.abcd1234.tmp", tmp_path / ".bank.efgh5678.tmp"
    old_untagged.mkdir(), new_untagged.mkdir()
    os.utime(old_untagged, (time.time() - STALE_UNTAGGED_S - 60,) * 2)
    with atomic_directory(target) as tmp:
        (tmp / "whole").write_text("y")
        assert tmp.exists(), "this process's own folder is alive, so it stays"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".bank.efgh5678.tmp", "bank"], \
        "the killed build's folder and the day-old untagged one are removed; a recent untagged one may be in use"


def test_a_build_sweeps_half_written_stages_of_any_name_that_dead_processes_left(tmp_path):
    """A killed demo build leaves `.base-<settings hash>.<host>-<pid>-x.tmp`; a later build with other settings never writes
    that name again, so it sweeps its whole work folder: dead writers' folders go, live ones and untagged ones stay."""
    import os
    import subprocess
    import sys

    from value_bank.files import _host, remove_stale_temporaries_in

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    gone = tmp_path / f".base-ccd0f7305430.{_host()}-{dead.pid}-k1r6e2mu.tmp"
    alive = tmp_path / f".samples-5b119550963b.{_host()}-{os.getpid()}-abcd.tmp"
    untagged = tmp_path / ".values-1234.abcd1234.tmp"
    for folder in (gone, alive, untagged):
        folder.mkdir()
    assert remove_stale_temporaries_in(tmp_path) == [gone]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, untagged.name])
    assert remove_stale_temporaries_in(tmp_path / "missing") == []
