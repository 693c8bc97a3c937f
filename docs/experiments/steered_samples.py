"""Answers of the steered policy, in the sampler's format, to train value models where steering goes
(on-topic-base.md, twentieth session: one step of DAgger).

Each prompt gets PER_MIX answers under each of two mixes (``helpfulness=8`` and the app's opening mix) from BANK, at
temperature 0.5 with the top 20 tokens as the guidance's candidates (the card's decoding), each answer with its own
seed. Every value model's reward scores the answers, as the sampler does. The recorded top-20 log-probabilities are
the base's own: the recorder runs before the guidance, as the training's consistency term needs. Rows are marked
``explored_step`` 0 (off the base's policy from the first token), so ``value_bank/train.py`` takes their loss from step
0 and leaves them out of the reward's mean, deviation and validation. Their ``prompt_index`` starts at PROMPT_OFFSET and ``sample_index`` at
SAMPLE_OFFSET, so the file can be added as one more part to a sampling folder (its ``meta.json`` ``num_prompts``
raised to match).

    python docs/experiments/steered_samples.py BANK PROMPTS OUT.parquet PER_MIX PROMPT_OFFSET SAMPLE_OFFSET
    python docs/experiments/novel_subject_prompts.py novel.txt 600 vas_demo/everyday_questions.txt EVERYDAY2 HELD_OUT
    python docs/experiments/steered_samples.py banks/demo novel.txt runs/steered.parquet 2 2000 4
"""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from transformers import GenerationConfig, LogitsProcessorList

from composer.generation import Composer
from composer.guidance import ValueGuidance
from composer.seeded_sampling import sampling_processors
from composer.value_runtime import ValueSession
from value_bank.prompting import encode_prompts, left_pad
from value_bank.sampling import EXPLORED_STEP, REWARD_PREFIX, TopKRecorder

MIXES = [{"helpfulness": 8.0}, {"helpfulness": 4.0, "harmlessness": 1.0, "positivity": 2.0}]
TEMPERATURE, TOP_K, MAX_NEW_TOKENS, BATCH = 0.5, 20, 64, 16

if __name__ == "__main__":
    bank, prompts_file, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    per_mix, prompt_offset, sample_offset = (int(a) for a in sys.argv[4:7])
    prompts = [line for line in Path(prompts_file).read_text().splitlines() if line.strip()]
    composer = Composer(bank, "cpu", "float32")
    tokenizer = composer.tokenizer
    encoded = encode_prompts(tokenizer, prompts, composer.context - MAX_NEW_TOKENS)
    rows = [(i, m, s) for i in range(len(prompts)) for m in range(len(MIXES)) for s in range(per_mix)]
    records = []
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        input_ids, attention_mask = left_pad([encoded.ids[i] for i, _, _ in batch], tokenizer.pad_token_id, "cpu")
        weights = composer.weight_matrix([MIXES[m] for _, m, _ in batch], len(batch))
        active = [k for k in range(len(composer.value_names)) if bool(weights[:, k].any())]
        session = ValueSession(composer.groups, attention_mask, [composer.value_names[k] for k in active])
        recorder = TopKRecorder(TOP_K, TEMPERATURE)
        seeds = [7_000_000 + 1000 * i + sample_offset + m * per_mix + s for i, m, s in batch]  # one per answer, per file
        processors = [recorder, ValueGuidance(session, weights[:, active], TOP_K)] + sampling_processors(TEMPERATURE, 1.0, seeds)
        config = GenerationConfig(do_sample=False, max_new_tokens=MAX_NEW_TOKENS, pad_token_id=tokenizer.pad_token_id,
                                  eos_token_id=tokenizer.eos_token_id)
        with torch.no_grad():
            sequences = composer.model.generate(input_ids=input_ids, attention_mask=attention_mask, generation_config=config,
                                                logits_processor=LogitsProcessorList(processors))
        generated = sequences[:, input_ids.shape[1]:]
        top_ids = torch.stack([ids for ids, _ in recorder.steps], 1)
        top_logprobs = torch.stack([lp for _, lp in recorder.steps], 1)
        for row, (i, m, s) in enumerate(batch):
            ids = generated[row].tolist()
            length = ids.index(tokenizer.eos_token_id) + 1 if tokenizer.eos_token_id in ids else len(ids)
            records.append({"prompt_index": prompt_offset + i, "sample_index": sample_offset + m * per_mix + s, "prompt": prompts[i],
                            "response": tokenizer.decode(ids[:length], skip_special_tokens=True), "prompt_ids": encoded.ids[i],
                            "response_ids": ids[:length], "topk_ids": top_ids[row, :length].tolist(),
                            "topk_logprobs": top_logprobs[row, :length].numpy().astype(np.float32).tolist(),
                            "finished": ids[length - 1] == tokenizer.eos_token_id, EXPLORED_STEP: 0})
        print(f"{min(start + BATCH, len(rows))} of {len(rows)} answers", flush=True)
    frame = pd.DataFrame.from_records(records)
    for name in composer.value_names:  # the reward behind each value model, under its own name (as the sampler writes it)
        reward = composer.reward(name)
        frame[REWARD_PREFIX + reward.name] = reward.score(frame["prompt"].tolist(), frame["response"].tolist())
    out.parent.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(out, index=False)
    print(f"wrote {len(frame)} answers to {out}; mean helpfulness {frame[REWARD_PREFIX + 'helpfulness'].mean():.3f}")
