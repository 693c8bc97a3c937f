"""Bank schema 2: a LoRA value model is a peft adapter folder; schema-1 banks still load, and upgrade bit-exactly.

    values/REWARD/  config.json, head.safetensors, adapter_config.json + adapter_model.safetensors (LoRA)

``PeftModel.from_pretrained(AutoModel.from_pretrained(bank/backbone), bank/values/REWARD)`` must
read the adapter with no missing or unexpected LoRA keys and give the project loader's hidden
states. A schema-1 bank (one ``model.safetensors`` per value model) is written here by hand from
the same tensors (``write_schema1``), as code before schema 2 wrote it.
"""

import json
import shutil
import warnings
from pathlib import Path

import pytest
import torch

from tests.test_bank import random_model
from value_bank.bank import BankError, CorruptedBankError, ValueBank, file_sha256
from value_bank.locations import shipped_demo_bank
from value_bank.value_model import load_value_weights

CARD = {"reward": "concision", "mu": 0.0, "sigma": 1.0}
SCHEMA2_FILES = ("head.safetensors", "adapter_config.json", "adapter_model.safetensors")


@pytest.fixture
def bank_root(tmp_path, tiny_models, word_tokenizer) -> Path:
    """A self-contained schema-2 bank: base and backbone inside, value models of every kind."""
    root = tmp_path / "bank"
    shutil.copytree(tiny_models["base_llama"], root / "base")
    shutil.copytree(tiny_models["backbone_llama"], root / "backbone")
    bank = ValueBank.create(root, str(root / "base"), word_tokenizer)
    for seed, (name, head, adaptation) in enumerate([("lora_q", "q", "lora"), ("lora_v", "v", "lora"),
                                                     ("frozen_q", "q", "frozen"), ("full_v", "v", "full")]):
        bank.add(name, random_model(str(root / "backbone"), head, adaptation, seed), {**CARD, "mu": 0.1 * seed})
    return root


def write_schema1(root: Path) -> None:
    """Rewrite a bank in schema 1's layout, as code before schema 2 wrote it: one model.safetensors per value model
    (``head.*`` plus ``lora.*`` or ``backbone.*``), its sha256 in the entry, schema_version 1."""
    from safetensors.torch import save_file

    manifest = json.loads((root / "manifest.json").read_text())
    for entry in manifest["entries"].values():
        folder = root / entry["path"]
        _, state = load_value_weights(folder)
        for file in SCHEMA2_FILES:
            (folder / file).unlink(missing_ok=True)
        save_file(state, str(folder / "model.safetensors"), metadata={"format": "pt"})
        del entry["files"]
        entry["sha256"] = file_sha256(folder / "model.safetensors")
    manifest["schema_version"] = 1
    (root / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")


def folder_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def peft_hidden_states(backbone: Path, adapter: Path, ids, mask):
    """The adapter as peft alone reads it: no code of this project involved."""
    from peft import PeftModel
    from transformers import AutoModel

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # float32 as the project loads it (the demo's backbone is stored in bfloat16, which transformers would keep)
        model = PeftModel.from_pretrained(AutoModel.from_pretrained(str(backbone), dtype=torch.float32), str(adapter)).eval()
    assert not [str(w.message) for w in caught if "missing" in str(w.message).lower() or "unexpected" in str(w.message).lower()]
    check = model.load_adapter(str(adapter), adapter_name="again")  # the same load, with its key report
    assert [k for k in check.missing_keys if "lora_" in k] == [] and check.unexpected_keys == []
    model.set_adapter("default")
    with torch.no_grad():
        return model(input_ids=ids, attention_mask=mask).last_hidden_state


def project_hidden_states(root: Path, name: str, ids, mask):
    with torch.no_grad():
        return ValueBank.open(root).load_value_model(name).hidden_states(ids, mask)


def generations(root: Path) -> list:
    """Greedy and sampled VAS generations with attributions, at fixed seeds (tensors here must stay bit-identical)."""
    from composer import Composer

    composer = Composer(str(root), device="cpu", dtype="float32")
    mix = {name: 1.5 - 0.5 * i for i, name in enumerate(composer.value_names)}
    rows = []
    for temperature, seed in ((0.0, 0), (1.0, 3)):
        results = composer.generate(["apple banana", "cherry grape melon"], mix, max_new_tokens=8, temperature=temperature,
                                    seed=seed, score=False, attributions=True)
        rows += [(r.token_ids, [(a.token_id, a.contributions) for a in r.attributions]) for r in results]
    return rows


# ---- schema 2 on disk --------------------------------------------------------------------------
def test_each_kind_of_value_model_has_its_files(bank_root):
    names = {name: sorted(p.name for p in (bank_root / "values" / name).iterdir()) for name in ("lora_q", "frozen_q", "full_v")}
    assert names["lora_q"] == ["adapter_config.json", "adapter_model.safetensors", "card.json", "config.json", "head.safetensors"]
    assert names["frozen_q"] == names["full_v"] == ["card.json", "config.json", "head.safetensors"]
    manifest = json.loads((bank_root / "manifest.json").read_text())
    assert manifest["schema_version"] == 2
    assert set(manifest["entries"]["lora_q"]["files"]) == {"head.safetensors", "adapter_model.safetensors"}
    assert set(manifest["entries"]["full_v"]["files"]) == {"head.safetensors"} and "sha256" not in manifest["entries"]["full_v"]
    _, state = load_value_weights(bank_root / "values" / "full_v")
    assert {k.split(".")[0] for k in state} == {"head", "backbone"}
    adapter = json.loads((bank_root / "values" / "lora_q" / "adapter_config.json").read_text())
    assert adapter["base_model_name_or_path"] == "backbone" and adapter["peft_type"] == "LORA" and adapter["r"] == 4
    assert adapter["target_modules"] == sorted(adapter["target_modules"])  # peft keeps a set: sorted, the file is reproducible


@pytest.mark.parametrize("name", ["lora_q", "lora_v"])
def test_peft_loads_a_fresh_lora_value_model_as_the_project_does(bank_root, name):
    adapter = json.loads((bank_root / "values" / name / "adapter_config.json").read_text())
    backbone = bank_root / adapter["base_model_name_or_path"]  # relative: resolved against the bank
    ids = torch.randint(5, 40, (2, 9))
    mask = torch.ones_like(ids)
    mask[1, :3] = 0
    theirs = peft_hidden_states(backbone, bank_root / "values" / name, ids, mask)
    ours = project_hidden_states(bank_root, name, ids, mask)
    assert torch.equal(theirs, ours)
    from transformers import AutoModel

    with torch.no_grad():
        plain = AutoModel.from_pretrained(str(backbone))(input_ids=ids, attention_mask=mask).last_hidden_state
    assert not torch.allclose(plain, ours)  # the adapter is really applied


def test_peft_loads_the_shipped_demo_bank_as_the_project_does():
    root = shipped_demo_bank()
    folder = root / "values" / "helpfulness"
    assert json.loads((root / "manifest.json").read_text())["schema_version"] == 2
    assert not (folder / "model.safetensors").exists()
    adapter = json.loads((folder / "adapter_config.json").read_text())
    assert adapter["base_model_name_or_path"] == "backbone"
    ids = torch.tensor([[12, 40, 7, 99, 310, 5, 18], [3, 3, 77, 201, 14, 9, 1000]])
    mask = torch.ones_like(ids)
    assert torch.equal(peft_hidden_states(root / "backbone", folder, ids, mask), project_hidden_states(root, "helpfulness", ids, mask))


@pytest.mark.parametrize("file", ["head.safetensors", "adapter_model.safetensors"])
def test_a_corrupted_head_or_adapter_is_named(bank_root, tmp_path, file):
    path = bank_root / "values" / "lora_q" / file
    data = bytearray(path.read_bytes())
    data[-8:] = bytes(255 - b for b in data[-8:])
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptedBankError, match=f"values/lora_q/{file} in bank 'bank' does not match the checksum") as caught:
        ValueBank.open(bank_root).load_value_model("lora_q")
    assert str(tmp_path) not in str(caught.value)
    with pytest.raises(CorruptedBankError, match=f"values/lora_q/{file}"):
        generations(bank_root)


def test_an_adapter_config_that_disagrees_with_the_config_is_refused(bank_root):
    path = bank_root / "values" / "lora_q" / "adapter_config.json"
    adapter = json.loads(path.read_text())
    path.write_text(json.dumps({**adapter, "r": 8}))
    with pytest.raises(ValueError, match="adapter_config.json describes.*'r': 8.*one of them was edited"):
        ValueBank.open(bank_root).load_weights("lora_q")


# ---- schema 1: still read, upgraded bit-exactly ------------------------------------------------
def test_a_schema1_bank_opens_generates_and_upgrades_bit_exactly(bank_root, capsys):
    from value_bank.__main__ import main

    schema2 = folder_bytes(bank_root / "values")
    fresh = {name: ValueBank.open(bank_root).load_weights(name)[1] for name in ValueBank.open(bank_root).names}
    write_schema1(bank_root)
    old = ValueBank.open(bank_root)
    assert old.manifest["schema_version"] == 1
    assert sorted(p.name for p in (bank_root / "values" / "lora_q").iterdir()) == ["card.json", "config.json", "model.safetensors"]
    before = {name: old.load_weights(name)[1] for name in old.names}
    for name, state in before.items():  # schema 1 reads back the prefixed keys schema 2 does
        assert state.keys() == fresh[name].keys() and all(torch.equal(state[k], fresh[name][k]) for k in state)
    generated = generations(bank_root)
    cards = {name: (bank_root / "values" / name / "card.json").read_bytes() for name in old.names}

    assert main(["upgrade", str(bank_root)]) == 0
    assert "upgraded from schema 1 to 2; converted frozen_q, full_v, lora_q, lora_v" in capsys.readouterr().out
    new = ValueBank.open(bank_root)
    assert new.manifest["schema_version"] == 2
    assert all("sha256" not in new.entry(n) and "files" in new.entry(n) for n in new.names)
    assert not list((bank_root / "values").rglob("model.safetensors"))
    assert not [p for p in (bank_root / "values").iterdir() if p.name.startswith(".")]  # no temporary folder left
    for name, state in before.items():
        after = new.load_weights(name)[1]
        assert after.keys() == state.keys()
        assert all(after[k].dtype == v.dtype and torch.equal(after[k], v) for k, v in state.items())
        assert (bank_root / "values" / name / "card.json").read_bytes() == cards[name]
    # the upgrade writes what a fresh save writes, byte for byte (adapter_config.json included)
    assert folder_bytes(bank_root / "values") == schema2
    assert generations(bank_root) == generated
    assert "schema version 2" in (bank_root / "README.md").read_text()


def test_the_upgrade_is_idempotent(bank_root, capsys):
    from value_bank.__main__ import main

    write_schema1(bank_root)
    assert ValueBank.open(bank_root).upgrade() == ["frozen_q", "full_v", "lora_q", "lora_v"]
    once = folder_bytes(bank_root)
    assert ValueBank.open(bank_root).upgrade() == []
    assert main(["upgrade", str(bank_root)]) == 0
    assert "already schema 2; nothing to do" in capsys.readouterr().out
    assert folder_bytes(bank_root) == once


def test_an_upgrade_that_stopped_midway_is_finished_by_running_it_again(bank_root):
    schema2 = {name: {f: (bank_root / "values" / name / f).read_bytes() for f in SCHEMA2_FILES} for name in ("lora_q",)}
    write_schema1(bank_root)
    # killed after lora_q's new folder was swapped in, before its manifest entry was written
    (bank_root / "values" / "lora_q" / "model.safetensors").unlink()
    for file, data in schema2["lora_q"].items():
        (bank_root / "values" / "lora_q" / file).write_bytes(data)
    bank = ValueBank.open(bank_root)
    assert bank.manifest["schema_version"] == 1 and "sha256" in bank.entry("lora_q")
    assert bank.load_weights("lora_q")[0].adaptation == "lora"  # readable meanwhile
    assert bank.upgrade() == ["frozen_q", "full_v", "lora_q", "lora_v"]
    again = ValueBank.open(bank_root)
    assert again.entry("lora_q")["files"] == {f: file_sha256(bank_root / "values" / "lora_q" / f)
                                              for f in ("head.safetensors", "adapter_model.safetensors")}
    # killed after every entry was written, before the schema version
    again.manifest["schema_version"] = 1
    again._write_manifest()
    assert ValueBank.open(bank_root).upgrade() == []
    assert ValueBank.open(bank_root).manifest["schema_version"] == 2


def test_a_corrupted_schema1_file_is_caught_and_not_upgraded(bank_root):
    write_schema1(bank_root)
    path = bank_root / "values" / "lora_q" / "model.safetensors"
    data = bytearray(path.read_bytes())
    data[-8:] = bytes(255 - b for b in data[-8:])
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptedBankError, match="values/lora_q/model.safetensors in bank 'bank' does not match"):
        ValueBank.open(bank_root).load_value_model("lora_q")
    with pytest.raises(CorruptedBankError, match="values/lora_q/model.safetensors"):
        ValueBank.open(bank_root).upgrade()
    assert path.read_bytes() == bytes(data)  # left as it was
    assert ValueBank.open(bank_root).manifest["schema_version"] == 1


def test_adding_to_a_schema1_bank_upgrades_it_first(bank_root):
    write_schema1(bank_root)
    bank = ValueBank.open(bank_root)
    bank.add("another", random_model(str(bank_root / "backbone"), seed=9), CARD)
    assert json.loads((bank_root / "manifest.json").read_text())["schema_version"] == 2
    assert not list((bank_root / "values").rglob("model.safetensors"))
    assert all("files" in bank.entry(n) for n in bank.names)


def test_upgrade_errors_are_one_clear_line(tmp_path, capsys):
    from value_bank.__main__ import main

    assert main(["upgrade", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert "no bank at" in err and "Traceback" not in err
    assert main(["upgrade"]) == 2
    assert "give the bank folder" in capsys.readouterr().err


def test_a_bank_from_the_future_is_not_touched(bank_root):
    manifest = json.loads((bank_root / "manifest.json").read_text())
    manifest["schema_version"] = 3
    (bank_root / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BankError, match="schema version 3, newer than this code reads"):
        ValueBank.open(bank_root).upgrade()


def test_a_gpt2_backbone_adapter_upgrades_to_what_peft_writes(tmp_path, tiny_models, word_tokenizer):
    """GPT-2's Conv1D layers: fan_in_fan_out in adapter_config.json, read from the backbone built on the meta device."""
    root = tmp_path / "bank"
    shutil.copytree(tiny_models["backbone_gpt2"], root / "backbone")
    bank = ValueBank.create(root, tiny_models["base_gpt2"], word_tokenizer)
    bank.add("m", random_model(str(root / "backbone"), "v"), CARD)
    assert json.loads((root / "values" / "m" / "adapter_config.json").read_text())["fan_in_fan_out"] is True
    fresh = folder_bytes(root / "values")
    write_schema1(root)
    assert ValueBank.open(root).upgrade() == ["m"]
    assert folder_bytes(root / "values") == fresh
    ids = torch.randint(5, 40, (2, 6))
    mask = torch.ones_like(ids)
    assert torch.equal(peft_hidden_states(root / "backbone", root / "values" / "m", ids, mask), project_hidden_states(root, "m", ids, mask))
