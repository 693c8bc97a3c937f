"""The generation API: a bank and its base model, composed per request.

``Composer`` loads a bank's base model and value models once. ``generate`` takes a batch of
prompts, value weights (one mapping for every row, or one per row) and a strategy:

- ``base``: plain sampling from the frozen base model;
- ``vas``: the base logits plus the weighted value bonus (``composer/guidance.py``);
- ``bon``: Best-of-N: N base samples per prompt, the one with the highest weighted sum of
  normalised rewards wins.

Every row is sampled with its own seed (``composer/seeded_sampling.py``), so a row gives the same
text alone or in a batch. Results carry the text, token ids, every reward's score (raw and
normalised by the bank's mu and sigma), the weighted objective, optional per-token attributions
(what each value model added to each chosen token's logit) and timing.

>>> from value_bank.locations import shipped_demo_bank
>>> composer = Composer(shipped_demo_bank(), device="cpu")  # banks/demo
>>> result = composer.generate(["How do I keep basil alive?"], {"helpfulness": 4}, max_new_tokens=16, seed=0)[0]
>>> len(result.token_ids) <= 16, sorted(result.scores), result.value_weights
(True, ['concision', 'harmlessness', 'helpfulness', 'positivity'], {'helpfulness': 4.0})
>>> result.objective == 4 * result.normalised_scores["helpfulness"]  # the weighted sum of normalised rewards
True
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Iterator, Mapping, Sequence

import numpy as np
import torch
from transformers import GenerationConfig, LogitsProcessorList, TextIteratorStreamer

from composer.api_base import API_KEY_ENV, ApiBase, decode_over_api
from composer.guidance import GuidanceRecorder, ValueGuidance
from composer.mixes import check_mix
from composer.seeded_sampling import check_seed, sampling_processors
from composer.value_runtime import ValueSession, load_value_groups
from value_bank.bank import ValueBank
from value_bank.prompting import encode_prompts, left_pad
from value_bank.rewards import load_reward
from value_bank.runtime import context_length, load_causal_lm, load_tokenizer, resolve_device, resolve_dtype

STRATEGIES = ("base", "vas", "bon")
Weights = Mapping[str, float]


@dataclass
class TokenAttribution:
    token: str
    token_id: int
    contributions: dict[str, float]  # value model -> bonus it added to this token's logit


@dataclass
class GenerationResult:
    prompt: str
    text: str
    token_ids: list[int]
    strategy: str
    value_weights: dict[str, float]
    seed: int
    finished: bool  # ended with the end-of-sequence token (else it hit max_new_tokens)
    # warnings about this row's prompt, e.g. "the prompt has 900 tokens but only 192 fit ...; it was cut from the left ..."
    scores: dict[str, float] = field(default_factory=dict)  # raw reward per value model's reward
    normalised_scores: dict[str, float] = field(default_factory=dict)  # (raw - mu) / sigma
    objective: float = 0.0  # sum_i w_i * normalised_i
    attributions: list[TokenAttribution] | None = None
    timing: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class StreamEvent:
    text: str  # the text so far
    result: GenerationResult | None = None  # set on the last event only


class Composer:
    """A value bank, its base model and its value models, ready to generate.

    ``value_models`` loads a subset of the bank; ``trust_reward_code`` allows ``py:`` reward
    specs from the bank's cards to be imported (they run code). Where the models run:
    here (default); ``base_url=``: the base behind an OpenAI-compatible endpoint, the value models
    here (composer/api_base.py); ``server=``: a vLLM server running this bank in its plugin
    (composer/vllm_plugin.py) generates, each request carrying its mix; only the rewards run here,
    and generations are not serialised (the server batches them).

    Public attributes: ``bank`` (the ``ValueBank``), ``model`` and ``tokenizer`` (the base),
    ``value_names``, ``device``, ``dtype``, and ``context``: the longest prompt + response the
    base model and every value backbone can read (prompts are cut from the left to fit).
    """

    def __init__(self, bank: str | ValueBank, device: str = "auto", dtype: str = "auto",
                 value_models: Sequence[str] | None = None, trust_reward_code: bool = False,
                 base_url: str | None = None, base_model: str | None = None, api: str = "completions",
                 api_key_env: str = API_KEY_ENV, server: str | None = None):
        self.bank = bank if isinstance(bank, ValueBank) else ValueBank.open(bank)
        self.device = resolve_device(device)
        self.dtype = resolve_dtype(dtype, self.device)
        self.api: ApiBase | None = None
        if base_url and server:
            raise ValueError("give a base URL (base_url=, --base-url: value models here, the base there) or a server (server=, --server: both there), not both")
        # "server": a vLLM server runs the base and this bank's value models (composer/vllm_plugin.py); only rewards run here
        self.steering = "server" if server else "local"
        if base_url or server:  # the base behind an OpenAI-compatible endpoint: only its tokenizer is local (composer/api_base.py)
            self.model, self.tokenizer = None, load_tokenizer(self.bank.base)
            self.api = ApiBase(base_url or server, base_model or "", self.tokenizer, api=api, api_key_env=api_key_env)
        else:
            # checked against the manifest's sha256 first: corrupted base weights would load and generate nonsense
            self.model, self.tokenizer = self.bank.load_model(self.bank.base, lambda path: load_causal_lm(path, self.device, self.dtype), "base model")
        self.bank.check_tokenizer(self.tokenizer, source=f"base model {self.bank.base}")
        server_context = self.api.check() if self.api else None  # the served model and its tokenizer, before anything runs
        names = list(value_models) if value_models is not None else self.bank.names
        for name in names:
            self.bank.entry(name)  # unknown names fail here, listing the known ones
        self.value_names = names
        if server:
            self.api.check_plugin(names)
        self.groups = load_value_groups(self.bank, names, self.device, self.dtype) if not server else []
        self.cards = {name: self.bank.card(name) for name in names}
        base_context = context_length(self.model.config) if self.model is not None else (server_context or 1 << 20)
        self.context = min([base_context] + [g.context for g in self.groups])
        self.trust_reward_code = trust_reward_code
        self._rewards: dict[str, object] = {}
        self._lock = threading.RLock()  # one generation at a time: the models are shared

    # ---- what the bank offers ----------------------------------------------------------------
    def description(self, name: str) -> str:
        return self.cards[name].get("description", "")

    def normaliser(self, name: str) -> tuple[float, float]:
        return float(self.cards[name]["mu"]), float(self.cards[name]["sigma"])

    def percentile(self, name: str, raw_score: float) -> float | None:
        """Where a raw score of ``name``'s reward falls among the base model's samples (0-100), if the card knows."""
        table = self.cards[name].get("base_percentiles")
        if not table:
            return None
        return float(np.interp(raw_score, table, np.arange(len(table)) * 100.0 / (len(table) - 1)))

    def weight_matrix(self, value_weights: Weights | Sequence[Weights] | None, batch: int) -> torch.Tensor:
        """(B, K) weights in ``value_names`` order; unknown names and non-finite values are errors."""
        rows = value_weights if isinstance(value_weights, Sequence) and not isinstance(value_weights, str) else [value_weights] * batch
        if len(rows) != batch:
            raise ValueError(f"{len(rows)} weight mappings for {batch} prompts; give one mapping, or one per prompt")
        return torch.tensor([check_mix(weights, self.value_names) for weights in rows])

    # ---- generation ------------------------------------------------------------------------
    def generate(
        self, prompts: Sequence[str], value_weights: Weights | Sequence[Weights] | None = None, strategy: str = "vas",
        best_of: int = 4, max_new_tokens: int = 64, min_new_tokens: int = 0, temperature: float = 1.0, top_p: float = 1.0, top_k: int = 20,
        seed: int | Sequence[int] = 0, score: bool = True, attributions: bool = False, streamer=None,
    ) -> list[GenerationResult]:
        """Generate one response per prompt; see the module docstring.

        ``seed`` is one int for every row, or one per row; ``top_k`` is the number of candidate
        tokens that may get a value bonus (the plausible ones, composer/guidance.py); ``min_new_tokens`` keeps end-of-sequence away until then.
        """
        if strategy not in STRATEGIES:
            raise ValueError(f"strategy {strategy!r} is not one of {', '.join(STRATEGIES)}")
        if not isinstance(max_new_tokens, int) or max_new_tokens < 1:
            raise ValueError(f"max_new_tokens must be a positive integer, got {max_new_tokens!r}")
        if isinstance(min_new_tokens, bool) or not isinstance(min_new_tokens, int) or not 0 <= min_new_tokens <= max_new_tokens:
            raise ValueError(f"min_new_tokens must be a whole number from 0 to max_new_tokens ({max_new_tokens}), got {min_new_tokens!r}")
        if strategy == "bon" and (not isinstance(best_of, int) or best_of < 1):
            raise ValueError(f"best_of must be a positive integer, got {best_of!r}")
        prompts = list(prompts) if not isinstance(prompts, str) else [prompts]
        if not prompts:
            raise ValueError("no prompts given")
        weights = self.weight_matrix(value_weights, len(prompts))
        seeds = [check_seed(s) for s in ([seed] * len(prompts) if isinstance(seed, (int, np.integer, float)) else seed)]
        if len(seeds) != len(prompts):
            raise ValueError(f"{len(seeds)} seeds for {len(prompts)} prompts")
        copies = best_of if strategy == "bon" else 1
        encoded = encode_prompts(self.tokenizer, prompts, self.context - max_new_tokens)  # errors name the user's prompt index
        row_prompts = [p for p in prompts for _ in range(copies)]
        row_ids = [ids for ids in encoded.ids for _ in range(copies)]
        row_warnings = [encoded.warnings_for(i) for i in range(len(prompts)) for _ in range(copies)]
        row_seeds = [s + j * 1_000_003 for s in seeds for j in range(copies)]  # copy 0 keeps the seed: bon-1 == base
        row_weights = weights.repeat_interleave(copies, dim=0)
        start = time.perf_counter()
        # One generation at a time on the shared local models; a server batches concurrent requests itself.
        with self._lock if self.steering == "local" else contextlib.nullcontext():
            results = self._generate_rows(row_prompts, row_ids, row_warnings, row_weights, strategy, row_seeds, max_new_tokens, min_new_tokens, temperature,
                                          top_p, top_k, score or strategy == "bon", attributions, streamer, copies)
        if strategy == "bon":
            # The N reward calls are part of Best-of-N's price: its time includes them.
            seconds = time.perf_counter() - start
            results = [max(results[i * copies : (i + 1) * copies], key=lambda r: r.objective) for i in range(len(prompts))]
            tokens = sum(len(r.token_ids) + r.finished for r in results)
            for result, s in zip(results, seeds):
                result.seed = s
                result.timing.update(seconds=seconds, batch_new_tokens=tokens, tokens_per_second=tokens / max(seconds, 1e-9), best_of=copies)
        return results

    @torch.no_grad()
    def _generate_rows(self, prompts, prompt_ids, prompt_warnings, weights, strategy, seeds, max_new_tokens, min_new_tokens,
                       temperature, top_p, top_k, score, attributions, streamer, copies=1):
        input_ids, attention_mask = left_pad(prompt_ids, self.tokenizer.pad_token_id, self.device if self.api is None else "cpu")
        # value models with a weight in some row run here, unless the server runs them (steering "server")
        active = [i for i, _ in enumerate(self.value_names) if strategy == "vas" and self.steering == "local" and bool(weights[:, i].any())]
        session, recorder, processors = None, None, []
        if active:
            session = ValueSession(self.groups, attention_mask, [self.value_names[i] for i in active])
            recorder = GuidanceRecorder() if attributions else None
            processors.append(ValueGuidance(session, weights[:, active], top_k, recorder))
        processors += sampling_processors(temperature, top_p, seeds, self.device)
        start = time.perf_counter()
        if self.steering == "server":  # the server samples and steers: one request per prompt, its mix in vllm_xargs
            steering = [self._plugin_arguments(weights[row], top_k) if strategy == "vas" else None for row in range(len(prompts))]
            generated = self._sample_over_api(prompt_ids, seeds, copies, max_new_tokens, min_new_tokens, temperature, top_p, streamer, steering)
        elif self.api is not None and strategy in ("base", "bon"):  # the server samples: one request per prompt, N samples in it
            generated = self._sample_over_api(prompt_ids, seeds, copies, max_new_tokens, min_new_tokens, temperature, top_p, streamer)
        elif self.api is not None:
            generated = decode_over_api(self.api, input_ids, [len(ids) for ids in prompt_ids], prompts, processors, top_k, max_new_tokens,
                                        min_new_tokens, self.tokenizer.eos_token_id, self.tokenizer.pad_token_id, len(self.tokenizer), streamer)
        else:
            config = GenerationConfig(do_sample=False, max_new_tokens=max_new_tokens, min_new_tokens=min_new_tokens,
                                      pad_token_id=self.tokenizer.pad_token_id, eos_token_id=self.tokenizer.eos_token_id)
            output = self.model.generate(input_ids=input_ids, attention_mask=attention_mask, generation_config=config,
                                         logits_processor=LogitsProcessorList(processors), streamer=streamer)
            generated = output[:, input_ids.shape[1]:].cpu()  # (B, T)
        seconds = time.perf_counter() - start
        steps = max(1, generated.shape[1])
        contributions = recorder.contributions(generated) if recorder is not None else None  # (B, T, K_active)
        results = []
        for row, prompt in enumerate(prompts):
            ids = generated[row].tolist()
            finished = self.tokenizer.eos_token_id in ids
            ids = ids[: ids.index(self.tokenizer.eos_token_id)] if finished else ids
            row_weights = {name: float(weights[row, i]) for i, name in enumerate(self.value_names) if weights[row, i] != 0}
            result = GenerationResult(prompt, self.tokenizer.decode(ids, skip_special_tokens=True), ids, strategy, row_weights,
                                      seeds[row], finished, warnings=list(prompt_warnings[row]))
            if contributions is not None:
                result.attributions = [
                    TokenAttribution(self.tokenizer.decode([token]), token,
                                     {self.value_names[i]: float(contributions[row, t, j]) for j, i in enumerate(active)})
                    for t, token in enumerate(ids)
                ]
            results.append(result)
        new_tokens = sum(len(r.token_ids) + r.finished for r in results)
        for result in results:
            result.timing = {"seconds": seconds, "batch_new_tokens": new_tokens, "tokens_per_second": new_tokens / max(seconds, 1e-9),
                             "value_forwards_per_token": (session.forwards / steps) if session else 0.0}
        if score:
            self._attach_scores(results)
        return results

    def _plugin_arguments(self, row_weights: torch.Tensor, top_k: int) -> dict | None:
        """The VAS plugin's ``vllm_xargs`` for one row: its mix as ``NAME=WEIGHT,...`` (None: not steered)."""
        mix = ",".join(f"{name}={float(w)!r}" for name, w in zip(self.value_names, row_weights.tolist()) if w != 0)
        return {"value_weights": mix, "value_top_k": top_k} if mix else None

    def _sample_over_api(self, prompt_ids, seeds, copies, max_new_tokens, min_new_tokens, temperature, top_p, streamer,
                         steering: Sequence[dict | None] | None = None) -> torch.Tensor:
        """Samples from the server (``copies`` of each prompt in one request), as a (rows, T) tensor padded like generate()'s."""
        eos, pad = self.tokenizer.eos_token_id, self.tokenizer.pad_token_id
        firsts = range(0, len(prompt_ids), copies)
        answers = self.api.pool.map(lambda i: self.api.sample(prompt_ids[i], copies, max_new_tokens, temperature, top_p, seeds[i], min_new_tokens,
                                                              steering[i] if steering else None), firsts)
        rows = [ids + [eos] if finished else ids for answer in answers for ids, finished in answer]
        width = max(1, max(len(r) for r in rows))
        generated = torch.tensor([r + [pad] * (width - len(r)) for r in rows], dtype=torch.long)
        if streamer is not None:
            streamer.put(torch.tensor([prompt_ids[0]]))
            streamer.put(generated[0])
            streamer.end()
        return generated

    def stream(self, prompt: str, **kwargs) -> Iterator[StreamEvent]:
        """Yield the text as it is written, then a last event with the full ``GenerationResult``.

        Best-of-N cannot stream (the winner is known only at the end): it yields the result once.
        """
        if kwargs.get("strategy") == "bon":
            result = self.generate([prompt], **kwargs)[0]
            yield StreamEvent(result.text, result)
            return
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=120)
        box: dict = {}

        def run():
            try:
                box["result"] = self.generate([prompt], streamer=streamer, **kwargs)[0]
            except BaseException as error:  # re-raised in the caller's thread
                box["error"] = error
                streamer.on_finalized_text("", stream_end=True)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        text = ""
        for piece in streamer:
            text += piece
            if piece:
                yield StreamEvent(text)
        thread.join()
        if "error" in box:
            raise box["error"]
        yield StreamEvent(box["result"].text, box["result"])

    # ---- scores ----------------------------------------------------------------------------
    def reward(self, name: str):
        """The reward behind value model ``name``, loaded on first use (one instance per spec)."""
        spec = self.cards[name]["reward"]
        if spec not in self._rewards:
            self._rewards[spec] = load_reward(spec, self.cards[name].get("reward_name", name),
                                              allow_code=self.trust_reward_code, device=str(self.device))
        return self._rewards[spec]

    def score(self, prompts: Sequence[str], responses: Sequence[str]) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
        """Raw and normalised scores of every value model's reward, keyed by value-model name."""
        raw, normalised = {}, {}
        by_spec: dict[str, np.ndarray] = {}
        for name in self.value_names:
            spec = self.cards[name]["reward"]
            if spec not in by_spec:
                by_spec[spec] = self.reward(name).score(prompts, responses)
            mu, sigma = self.normaliser(name)
            raw[name], normalised[name] = by_spec[spec], (by_spec[spec] - mu) / sigma
        return raw, normalised

    def _attach_scores(self, results: list[GenerationResult]) -> None:
        with self._lock:  # the reward models are shared (with --server, generations run concurrently; scoring does not)
            raw, normalised = self.score([r.prompt for r in results], [r.text for r in results])
        for row, result in enumerate(results):
            result.scores = {n: float(raw[n][row]) for n in self.value_names}
            result.normalised_scores = {n: float(normalised[n][row]) for n in self.value_names}
            result.objective = float(sum(w * result.normalised_scores[n] for n, w in result.value_weights.items()))
