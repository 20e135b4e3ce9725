"""Benchmark of the 1:1 meeting scheduler against its LP bound and the greedy baseline.

    .venv/bin/python bench/scheduling.py            # both target sizes, 3 seeds each
    .venv/bin/python bench/scheduling.py --quick    # the small size and a medium one, 1 seed

Prints one JSON object per instance, then a summary object. Targets (2-core machine):
small 200 participants / 1,500 requests / 12 slots / 30 tables: >= 99.5% of the bound
within 5 s; large 2,000 / 20,000 / 16 / 300: >= 98.5% of the bound within 60 s.
"""

from __future__ import annotations

import argparse
import json
import time

from duijie.events.core import SolveOptions, generate_instance, greedy_schedule, solve

SIZES = {
    "small": {"shape": (200, 1500, 12, 30), "target": 0.995, "seconds": 5.0},
    "medium": {"shape": (1000, 8000, 16, 150), "target": 0.985, "seconds": 30.0},
    "large": {"shape": (2000, 20000, 16, 300), "target": 0.985, "seconds": 60.0},
}


def run(name: str, seed: int) -> dict:
    size = SIZES[name]
    instance = generate_instance(*size["shape"], seed=seed)
    started, cpu_started = time.monotonic(), time.process_time()
    schedule = solve(instance, SolveOptions(time_limit=size["seconds"]))
    seconds = time.monotonic() - started
    # CPU time says what the wall time would be on an otherwise idle machine.
    cpu_seconds = time.process_time() - cpu_started
    greedy = greedy_schedule(instance)
    fraction = schedule.weight / schedule.upper_bound if schedule.upper_bound else 1.0
    return {
        "size": name,
        "seed": seed,
        "meetings": len(schedule.meetings),
        "weight": schedule.weight,
        "upper_bound": schedule.upper_bound,
        "fraction_of_bound": round(fraction, 5),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2),
        "lp_seconds": round(schedule.stats["lp_seconds"], 2),
        "greedy_fraction_of_bound": round(greedy.weight / schedule.upper_bound, 5),
        "meets_target": fraction >= size["target"] and seconds <= size["seconds"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small and medium, one seed")
    parser.add_argument("--seeds", type=int, default=3, help="seeds per size (default 3)")
    args = parser.parse_args()
    sizes = ("small", "medium") if args.quick else ("small", "large")
    seeds = range(1) if args.quick else range(args.seeds)
    results = []
    for name in sizes:
        for seed in seeds:
            results.append(run(name, seed))
            print(json.dumps(results[-1]), flush=True)
    print(json.dumps({"summary": _summary(results)}))


def _summary(results: list[dict]) -> dict:
    summary = {}
    for name in dict.fromkeys(r["size"] for r in results):
        rows = [r for r in results if r["size"] == name]
        summary[name] = {
            "worst_fraction_of_bound": min(r["fraction_of_bound"] for r in rows),
            "worst_seconds": max(r["seconds"] for r in rows),
            "worst_cpu_seconds": max(r["cpu_seconds"] for r in rows),
            "best_greedy_fraction_of_bound": max(r["greedy_fraction_of_bound"] for r in rows),
            "all_meet_target": all(r["meets_target"] for r in rows),
        }
    return summary


if __name__ == "__main__":
    main()
