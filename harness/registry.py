"""The registry of agent names.

Built-in agents are listed in BUILTIN_MODULES (each module exposes SPECS, a list of AgentSpec).
Third-party packages add agents without editing the harness, through the entry-point group
ENTRY_POINT_GROUP: each entry point names an AgentSpec, a list of them, or a callable returning
either, e.g. in the plugin's pyproject.toml:

    [project.entry-points."smose_bench.agents"]
    my-agent = "my_package.agent:SPEC"
"""

from __future__ import annotations

import dataclasses
import importlib
from functools import cache
from importlib.metadata import entry_points

from algorithms.base import AgentSpec

ENTRY_POINT_GROUP = "smose_bench.agents"
BUILTIN_MODULES = [
    "algorithms.sac.family",
    "algorithms.smose",
    "algorithms.moe_sac",
    "algorithms.pmoe",
    "algorithms.sb3.agents",
    "algorithms.pmoe_ppo",
    "algorithms.dac",
    "algorithms.sb3.sbx_agent",  # registers sbx-sac where SBX is installed
]


class RegistryError(ValueError):
    """An unknown name, or a plugin that does not give an AgentSpec."""


def _as_specs(obj: object, origin: str) -> list[AgentSpec]:
    if callable(obj) and not isinstance(obj, AgentSpec):
        obj = obj()
    specs = [obj] if isinstance(obj, AgentSpec) else list(obj) if isinstance(obj, list | tuple) else None
    if specs is None or not all(isinstance(s, AgentSpec) for s in specs):
        raise RegistryError(f"{origin} does not give an AgentSpec (or a list of them)")
    return specs


@cache
def all_specs() -> dict[str, AgentSpec]:
    """Every registered agent by name: built-ins first, then entry-point plugins."""
    specs: dict[str, AgentSpec] = {}
    for module in BUILTIN_MODULES:
        for spec in importlib.import_module(module).SPECS:
            specs[spec.name] = spec
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        for spec in _as_specs(ep.load(), f"entry point {ep.name!r} ({ep.value})"):
            if spec.name in specs:
                raise RegistryError(f"entry point {ep.value} registers {spec.name!r}, which is already taken")
            specs[spec.name] = spec
    return specs


def base_name(name: str) -> str:
    """The registered agent a name stands for: `smose` for a sweep's variant `smose[lb_weight=0.03]`
    (harness/sweep.py), the name itself otherwise."""
    base, bracket, _ = name.partition("[")
    return base if bracket and name.endswith("]") else name


def get(name: str) -> AgentSpec:
    """The agent registered as `name`; for a variant's name, its agent's entry under that name
    (its hyper-parameters are the run's; no published figure is its own)."""
    specs = all_specs()
    base = base_name(name)
    if base not in specs:
        raise RegistryError(f"unknown algorithm {name!r}; valid: {', '.join(specs)}")
    return specs[name] if base == name else dataclasses.replace(specs[base], name=name, published_as=())


def resolve_algos(spec: str) -> list[AgentSpec]:
    """A comma list of names -> specs, in order, without repeats ('all' = every registered name)."""
    names = [s.strip() for s in spec.split(",") if s.strip()]
    if not names:
        raise RegistryError(f"no algorithm given; valid: {', '.join(all_specs())}")
    if names == ["all"]:
        return list(all_specs().values())
    variants = [n for n in names if base_name(n) != n]
    if variants:
        raise RegistryError(f"--algos takes registered names, not {variants[0]!r}; sweep a "
                            "hyper-parameter with --sweep algo.key=v1,v2,...")
    return [get(n) for n in dict.fromkeys(names)]


def has_seed_batch(name: str) -> bool:
    """Whether the agent can train several seeds in one process (False for unknown names)."""
    spec = all_specs().get(base_name(name))
    return spec is not None and spec.seed_batch is not None
