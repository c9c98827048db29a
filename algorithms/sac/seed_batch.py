"""Several seeds of one SAC-family agent trained in lockstep in one process.

Each seed keeps its own `SACAgent`, built exactly as a solo run builds it: its own env, replay
buffer, buffer RNG, warm-up action RNG and initial weights. `SeedBatch` stacks the seeds'
parameters along a leading seed dimension and runs the update once for all of them with
`torch.func.vmap`, so the Python and dispatch cost of a step is paid once. The seeds never mix:
every loss is a sum of per-seed losses of disjoint parameters, and Adam is elementwise, so each
seed gets exactly the gradient and the optimiser step of its solo run.

Each agent's modules hold *views* of the stacked tensors, so `agent.act`, evaluation and
`agent.save` work per seed, without copies, at any time.

One difference from solo runs: the policy and target noise of all seeds is drawn from the one
torch generator of the process (vmap's randomness="different"), so a seed's trajectory in a batch
is not its solo trajectory; it is another draw of the same process. A batch of one seed reproduces
the solo run exactly.
"""

from __future__ import annotations

import copy
import math
import random
from collections.abc import Callable
from typing import Any

import numpy as np
import torch
from torch import nn
from torch.func import functional_call, vmap

from algorithms.sac.buffer import ReplayBuffer
from algorithms.sac.learner import SACAgent
from envs.state import restore, snapshot

Params = dict[str, torch.Tensor]
# callback(seed_index, step, info) -> False to stop that seed; info as in SACAgent.learn
BatchCallback = Callable[[int, int, dict[str, Any]], Any]


class _Method(nn.Module):
    """Calls one method of a module through functional_call (which only calls forward)."""

    def __init__(self, module: nn.Module, method: str):
        super().__init__()
        self.module, self.method = module, method

    def forward(self, *args: Any) -> Any:
        return getattr(self.module, self.method)(*args)


def stack_as_views(modules: list[nn.Module], requires_grad: bool) -> Params:
    """Stack the modules' parameters along a new leading dimension and make every module's own
    parameters views of the stack, so that updates to the stack are seen by each module."""
    stacked: Params = {}
    for name, _ in modules[0].named_parameters():
        params = [dict(m.named_parameters())[name] for m in modules]
        stacked[name] = torch.stack([p.detach() for p in params]).requires_grad_(requires_grad)
        for i, p in enumerate(params):
            p.data = stacked[name][i]
    return stacked


class SeedBatch:
    """Trains the SACAgents of several seeds of one agent and one task as one batched ensemble."""

    def __init__(self, agents: list[SACAgent]):
        if not agents:
            raise ValueError("a seed batch needs at least one agent")
        first = agents[0]
        for a in agents[1:]:
            if type(a.actor) is not type(first.actor) or a.config != first.config:
                raise ValueError("a seed batch trains one agent with one configuration; "
                                 f"got {type(a.actor).__name__} and {type(first.actor).__name__}")
        self.agents = agents
        self.config = cfg = first.config
        self.n = len(agents)
        self.actor_params = stack_as_views([a.actor for a in agents], requires_grad=True)
        self.critic_params = stack_as_views([a.critic for a in agents], requires_grad=True)
        self.target_params = stack_as_views([a.critic_target for a in agents], requires_grad=False)
        self.log_alpha = torch.stack([a.log_alpha.detach() for a in agents]).requires_grad_(True)
        for i, a in enumerate(agents):
            a.log_alpha.data = self.log_alpha[i]
        self.target_entropy = first.target_entropy
        # Templates through which the stacked tensors are applied: copies, so that the agents'
        # own modules keep their views.
        actor, critic = copy.deepcopy(first.actor), copy.deepcopy(first.critic)
        self._actor = {m: _Method(actor, m) for m in ("target_sample", "actor_loss", "explore")}
        self._critic = {m: _Method(critic, m) for m in ("forward", "min_q")}
        self.actor_opt = torch.optim.Adam(self.actor_params.values(), lr=cfg.policy_lr, fused=True)
        self.critic_opt = torch.optim.Adam(self.critic_params.values(), lr=cfg.q_lr, fused=True)
        self.alpha_opt = torch.optim.Adam([self.log_alpha], lr=cfg.alpha_lr, fused=True)
        self.stopped = [False] * self.n  # a seed that failed or whose callback said stop
        self.failures: dict[int, str] = {}
        self._step = 0
        self._resume: dict[str, Any] | None = None
        # The loop's position, kept here so that a checkpoint can be taken after any step.
        self._obs: list[np.ndarray] = []
        self._episodes: list[list[float]] = []  # each seed's episode in progress: return, length

    # --- per-seed functions, vmapped over the seed dimension ---------------------------------
    def _call(self, fns: dict[str, _Method], method: str, params: Params, *args: Any) -> Any:
        return functional_call(fns[method], {f"module.{k}": v for k, v in params.items()}, args,
                               strict=False)

    def _target(self, actor_p: Params, target_p: Params, next_obs, rewards, terminated, alpha):
        next_actions, next_log_pi = self._call(self._actor, "target_sample", actor_p, next_obs)
        next_q = self._call(self._critic, "min_q", target_p, next_obs, next_actions) - alpha * next_log_pi
        return rewards + self.config.gamma * (1.0 - terminated) * next_q

    def _q(self, critic_p: Params, obs, actions):
        return self._call(self._critic, "forward", critic_p, obs, actions)

    def _actor_loss(self, actor_p: Params, critic_p: Params, obs, alpha):
        def q_fn(o: torch.Tensor, a: torch.Tensor) -> torch.Tensor:
            return self._call(self._critic, "min_q", critic_p, o, a)
        return self._call(self._actor, "actor_loss", actor_p, obs, q_fn, alpha)

    def _explore(self, obs: torch.Tensor) -> np.ndarray:
        with torch.inference_mode():
            actions = vmap(lambda p, o: self._call(self._actor, "explore", p, o),
                           randomness="different")(self.actor_params, obs.unsqueeze(1))
        return actions[:, 0].numpy()

    @property
    def alpha(self) -> torch.Tensor:
        """Each seed's temperature, (S, 1)."""
        if self.config.autotune:
            return self.log_alpha.detach().exp()
        return torch.full((self.n, 1), self.config.alpha)

    # --- the update --------------------------------------------------------------------------
    def update(self, step: int, stats: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        """One SACAgent.update for every seed at once; stats hold one value per seed, (S,)."""
        cfg = self.config
        batches = [a.buffer.sample(cfg.batch_size) for a in self.agents]
        obs, actions, rewards, next_obs, terminated = (torch.stack(x) for x in zip(*batches))
        alpha = self.alpha

        with torch.no_grad():
            target = vmap(self._target, randomness="different")(
                self.actor_params, self.target_params, next_obs, rewards, terminated, alpha)
        q = vmap(self._q)(self.critic_params, obs, actions)  # (S, 2, B)
        critic_loss = (q - target.unsqueeze(1)).pow(2).mean(dim=-1).sum(dim=-1)  # (S,)
        self.critic_opt.zero_grad(set_to_none=True)
        critic_loss.sum().backward()  # seeds share no parameter: each gets its own gradient
        self.critic_opt.step()
        stats = {**stats, "critic_loss": critic_loss.detach(), "q_mean": q.detach().mean(dim=(1, 2))}

        if step % cfg.policy_frequency == 0:
            frozen_critic = {k: v.detach() for k, v in self.critic_params.items()}
            for _ in range(cfg.policy_frequency):
                loss, log_pi, extra = vmap(self._actor_loss, randomness="different")(
                    self.actor_params, frozen_critic, obs, self.alpha)
                self.actor_opt.zero_grad(set_to_none=True)
                loss.sum().backward()
                self.actor_opt.step()
                if cfg.autotune:
                    alpha_loss = -(self.log_alpha.exp() * (log_pi.detach() + self.target_entropy)).mean(dim=-1)
                    self.alpha_opt.zero_grad(set_to_none=True)
                    alpha_loss.sum().backward()
                    self.alpha_opt.step()
            stats.update(actor_loss=loss.detach(), alpha=self.alpha[:, 0], entropy=-log_pi.detach().mean(dim=-1),
                         **{k: v.detach() for k, v in extra.items()})

        if step % cfg.target_network_frequency == 0:
            with torch.no_grad():
                torch._foreach_lerp_(list(self.target_params.values()),
                                     list(self.critic_params.values()), cfg.tau)
        return stats

    # --- the loop ----------------------------------------------------------------------------
    def learn(self, total_steps: int, callback: BatchCallback | None = None,
              after_step: Callable[[int], Any] | None = None) -> None:
        """Train every seed for total_steps env steps in lockstep (as SACAgent.learn does one).

        callback(i, step, info) follows each seed's step; after_step(step) follows all of them
        (where a checkpoint may be taken). A seed whose losses turn non-finite is stopped and
        named in `failures`; the others go on.
        """
        cfg, agents = self.config, self.agents
        learning_starts = int(min(cfg.learning_starts, cfg.learning_starts_fraction * total_steps))
        for a in agents:
            a.learning_starts_used = learning_starts
            a.buffer = ReplayBuffer(min(cfg.buffer_size, total_steps), a.env_info.obs_dim,
                                    a.env_info.act_dim, seed=a.seed)
        if self._resume is not None:
            first_step = self._resume_loop(self._resume)
            self._resume = None
        else:
            first_step = 1
            self._obs = [a.env.reset(seed=a.seed)[0] for a in agents]
            self._episodes = [[0.0, 0] for _ in agents]
        obs, episode = self._obs, self._episodes
        stats: dict[str, torch.Tensor] = {}

        for step in range(first_step, total_steps + 1):
            if all(self.stopped):
                return
            if step > learning_starts:
                explore = self._explore(torch.as_tensor(np.stack(obs), dtype=torch.float32))
            infos: list[dict[str, Any]] = [{} for _ in agents]
            for i, a in enumerate(agents):
                if self.stopped[i]:
                    continue
                action = a.env.action_space.sample() if step <= learning_starts else explore[i]
                next_obs, reward, terminated, truncated, _ = a.env.step(action)
                a.buffer.add(obs[i], action, reward, next_obs, terminated)
                episode[i][0] += float(reward)
                episode[i][1] += 1
                if terminated or truncated:
                    infos[i]["episode"] = {"return": episode[i][0], "length": episode[i][1],
                                           "terminated": bool(terminated)}
                    obs[i], _ = a.env.reset()
                    episode[i] = [0.0, 0]
                else:
                    obs[i] = next_obs
            self._step = step

            if step > learning_starts and min(len(a.buffer) for a in agents) >= cfg.batch_size:
                stats = self.update(step, stats)
                if step % cfg.log_interval == 0:
                    self._read_losses(step, stats, infos)
            for i in range(self.n):
                if not self.stopped[i] and callback is not None and callback(i, step, infos[i]) is False:
                    self.stopped[i] = True
            if after_step is not None:
                after_step(step)

    def _read_losses(self, step: int, stats: dict[str, torch.Tensor], infos: list[dict[str, Any]]) -> None:
        """Each seed's losses into its info; a seed with a non-finite one is stopped (the check
        is made where the losses are read anyway: no extra host synchronisation)."""
        values = {k: v.tolist() for k, v in stats.items()}
        for i in range(self.n):
            if self.stopped[i]:
                continue
            losses = {k: float(v[i]) for k, v in values.items()}
            bad = [k for k, v in losses.items() if not math.isfinite(v)]
            if bad:
                self.stopped[i] = True
                self.failures[i] = f"non-finite {', '.join(bad)} at step {step}; the run is stopped"
            else:
                infos[i]["losses"] = losses

    # --- checkpoints -------------------------------------------------------------------------
    def checkpoint_state(self, include_buffer: bool = True) -> dict[str, Any]:
        """Everything needed to continue training exactly where it stands, after any step: each
        seed's env mid-episode (envs.state), its loop position, buffer and random streams. The
        resumed batch equals an uninterrupted one."""
        seeds = []
        for i, a in enumerate(self.agents):
            b = a.buffer
            seeds.append({
                "rng": {"buffer": b.rng.bit_generator.state,
                        "action_space": copy.deepcopy(a.env.action_space.np_random.bit_generator.state)},
                "env": snapshot(a.env), "obs": self._obs[i].copy(), "episode": list(self._episodes[i]),
                "buffer": b.contents() if include_buffer else None,
            })
        return {
            "networks": {"actor": _detached(self.actor_params), "critic": _detached(self.critic_params),
                         "critic_target": _detached(self.target_params),
                         "log_alpha": self.log_alpha.detach().clone()},
            "optimizers": {"actor": self.actor_opt.state_dict(), "critic": self.critic_opt.state_dict(),
                           "alpha": self.alpha_opt.state_dict()},
            "rng": {"torch": torch.get_rng_state(), "numpy": np.random.get_state(), "python": random.getstate()},
            "step": self._step, "stopped": list(self.stopped), "failures": dict(self.failures),
            "seeds": seeds,
        }

    def restore_checkpoint_state(self, state: dict[str, Any]) -> None:
        """Load a checkpoint_state; the next learn() continues from its step."""
        nets, opts = state["networks"], state["optimizers"]
        with torch.no_grad():
            for mine, saved in ((self.actor_params, nets["actor"]), (self.critic_params, nets["critic"]),
                                (self.target_params, nets["critic_target"])):
                for k, v in mine.items():
                    v.copy_(saved[k])  # in place: the agents' views stay valid
            self.log_alpha.copy_(nets["log_alpha"])
        self.actor_opt.load_state_dict(opts["actor"])
        self.critic_opt.load_state_dict(opts["critic"])
        self.alpha_opt.load_state_dict(opts["alpha"])
        self.stopped, self.failures = list(state["stopped"]), dict(state["failures"])
        self._resume = state

    def _resume_loop(self, state: dict[str, Any]) -> int:
        """Put every seed's env and loop, and every random stream, back where the checkpoint
        stood; the step to go on from."""
        self._obs, self._episodes = [], []
        for a, saved in zip(self.agents, state["seeds"]):
            rng = saved["rng"]
            restore(a.env, saved["env"])
            self._obs.append(saved["obs"].copy())
            self._episodes.append(list(saved["episode"]))
            a.env.action_space.np_random.bit_generator.state = rng["action_space"]
            if saved["buffer"] is not None:
                a.buffer.restore_contents(saved["buffer"])
                a.buffer.rng.bit_generator.state = rng["buffer"]
        torch.set_rng_state(state["rng"]["torch"])
        np.random.set_state(state["rng"]["numpy"])
        random.setstate(state["rng"]["python"])
        self._step = state["step"]
        return state["step"] + 1


def _detached(params: Params) -> Params:
    return {k: v.detach().clone() for k, v in params.items()}
