"""`list`: the registered algorithms, suites and presets. `params`: parameter counts per task."""

from __future__ import annotations

import argparse

from envs.suites import SUITE_DESCRIPTIONS, SUITES, make_env, resolve_tasks
from harness import registry
from harness.errors import UsageError
from harness.hparams import check_on_tasks, parse_hparams, resolve_overrides
from harness.spec import PRESETS
from harness.textable import markdown_table


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("list")
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser("params")
    p.add_argument("--algos", default="sac-l,sac-m,sac-s,linear-sac",
                   help="comma list of algorithm names (see `list`)")
    p.add_argument("--envs", default="all", help="comma list of tasks or suites (default: all)")
    p.add_argument("--hparams", default=None, help="key=value,... or a YAML file")
    p.set_defaults(func=cmd_params)


def cmd_list(args: argparse.Namespace) -> int:
    specs = registry.all_specs()
    width = max(len(n) for n in specs)
    print("algorithms:")
    for spec in specs.values():
        print(f"  {spec.name:<{width}}  [{spec.family}] {spec.description}")
    print("\nenvironment suites (--envs takes a suite, task names, or 'all'):")
    for name, tasks in SUITES.items():
        print(f"  {name:<10} {', '.join(t.name for t in tasks)}")
        print(f"  {'':<10} {SUITE_DESCRIPTIONS[name]}")
    print("\npresets (--preset):")
    for name, preset in PRESETS.items():
        print(f"  {name:<10} {preset.description}: --algos {preset.algos} --envs {preset.envs} "
              f"--seeds {preset.seeds} --budget {preset.budget}")
    return 0


def parameter_rows(algos: str, envs: str, hparams: str | None = None) -> list[dict]:
    """One row per (task, algo): the acting policy's total and active-per-decision parameters."""
    try:
        specs = registry.resolve_algos(algos)
        tasks = resolve_tasks(envs)
    except ValueError as e:
        raise UsageError(str(e)) from None
    overrides = resolve_overrides(parse_hparams(hparams), specs)
    check_on_tasks(overrides, specs, tasks)
    rows = []
    for task in tasks:
        env = make_env(task, seed=0)
        for spec in specs:
            agent = spec.factory(env, spec.make_config(overrides.get(spec.name)), 0)
            counts = agent.parameter_counts()
            rows.append({"task": task.name, "algo": spec.name, **counts})
        env.close()
    return rows


def cmd_params(args: argparse.Namespace) -> int:
    from envs.reference import DEFAULT_REFERENCE, parse_reference

    rows = parameter_rows(args.algos, args.envs, args.hparams)
    # The share is of the reference's algorithm with its defaults (SAC-L as the SMoSE paper sizes
    # it, 256-256), whatever --hparams did to it here.
    ref = parse_reference(DEFAULT_REFERENCE)[1]
    totals = {r["task"]: r["total"] for r in parameter_rows(ref, ",".join(dict.fromkeys(r["task"] for r in rows)))}
    table = [[r["task"], r["algo"], f"{r['total']:,}", f"{r['active']:,}",
              f"{r['deterministic']:,}" if "deterministic" in r else "",
              f"{r['deterministic_active']:,}" if "deterministic_active" in r else "",
              f"{100 * r['total'] / totals[r['task']]:.2f}%" if r["task"] in totals else ""]
             for r in rows]
    print(markdown_table(["task", "algo", "total", "active per decision", "deterministic",
                          "deterministic per decision", f"total / default {ref}"], table,
                         right_align=[False, False, True, True, True, True, True]))
    return 0
