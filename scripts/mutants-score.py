#!/usr/bin/env python3
"""The mutation score per source file, from the result folders of scripts/mutants.sh.

    python3 scripts/mutants-score.py mutation

Reads every <folder>/mutants.out/{caught,previously_caught,missed,timeout,unviable}.txt, whose
lines begin with the mutated file's path. Score = (caught + timeout) / (caught + missed +
timeout): a mutant that makes the suite hang was noticed, one that does not compile tells
nothing. Exits with 1 when a file scores below the goal (90 %) and lists its survivors.
"""
import sys
from collections import defaultdict
from pathlib import Path

GOAL = 0.90
KINDS = {
    "caught.txt": "caught",
    "previously_caught.txt": "caught",
    "missed.txt": "missed",
    "timeout.txt": "timeout",
    "unviable.txt": "unviable",
}


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 64
    root = Path(sys.argv[1])
    counts = defaultdict(lambda: defaultdict(int))
    missed = defaultdict(list)
    for out in sorted(root.glob("*/mutants.out")):
        for name, kind in KINDS.items():
            path = out / name
            if not path.exists():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                file = line.split(":", 1)[0]
                counts[file][kind] += 1
                if kind == "missed":
                    missed[file].append(line)
    if not counts:
        print(f"geen resultaten in {root}/*/mutants.out", file=sys.stderr)
        return 1
    below = 0
    print(f"{'file':<28} {'caught':>6} {'timeout':>7} {'missed':>6} {'unviable':>8} {'score':>7}")
    for file in sorted(counts):
        c = counts[file]
        viable = c["caught"] + c["timeout"] + c["missed"]
        score = (c["caught"] + c["timeout"]) / viable if viable else 1.0
        below += score < GOAL
        print(f"{file:<28} {c['caught']:>6} {c['timeout']:>7} {c['missed']:>6} {c['unviable']:>8} {score:>7.1%}")
    for file in sorted(missed):
        print(f"\nmissed in {file}:")
        for line in sorted(missed[file]):
            print(f"  {line}")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
