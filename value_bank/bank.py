"""The value bank on disk (DESIGN.md section 4): a manifest, and one folder per value model.

    banks/NAME/
      manifest.json          schema_version, base (name or path, tokenizer fingerprint), entries
                             (each with "files": the sha256 of its weights files), model_sha256
                             (the weights files of the base and backbones inside the bank)
      values/REWARD/         config.json, head.safetensors, card.json (reward, mu, sigma, metrics),
                             and for LoRA peft's adapter_config.json + adapter_model.safetensors
      README.md              the bank's card, regenerated on every change

Schema 2 (this code's): a LoRA value model is a peft adapter folder, so
``PeftModel.from_pretrained(AutoModel.from_pretrained(bank/backbone), bank/values/REWARD)`` loads it
(value_model.py). Schema 1 kept each value model's tensors in one ``model.safetensors``, its
entry's ``sha256`` that file's; such banks open and load unchanged, ``upgrade`` (``python -m
value_bank upgrade BANK``) converts them in place, and adding a value model to one upgrades it first.

Only JSON and safetensors are read, so opening a bank never runs code. Every write is atomic
(a value model's folder is built aside and swapped in; the manifest is replaced in one rename),
and each weights file's sha256 is in the manifest, so a corrupted file is caught by name: the value
models' on every load, the base's and the backbones' by ``load_model`` (banks written before
``model_sha256`` existed load unchecked; ``python -m value_bank record-checksums`` adds them).
Errors name files by their place inside the bank (``values/helpfulness/head.safetensors``), never by a server path.

>>> from value_bank.locations import shipped_demo_bank
>>> bank = ValueBank.open(shipped_demo_bank())  # banks/demo
>>> bank.names, bank.card("helpfulness")["reward"]
(['concision', 'harmlessness', 'helpfulness', 'positivity'], 'helpfulness')
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
import shutil
from pathlib import Path

import torch

from value_bank import __version__
from value_bank.config_io import RunFailure
from value_bank.files import atomic_directory, atomic_write_text
from value_bank.rewards import check_name
from value_bank.value_model import (
    HEAD_FILE, SCHEMA1_WEIGHTS_FILE, ValueModel, ValueModelConfig, load_value_weights, resolve_backbone_path, save_value_weights,
    weight_files,
)

SCHEMA_VERSION = 2  # 2: value models as peft adapters + head.safetensors, a sha256 per file; 1: one model.safetensors
MODEL_HASHES = "model_sha256"  # manifest key: {"base/model.safetensors": sha256, "backbone/model.safetensors": ...}
MODEL_JSON_FILES = ("config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "vocab.json", "tokenizer.model")
MANIFEST_FILE, CARD_FILE, README_FILE = "manifest.json", "card.json", "README.md"
RESULTS_MARKER = "<!-- measured results: kept when the card is regenerated -->"


class BankError(ValueError):
    """A bank that cannot be used as asked: missing, corrupted, from the future, or mismatched."""


class TokenizerMismatchError(BankError):
    pass


class CorruptedBankError(BankError, RunFailure):
    """A bank file that is damaged (checksum, JSON, truncated weights): the run failed, not the request (exit status 1)."""


def tokenizer_fingerprint(tokenizer) -> str:
    """A short hash of the token -> id table: two tokenizers that agree on it can share value models."""
    vocab = sorted(tokenizer.get_vocab().items(), key=lambda item: (item[1], item[0]))
    digest = hashlib.sha256(json.dumps(vocab, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]
    return f"vocab{len(vocab)}-{digest}"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_json(path: Path, what: str) -> dict:
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        raise BankError(f"missing {what} {path}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise CorruptedBankError(f"{what} {path} is not valid JSON ({error}); the file is corrupted") from None


class ValueBank:
    """A folder of value models for one base model. Use ``create`` or ``open``."""

    def __init__(self, root: Path, manifest: dict):
        self.root, self.manifest = Path(root), manifest

    # ---- opening ---------------------------------------------------------------------------
    @classmethod
    def create(cls, root: str | Path, base: str, tokenizer, description: str = "", name: str | None = None) -> "ValueBank":
        """A new, empty bank for ``base`` (a hub id, or a path; paths inside ``root`` are stored relative).

        ``name`` (default: the folder's name) titles the bank's card.
        """
        root = Path(root)
        if (root / MANIFEST_FILE).exists():
            raise BankError(f"a bank already exists at {root}; open it instead, or remove it first")
        base_ref = _relative_if_inside(base, root)
        manifest = {
            "schema_version": SCHEMA_VERSION,
            "name": name or root.name,
            "description": description,
            "base": {"name_or_path": base_ref, "tokenizer_fingerprint": tokenizer_fingerprint(tokenizer)},
            "entries": {},
        }
        bank = cls(root, manifest)
        bank.record_model_files(bank.base)
        bank._write_manifest()
        return bank

    @classmethod
    def open(cls, root: str | Path) -> "ValueBank":
        root = Path(root)
        if not root.is_dir():
            raise BankError(f"no bank at {root}: the folder does not exist")
        manifest = _read_json(root / MANIFEST_FILE, "bank manifest")
        version = manifest.get("schema_version")
        if not isinstance(version, int):
            raise BankError(f"{root / MANIFEST_FILE} has no integer schema_version; the file is corrupted")
        if version > SCHEMA_VERSION:
            raise BankError(
                f"bank {root} has schema version {version}, newer than this code reads (up to {SCHEMA_VERSION}); "
                "upgrade VAS Composer to open it"
            )
        for key in ("base", "entries"):
            if not isinstance(manifest.get(key), dict):
                raise BankError(f"{root / MANIFEST_FILE} has no '{key}' object; the file is corrupted")
        return cls(root, manifest)

    # ---- reading ---------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return sorted(self.manifest["entries"])

    @property
    def base(self) -> str:
        """The base model to load: a path inside the bank, or a hub id / outside path as stored."""
        ref = self.manifest["base"]["name_or_path"]
        return str(self.root / ref) if (self.root / ref).exists() else ref

    @property
    def fingerprint(self) -> str:
        return self.manifest["base"]["tokenizer_fingerprint"]

    def entry(self, name: str) -> dict:
        if name not in self.manifest["entries"]:
            raise BankError(f"unknown value model {name!r}; this bank has: {', '.join(self.names) or '(none)'}")
        return self.manifest["entries"][name]

    def value_dir(self, name: str) -> Path:
        return self.root / self.entry(name)["path"]

    def card(self, name: str) -> dict:
        return _read_json(self.value_dir(name) / CARD_FILE, f"card of {name!r}")

    def config(self, name: str) -> ValueModelConfig:
        return self.load_weights(name)[0]

    def weight_hashes(self, name: str) -> dict[str, str]:
        """The sha256 the manifest keeps for each weights file of a value model: ``files`` (schema 2), or
        schema 1's ``sha256`` of model.safetensors; empty for an entry written before checksums were kept."""
        entry = self.entry(name)
        if isinstance(entry.get("files"), dict):
            return dict(entry["files"])
        return {SCHEMA1_WEIGHTS_FILE: entry["sha256"]} if entry.get("sha256") else {}

    def load_weights(self, name: str) -> tuple[ValueModelConfig, dict[str, torch.Tensor]]:
        """Config and tensors of one value model (either schema), after checking each weights file against its sha256."""
        directory = self.value_dir(name)
        for file, expected in self.weight_hashes(name).items():
            path = directory / file
            if path.exists() and file_sha256(path) != expected:
                raise CorruptedBankError(f"{self.entry(name)['path']}/{file} in bank {self.root.name!r} does not match the checksum "
                                         "in the manifest; the file is corrupted or was edited")
        return load_value_weights(directory)

    def load_value_model(self, name: str, device="cpu", dtype=torch.float32) -> ValueModel:
        config, state = self.load_weights(name)
        backbone = resolve_backbone_path(config.backbone, self.root)
        self.check_backbone_tokenizer(backbone)
        model = self.load_model(backbone, lambda _: ValueModel.create(config, root=self.root, device=device, dtype=dtype),
                                f"backbone of {name!r}")
        model.load_trainable_state_dict(state, where=str(self.value_dir(name)))
        return model.eval()

    def check_tokenizer(self, tokenizer, source: str = "the given tokenizer") -> None:
        """Refuse a tokenizer whose vocabulary differs from the one the bank was trained with."""
        theirs = tokenizer_fingerprint(tokenizer)
        if theirs != self.fingerprint:
            raise TokenizerMismatchError(
                f"bank {self.root} was trained with tokenizer {self.fingerprint} (base model {self.manifest['base']['name_or_path']!r}), "
                f"but {source} has tokenizer {theirs}; value models only work with the base tokenizer they were trained on"
            )

    # ---- the base and backbone folders -------------------------------------------------------
    def model_name(self, folder: str | Path) -> str:
        """How messages name a model folder: its place inside the bank (``base``), else as it was given."""
        inside = _inside(folder, self.root)
        return f"{inside} in bank {self.root.name!r}" if inside is not None else str(folder)

    def record_model_files(self, folder: str | Path) -> None:
        """Keep the sha256 of each weights file of a model folder inside the bank (the base, a backbone)."""
        inside = _inside(folder, self.root)
        if inside is None:
            return  # a hub id or a folder outside the bank: not the bank's to vouch for
        hashes = self.manifest.setdefault(MODEL_HASHES, {})
        for path in sorted((self.root / inside).glob("*.safetensors")):
            hashes[f"{inside}/{path.name}"] = file_sha256(path)

    def record_all_model_files(self) -> list[str]:
        """Record the base's and every backbone's weights (a bank written before the checksums were kept); returns the files."""
        self.record_model_files(self.base)
        for name in self.names:
            self.record_model_files(resolve_backbone_path(self.entry(name)["backbone"], self.root))
        self._write_manifest()
        return sorted(self.manifest.get(MODEL_HASHES) or {})

    def verify_model_files(self, folder: str | Path) -> None:
        """Before a model folder loads: its weights match the manifest's sha256 and its JSON files parse.

        Costs one read of the weights (about 0.1 s for the demo's 17 MB), so a corrupted base fails
        by name instead of loading silently and generating nonsense.
        """
        inside = _inside(folder, self.root)
        for name, expected in (self.manifest.get(MODEL_HASHES) or {}).items() if inside is not None else ():
            if Path(name).parent != Path(inside):
                continue
            path = self.root / name
            if not path.is_file():
                raise CorruptedBankError(f"{name} is missing from bank {self.root.name!r} (its manifest lists it); copy the whole bank again")
            if file_sha256(path) != expected:
                raise CorruptedBankError(f"{name} in bank {self.root.name!r} does not match the sha256 in its manifest; "
                                "the file is corrupted, truncated or was edited: copy or rebuild the bank")
        if Path(folder).is_dir():
            for file in MODEL_JSON_FILES:
                path = Path(folder) / file
                if path.is_file():
                    try:
                        json.loads(path.read_text(encoding="utf-8"))
                    except (json.JSONDecodeError, UnicodeDecodeError) as error:
                        where = f"{inside}/{file} in bank {self.root.name!r}" if inside is not None else str(path)
                        raise CorruptedBankError(f"{where} is not valid JSON ({error}); the file is corrupted or empty") from None

    def load_model(self, folder: str | Path, load, what: str = "model"):
        """``load(folder)`` after ``verify_model_files``; a failure to read the files is a BankError naming the folder."""
        from safetensors import SafetensorError

        self.verify_model_files(folder)
        try:
            return load(str(folder))
        except (OSError, ValueError, SafetensorError) as error:
            if isinstance(error, BankError):
                raise
            detail = str(error).splitlines()[0] if str(error) else type(error).__name__
            for path in {str(Path(folder)), str(Path(folder).resolve()), str(self.root), str(self.root.resolve())}:
                detail = detail.replace(path, Path(path).name)  # no server paths in a message
            raise CorruptedBankError(f"the {what} ({self.model_name(folder)}) cannot be loaded: {detail}; "
                            "its files are incomplete or corrupted") from None

    def check_backbone_tokenizer(self, folder: str | Path) -> None:
        """A backbone folder's tokenizer must be the base's (its value models read the base's token ids)."""
        if not Path(folder).is_dir() or not any((Path(folder) / f).is_file() for f in TOKENIZER_FILES):
            return  # a hub id, or a folder without a tokenizer: nothing on disk to compare
        from transformers import AutoTokenizer

        tokenizer = self.load_model(folder, AutoTokenizer.from_pretrained, "backbone's tokenizer")
        self.check_tokenizer(tokenizer, source=f"backbone {self.model_name(folder)}")

    # ---- writing ---------------------------------------------------------------------------
    def add(self, name: str, model: ValueModel, card: dict, overwrite: bool = False, backbone_root: str | Path | None = None) -> Path:
        """Store a trained value model and its card under ``values/NAME`` (atomically), in schema 2.

        The backbone reference is stored relative to the bank when it lies inside it, so the bank
        folder can be moved; ``backbone_root`` resolves a reference that is relative to another bank.
        A schema-1 bank is upgraded first (``upgrade``), so a bank never mixes the two layouts.
        """
        check_name(name)
        if name in self.manifest["entries"] and not overwrite:
            raise BankError(f"bank {self.root} already has a value model {name!r}; pass overwrite=True (--overwrite) to replace it")
        self.upgrade()  # nothing to do on a schema-2 bank
        backbone = resolve_backbone_path(model.config.backbone, backbone_root)
        config = dataclasses.replace(model.config, backbone=_relative_if_inside(backbone, self.root))
        self.record_model_files(self.root / config.backbone)
        target = self.root / "values" / name
        with atomic_directory(target, overwrite=True) as tmp:
            model.save_pretrained(tmp, config=config)
            full_card = {
                "name": name,
                "created_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                "code_version": __version__,
                **card,
            }
            atomic_write_text(tmp / CARD_FILE, json.dumps(full_card, indent=2, default=float) + "\n")
            hashes = _weight_hashes(tmp, config)
        self.manifest["entries"][name] = {
            "path": f"values/{name}",
            "reward": card.get("reward", name),
            "description": card.get("description", ""),
            "head": config.head,
            "adaptation": config.adaptation,
            "backbone": config.backbone,
            "files": hashes,
        }
        self._write_manifest()
        return target

    def upgrade(self) -> list[str]:
        """Convert a schema-1 bank to schema 2 in place; returns the value models converted (none: already schema 2).

        Each value model's folder is built aside and swapped in (its card, config and any other file
        copied as they are; model.safetensors split into head.safetensors and peft's adapter files),
        after its old file was checked against the manifest and the new files were read back and found
        tensor for tensor equal (same keys, dtypes and bits); then its manifest entry gets the new
        files' sha256. The schema version is written last, once every value model is converted. An
        upgrade that stopped midway is finished by running it again. Nothing is retrained; writing
        a LoRA adapter's config reads the backbone's config.json (a hub id must be in the local cache).
        """
        if self.manifest["schema_version"] >= SCHEMA_VERSION:
            return []
        converted = []
        for name in self.names:
            entry = self.entry(name)
            if isinstance(entry.get("files"), dict):
                continue  # converted by an upgrade that stopped before its end
            directory = self.value_dir(name)
            if (directory / HEAD_FILE).exists() and not (directory / SCHEMA1_WEIGHTS_FILE).exists():
                # swapped in by an upgrade that stopped before its manifest entry: read it back, then record it
                config, _ = load_value_weights(directory)
                hashes = _weight_hashes(directory, config)
            else:
                config, state = self.load_weights(name)  # the schema-1 file, checked against its sha256
                with atomic_directory(directory, overwrite=True) as tmp:
                    for path in directory.iterdir():  # card.json, config.json (unchanged) and anything else kept there
                        if path.is_dir():
                            shutil.copytree(path, tmp / path.name, symlinks=True)
                        elif path.name != SCHEMA1_WEIGHTS_FILE:
                            shutil.copy2(path, tmp / path.name, follow_symlinks=False)
                    save_value_weights(tmp, config, state, root=self.root)
                    _check_same_tensors(state, load_value_weights(tmp)[1], f"{entry['path']} in bank {self.root.name!r}")
                    hashes = _weight_hashes(tmp, config)
            entry.pop("sha256", None)
            entry["files"] = hashes
            self._write_manifest()
            converted.append(name)
        if self.manifest["schema_version"] < SCHEMA_VERSION:
            self.manifest["schema_version"] = SCHEMA_VERSION
            self._write_manifest()
        return converted

    def add_from(self, source: "ValueBank", name: str, new_name: str | None = None, overwrite: bool = False) -> Path:
        """Copy a value model from another bank trained for the same tokenizer."""
        if source.fingerprint != self.fingerprint:
            raise TokenizerMismatchError(
                f"value model {name!r} of bank {source.root} was trained with tokenizer {source.fingerprint}, "
                f"but bank {self.root} uses {self.fingerprint}"
            )
        model = source.load_value_model(name)
        inside = _inside(resolve_backbone_path(model.config.backbone, source.root), source.root)
        if inside is None:  # a hub id or a folder outside both banks: referenced as it is
            return self.add(new_name or name, model, source.card(name), overwrite=overwrite, backbone_root=source.root)
        # The source bank's own backbone: this bank gets it too (or already has it), so it stays self-contained and
        # movable instead of pointing into the other bank's folder.
        model.config = dataclasses.replace(model.config, backbone=str(self._backbone_from(source.root / inside, inside)))
        return self.add(new_name or name, model, source.card(name), overwrite=overwrite)

    def _backbone_from(self, folder: Path, inside: str) -> Path:
        """This bank's folder holding the same weights as another bank's backbone ``folder`` (at ``inside`` there):
        the folder of that name here if its weights are the same, else a copy made under that name or a numbered one."""
        def weights(directory: Path) -> dict[str, str]:
            return {path.name: file_sha256(path) for path in sorted(directory.glob("*.safetensors"))}

        wanted = weights(folder)
        for candidate in [inside] + [f"{inside}-{number}" for number in range(2, 100)]:
            target = self.root / candidate
            if not target.exists():
                with atomic_directory(target) as tmp:
                    shutil.copytree(folder, tmp, dirs_exist_ok=True)
                return target
            if target.is_dir() and weights(target) == wanted:
                return target
        raise BankError(f"bank {self.root.name!r} has no free folder name for a copy of backbone {inside!r}; remove unused backbones")

    def remove(self, name: str) -> None:
        directory = self.value_dir(name)
        del self.manifest["entries"][name]
        self._write_manifest()  # the manifest goes first: a crash leaves an orphan folder, never a dangling entry
        shutil.rmtree(directory, ignore_errors=True)

    def _write_manifest(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.root / MANIFEST_FILE, json.dumps(self.manifest, indent=2) + "\n")
        self.write_readme()

    def write_readme(self, results: str | None = None) -> None:
        """Regenerate README.md; ``results`` (markdown) replaces the measured-results section."""
        path = self.root / README_FILE
        if results is None and path.exists():
            _, _, results = path.read_text().partition(RESULTS_MARKER)
        lines = [
            f"# Value bank `{self.manifest.get('name') or self.root.name}`", "",
            self.manifest.get("description") or "A VAS Composer value bank.", "",
            f"Base model: `{self.manifest['base']['name_or_path']}` (tokenizer `{self.fingerprint}`), "
            f"schema version {self.manifest['schema_version']}.", "",
            "| value model | reward | steers | head | adaptation | val. explained var. | val. rank corr. (prompt) |",
            "|---|---|---|---|---|---|---|",
        ]
        for name in self.names:
            entry = self.entry(name)
            try:
                metrics = self.card(name).get("validation", {})
            except BankError:
                metrics = {}
            lines.append(
                f"| {name} | `{entry['reward']}` | {entry.get('description', '')} | {entry['head']} | {entry['adaptation']} "
                f"| {_fmt(metrics.get('explained_variance'))} | {_fmt(metrics.get('prompt_value_spearman'))} |"
            )
        text = "\n".join(lines) + "\n\n" + RESULTS_MARKER + (results.strip("\n") and "\n" + results.strip("\n") + "\n" if results else "\n")
        atomic_write_text(path, text)


def _weight_hashes(directory: Path, config: ValueModelConfig) -> dict[str, str]:
    """The manifest's ``files`` for a schema-2 value model folder: each weights file's sha256."""
    return {file: file_sha256(directory / file) for file in weight_files(config)}


def _check_same_tensors(before: dict[str, torch.Tensor], after: dict[str, torch.Tensor], where: str) -> None:
    """An upgrade's guard: the tensors read back from the new files are the old ones, bit for bit."""
    if before.keys() != after.keys():
        raise BankError(f"upgrading {where}: the new files hold tensors {sorted(set(after) ^ set(before))[:3]} that differ "
                        "from the old file's; this value model was left as it was")
    for key, value in before.items():
        other = after[key]
        if other.dtype != value.dtype or other.shape != value.shape or not torch.equal(_bits(other), _bits(value)):
            raise BankError(f"upgrading {where}: tensor {key!r} did not survive the conversion bit for bit; this value model was left as it was")


def _bits(tensor: torch.Tensor) -> torch.Tensor:
    return tensor.contiguous().reshape(-1).view(torch.uint8)


def _fmt(value) -> str:
    return "" if value is None else f"{value:.3f}"


def _inside(folder: str | Path, root: Path) -> str | None:
    """``folder``'s path relative to ``root`` ("base", "backbone") if it is an existing folder inside it, else None."""
    try:
        candidate = Path(folder)
        if not candidate.is_dir():
            return None
        inside = candidate.resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        return None
    return None if inside == Path(".") else inside.as_posix()


def _relative_if_inside(path: str, root: Path) -> str:
    """``path`` relative to ``root`` if it lies inside it (so a bank folder can be moved), else unchanged."""
    candidate = Path(path)
    if not candidate.exists():
        return path
    try:
        return str(candidate.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(candidate.resolve())
