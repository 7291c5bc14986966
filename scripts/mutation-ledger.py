#!/usr/bin/env python3
"""The committed record of mutation testing: one file per source file, mutation/<file>.txt.

cargo-mutants' --iterate folds unviable mutants into previously_caught.txt, so its own folder
cannot say what was caught and what did not compile once a run has been resumed; and its folder
(logs, diffs) is too big to commit. This ledger keeps one line per mutant, "<outcome> <mutant>",
with the outcome of the last run that tested it, and only the mutants the source still has.

    mutation-ledger.py prepare FILE OUT   # before a run: lets --iterate skip what the ledger settled
    mutation-ledger.py record FILE OUT    # after a run: merges OUT's outcomes into the ledger
    mutation-ledger.py score              # the score per file; exit 1 below the goal (90 %)

Score = (caught + timeout) / (caught + timeout + missed): a mutant that makes the suite hang was
noticed; one that does not compile says nothing about the tests.
"""
import subprocess
import sys
from pathlib import Path

LEDGER = Path("mutation")
GOAL = 0.90
OUTCOMES = ("caught", "timeout", "missed", "unviable")


def ledger_path(file: str) -> Path:
    return LEDGER / (file.removesuffix(".rs").replace("/", "_") + ".txt")


def read_ledger(file: str) -> dict[str, str]:
    path = ledger_path(file)
    if not path.exists():
        return {}
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        outcome, _, mutant = line.partition(" ")
        if outcome in OUTCOMES and mutant:
            entries[mutant] = outcome
    return entries


def current_mutants(file: str) -> list[str]:
    try:
        listed = subprocess.run(
            ["cargo", "mutants", "--list", "--file", file],
            check=True, capture_output=True, text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        stderr = getattr(error, "stderr", "") or ""
        sys.exit(
            f"mutation-ledger: 'cargo mutants --list --file {file}' failed ({error}).\n{stderr}"
            "Is cargo-mutants installed? scripts/mutants.sh installs it; or run\n"
            "  cargo install cargo-mutants --locked"
        )
    return [line for line in listed.splitlines() if line.strip()]


def lines_of(path: Path) -> list[str]:
    return [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip()] if path.exists() else []


def prepare(file: str, out: str) -> None:
    entries = read_ledger(file)
    folder = Path(out) / "mutants.out"
    folder.mkdir(parents=True, exist_ok=True)
    for name, outcome in (("caught.txt", "caught"), ("unviable.txt", "unviable")):
        settled = sorted(m for m, o in entries.items() if o == outcome)
        (folder / name).write_text("".join(f"{m}\n" for m in settled), encoding="utf-8")


def record(file: str, out: str) -> None:
    entries = read_ledger(file)
    folder = Path(out) / "mutants.out"
    # previously_caught.txt is deliberately not read: the ledger already holds those outcomes.
    for outcome in OUTCOMES:
        for mutant in lines_of(folder / f"{outcome}.txt"):
            if mutant.startswith(f"{file}:"):
                entries[mutant] = outcome
    alive = set(current_mutants(file))
    kept = {m: o for m, o in entries.items() if m in alive}
    LEDGER.mkdir(exist_ok=True)
    ledger_path(file).write_text(
        "".join(f"{kept[m]} {m}\n" for m in sorted(kept, key=sort_key)), encoding="utf-8"
    )


def sort_key(mutant: str):
    file, line, column, rest = (mutant.split(":", 3) + ["", "", ""])[:4]
    return (file, int(line) if line.isdigit() else 0, int(column) if column.isdigit() else 0, rest)


def score() -> int:
    ledgers = sorted(LEDGER.glob("*.txt"))
    if not ledgers:
        print("nog geen resultaten in mutation/", file=sys.stderr)
        return 1
    below = 0
    survivors = []
    print(f"{'file':<28} {'mutants':>7} {'tested':>6} {'caught':>6} {'timeout':>7} {'missed':>6} {'unviable':>8} {'score':>7}")
    for path in ledgers:
        lines = [l.partition(" ") for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        if not lines:
            continue
        file = lines[0][2].split(":", 1)[0]
        counts = {o: sum(1 for outcome, _, _ in lines if outcome == o) for o in OUTCOMES}
        total = len(current_mutants(file))
        viable = counts["caught"] + counts["timeout"] + counts["missed"]
        ratio = (counts["caught"] + counts["timeout"]) / viable if viable else 1.0
        complete = len(lines) == total
        below += ratio < GOAL or not complete
        print(
            f"{file:<28} {total:>7} {len(lines):>6} {counts['caught']:>6} {counts['timeout']:>7} "
            f"{counts['missed']:>6} {counts['unviable']:>8} {ratio:>7.1%}{'' if complete else '  (onvolledig)'}"
        )
        survivors += [m for outcome, _, m in lines if outcome == "missed"]
    if survivors:
        print("\nmissed:")
        for mutant in survivors:
            print(f"  {mutant}")
    return 1 if below else 0


def main(argv: list[str]) -> int:
    match argv:
        case ["prepare", file, out]:
            prepare(file, out)
        case ["record", file, out]:
            record(file, out)
        case ["score"]:
            return score()
        case _:
            print(__doc__, file=sys.stderr)
            return 64
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
