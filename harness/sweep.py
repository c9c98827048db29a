"""Hyper-parameter grids: `run --sweep "smose.lb_weight=0.01,0.1,1.0"`.

Each point of a grid is a variant of its agent, an agent of its own in the store, named after its
values: `smose[lb_weight=0.01]`. A variant runs the same seeds, budget and protocol as every other
run of the experiment; its hyper-parameters are the experiment's `--hparams` for its agent, then
the point's values. Several keys of one agent make a grid (their product); several `--sweep`
flags, `;` inside one, or a YAML file ({key: [values]} or {algo: {key: [values]}}) give them.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import yaml

from algorithms.base import AgentSpec
from harness import registry
from harness.errors import UsageError
from harness.hparams import (
    check_value,
    names_yaml_file,
    read_yaml_mapping,
    split_top_level,
    unused_keys,
)


def parse_sweep(texts: list[str] | None) -> dict[str, list[Any]]:
    """The --sweep flags -> {key or algo.key: [values]}, in the order given."""
    out: dict[str, list[Any]] = {}
    for text in texts or []:
        for key, values in _parse_one(text).items():
            if key in out:
                raise UsageError(f"--sweep gives {key} twice; give each key's values once")
            out[key] = values
    return out


def _parse_one(text: str) -> dict[str, list[Any]]:
    if names_yaml_file(text):
        return _from_yaml(text)
    out: dict[str, list[Any]] = {}
    for item in (part.strip() for part in text.split(";")):
        if not item:
            continue
        key, sep, raw = item.partition("=")
        values = split_top_level(raw)
        if not sep or not key.strip() or not values:
            raise UsageError(f"malformed --sweep entry {item!r}; expected key=v1,v2,... or "
                             "algo.key=v1,v2,... (keys apart with ';' or another --sweep), or a YAML file")
        try:
            out[key.strip()] = [yaml.safe_load(v) for v in values]
        except yaml.YAMLError:
            raise UsageError(f"malformed value in --sweep entry {item!r}") from None
    return out


def _from_yaml(path: str) -> dict[str, list[Any]]:
    data = read_yaml_mapping(path, "--sweep", "{key: [values]} or {algo: {key: [values]}}")
    out: dict[str, list[Any]] = {}
    for key, value in data.items():
        entries = {f"{key}.{k}": v for k, v in value.items()} if isinstance(value, dict) else {key: value}
        for name, values in entries.items():
            if not isinstance(values, list) or not values:
                raise UsageError(f"--sweep file {path}: {name} must be a list of values, not {values!r}")
            out[str(name)] = values
    return out


def variant_name(base: str, point: dict[str, Any]) -> str:
    """`smose[lb_weight=0.03]`: the agent's name, then the point's values in its keys' order."""
    return f"{base}[{','.join(f'{k}={format_value(v)}' for k, v in point.items())}]"


def format_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def swept_keys(name: str) -> list[str]:
    """The keys a variant's name sweeps, in order ([] for a plain agent's name)."""
    if registry.base_name(name) == name:
        return []
    inside = name[len(registry.base_name(name)) + 1:-1]
    return [item.partition("=")[0] for item in split_top_level(inside)]


def apply_sweep(sweep: dict[str, list[Any]], specs: list[AgentSpec],
                overrides: dict[str, dict[str, Any]]) -> tuple[list[AgentSpec], dict[str, dict[str, Any]]]:
    """Each swept agent replaced by its variants, in place, and each variant's overrides (the
    agent's, then the point's). Every value is checked as --hparams checks it; a key the agent
    would ignore with the other settings, or that --hparams also sets, is a UsageError."""
    if not sweep:
        return specs, overrides
    by_name = {s.name: s for s in specs}
    grids: dict[str, dict[str, list[Any]]] = {}
    for key, values in sweep.items():
        algo, dot, name = key.rpartition(".")
        if dot:
            if algo not in by_name:
                raise UsageError(f"--sweep names algorithm {algo!r}, which is not in this run ({', '.join(by_name)})")
            takers = [by_name[algo]]
        else:
            takers = [s for s in specs if name in s.hparam_names()]
            if not takers:
                valid = sorted({n for s in specs for n in s.hparam_names()})
                raise UsageError(f"--sweep: unknown hyper-parameter {name!r} for {', '.join(by_name)}; "
                                 f"valid: {', '.join(valid)}")
        for spec in takers:
            if name in overrides.get(spec.name, {}):
                raise UsageError(f"{spec.name}.{name} is both swept and set by --hparams; give it in one of them")
            if name in grids.get(spec.name, {}):
                raise UsageError(f"--sweep gives {spec.name}.{name} twice; give each key's values once")
            checked = [check_value(spec, name, v) for v in values]
            if len({format_value(v) for v in checked}) < len(checked):
                raise UsageError(f"--sweep {spec.name}.{name} repeats a value: {', '.join(map(format_value, checked))}")
            grids.setdefault(spec.name, {})[name] = checked
    out_specs, out_overrides = [], {a: v for a, v in overrides.items() if a not in grids}
    for spec in specs:
        grid = grids.get(spec.name)
        if grid is None:
            out_specs.append(spec)
            continue
        for combination in itertools.product(*grid.values()):
            point = dict(zip(grid, combination))
            name = variant_name(spec.name, point)
            values = {**overrides.get(spec.name, {}), **point}
            ignored = {k: why for k, why in unused_keys(spec, values).items() if k in point}
            if ignored:
                key, why = next(iter(ignored.items()))
                raise UsageError(f"--sweep {spec.name}.{key}: {spec.name} does not use {key} with these "
                                 f"settings ({why})")
            out_specs.append(registry.get(name))
            out_overrides[name] = values
    return out_specs, out_overrides


def describe(specs: list[AgentSpec]) -> list[str]:
    """One line per swept agent for the dry run: how many variants, over which keys."""
    counts: dict[str, int] = {}
    for spec in specs:
        if swept_keys(spec.name):
            base = registry.base_name(spec.name)
            counts[base] = counts.get(base, 0) + 1
    return [f"sweep: {n} variant(s) of {base}" for base, n in counts.items()]
