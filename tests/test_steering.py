"""The public decode-time API (composer/steering.py) inside transformers' own generate() and pipeline().

Every mode is checked two ways: greedy output equals the project's own decode (``Composer``), and
every value the processor added at every step equals a fresh, uncached forward of the same text
(``reference_values``): sampled, top-p, num_return_sequences, beam search (whose reordered beams
must carry their caches along), and a processor reused across calls.
"""

import pytest
import torch
from transformers import AutoModelForCausalLM, pipeline

from composer import Composer, SteeringProcessor, ValueSteering
from composer.value_runtime import ValueSession
from tests.test_value_runtime import random_value_model, reference_values
from value_bank.bank import TokenizerMismatchError, ValueBank

KINDS = [("q_lora", "q", "lora"), ("v_lora", "v", "lora"), ("q_frozen", "q", "frozen"), ("v_full", "v", "full")]
MIX = {"q_lora": 2.0, "v_lora": 1.0, "q_frozen": -1.0, "v_full": 0.5}
PROMPTS = ["apple banana", "cherry grape lemon mango melon", "pear"]


@pytest.fixture(scope="module")
def bank(tmp_path_factory, tiny_models, word_tokenizer):
    """Value models of four kinds with random, non-zero weights (so steering changes tokens)."""
    bank = ValueBank.create(tmp_path_factory.mktemp("steer") / "b", tiny_models["base_llama"], word_tokenizer)
    torch.manual_seed(0)
    for name, head, adaptation in KINDS:
        bank.add(name, random_value_model(tiny_models["backbone_llama"], head, adaptation), {"reward": "concision", "mu": 0.0, "sigma": 1.0})
    return bank


@pytest.fixture(scope="module")
def setup(bank, tiny_models, word_tokenizer):
    model = AutoModelForCausalLM.from_pretrained(tiny_models["base_llama"]).eval()
    tokenizer = word_tokenizer
    tokenizer.padding_side = "left"
    steering = ValueSteering(bank, tokenizer=tokenizer, device="cpu", dtype="float32")
    return model, tokenizer, steering


def chat_inputs(tokenizer, prompts=PROMPTS):
    texts = [tokenizer.apply_chat_template([{"role": "user", "content": p}], add_generation_prompt=True, tokenize=False) for p in prompts]
    return tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False)


@pytest.fixture
def recorded(monkeypatch):
    """Every (input_ids, candidates, values, names) the value runtime computed, and every beam reorder."""
    calls, reorders = [], []
    compute, reorder = ValueSession.candidate_values, ValueSession.reorder_rows

    def recording(self, input_ids, candidates):
        values = compute(self, input_ids, candidates)
        calls.append((input_ids.clone(), candidates.clone(), values.clone(), list(self.names)))
        return values

    def reordering(self, rows):
        reorders.append(rows.tolist())
        return reorder(self, rows)

    monkeypatch.setattr(ValueSession, "candidate_values", recording)
    monkeypatch.setattr(ValueSession, "reorder_rows", reordering)
    return calls, reorders


def assert_values_match_plain_forwards(bank, calls, prompt_mask, rows_per_prompt):
    """Each recorded value equals an uncached forward over the row's real (unpadded) tokens."""
    references = {name: bank.load_value_model(name) for name in bank.names}
    mask = prompt_mask.bool().repeat_interleave(rows_per_prompt, dim=0)
    assert calls
    for step, (input_ids, candidates, values, names) in enumerate(calls):
        for row in range(input_ids.shape[0]):
            real = torch.cat([input_ids[row, : mask.shape[1]][mask[row]], input_ids[row, mask.shape[1]:]])
            for index, name in enumerate(names):
                torch.testing.assert_close(values[row, index], reference_values(references[name], real, candidates[row]),
                                           atol=2e-4, rtol=2e-4, msg=f"step {step}, row {row}, {name}")


def completions(output, inputs, tokenizer):
    return [tokenizer.decode(row[inputs["input_ids"].shape[1]:], skip_special_tokens=True) for row in output]


def test_greedy_generate_equals_the_project_decode(bank, setup):
    model, tokenizer, steering = setup
    mixes = [MIX, {}, {"q_lora": -2.0, "v_full": 3.0}]  # one mix per prompt, one of them unsteered
    inputs = chat_inputs(tokenizer)
    output = model.generate(**inputs, do_sample=False, max_new_tokens=10, pad_token_id=tokenizer.pad_token_id,
                            logits_processor=[steering.processor(mixes)])
    ours = Composer(bank, device="cpu", dtype="float32").generate(PROMPTS, mixes, temperature=0, max_new_tokens=10, score=False)
    assert completions(output, inputs, tokenizer) == [r.text for r in ours]
    plain = model.generate(**inputs, do_sample=False, max_new_tokens=10, pad_token_id=tokenizer.pad_token_id)
    assert completions(plain, inputs, tokenizer)[1] == ours[1].text  # the unsteered row is the base's own
    assert completions(plain, inputs, tokenizer)[0] != ours[0].text  # and the mix changes the others


@pytest.mark.parametrize("mode", [
    {"do_sample": True},
    {"do_sample": True, "top_p": 0.8, "temperature": 0.7},
    {"do_sample": True, "num_return_sequences": 2},
    {"do_sample": False, "num_beams": 3, "num_return_sequences": 2},
], ids=["sampled", "top_p", "num_return_sequences", "beam_search"])
def test_every_generate_mode_adds_the_values_of_a_plain_forward(bank, setup, recorded, mode):
    model, tokenizer, steering = setup
    calls, reorders = recorded
    inputs = chat_inputs(tokenizer)
    torch.manual_seed(3)
    output = model.generate(**inputs, max_new_tokens=6, pad_token_id=tokenizer.pad_token_id,
                            logits_processor=[steering.processor(MIX, top_k=5)], **mode)
    rows = mode.get("num_beams", mode.get("num_return_sequences", 1))
    assert output.shape[0] == len(PROMPTS) * mode.get("num_return_sequences", 1)
    assert all(c[0].shape[0] == len(PROMPTS) * rows for c in calls)
    assert_values_match_plain_forwards(bank, calls, inputs["attention_mask"], rows)
    if "num_beams" in mode:  # the beams really moved, so the caches had to follow them
        assert any(r != sorted(r) or len(set(r)) < len(r) for r in reorders)


def test_a_processor_reused_across_calls_starts_afresh(bank, setup):
    model, tokenizer, steering = setup
    processor = steering.processor(MIX)
    runs = []
    for prompts in (PROMPTS, PROMPTS[:2][::-1], PROMPTS):
        inputs = chat_inputs(tokenizer, prompts)
        output = model.generate(**inputs, do_sample=False, max_new_tokens=8, pad_token_id=tokenizer.pad_token_id, logits_processor=[processor])
        fresh = model.generate(**inputs, do_sample=False, max_new_tokens=8, pad_token_id=tokenizer.pad_token_id,
                               logits_processor=[steering.processor(MIX)])
        assert torch.equal(output, fresh)
        runs.append(completions(output, inputs, tokenizer))
    assert runs[0] == runs[2]


def test_pipeline_text_generation_equals_the_project_decode(bank, setup):
    model, tokenizer, steering = setup
    generator = pipeline("text-generation", model=model, tokenizer=tokenizer)
    chats = [[{"role": "user", "content": p}] for p in PROMPTS]
    answers = generator(chats, logits_processor=[steering.processor(MIX)], max_new_tokens=10, do_sample=False,
                        pad_token_id=tokenizer.pad_token_id)
    ours = Composer(bank, device="cpu", dtype="float32").generate(PROMPTS, MIX, temperature=0, max_new_tokens=10, score=False)
    assert [a[0]["generated_text"][-1]["content"].strip() for a in answers] == [r.text.strip() for r in ours]


def test_all_zero_weights_return_the_base_scores_and_load_nothing(setup):
    _, _, steering = setup
    processor = steering.processor({"q_lora": 0.0})
    scores = torch.randn(2, 40)
    assert processor(torch.ones(2, 3, dtype=torch.long), scores) is scores
    assert processor.guidance is None


def test_bad_mixes_and_tokenizers_are_refused_by_name(bank, setup, bpe_tokenizer):
    model, tokenizer, steering = setup
    with pytest.raises(ValueError, match="unknown value model 'nope'; known: q_frozen, q_lora"):
        steering.processor({"nope": 1.0})
    with pytest.raises(ValueError, match="weight of 'q_lora' must be a finite number, got nan"):
        steering.processor({"q_lora": float("nan")})
    with pytest.raises(ValueError, match="top_k must be a positive integer"):
        steering.processor(MIX, top_k=0)
    with pytest.raises(TypeError, match="mix 1 is a str"):
        steering.processor([MIX, "q_lora=1"])
    inputs = chat_inputs(tokenizer)
    with pytest.raises(ValueError, match="2 mixes for a batch of 3 rows"):
        model.generate(**inputs, max_new_tokens=2, pad_token_id=tokenizer.pad_token_id, logits_processor=[steering.processor([MIX, MIX])])
    with pytest.raises(TokenizerMismatchError, match="the tokenizer given to ValueSteering has tokenizer"):
        ValueSteering(bank, tokenizer=bpe_tokenizer, device="cpu")
    assert isinstance(steering.processor(MIX), SteeringProcessor)
