"""Best-of-N over steered answers (issue 9, twenty-second session): of the N samples per prompt of a ``composer eval``
run (``--samples-per-prompt N``), keep the one with the highest weighted objective of the run's mix, as Best-of-N does
over base samples. Writes a ``generations.jsonl`` (one answer per prompt, as sample 0) that ``blind_read.py sheet`` reads.

    python -m composer eval --prompts runs/everyday60.txt --runs "vas:helpfulness=4,harmlessness=1,positivity=2" \\
        --samples-per-prompt 4 --temperature 0.5 --top-k 20 --seed 0 --dtype float32 --out runs/vas4
    python docs/experiments/best_of_steered.py runs/vas4 runs/vas-best-of-4
"""
import collections
import json
import sys
from pathlib import Path

source, out = Path(sys.argv[1]), Path(sys.argv[2])
by_prompt = collections.defaultdict(list)
for line in (source / "generations.jsonl").read_text().splitlines():
    row = json.loads(line)
    by_prompt[(row["run"], row["prompt_index"])].append(row)
out.mkdir(parents=True, exist_ok=True)
with open(out / "generations.jsonl", "w") as f:
    for key in sorted(by_prompt):
        best = dict(max(by_prompt[key], key=lambda row: row["objective"]), sample_index=0)
        f.write(json.dumps(best) + "\n")
print(f"{len(by_prompt)} prompts: best of {max(len(rows) for rows in by_prompt.values())} kept in {out / 'generations.jsonl'}")
