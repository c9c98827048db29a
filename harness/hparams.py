"""Hyper-parameter overrides from the command line: `key=value,...` or a YAML file.

A key applies to every selected algorithm that has it; `algo.key=value` scopes it to one. A YAML
file holds either {key: value} or {algo: {key: value}}. Values are read as YAML scalars/lists
("3e-4", "true", "[64, 64]").
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import yaml

from algorithms.base import AgentSpec, coerce_value
from envs.suites import make_env
from harness.errors import UsageError


def split_top_level(text: str) -> list[str]:
    """Split on commas that are not inside brackets: "a=[1,2],b=3" -> ["a=[1,2]", "b=3"]."""
    parts, depth, current = [], 0, ""
    for ch in text:
        depth += ch in "[("
        depth -= ch in "])"
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def names_yaml_file(text: str) -> bool:
    """Whether a flag's value is a YAML file's path (named .yml or .yaml, or an existing file)."""
    return text.endswith((".yml", ".yaml")) or Path(text).is_file()


def read_yaml_mapping(text: str, flag: str, shape: str) -> dict[Any, Any]:
    """The mapping in the YAML file `text` gives to `flag`; a UsageError where the file is
    missing, is not YAML, or holds something else than a mapping (`shape` says what it should)."""
    path = Path(text)
    if not path.is_file():
        raise UsageError(f"{flag} file {text} does not exist")
    try:
        data = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as e:
        raise UsageError(f"{flag} file {text} is not valid YAML: {str(e).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{flag} file {text} must hold {shape}")
    return data


def parse_hparams(text: str | None) -> dict[str, Any]:
    """`key=value,...` or a YAML path -> {key or algo.key: value}, or {algo: {key: value}}."""
    if not text:
        return {}
    if names_yaml_file(text):
        data = read_yaml_mapping(text, "--hparams", "a mapping of key: value")
        for key, value in data.items():
            nested = value if isinstance(value, dict) else {}
            bad = [k for k in (key, *nested) if not isinstance(k, str)]
            if bad:
                raise UsageError(f"--hparams file {text}: keys are names (a hyper-parameter or an "
                                 f"algorithm), not {bad[0]!r}")
        return data
    out: dict[str, Any] = {}
    for item in split_top_level(text):
        key, sep, raw = item.partition("=")
        if not sep or not key.strip() or not raw.strip():
            raise UsageError(f"malformed --hparams entry {item!r}; expected key=value[,key=value...] "
                             "or a YAML file")
        try:
            out[key.strip()] = yaml.safe_load(raw.strip())
        except yaml.YAMLError:
            raise UsageError(f"malformed value in --hparams entry {item!r}") from None
    return out


def resolve_overrides(raw: dict[str, Any], specs: list[AgentSpec]) -> dict[str, dict[str, Any]]:
    """Distribute parsed overrides to each algorithm; check names and types.

    A scoped `algo.key` (or YAML {algo: {key: value}}) wins over a plain `key`, in any order. A
    plain key is not given to an algorithm that would not use it (sac-m and sac-s size their layer
    against SMoSE, so `hidden_sizes` means nothing to them); a scoped one is then an error.
    Returns {algo: {key: value}} for the algorithms that get any override.
    """
    per_algo: dict[str, dict[str, Any]] = {s.name: {} for s in specs}
    scoped: dict[str, set[str]] = {s.name: set() for s in specs}
    by_name = {s.name: s for s in specs}

    def scope(algo: str, key: str, value: Any) -> None:
        if algo not in by_name:
            raise UsageError(f"--hparams names algorithm {algo!r}, which is not in this run "
                             f"({', '.join(by_name)})")
        per_algo[algo][key] = check_value(by_name[algo], key, value)
        scoped[algo].add(key)

    plain = {k: v for k, v in raw.items() if not isinstance(v, dict) and "." not in k}
    for key, value in plain.items():
        takers = [s for s in specs if key in s.hparam_names()]
        if not takers:
            valid = sorted({n for s in specs for n in s.hparam_names()})
            raise UsageError(f"unknown hyper-parameter {key!r} for {', '.join(by_name)}; "
                             f"valid: {', '.join(valid)}")
        for s in takers:
            per_algo[s.name][key] = check_value(s, key, value)
    for key, value in raw.items():
        if isinstance(value, dict):  # YAML {algo: {key: value}}
            for k, v in value.items():
                scope(key, k, v)
        elif "." in key:
            algo, _, k = key.partition(".")
            scope(algo, k, value)
    why_unused: dict[str, str] = {}  # a plain key some agent ignores, and why
    for name, values in per_algo.items():  # together: a config may check one field against another
        if values:
            for key, why in sorted(unused_keys(by_name[name], values).items()):
                why_unused[key] = f"{name} does not use {key} with these settings ({why})"
                if key in scoped[name]:
                    raise UsageError(f"--hparams {name}.{key}: {why_unused[key]}")
                del values[key]
    for key in plain:
        if not any(key in values for values in per_algo.values()):  # every agent that has it ignores it
            raise UsageError(f"--hparams {key}: {why_unused[key]}")
    return {a: o for a, o in per_algo.items() if o}


def unused_keys(spec: AgentSpec, values: dict[str, Any]) -> dict[str, str]:
    """The overridden keys that `spec`'s config, with all the overrides, would ignore, with why."""
    try:
        config = spec.make_config(values)
    except (ValueError, TypeError) as e:
        raise UsageError(f"--hparams for {spec.name}: {e}") from None
    return {k: why for k, why in config.unused_hparams().items() if k in values}


def check_on_tasks(overrides: dict[str, dict[str, Any]], specs: list[AgentSpec], tasks: list[Any]) -> None:
    """Build each overridden agent on each task (a throwaway env, seed 0), so that a value checked
    only against the task's own settings (PPO's per-task table, ARS's n_top against n_delta) is a
    UsageError now, not a failed run later."""
    todo = [s for s in specs if overrides.get(s.name)]
    for task in tasks if todo else []:
        env = make_env(task, seed=0)
        try:
            for spec in todo:
                try:
                    spec.factory(env, spec.make_config(overrides[spec.name]), 0)
                except (ValueError, TypeError) as e:
                    raise UsageError(f"--hparams for {spec.name} on {task.name}: {e}") from None
        finally:
            env.close()


def check_value(spec: AgentSpec, key: str, value: Any) -> Any:
    fields = {f.name: f for f in dataclasses.fields(spec.config_cls)}
    if key not in fields:
        raise UsageError(f"{spec.name} has no hyper-parameter {key!r}; valid: {', '.join(fields)}")
    try:
        value = coerce_value(spec.name, key, value, spec.make_config().__dict__[key])
    except ValueError as e:
        raise UsageError(str(e)) from None
    if isinstance(value, tuple):  # stored as a list (JSON); the config gets a tuple
        value = list(value)
    try:  # the config's own checks (e.g. an allowed set of names), before anything runs
        spec.make_config({key: value})
    except (ValueError, TypeError) as e:
        raise UsageError(f"{spec.name}.{key}={value!r}: {e}") from None
    return value
