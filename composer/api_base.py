"""A base model you can only reach through an API: VAS over an endpoint's top-k log-probabilities.

VAS never needs the base model's weights (DESIGN.md section 8). At each step the composer asks an
OpenAI-compatible server for the next token's k most likely tokens and their log-probabilities
(``/v1/completions`` with ``max_tokens=1`` and ``logprobs=k``; the prompt goes as token ids and the
answer comes back as token ids, ``return_tokens_as_token_ids``, so two tokens that decode to the
same text never collide), fills a logits row with those k values (every other token at -inf),
and runs the same processors as in process: the value bonus of ``composer/guidance.py`` on the k
candidates (those the base finds plausible), then temperature, top-p and the row's own seeded sampler. The value models run
locally and keep their KV caches across steps; only the base is remote.

What it costs and cannot do: one HTTP request per row per token (the rows of a batch go
concurrently); the candidates are only the k tokens the server returns, so with every weight 0
this samples from the base's top-k, not from its whole distribution (``strategy="base"`` asks the
server to sample instead, in one request). Best-of-N asks for its N samples in one request
(``n=N``) and reranks locally.

Servers that speak only chat (``api="chat"``) get ``/v1/chat/completions`` with ``top_logprobs``;
the text so far is sent as an assistant message to continue (vLLM's ``continue_final_message``).

The API key is read from an environment variable (``VAS_API_KEY`` unless told another name),
never from a flag, and is never printed.

>>> base = ApiBase("http://127.0.0.1:8000/v1", "banks/demo/base", tokenizer)          # doctest: +SKIP
>>> base.top_logprobs([[1, 2, 3]], k=20)[0][0][:3]                                   # doctest: +SKIP
[42, 7, 311]
"""

from __future__ import annotations

import os
import random
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Sequence
from urllib.parse import urlparse

from value_bank.config_io import RunFailure

if TYPE_CHECKING:  # torch is imported where it is used, so that reading this module stays light
    import torch

API_KEY_ENV = "VAS_API_KEY"
APIS = ("completions", "chat")
RETRY_STATUSES = {408, 409, 429, 500, 502, 503, 504}
PROBE = "How do I fix a leaking tap? Water it when the top inch of soil is dry."


BASE_URL_HELP = {
    "base_url": "an OpenAI-compatible endpoint serving the bank's base model, e.g. http://127.0.0.1:8000/v1 "
                "(the base is then asked for its top-k log-probabilities each step; value models stay local)",
    "server": "a vLLM server running this bank in its logits-processor plugin (composer/vllm_plugin.py), e.g. "
              "http://127.0.0.1:8000/v1: every generation runs there, with the mix in each request; rewards are scored here",
    "base_model": "the model name the endpoint serves (with --base-url or --server)",
    "api": "completions (token ids in and out: exact) or chat (for servers that speak only chat)",
    "api_key_env": f"the environment variable holding the endpoint's API key (default {API_KEY_ENV}); never a flag",
}


def add_base_url_arguments(parser) -> None:
    """``--base-url``, ``--base-model``, ``--api`` and ``--api-key-env`` for commands with hand-written parsers."""
    parser.add_argument("--base-url", default="", help=BASE_URL_HELP["base_url"])
    parser.add_argument("--server", default="", help=BASE_URL_HELP["server"])
    parser.add_argument("--base-model", default="", help=BASE_URL_HELP["base_model"])
    parser.add_argument("--api", default="completions", choices=APIS, help=BASE_URL_HELP["api"])
    parser.add_argument("--api-key-env", default=API_KEY_ENV, help=BASE_URL_HELP["api_key_env"])


def base_url_options(namespace) -> dict:
    """The Composer keywords of those arguments (from an argparse namespace or a config dataclass)."""
    return {"base_url": namespace.base_url or None, "server": getattr(namespace, "server", "") or None,
            "base_model": namespace.base_model or None, "api": namespace.api, "api_key_env": namespace.api_key_env}


class ApiError(RunFailure, RuntimeError):
    """The server could not give what VAS needs (no log-probabilities, fewer than k, another tokenizer, ...).

    A ``RunFailure``: the command lines print its message as one line and exit with 1."""


def check_base_url(url: str) -> str:
    parsed = urlparse(url or "")
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValueError(f"base URL {url!r} must be an http:// or https:// URL, e.g. http://127.0.0.1:8000/v1")
    return url.rstrip("/")


class ApiBase:
    """An OpenAI-compatible endpoint serving the bank's base model, asked one token at a time."""

    def __init__(self, url: str, model: str, tokenizer, api: str = "completions", api_key_env: str = API_KEY_ENV,
                 timeout: float = 60.0, retries: int = 4, concurrency: int = 16):
        import httpx

        if api not in APIS:
            raise ValueError(f"api {api!r} is not one of {', '.join(APIS)}")
        if not model:
            raise ValueError("a base model name is needed with a base URL (base_model=, on the command line --base-model: the name of the model the server serves)")
        self.url, self.model, self.tokenizer, self.api = check_base_url(url), model, tokenizer, api
        self.retries = retries
        # vLLM's return_tokens_as_token_ids keeps two tokens that decode alike apart; a server that refuses the
        # parameter (HTTP 400 naming it) is asked again without it, and its token strings go through the bank's tokenizer
        self.token_ids_parameter = True
        key = os.environ.get(api_key_env, "") if api_key_env else ""
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self.client = httpx.Client(timeout=timeout, headers=headers, limits=httpx.Limits(max_connections=concurrency))
        self.pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="vas-api")
        self.requests = 0  # sent, retries included (for the cost report)

    def __repr__(self) -> str:  # never the key
        return f"ApiBase({self.url!r}, model={self.model!r}, api={self.api!r})"

    def close(self) -> None:
        self.pool.shutdown(wait=False)
        self.client.close()

    # ---- HTTP ----------------------------------------------------------------------------------
    def _post(self, path: str, body: dict, root: bool = False) -> dict:
        if not self.token_ids_parameter:
            body = {key: value for key, value in body.items() if key != "return_tokens_as_token_ids"}
        try:
            return self._request("POST", path, body, root)
        except ApiError as error:
            refused = "HTTP 400" in str(error) and "return_tokens_as_token_ids" in str(error)
            if not (refused and body.get("return_tokens_as_token_ids")):
                raise
            self.token_ids_parameter = False
            return self._post(path, body, root)

    def _request(self, method: str, path: str, body: dict | None = None, root: bool = False) -> dict:
        import httpx

        base = self.url[: -len("/v1")] if root and self.url.endswith("/v1") else self.url
        delay = 0.5
        for attempt in range(self.retries + 1):
            self.requests += 1
            try:
                response = self.client.request(method, base + path, json=body)
            except httpx.TimeoutException:
                error = ApiError(f"the server at {self.url} did not answer {path} within {self.client.timeout.read:g} s")
            except httpx.TransportError as exc:
                error = ApiError(f"cannot reach the server at {self.url} ({type(exc).__name__}: {exc})")
            else:
                if response.status_code < 400:
                    return response.json()
                error = ApiError(f"the server at {self.url} answered {path} with HTTP {response.status_code}: {_message(response)}")
                if response.status_code not in RETRY_STATUSES:
                    raise error
                retry_after = response.headers.get("retry-after", "")
                if retry_after.replace(".", "", 1).isdigit():
                    delay = max(delay, min(float(retry_after), 30.0))
            if attempt < self.retries:
                time.sleep(delay * (1 + random.random() * 0.25))  # backoff with jitter
                delay = min(delay * 2, 30.0)
        raise error

    # ---- what the server is -------------------------------------------------------------------
    def check(self) -> int | None:
        """Check the server serves ``model`` with the bank's tokenizer; return its context length if it says."""
        listing = self._request("GET", "/models")
        models = {m.get("id"): m for m in listing.get("data", [])}
        if models and self.model not in models:
            raise ApiError(f"the server at {self.url} does not serve {self.model!r}; it serves: {', '.join(sorted(models))}")
        expected = self.tokenizer(PROBE, add_special_tokens=False).input_ids
        served = self._probe_token_ids()
        if served is not None and served != expected:
            raise ApiError(f"the server's tokenizer for {self.model!r} is not the bank's: the probe {PROBE!r} is "
                           f"{served[:12]}... there and {expected[:12]}... in the bank (value models read the bank's token ids)")
        context = (models.get(self.model) or {}).get("max_model_len")
        return int(context) if isinstance(context, int) else None

    def _probe_token_ids(self) -> list[int] | None:
        """The server's token ids of PROBE: vLLM's /tokenize, else the echoed prompt's tokens; None if neither works."""
        try:
            answer = self._post("/tokenize", {"model": self.model, "prompt": PROBE, "add_special_tokens": False}, root=True)
            if isinstance(answer.get("tokens"), list):
                return [int(t) for t in answer["tokens"]]
        except ApiError:
            pass
        try:
            answer = self._post("/completions", {"model": self.model, "prompt": PROBE, "max_tokens": 1, "echo": True,
                                                 "logprobs": 0, "return_tokens_as_token_ids": True})
            tokens = answer["choices"][0]["logprobs"]["tokens"][:-1]
            return [_token_id(t, self.tokenizer) for t in tokens]
        except (ApiError, KeyError, IndexError, TypeError, ValueError):
            return None

    def check_plugin(self, names: Sequence[str]) -> None:
        """Check the server steers with this bank (composer/vllm_plugin.py): a request the plugin must refuse.

        Every value model at weight 0 with ``value_top_k=0``: the plugin answers HTTP 400 about
        ``value_top_k`` when it knows every name, about the name when its bank lacks one; a server
        without the plugin ignores the arguments and answers 200."""
        body = {"model": self.model, "prompt": [0], "max_tokens": 1,
                "vllm_xargs": {"value_weights": ",".join(f"{n}=0" for n in names), "value_top_k": 0}}
        try:
            self._post("/completions", body)
        except ApiError as error:
            text = str(error)
            if "value_top_k" in text:
                return
            if "unknown value model" in text:
                raise ApiError(f"the server at {self.url} steers with another bank: {text.split(': ', 1)[-1]}") from None
            raise
        raise ApiError(f"the server at {self.url} does not run the VAS plugin: start it with "
                       "VAS_BANK=<bank> vllm serve <base> --logits-processors composer.vllm_plugin:ValueGuidanceProcessor")

    # ---- one step -----------------------------------------------------------------------------
    def top_logprobs(self, rows: Sequence[Sequence[int]], k: int, chat_rows: Sequence[tuple[str, list[int]]] | None = None
                     ) -> list[tuple[list[int], list[float]]]:
        """For each row of token ids (the formatted prompt and the answer so far), the next token's k most
        likely ids and their log-probabilities, best first. ``api="chat"`` sends ``chat_rows`` instead:
        (the user's prompt, the answer's token ids so far) per row."""
        if self.api == "chat":
            if chat_rows is None or len(chat_rows) != len(rows):
                raise ValueError("api='chat' needs each row's prompt text and answer ids (chat_rows)")
            return list(self.pool.map(lambda row: self._one_step(None, k, row), chat_rows))
        return list(self.pool.map(lambda ids: self._one_step(list(ids), k), rows))

    def _one_step(self, ids: list[int] | None, k: int, chat_row: tuple[str, list[int]] | None = None
                  ) -> tuple[list[int], list[float]]:
        if chat_row is None:
            answer = self._post("/completions", {"model": self.model, "prompt": ids, "max_tokens": 1, "logprobs": k,
                                                 "temperature": 0.0, "return_tokens_as_token_ids": True})
            try:
                top = answer["choices"][0]["logprobs"]["top_logprobs"][0]
            except (KeyError, IndexError, TypeError):
                top = None
            pairs = [(_token_id(token, self.tokenizer), float(lp)) for token, lp in (top or {}).items()]
        else:
            answer = self._post("/chat/completions", {**self._chat_messages(*chat_row), "model": self.model, "max_tokens": 1,
                                                      "logprobs": True, "top_logprobs": k, "temperature": 0.0,
                                                      "return_tokens_as_token_ids": True})
            try:
                top = answer["choices"][0]["logprobs"]["content"][0]["top_logprobs"]
            except (KeyError, IndexError, TypeError):
                top = None
            pairs = [(_token_id(entry["token"], self.tokenizer), float(entry["logprob"])) for entry in (top or [])]
        if not pairs:
            raise ApiError(f"the server at {self.url} returned no log-probabilities for {self.model!r}; VAS needs the "
                           f"next token's top-{k} (logprobs={k})")
        best: dict[int, float] = {}
        for token, lp in pairs:  # the sampled token may come beside the top k
            best[token] = max(lp, best.get(token, -float("inf")))
        ranked = sorted(best.items(), key=lambda item: -item[1])
        if len(ranked) < k:
            raise ApiError(f"the server at {self.url} returned {len(ranked)} log-probabilities, fewer than the {k} "
                           "candidates asked for; lower top_k, or raise the server's limit (vLLM: --max-logprobs)")
        ranked = ranked[:k]
        return [t for t, _ in ranked], [lp for _, lp in ranked]

    def _chat_messages(self, prompt: str, answer_ids: list[int]) -> dict:
        """The chat request for a prompt and the answer so far: the user's turn, then an assistant turn to continue.

        The server re-tokenises the answer's text, so its token boundaries can differ from ours: the
        completions API, which takes token ids, is the exact one."""
        messages = [{"role": "user", "content": prompt}]
        if answer_ids:
            messages.append({"role": "assistant", "content": self.tokenizer.decode(answer_ids, skip_special_tokens=True)})
            return {"messages": messages, "add_generation_prompt": False, "continue_final_message": True}
        return {"messages": messages}

    def sequence_logprobs(self, rows: Sequence[Sequence[int]]) -> list[list[float]]:
        """log p(x_j | x_<j) for j = 1 .. n-1 of each row, from the server (``echo`` of the prompt's log-probabilities)."""
        def one(ids):
            answer = self._post("/completions", {"model": self.model, "prompt": list(ids), "max_tokens": 1, "echo": True,
                                                 "logprobs": 0, "temperature": 0.0, "return_tokens_as_token_ids": True})
            try:
                values = answer["choices"][0]["logprobs"]["token_logprobs"][1 : len(ids)]
            except (KeyError, IndexError, TypeError):
                values = []
            if len(values) != len(ids) - 1 or any(v is None for v in values):
                raise ApiError(f"the server at {self.url} did not return the prompt's log-probabilities (echo); "
                               "the base NLL column needs them")
            return [float(v) for v in values]

        return list(self.pool.map(one, rows))

    # ---- whole samples (strategy base, Best-of-N) ---------------------------------------------
    def sample(self, ids: Sequence[int], n: int, max_tokens: int, temperature: float, top_p: float, seed: int,
               min_tokens: int = 0, steering: dict | None = None) -> list[tuple[list[int], bool]]:
        """``n`` samples of one prompt, sampled by the server in one request: (token ids, ended with eos) each.

        ``steering``: the VAS plugin's arguments (``value_weights``, ``value_top_k``), sent as ``vllm_xargs``."""
        body = {"model": self.model, "prompt": list(ids), "max_tokens": max_tokens, "n": n, "temperature": temperature,
                "top_p": top_p, "seed": seed, "logprobs": 0, "return_tokens_as_token_ids": True}
        if min_tokens:
            body["min_tokens"] = min_tokens
        if steering:
            body["vllm_xargs"] = steering
        answer = self._post("/completions", body)
        samples = []
        for choice in sorted(answer.get("choices", []), key=lambda c: c.get("index", 0)):
            tokens = (choice.get("logprobs") or {}).get("tokens")
            token_ids = [_token_id(t, self.tokenizer) for t in tokens] if tokens is not None else \
                self.tokenizer(choice.get("text", ""), add_special_tokens=False).input_ids
            eos = self.tokenizer.eos_token_id
            finished = choice.get("finish_reason") == "stop"
            samples.append(([t for t in token_ids if t != eos], finished))
        if len(samples) != n:
            raise ApiError(f"the server at {self.url} returned {len(samples)} samples, not the {n} asked for")
        return samples


def _token_id(token: str, tokenizer) -> int:
    """A returned token as an id: ``token_id:123`` (return_tokens_as_token_ids), else a token string of the bank's tokenizer."""
    if isinstance(token, str) and token.startswith("token_id:"):
        return int(token[len("token_id:"):])
    ids = tokenizer.convert_tokens_to_ids([token])
    if ids and ids[0] is not None and ids[0] != tokenizer.unk_token_id:
        return int(ids[0])
    encoded = tokenizer(token, add_special_tokens=False).input_ids
    if len(encoded) != 1:
        raise ApiError(f"the server returned the token {token!r}, which is not one token of the bank's tokenizer; "
                       "use a server that returns token ids (vLLM: return_tokens_as_token_ids)")
    return int(encoded[0])


def _message(response) -> str:
    """The server's error message, short (servers put it in {"error": {"message": ...}} or {"message": ...})."""
    try:
        body = response.json()
        error = body.get("error", body) if isinstance(body, dict) else body
        text = error.get("message", str(error)) if isinstance(error, dict) else str(error)
    except ValueError:
        text = response.text
    return " ".join(str(text).split())[:300]


def decode_over_api(api: ApiBase, input_ids: torch.Tensor, prompt_lengths: Sequence[int], prompts: Sequence[str], processors,
                    k: int, max_new_tokens: int, min_new_tokens: int, eos_id: int, pad_id: int, vocab_size: int,
                    streamer=None) -> "torch.Tensor":
    """The generation loop with a remote base: (B, P) left-padded prompts -> (B, T) new tokens (pad after eos).

    Each step fills the logits of every unfinished row with the server's top-k log-probabilities
    (-inf elsewhere) and runs ``processors`` on them as ``generate()`` would (value bonus,
    temperature, top-p, seeded sampling; none = greedy); finished rows get padding, as in
    ``generate()``, so the value models' caches stay aligned.
    """
    import torch

    B, P = input_ids.shape
    real = [input_ids[i, P - n:].tolist() for i, n in enumerate(prompt_lengths)]
    done = torch.zeros(B, dtype=torch.bool)
    if streamer is not None:
        streamer.put(input_ids.cpu())
    for step in range(max_new_tokens):
        alive = [i for i in range(B) if not done[i]]
        scores = torch.full((B, vocab_size), -float("inf"))
        chat_rows = [(prompts[i], real[i][prompt_lengths[i]:]) for i in alive] if api.api == "chat" else None
        for i, (ids, logprobs) in zip(alive, api.top_logprobs([real[i] for i in alive], k, chat_rows)):
            if max(ids) >= vocab_size:
                raise ApiError(f"the server returned token id {max(ids)}, outside the bank's vocabulary of {vocab_size}")
            scores[i, ids] = torch.tensor(logprobs)
        scores[done, pad_id] = 0.0
        if step < min_new_tokens:
            scores[~done, eos_id] = -float("inf")
        for processor in processors:
            scores = processor(input_ids, scores)
        chosen = scores.argmax(-1)
        chosen[done] = pad_id
        input_ids = torch.cat([input_ids, chosen[:, None]], 1)
        for i in alive:
            real[i].append(int(chosen[i]))
        if streamer is not None:
            streamer.put(chosen.cpu())
        done |= chosen == eos_id
        if done.all():
            break
    if streamer is not None:
        streamer.end()
    return input_ids[:, P:]
