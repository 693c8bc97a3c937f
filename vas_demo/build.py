"""``python -m vas_demo build``: the embedded demo bank, from a seed, on two CPU cores.

Stages (each cached in ``--work`` under a key of its own settings, its code and the contents of the
stages it reads, so a rerun redoes only what changed, and an edit that leaves a stage's output as it
was, such as a comment in the corpus's code, reruns that stage alone; all of it from the project's own code):

1. corpus      synthetic assistant conversations (``corpus.py``), train and held-out splits
2. tokenizer   byte-level BPE trained on the train split
3. base        a Llama-style LM (3.4 M parameters) trained from scratch (``pretrain.py``); of its last
               checkpoints, the one that answers the most selection prompts on topic (``check_base.py``)
4. backbone    a smaller LM (1.1 M, a third of the base) on the same tokenizer, for the value models
5. samples     the base model's own responses to train prompts, scored by every reward
6. values      a bank: one value model per reward (TD(lambda), q head, LoRA on the backbone)
7. evaluation  held-out prompts: each slider alone, a composite mix, a trade-off front,
               Best-of-N, fluency (base NLL), speed; the tables go into the bank's card

The bank is assembled in a temporary folder and swapped in only when every stage has passed:
an interrupted build leaves the previous bank as it was, and an existing bank is replaced only
with ``--force``. ``--tiny`` runs the same path with toy sizes in seconds (the tests).

>>> build_demo(DemoConfig.tiny(out="/tmp/demo", work="/tmp/demo-work"))   # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from value_bank.config_io import config_to_dict
from value_bank.files import atomic_directory, atomic_write_text, remove_stale_temporaries_in
from vas_demo.corpus import TOPICS


# The bank's description, shown in the app's header: what the base knows, so a visitor is not surprised by an
# answer about another subject (docs/experiments/on-topic-base.md measures how often that happens).
DEMO_DESCRIPTION = (f"The embedded demo: a small assistant trained from scratch on a synthetic corpus of advice on {len(TOPICS)} everyday "
                    "topics (cooking, gardening, home repair, wifi, chess, ...) and subjects like them, with value models for "
                    "helpfulness, harmlessness and style. Questions far from those subjects often get an answer about "
                    "something else.")


@dataclass(frozen=True)
class DemoConfig:
    """Every setting of the demo build; the shipped bank records the ones it was built with."""

    out: str = "banks/demo"
    work: str = "runs/demo-build"
    seed: int = 0
    corpus_records: int = 60000
    val_records: int = 1500
    vocab_size: int = 4096
    context: int = 256
    base_hidden: int = 256  # 3 x 256 at batch 64: the cheapest on-topic base of the GPU sweep (docs/experiments/on-topic-base.md)
    base_layers: int = 3
    base_heads: int = 4
    base_steps: int = 2400  # the 54-topic table needs twice the 42-topic table's steps (on-topic-base.md, 14th session)
    # The base kept is the best of its last checkpoints by on-topic answers to held-out prompts the card does not use:
    # one run's last five ranged from 40 % to 63 % of held-out questions on topic (on-topic-base.md, 17th session).
    base_select_checkpoints: int = 5
    base_select_every: int = 200  # steps between them
    base_select_prompts: int = 80  # held-out topic prompts, and as many about open subjects (corpus.selection_prompts)
    backbone_hidden: int = 128
    backbone_layers: int = 3
    backbone_heads: int = 2
    backbone_steps: int = 800
    backbone_batch_size: int = 32
    pretrain_batch_size: int = 64  # the base's conversations a step (rows "conversation"); windows of `context` tokens (packed)
    pretrain_rows: str = "conversation"  # or "packed": conversations end to end (vas_demo/pretrain.py has the measured effect)
    pretrain_loss_on: str = "response"  # or "all": predict the prompt's tokens too
    pretrain_learning_rate: float = 2e-3
    sample_prompts: int = 2000
    samples_per_prompt: int = 4
    # The base's temperature when it writes the value models' training samples: the one it is steered at
    # (the app's personas, the card), so each value model estimates the return of the policy it steers.
    sample_temperature: float = 0.5
    # Responses per prompt that take, once, a plausible token the base would not (value_bank/sampling.py). On this
    # bank 3 own + 1 exploring moved the card no further than retraining on the same samples does (on-topic-base.md,
    # 18th session), so the shipped recipe has none; the tiny build runs one to keep the path tested.
    explore_samples: int = 0
    max_new_tokens: int = 64
    rewards: tuple[str, ...] = ("helpfulness", "harmlessness", "positivity", "concision")
    lora_rank: int = 16
    value_epochs: int = 4
    value_learning_rate: float = 1e-3
    value_batch_size: int = 32
    lam: float = 0.95
    eval_prompts: int = 120
    eval_weights: tuple[float, ...] = (0.0, 1.0, 2.0, 4.0, 8.0)
    composite_mix: str = "helpfulness=6,harmlessness=6,positivity=6"
    opening_mix: str = "helpfulness=4,harmlessness=1,positivity=2"  # what the app opens on: the "Helpful assistant" persona
    everyday_prompts: int = 120  # questions written outside the corpus's templates (vas_demo/everyday_questions.txt)
    tradeoff: tuple[str, ...] = ("helpfulness", "concision")
    best_of: tuple[int, ...] = (4, 16)
    top_k: int = 20
    temperature: float = 0.5  # every run the card measures, and the app's opening persona (docs/experiments/on-topic-base.md)
    eval_batch_size: int = 16

    @classmethod
    def tiny(cls, **overrides) -> "DemoConfig":
        """The same path with toy sizes: minutes become seconds (used by the tests)."""
        small = dict(corpus_records=800, val_records=100, vocab_size=600, context=64, base_hidden=32, base_layers=2,
                     base_heads=2, base_steps=40, backbone_hidden=16, backbone_layers=1, backbone_steps=30,
                     pretrain_batch_size=8, backbone_batch_size=8, sample_prompts=24, samples_per_prompt=2, explore_samples=1, max_new_tokens=12, value_epochs=1,
                     base_select_checkpoints=2, base_select_every=10, base_select_prompts=3, eval_prompts=6, eval_weights=(0.0, 4.0), best_of=(2,), eval_batch_size=8, everyday_prompts=4)
        return cls(**{**small, **overrides})


def build_demo(config: DemoConfig, force: bool = False, progress: bool = True) -> Path:
    """Run every stage and swap the finished bank into ``config.out``; see the module docstring."""
    from vas_demo.pretrain import check_loss_on, check_rows

    check_rows(config.pretrain_rows)  # before any stage runs
    check_loss_on(config.pretrain_loss_on)
    check_temperatures(config)
    selection = _base_selection(config)
    out, work = Path(config.out), Path(config.work)
    if (out / "manifest.json").exists() and not force:
        raise FileExistsError(f"{out} already holds a bank; pass --force to rebuild and replace it")
    work.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries_in(work)  # stages a killed build left half-written
    timings: dict[str, float] = {}
    keys = lambda *names: {k: getattr(config, k) for k in ("seed",) + names}  # noqa: E731
    corpus = _stage(work, "corpus", keys("corpus_records", "val_records") | _code("vas_demo/corpus.py", "vas_demo/corpus_data.py", "vas_demo/open_subjects.py"),
                    timings, lambda d: _corpus(config, d))
    tokenizer_dir = _stage(work, "tokenizer", keys("vocab_size") | {"after": _contents(corpus)} | _code("value_bank/scratch.py"), timings,
                           lambda d: _tokenizer(config, corpus, d))
    lm = keys("context", "pretrain_learning_rate", "pretrain_rows", "pretrain_loss_on") | {"after": _contents(tokenizer_dir)}
    chosen_by = {"select_at": selection["select_at"], "select_on": _digest("\n".join(selection["prompts"]))}
    base = _stage(work, "base", lm | keys("base_hidden", "base_layers", "base_heads", "base_steps", "pretrain_batch_size",
                                          "sample_temperature") | chosen_by | _code("vas_demo/pretrain.py", "vas_demo/check_base.py"), timings,
                  lambda d: _language_model(config, corpus, tokenizer_dir, d, "llama", config.base_hidden, config.base_layers,
                                            config.base_heads, config.base_steps, config.pretrain_batch_size, progress,
                                            selection=selection))
    backbone = _stage(work, "backbone", lm | keys("backbone_hidden", "backbone_layers", "backbone_heads", "backbone_steps",
                                                  "backbone_batch_size") | _code("vas_demo/pretrain.py"), timings,
                      lambda d: _language_model(config, corpus, tokenizer_dir, d, "llama", config.backbone_hidden,
                                                config.backbone_layers, config.backbone_heads, config.backbone_steps,
                                                config.backbone_batch_size, progress, seed_offset=1))
    base_contents = _contents(base)
    samples = _stage(work, "samples", keys("sample_prompts", "samples_per_prompt", "explore_samples", "sample_temperature", "max_new_tokens", "rewards") | {"after": base_contents}
                     | _code("value_bank/sampling.py", "value_bank/builtin_rewards.py"), timings, lambda d: _samples(config, corpus, base, d, progress))
    values = _stage(work, "values", keys("rewards", "lora_rank", "value_epochs", "value_learning_rate", "value_batch_size", "lam")
                    | {"out": Path(config.out).name, "after": [base_contents, _contents(backbone), _contents(samples)]}
                    | _code("value_bank/train.py", "value_bank/td.py", "value_bank/value_model.py"), timings,
                    lambda d: _value_bank(config, base, backbone, samples, d, progress))
    with atomic_directory(out, overwrite=force) as staging:
        shutil.copytree(values, staging, dirs_exist_ok=True, ignore=shutil.ignore_patterns("stage.json"))
        stages = {"corpus": corpus, "base": base, "backbone": backbone, "samples": samples, "values": values}
        _measure(config, staging, {name: json.loads((folder / "stage.json").read_text())["result"] for name, folder in stages.items()},
                 timings, progress)
    return out


def check_temperatures(config: DemoConfig) -> None:
    """Both temperatures, before anything runs: a bad one would otherwise stop the build an hour in (at the samples or the card)."""
    for name in ("sample_temperature", "temperature"):
        value = getattr(config, name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < float("inf"):
            raise ValueError(f"{name} must be a positive number, got {value!r}")


# What a build recorded before a setting existed did what this value does (build.json has no key for it).
SETTINGS_BEFORE_THEY_EXISTED = {"sample_temperature": 1.0, "explore_samples": 0}

# The settings that only say how the bank is measured; every other one shaped its weights.
EVALUATION_SETTINGS = frozenset({"out", "work", "eval_prompts", "eval_weights", "composite_mix", "opening_mix", "everyday_prompts",
                                 "tradeoff", "best_of", "top_k", "temperature", "eval_batch_size"})


def measure_demo(config: DemoConfig, progress: bool = True) -> Path:
    """Stage 7 alone: measure the built bank at ``config.out`` again with ``config``'s evaluation settings.

    Rewrites its card and ``build.json`` (swapped in whole, as a build does) and leaves its weights as
    they are, so a change of what is measured (a temperature, more prompts) needs no rebuild. Refuses a
    config whose other settings differ from the ones the bank was built with: the card would describe
    weights that were never trained.
    """
    check_temperatures(config)
    out = Path(config.out)
    if not (out / "build.json").is_file():
        raise FileNotFoundError(f"{out} holds no built demo bank (no build.json); build it first with python -m vas_demo build")
    try:
        built = json.loads((out / "build.json").read_text())
        built_config, stats, seconds = built["config"], built["stages"], built["stage_seconds"]
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{out.name}/build.json is not a demo build's record ({error}); rebuild the bank") from None
    wanted = json.loads(json.dumps(config_to_dict(config)))
    built_config = {**SETTINGS_BEFORE_THEY_EXISTED, **built_config}
    changed = sorted(k for k, v in wanted.items() if k not in EVALUATION_SETTINGS and built_config.get(k) != v)
    if changed:
        allowed = ", ".join(sorted(EVALUATION_SETTINGS - {"out", "work"}))
        raise ValueError(f"{', '.join(changed)} {'differs' if len(changed) == 1 else 'differ'} from the settings {out.name} was "
                         f"built with; only the evaluation settings ({allowed}) can change without a rebuild")
    Path(config.work).mkdir(parents=True, exist_ok=True)
    with atomic_directory(out, overwrite=True) as staging:
        shutil.copytree(out, staging, dirs_exist_ok=True)
        _measure(config, staging, stats, {k: v for k, v in seconds.items() if k != "evaluation"}, progress)
    return out


def _measure(config: DemoConfig, staging: Path, stats: dict, timings: dict[str, float], progress: bool) -> None:
    """Stage 7: evaluate the staged bank, then write its card and build.json (``stats``: each earlier stage's result)."""
    from value_bank.bank import ValueBank
    from vas_demo.report import evaluate_demo  # measures with the composer, at the end of the pipeline

    bank = ValueBank.open(staging)
    start = time.perf_counter()
    results = evaluate_demo(config, bank, stats, staging, progress)
    timings["evaluation"] = time.perf_counter() - start
    record = {"config": config_to_dict(config), "stage_seconds": timings, "stages": stats, **results["record"]}
    atomic_write_text(staging / "build.json", json.dumps(record, indent=2, default=float) + "\n")
    minutes = ", ".join(f"{name} {seconds / 60:.1f}" for name, seconds in timings.items())
    bank.write_readme(results["markdown"] + f"\n## Build time\n\nMinutes per stage on this machine: {minutes}; "
                      f"{sum(timings.values()) / 60:.0f} minutes in all.\n")


def _base_selection(config: DemoConfig) -> dict:
    """The steps whose checkpoints the base is chosen among, and the prompts it is chosen on: none the card measures."""
    from vas_demo.corpus import heldout_prompts, selection_prompts

    names = ("base_select_checkpoints", "base_select_every", "base_select_prompts")
    for name in names:
        value = getattr(config, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{name} must be a whole number of at least 1, got {value!r}")
    steps = [config.base_steps - i * config.base_select_every for i in range(config.base_select_checkpoints)]
    if steps[-1] < 1:
        raise ValueError(f"base_select_checkpoints={config.base_select_checkpoints} checkpoints {config.base_select_every} steps apart "
                         f"(base_select_every) do not fit in base_steps={config.base_steps}")
    card = heldout_prompts(config.eval_prompts, seed=config.seed)
    try:
        prompts = selection_prompts(config.base_select_prompts, exclude=card)
    except ValueError as error:
        raise ValueError(f"base_select_prompts={config.base_select_prompts} is too many: {error}") from None
    return {"select_at": sorted(steps), "prompts": prompts}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _code(*files: str) -> dict:
    """A hash of the source files a stage runs (paths from the folder holding the packages), so that changing them reruns the stage."""
    root = Path(__file__).resolve().parent.parent
    return {"code": hashlib.sha256(b"".join((root / f).read_bytes() for f in files)).hexdigest()[:12]}


def _contents(folder: Path) -> str:
    """A hash of a finished stage's files (its stage.json aside): the key a later stage reads it under, so a rerun
    that writes the same files (an edited comment in the corpus's code) leaves every later stage's cache valid."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "stage.json"):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:12]


def _stage(work: Path, name: str, settings: dict, timings: dict, run) -> Path:
    """Run ``run(folder)`` unless a finished folder for the same settings exists; return the folder."""
    key = hashlib.sha256(json.dumps(settings, sort_keys=True, default=list).encode()).hexdigest()[:12]
    folder = work / f"{name}-{key}"
    if not (folder / "stage.json").exists():
        start = time.perf_counter()
        with atomic_directory(folder, overwrite=True) as tmp:
            result = run(tmp)
            atomic_write_text(tmp / "stage.json", json.dumps({"settings": settings, "result": result,
                                                             "seconds": time.perf_counter() - start}, indent=2, default=list) + "\n")
    timings[name] = json.loads((folder / "stage.json").read_text())["seconds"]
    return folder


def _corpus(config: DemoConfig, folder: Path) -> dict:
    from vas_demo.corpus import corpus_stats, generate_corpus

    train = generate_corpus(config.corpus_records, seed=config.seed, split="train")
    val = generate_corpus(config.val_records, seed=config.seed, split="heldout")
    for split, records in (("train", train), ("val", val)):
        atomic_write_text(folder / f"{split}.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    stats = corpus_stats(train)
    return {"records": len(train), "distinct_prompts": stats["distinct_prompts"], "distinct_responses": stats["distinct_responses"],
            "topics": stats["n_topics"], "val_records": len(val)}


def read_records(corpus: Path, split: str) -> list[dict]:
    return [json.loads(line) for line in (corpus / f"{split}.jsonl").read_text().splitlines()]


def _tokenizer(config: DemoConfig, corpus: Path, folder: Path) -> dict:
    from value_bank.scratch import train_tokenizer

    records = read_records(corpus, "train")
    tokenizer = train_tokenizer([r["prompt"] for r in records] + [r["response"] for r in records], config.vocab_size)
    tokenizer.save_pretrained(folder)
    return {"vocab_size": len(tokenizer)}


def _language_model(config: DemoConfig, corpus: Path, tokenizer_dir: Path, folder: Path, family: str, hidden: int,
                    layers: int, heads: int, steps: int, batch_size: int, progress: bool, seed_offset: int = 0,
                    selection: dict | None = None) -> dict:
    from transformers import AutoTokenizer

    from vas_demo.pretrain import pretrain_lm
    from value_bank.scratch import count_parameters, new_causal_lm

    torch.manual_seed(config.seed + seed_offset)
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    model = new_causal_lm(tokenizer, family, hidden, layers, heads, context=config.context, seed=config.seed + seed_offset)
    pairs = lambda split: [(r["prompt"], r["response"]) for r in read_records(corpus, split)]  # noqa: E731
    metrics = pretrain_lm(model, tokenizer, pairs("train"), pairs("val"), steps, batch_size, config.context,
                          config.pretrain_learning_rate, seed=config.seed + seed_offset, progress=progress,
                          desc=f"training {'base' if seed_offset == 0 else 'backbone'} LM", rows=config.pretrain_rows,
                          loss_on=config.pretrain_loss_on, **_selecting(tokenizer, selection, config.sample_temperature))
    # Shipped in bfloat16 (half the bytes in git); everything downstream uses these rounded weights.
    model.to(torch.bfloat16).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return {**metrics, "parameters": count_parameters(model), "family": family, "hidden": hidden, "layers": layers}


def _selecting(tokenizer, selection: dict | None, temperature: float) -> dict:
    """``pretrain_lm``'s arguments that keep the best checkpoint by ``selection`` (none: keep the last), its answers
    sampled at the temperature the base is steered at (``sample_temperature``)."""
    if selection is None:
        return {}
    from vas_demo.check_base import selection_score

    return {"select_at": selection["select_at"],
            "select_by": lambda model: selection_score(model, tokenizer, selection["prompts"], temperature=temperature)}


def _samples(config: DemoConfig, corpus: Path, base: Path, folder: Path, progress: bool) -> dict:
    from value_bank.sampling import SamplingConfig, read_samples, sample

    prompts = list(dict.fromkeys(r["prompt"] for r in read_records(corpus, "train")))[: config.sample_prompts]
    (folder / "prompts.txt").write_text("\n".join(prompts) + "\n")
    sample(SamplingConfig(base=str(base), prompts=str(folder / "prompts.txt"), out=str(folder / "samples"),
                          num_samples=config.samples_per_prompt, explore_samples=config.explore_samples, temperature=config.sample_temperature,
                          max_new_tokens=config.max_new_tokens, seed=config.seed,
                          rewards=config.rewards, device="cpu", dtype="float32"), progress=progress)
    frame = read_samples(folder / "samples")
    corpus_responses = {r["response"] for r in read_records(corpus, "train")}
    return {"samples": len(frame), "prompts": len(prompts), "distinct_responses": int(frame["response"].nunique()),
            "explored_samples": int((frame["explored_step"] >= 0).sum()),
            "verbatim_copies_of_training_responses": float(frame["response"].isin(corpus_responses).mean()),
            "finished_share": float(frame["finished"].mean())}


def _value_bank(config: DemoConfig, base: Path, backbone: Path, samples: Path, folder: Path, progress: bool) -> dict:
    """A bank in ``folder``: copies of the base and the backbone, and one value model per reward."""
    from transformers import AutoTokenizer

    from value_bank.bank import ValueBank
    from value_bank.train import TrainConfig, train_value_model

    for name, source in (("base", base), ("backbone", backbone)):
        shutil.copytree(source, folder / name, ignore=shutil.ignore_patterns("stage.json"))
    ValueBank.create(folder, str(folder / "base"), AutoTokenizer.from_pretrained(folder / "base"), name=Path(config.out).name,
                     description=DEMO_DESCRIPTION)
    validation = {}
    for reward in config.rewards:
        result = train_value_model(TrainConfig(
            samples=str(samples / "samples"), reward=reward, bank=str(folder), backbone=str(folder / "backbone"), head="q",
            adaptation="lora", lora_rank=config.lora_rank, lora_alpha=2.0 * config.lora_rank, lam=config.lam,
            learning_rate=config.value_learning_rate, batch_size=config.value_batch_size, max_epochs=config.value_epochs,
            seed=config.seed, device="cpu"), progress=progress)
        validation[reward] = result.validation
    return {"validation": validation}
