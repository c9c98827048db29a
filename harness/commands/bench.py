"""`bench`: training throughput of our learner beside Stable-Baselines3's SAC, same task and seed;
with --seed-batch S, S seeds trained as one seed batch beside the same seeds one at a time."""

from __future__ import annotations

import argparse
import os
import statistics
from contextlib import nullcontext

import torch

from harness import registry
from harness.bench import (
    PEERS,
    REFERENCE,
    SETTLE_STEPS,
    MatmulProbe,
    current_cpu,
    pinned_to_cpu,
    time_seed_batch,
    time_training,
)
from harness.commands.run import positive_int, resolve_compile_flag, resolve_device_flag, with_flags
from harness.errors import UsageError
from harness.estimate import record_throughput
from harness.hparams import parse_hparams, resolve_overrides
from harness.textable import markdown_table


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("bench")
    p.add_argument("--algos", default="sac-l,smose,pmoe", help="our agents to time (default sac-l,smose,pmoe)")
    p.add_argument("--env", default="Hopper-v5", help="the task (default Hopper-v5)")
    p.add_argument("--steps", default="2000", help="timed training steps per agent (default 2000)")
    p.add_argument("--warmup", default="1000", help="random steps before learning, not timed")
    p.add_argument("--repeats", default="2", help="repeats (seeds 0, 1, ...); the median is reported")
    p.add_argument("--hparams", help="overrides for every agent timed, as run's --hparams")
    p.add_argument("--device", default="cpu",
                   help="where our agents train: cpu (default), cuda or auto; sb3-sac stays on the CPU")
    p.add_argument("--compile", nargs="?", const="on", default="auto", metavar="auto|on|off",
                   help="our agents' update compiled (the compiling is not timed); default auto: "
                        "compiled, as run compiles it for the long runs whose speed a bench "
                        "measures (where a C++ compiler is found); off: the eager update")
    p.add_argument("--threads", default="1", help="torch threads (default 1, as the workers use)")
    p.add_argument("--cpu", default="auto", metavar="N|auto|any",
                   help="the one CPU every agent trains on, each in its turn (default auto: the CPU "
                        "the bench starts on, where --threads is 1 and the system can pin; any: "
                        "wherever the system puts the threads, which lets an agent whose library "
                        "computes beside its Python, as JAX does, use a second core)")
    p.add_argument("--no-peers", action="store_true",
                   help=f"leave out the other projects' SACs ({', '.join(PEERS)}) that are timed "
                        "beside sb3-sac wherever they are installed")
    p.add_argument("--seed-batch", default=None, metavar="S",
                   help="instead: S seeds of each agent as one seed batch vs the same seeds one at a "
                        "time, aggregate env steps/s of each (one thread)")
    p.set_defaults(func=cmd_bench)


def cpu_flag(value: str, threads: int) -> int | None:
    """--cpu as the CPU to pin the bench to (auto: the one it runs on, where torch has one
    thread and the system can pin), or None (any)."""
    choice = str(value).strip().lower()
    if choice == "any" or (choice == "auto" and threads > 1):
        return None
    if choice == "auto":  # where the system cannot pin (macOS, Windows), as any
        return current_cpu() if hasattr(os, "sched_setaffinity") else None
    try:
        cpu = int(choice)
    except ValueError:
        raise UsageError(f"--cpu must be a CPU number, auto or any, not {value!r}") from None
    if not hasattr(os, "sched_setaffinity"):  # macOS, Windows
        raise UsageError(f"--cpu {value}: this system cannot pin a process to a CPU; use --cpu any")
    if cpu not in (allowed := os.sched_getaffinity(0)):
        raise UsageError(f"--cpu {cpu}: this process may run on CPUs {', '.join(map(str, sorted(allowed)))}")
    return cpu


def cmd_bench(args: argparse.Namespace) -> int:
    names = [s.name for s in registry.resolve_algos(args.algos)]
    from envs.suites import resolve_tasks

    if not args.env.strip():
        raise UsageError("--env must name a task, e.g. Hopper-v5")
    try:
        tasks = resolve_tasks(args.env)
    except ValueError as e:
        raise UsageError(str(e).replace("--envs", "--env")) from None
    if len(tasks) > 1:
        raise UsageError(f"--env takes one task; {args.env!r} names {len(tasks)} "
                         f"({', '.join(t.name for t in tasks)})")
    task = tasks[0].name
    steps, warmup = positive_int(args.steps, "--steps"), positive_int(args.warmup, "--warmup")
    repeats = positive_int(args.repeats, "--repeats")
    torch.set_num_threads(positive_int(args.threads, "--threads"))
    cpu = cpu_flag(args.cpu, torch.get_num_threads())
    peers = [] if args.no_peers or args.seed_batch is not None else \
        [p for p in PEERS if p in registry.all_specs()]
    order = list(dict.fromkeys([REFERENCE, *peers, *names]))
    specs = [registry.get(n) for n in order]
    compiled = resolve_compile_flag(args.compile, budget=None)
    hparams = with_flags(resolve_overrides(parse_hparams(args.hparams), specs), specs,
                         resolve_device_flag(args.device), compiled,
                         explicit=str(args.compile).strip().lower() == "on")
    seed_batch = None if args.seed_batch is None else positive_int(args.seed_batch, "--seed-batch")
    with nullcontext() if cpu is None else pinned_to_cpu(cpu):
        if seed_batch is not None:
            return bench_seed_batch(names, task, steps, warmup, repeats, seed_batch, hparams, cpu)
        return bench_agents(order, task, steps, warmup, repeats, hparams, compiled, cpu,
                            record=not args.hparams and str(args.device) == "cpu")


def bench_agents(order: list[str], task: str, steps: int, warmup: int, repeats: int, hparams: dict[str, dict],
                 compiled: bool, cpu: int | None, record: bool) -> int:
    """The agents in turns against the reference (and its peers), their ratios and FLOP floors;
    record: keep the medians for `run`'s time estimates."""
    probe = MatmulProbe()  # sampled between the agents' turns: the same drifts as theirs
    steps_per_second: dict[str, list[float]] = {name: [] for name in order}
    ratios: dict[str, list[float]] = {name: [] for name in order}
    flops: dict[str, float | None] = {}
    for r in range(repeats):
        timed = time_training(order, task, steps, warmup, seed=r, hparams=hparams, probe=probe)  # in turns
        for name, (sps, flops[name]) in timed.items():
            steps_per_second[name].append(sps)
            ratios[name].append(sps / timed[REFERENCE][0])
        print(f"  repeat {r + 1}/{repeats}  " + ", ".join(f"{name} {sps:.1f}" for name, (sps, _) in timed.items())
              + " steps/s", flush=True)
    gflops = probe.gflops
    medians = {name: statistics.median(values) for name, values in steps_per_second.items()}
    floors = {name: gflops * 1e9 / flops[name] if flops[name] else None for name in order}  # one thread
    ref = medians[REFERENCE]
    # The ceiling: the ratio an implementation that did nothing but the update's matrix products
    # would reach against the reference on this machine.
    timed_peers = [p for p in PEERS if p in medians]
    rows = [[name, f"{median:.1f}", f"{statistics.median(ratios[name]):.2f}x",
             *(f"{statistics.median(r / p for r, p in zip(ratios[name], ratios[peer])):.2f}x" for peer in timed_peers),
             *([f"{floor:.0f}", f"{100 * median / floor:.0f}%", f"{floor / ref:.2f}x"]
               if (floor := floors[name]) else ["-", "-", "-"])]
            for name, median in medians.items()]
    print(f"\n{task}, {steps} timed steps after {warmup} random ones and {SETTLE_STEPS} untimed learning ones, "
          f"our agents' update {'compiled' if compiled else 'eager'}, {torch.get_num_threads()} "
          f"thread(s), {where(cpu)}, the agents in turns, median of {repeats} (vs {REFERENCE}: of the "
          f"ratios within each repeat); {probe.summary()}")
    print(markdown_table(["agent", "env steps/s", f"vs {REFERENCE}", *(f"vs {p}" for p in timed_peers),
                          "FLOP floor steps/s", "of floor", f"floor vs {REFERENCE}"], rows,
                         right_align=[False, *[True] * (5 + len(timed_peers))]))
    # What a run of these agents costs here (run's time estimates), when timed as a run trains.
    if record and torch.get_num_threads() == 1:
        for name, median in medians.items():
            path = record_throughput(name, task, median, hparams.get(name, {}).get("compile_update", False))
        print(f"kept for `run`'s time estimates on this machine: {path}")
    return 0


def where(cpu: int | None) -> str:
    return "any CPU" if cpu is None else f"CPU {cpu} alone"


def bench_seed_batch(names: list[str], task: str, steps: int, warmup: int, repeats: int, n_seeds: int,
                     hparams: dict[str, dict], cpu: int | None) -> int:
    """Aggregate env steps/s per core of n_seeds seeds: one batch vs one seed at a time."""
    cannot = [n for n in names if not registry.has_seed_batch(n)]
    if cannot:
        raise UsageError(f"--seed-batch: {', '.join(cannot)} cannot train seeds as a batch; "
                         f"those that can: {', '.join(n for n in registry.all_specs() if registry.has_seed_batch(n))}")
    seeds = list(range(n_seeds))
    solo: dict[str, list[float]] = {n: [] for n in names}
    batched: dict[str, list[float]] = {n: [] for n in names}
    flops: dict[str, float] = {}
    probe = MatmulProbe()
    for r in range(repeats):
        for name in names:  # the seeds one at a time and the batch take turns (harness.bench)
            one_at_a_time, batch, flops[name] = time_seed_batch(name, task, steps, warmup, seeds, hparams.get(name),
                                                                probe)
            solo[name].append(one_at_a_time)
            batched[name].append(batch)
            print(f"  repeat {r + 1}/{repeats}  {name:<10} one at a time {solo[name][-1]:7.1f}, "
                  f"batched {batched[name][-1]:7.1f} steps/s (all seeds)", flush=True)
    gflops = probe.gflops
    floor = {name: gflops * 1e9 / flops[name] for name in names}
    rows = []
    for name in names:
        a, b = statistics.median(solo[name]), statistics.median(batched[name])
        # A batch does every seed's matrix products: its steps/s per core cannot pass the floor.
        rows.append([name, str(n_seeds), f"{a:.1f}", f"{b:.1f}", f"{b / a:.2f}x",
                     f"{floor[name]:.0f}", f"{floor[name] / a:.2f}x"])
    print(f"\n{task}, seeds {seeds[0]}-{seeds[-1]}, {steps} timed steps each after {warmup} random ones and "
          f"{SETTLE_STEPS} untimed learning ones, "
          f"{torch.get_num_threads()} thread(s), {where(cpu)}, the seeds one at a time and the batch in turns, median of {repeats}; "
          f"{probe.summary()}")
    print(markdown_table(["agent", "seeds", "one at a time: steps/s", "seed batch: steps/s", "batch / one at a time",
                          "FLOP floor steps/s", "floor / one at a time"], rows, right_align=[False, *[True] * 6]))
    return 0
