"""Interpretable policies written out as standalone Python: if/else rules and linear formulas over
named observation features, needing nothing but the standard library.

Each file defines `act(obs) -> list[float]` (obs: a sequence of floats in the env's observation
order) and FEATURES / ACTUATORS, the names used. Numbers are written with repr, which reads back
to the same float64, so a file acts as the policy it was written from (to float32 rounding where
that policy computes in float32).
"""

from __future__ import annotations

import keyword
import re
from typing import Any

import numpy as np

from algorithms.interpret.distill import LinearPolicy, TreePolicy


def identifiers(names: list[str]) -> list[str]:
    """Feature names as distinct Python identifiers: 'torso z' -> 'torso_z', '0x' -> 'f_0x'."""
    out: list[str] = []
    for name in names:
        ident = re.sub(r"\W+", "_", name).strip("_") or "feature"
        if ident[0].isdigit() or keyword.iskeyword(ident):
            ident = f"f_{ident}"
        base, k = ident, 2
        while ident in out:
            ident, k = f"{base}_{k}", k + 1
        out.append(ident)
    return out


def _num(x: Any) -> str:
    return repr(float(x))


def _header(title: str, features: list[str], actuators: list[str], low: np.ndarray, high: np.ndarray,
            uses_math: bool = False) -> list[str]:
    return [f'"""{title}', "", "act(obs) -> one action per actuator; obs in the order of FEATURES.", '"""', "",
            *(["import math", ""] if uses_math else []),
            f"FEATURES = {features!r}", f"ACTUATORS = {actuators!r}",
            f"LOW = [{', '.join(map(_num, low))}]", f"HIGH = [{', '.join(map(_num, high))}]", "", "",
            "def _clip(action):", "    return [min(max(a, lo), hi) for a, lo, hi in zip(action, LOW, HIGH)]", "", ""]


def _unpack(names: list[str]) -> str:
    return f"    ({', '.join(names)},) = obs"


def _linear(weight: np.ndarray, bias: np.ndarray, names: list[str]) -> list[str]:
    """One formula per output: bias + w1 * x1 + ... (zero weights left out)."""
    rows = []
    for w_row, b in zip(weight, bias):
        terms = [_num(b)] + [f"{_num(w)} * {n}" for w, n in zip(w_row, names) if w != 0.0]
        rows.append(" + ".join(terms).replace("+ -", "- "))
    return rows


def tree_source(policy: TreePolicy, features: list[str], actuators: list[str], title: str) -> str:
    names = identifiers(features)
    lines = _header(title, features, actuators, policy.low, policy.high)
    lines += ["def act(obs):", _unpack(names)]

    def node(i: int, indent: str) -> None:
        if policy.left[i] == -1:
            lines.append(f"{indent}return _clip([{', '.join(map(_num, policy.value[i]))}])")
            return
        lines.append(f"{indent}if {names[policy.feature[i]]} <= {_num(policy.threshold[i])}:")
        node(int(policy.left[i]), indent + "    ")
        lines.append(f"{indent}else:")
        node(int(policy.right[i]), indent + "    ")

    node(0, "    ")
    return "\n".join(lines) + "\n"


def linear_source(policy: LinearPolicy, features: list[str], actuators: list[str], title: str) -> str:
    names = identifiers(features)
    lines = _header(title, features, actuators, policy.low, policy.high)
    lines += ["def act(obs):", _unpack(names), "    return _clip(["]
    lines += [f"        {row},  # {a}" for row, a in zip(_linear(policy.weight, policy.bias, names), actuators)]
    lines += ["    ])"]
    return "\n".join(lines) + "\n"


def squashed_linear_source(weight: np.ndarray, bias: np.ndarray, low: np.ndarray, high: np.ndarray,
                           features: list[str], actuators: list[str], title: str) -> str:
    """A linear gaussian actor's deterministic action (linear-sac): tanh(W s + b), scaled to the bounds."""
    names = identifiers(features)
    scale, offset = (high - low) / 2, (high + low) / 2
    lines = _header(title, features, actuators, low, high, uses_math=True)
    lines += ["def act(obs):", _unpack(names), "    return ["]
    lines += [f"        math.tanh({row}) * {_num(s)} + {_num(o)},  # {a}"
              for row, s, o, a in zip(_linear(weight, bias, names), scale, offset, actuators)]
    lines += ["    ]"]
    return "\n".join(lines) + "\n"


def smose_source(policy: dict[str, Any], title: str) -> str:
    """SMoSE's deterministic action from its exported weights (algorithms.interpret.export): the
    router's linear logits pick an expert; its linear mean, gated by the router's probability
    ('gated': tanh(p * mean)) or clipped ('bare'), scaled to the action bounds."""
    features, actuators = policy["feature_names"], policy["actuator_names"]
    names = identifiers(features)
    low, high = np.asarray(policy["action_low"], float), np.asarray(policy["action_high"], float)
    scale, offset = (high - low) / 2, (high + low) / 2
    lines = _header(title, features, actuators, low, high, uses_math=True)
    lines += [f"SCALE = [{', '.join(map(_num, scale))}]", f"OFFSET = [{', '.join(map(_num, offset))}]", "", ""]
    router = _linear(np.asarray(policy["router"]["weight"]), np.asarray(policy["router"]["bias"]), names)
    lines += ["def router_logits(obs):", _unpack(names), "    return ["]
    lines += [f"        {row},  # expert {m}" for m, row in enumerate(router)]
    lines += ["    ]", "", ""]
    for m, expert in enumerate(policy["experts"]):
        rows = _linear(np.asarray(expert["mean_weight"]), np.asarray(expert["mean_bias"]), names)
        lines += [f"def expert_{m}(obs):", _unpack(names), "    return ["]
        lines += [f"        {row},  # {a}" for row, a in zip(rows, actuators)]
        lines += ["    ]", "", ""]
    lines += [f"EXPERTS = [{', '.join(f'expert_{m}' for m in range(len(policy['experts'])))}]", "", "",
              "def act(obs):",
              "    logits = router_logits(obs)",
              "    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones",
              "    mean = EXPERTS[m](obs)"]
    if policy["eval_gate"] == "gated":
        lines += ["    top = max(logits)",
                  "    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m",
                  "    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]"]
    else:
        lines += ["    return _clip([u * s + o for u, s, o in zip(mean, SCALE, OFFSET)])"]
    return "\n".join(lines) + "\n"
