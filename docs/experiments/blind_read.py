"""Read answers blind: two or more runs' answers to the same questions, shuffled per question, graded by a person.

Relevance (MiniLM >= 0.3) counts an answer that restates the question and then gives a tip from another subject as on
topic; a reader does not (fourteenth session, docs/experiments/on-topic-base.md). This makes the read repeatable:

    # a sheet: the answers of each named card's run to questions FROM..TO, in a random order per question
    python docs/experiments/blind_read.py sheet OUT shipped=runs/demo-build/eval-everyday \\
        copy=runs/s28/build-2400/eval-everyday --run "vas:helpfulness=4,harmlessness=1,positivity=2" --first 0 --last 59 --seed 31
    # grade OUT.txt by hand into a file of lines "INDEX GRADE_A GRADE_B ...":
    #   2 the answer is about the question's subject and every tip fits it
    #   1 it names the subject (or a near one) but a tip does not fit it, or is nonsense
    #   0 another subject, or no answer (a refusal, a hedge)
    python docs/experiments/blind_read.py tally OUT GRADES

A card folder is a ``composer eval`` output (its ``generations.jsonl``); the names stay in ``OUT_key.json`` until
the tally.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
from pathlib import Path

GRADES = {2: "fits", 1: "subject, tip misfit", 0: "other subject / none"}


def sheet(out: str, cards: dict[str, str], run: str, first: int, last: int, seed: int = 29) -> None:
    answers: dict[tuple[str, int], tuple[str, str]] = {}
    for name, folder in cards.items():
        for line in (Path(folder) / "generations.jsonl").read_text().splitlines():
            row = json.loads(line)
            if row["run"] == run and row.get("sample_index", 0) == 0 and first <= row["prompt_index"] <= last:
                answers[(name, row["prompt_index"])] = (row["prompt"], row["text"])
    rng, key, lines = random.Random(seed), {}, []
    for index in range(first, last + 1):
        missing = [name for name in cards if (name, index) not in answers]
        if missing:
            raise SystemExit(f"question {index}: no answer of run {run!r} in {missing}")
        order = list(cards)
        rng.shuffle(order)
        key[index] = order
        lines.append(f"## {index}: {answers[(order[0], index)][0]}")
        lines += [f"  {chr(65 + j)}: {answers[(name, index)][1]}" for j, name in enumerate(order)]
    Path(out + ".txt").write_text("\n".join(lines) + "\n")
    Path(out + "_key.json").write_text(json.dumps(key))


def tally(out: str, grades: str) -> dict[str, collections.Counter]:
    """Count a grades file against the sheet's key; refuses a file that does not grade every answer exactly once."""
    key = json.loads(Path(out + "_key.json").read_text())
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    graded = set()
    for number, line in enumerate(Path(grades).read_text().splitlines(), 1):
        if not line.strip():
            continue
        index, *marks = line.split()
        where = f"{grades}:{number}"
        if index not in key:
            raise SystemExit(f"{where}: question {index!r} is not on the sheet (questions {min(key, key=int)}-{max(key, key=int)})")
        if index in graded:
            raise SystemExit(f"{where}: question {index} is graded twice")
        order = key[index]
        if len(marks) != len(order):
            raise SystemExit(f"{where}: {len(marks)} grades for {len(order)} answers")
        if any(mark not in ("0", "1", "2") for mark in marks):
            raise SystemExit(f"{where}: grades are 0, 1 or 2, got {' '.join(marks)}")
        graded.add(index)
        for name, mark in zip(order, marks):
            counts[name][int(mark)] += 1
    missing = sorted(set(key) - graded, key=int)
    if missing:
        raise SystemExit(f"{len(missing)} questions not graded: {', '.join(missing[:10])}{' ...' if len(missing) > 10 else ''}")
    for name, count in counts.items():
        total = sum(count.values())
        print(f"{name}: " + ", ".join(f"{GRADES[g]} {count[g]}/{total}" for g in (2, 1, 0)))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("sheet")
    make.add_argument("out")
    make.add_argument("cards", nargs="+", help="NAME=CARD_FOLDER")
    make.add_argument("--run", required=True)
    make.add_argument("--first", type=int, default=0)
    make.add_argument("--last", type=int, default=59)
    make.add_argument("--seed", type=int, default=29, help="the shuffle's seed: give each sheet its own, or every sheet puts its "
                      "runs in the same A/B order and a side read before gives the other away (29: every sheet up to 2026-12-08)")
    count = commands.add_parser("tally")
    count.add_argument("out")
    count.add_argument("grades")
    args = parser.parse_args()
    if args.command == "sheet":
        bad = [card for card in args.cards if "=" not in card]
        names = [card.split("=", 1)[0] for card in args.cards]
        if bad or len(set(names)) != len(names):
            parser.error(f"cards are NAME=CARD_FOLDER with different names, got {' '.join(args.cards)}")
        sheet(args.out, dict(card.split("=", 1) for card in args.cards), args.run, args.first, args.last, args.seed)
    else:
        tally(args.out, args.grades)


if __name__ == "__main__":
    main()
