"""sbx-sac: SBX's SAC (Stable-Baselines-Jax: SB3's SAC written in JAX and compiled by XLA), with
sb3-sac's settings, registered where SBX is installed (`pip install 'smose-bench[sbx]'`).

It is the fastest CPU SAC peer this project knows: `bench` times it beside sb3-sac in the same
turns. As an agent it trains, acts and saves as sb3-sac does; it takes no checkpoints (its
optimiser states are JAX train states that the SB3 adapter's checkpoint does not hold), so an
interrupted run of it starts again from step 0. XLA is held to one intra-op thread (XLA_FLAGS,
set before JAX is first imported), as every worker's torch is; its computations still run on a
thread apart from Python's (JAX dispatches asynchronously), so they use a second core where one
is idle: `bench` pins every agent to one CPU.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

from algorithms.base import AgentSpec
from algorithms.sb3.adapter import sb3_spec
from algorithms.sb3.agents import SB3SACAgent

# One XLA CPU thread, as the harness gives torch one per worker; where JAX was imported already,
# its setting stands.
os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")

# Registered where SBX is installed; imported when an agent is made (JAX and flax take seconds
# to import, which no other command should pay).
INSTALLED = importlib.util.find_spec("sbx") is not None


def _sbx_sac() -> Any:
    from sbx import SAC

    return SAC


class SBXSACAgent(SB3SACAgent):
    """SBX's SAC with sb3-sac's hyper-parameters (SB3SACConfig): the same networks, batch,
    learning rate, temperature and replay buffer."""

    NAME = "sbx-sac"
    can_checkpoint = False

    def build(self, venv: Any, seed: int) -> Any:
        r = self.resolved
        self.learning_starts_used: int | None = None
        return _sbx_sac()("MlpPolicy", venv, learning_rate=r["learning_rate"], buffer_size=1,
                       learning_starts=r["learning_starts"], batch_size=r["batch_size"], tau=r["tau"],
                       gamma=r["gamma"], train_freq=r["train_freq"], gradient_steps=r["gradient_steps"],
                       ent_coef="auto", target_entropy=-r["target_entropy_scale"] * self.env_info.act_dim,
                       policy_kwargs=dict(net_arch=list(r["hidden_sizes"])), seed=seed, verbose=0)

    def parameter_counts(self) -> dict[str, int]:
        """The actor's JAX parameters; its deterministic policy without the log-std head."""
        import jax

        params = _flat(self.model.policy.actor_state.params)
        n = sum(int(x.size) for x in jax.tree_util.tree_leaves(params))
        # SBX's actor: Dense layers in order, the mean's head, then the log-std's (the last)
        last = max({k.split("/")[-2] for k in params}, key=lambda name: int(name.rpartition("_")[2]))
        deterministic = n - sum(int(v.size) for k, v in params.items() if k.split("/")[-2] == last)
        return {"total": n, "active": n, "deterministic": deterministic, "deterministic_active": deterministic}

    @classmethod
    def load(cls, path: Path, env_info: Any) -> SBXSACAgent:
        cls.ALGO = _sbx_sac()
        return super().load(path, env_info)

    @staticmethod
    def acting_files(path: Any) -> dict[str, bytes]:
        from algorithms.base import saved_files

        return saved_files(path)  # JAX train states: kept whole (no torch optimiser to empty)


def _flat(tree: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(tree, dict):
        out: dict[str, Any] = {}
        for key, value in tree.items():
            out.update(_flat(value, f"{prefix}/{key}"))
        return out
    return {prefix: tree}


SPECS: list[AgentSpec] = [] if not INSTALLED else [
    sb3_spec("sbx-sac", "sac", "SBX's SAC (SB3 in JAX) with sb3-sac's settings: the fastest CPU SAC "
             "peer, a bench reference", SBXSACAgent),
]
