"""The Soft Actor-Critic update, written once, for a stack of S seeds (a solo run is S = 1).

Each seed's networks are stacked along a leading seed dimension; the per-seed terms below are
functions of (modules, batch, noise), written for one seed. `descent` makes one optimiser step on
a term's loss for every seed, and is every step of the update, in one of three ways (`how`):
- "eager" (the default on the CPU): seed by seed, autograd's gradient and one fused Adam call on
  the seed's rows of the stacks, the operations, on the shapes, of the seed's run alone;
- "compiled" (the config's compile_update, on any device): seed by seed, the loss, its gradient
  (torch.func.grad) and Adam's step as one graph, by torch.compile;
- "vmapped" (the eager update on a GPU): the gradient under torch.func.vmap, one batched kernel
  for all seeds, then one fused Adam call over the stacks.
The exploring action goes the same way (`over_seeds`). Seeds share no parameter and Adam is
elementwise, so every seed takes its own step. Every random draw (the `noise` arguments) is made
outside, from the seed's own generator; under vmap (randomness="error", its default) a draw from
torch's global generator inside a term is an error, which the tests' vmapped update would show.

With a' ~ pi(.|s'), a~ ~ pi(.|s) reparameterised, alpha = exp(log_alpha), H = target entropy:

    target      y        = r + gamma (1 - d) [ min_j Q'_j(s', a') - alpha log pi(a'|s') ]
    critics     L_Q      = sum_j mean_B (Q_j(s, a) - y)^2                  every step
    actor       L_pi     = mean_B [ alpha log pi(a~|s) - min_j Q_j(s, a~) ] + the actor's own terms
    temperature L_alpha  = -alpha mean_B [ log pi(a~|s) + H ]              with each actor step
    Polyak      Q'      <- (1 - tau) Q' + tau Q                            every target_network_frequency steps

The actor and the temperature take `policy_frequency` steps every `policy_frequency`-th step
(CleanRL's delayed update, the SMoSE code's setting). The temperature loss uses the log-probs of
the actor step's own sample, drawn before that step (as SB3 does; CleanRL draws a fresh sample
after the actor step), and multiplies alpha itself (CleanRL's form; SB3 multiplies log_alpha).
Losses come back as tensors, one value per seed, read on the host only at log intervals.
"""

from __future__ import annotations

import copy
import types
from collections.abc import Callable
from functools import partial
from typing import Any

import torch
from torch import nn
from torch.func import functional_call, vmap
from torch.optim.adam import adam

from algorithms.sac.actors import Noise, SACActor
from algorithms.sac.buffer import Transitions
from algorithms.sac.networks import TwinQ

Params = dict[str, torch.Tensor]
NoiseFn = Callable[[str], Noise]  # purpose -> every seed's noise, stacked (S, ...)


# --- one seed's terms, written with its modules ------------------------------------------------
def critic_target(actor: Any, target_critic: Any, next_obs, rewards, terminated, alpha, noise, gamma: float):
    """y = r + gamma (1 - d) [min_j Q'_j(s', a') - alpha log pi(a'|s')], a' ~ pi(.|s'): (B,)."""
    next_actions, next_log_pi = actor.target_sample(next_obs, noise)
    next_q = target_critic.min_q(next_obs, next_actions) - alpha * next_log_pi
    return rewards + gamma * (1.0 - terminated) * next_q


def critic_loss(critic: Any, actor: Any, target_critic: Any, obs, actions, rewards, next_obs, terminated,
                alpha, noise, gamma: float):
    """(sum_j mean_B (Q_j(s, a) - y)^2, the mean Q for the log), the target y without gradient."""
    with torch.no_grad():
        target = critic_target(actor, target_critic, next_obs, rewards, terminated, alpha, noise, gamma)
    q = critic(obs, actions)  # (2, B)
    return (q - target).pow(2).mean(dim=-1).sum(), q.detach().mean()


def temperature_loss(log_alpha, log_pi, target_entropy: float):
    """L_alpha = -alpha mean_B [log pi(a~|s) + H], log pi without gradient: log_alpha (..., 1),
    log_pi (..., B) -> (...)."""
    return -(log_alpha.exp() * (log_pi.detach() + target_entropy)).mean(dim=-1)


def actor_and_temperature_loss(actor: Any, log_alpha, frozen_critic: Any, obs, alpha, noise,
                               target_entropy: float, autotune: bool, log: bool = True):
    """L_pi + L_alpha (alpha is detached in L_pi and log pi in L_alpha: separate gradients: one
    step for both), then L_pi, log pi (B,) and the extra scalars to log. L_pi is SAC's actor loss
    plus the actor's own terms; log=False skips the scalars that cost more than the loss needs."""
    loss_pi, log_pi, extra = actor.actor_loss(obs, frozen_critic.min_q, alpha, noise, log)
    total = loss_pi + temperature_loss(log_alpha, log_pi, target_entropy) if autotune else loss_pi
    return total, loss_pi, log_pi, extra


# --- applying them to every seed ----------------------------------------------------------------
class _Method(nn.Module):
    """A module's method as the forward of a wrapper: torch.func.functional_call calls forward."""

    def __init__(self, module: nn.Module, name: str):
        super().__init__()
        self.of, self.name = module, name

    def forward(self, *args: Any) -> Any:
        return getattr(self.of, self.name)(*args)


class _Functional:
    """A private copy of one seed's module, to run with any tensors as its parameters (bound()),
    with the methods the terms call wrapped once, outside any trace (torch.compile refuses a
    module made while it traces)."""

    METHODS = ("explore", "target_sample", "actor_loss", "min_q")

    def __init__(self, module: nn.Module):
        self.module = copy.deepcopy(module)
        self.methods = {name: _Method(self.module, name) for name in self.METHODS if hasattr(module, name)}

    def bound(self, params: Params) -> _Bound:
        return _Bound(self, params)


class _Bound:
    """A module whose calls and methods run with the given tensors (a seed's rows of the stacks,
    vmap's or torch.compile's stand-ins for them) as its parameters: torch.func.functional_call."""

    def __init__(self, functional: _Functional, params: Params):
        self._functional, self._params = functional, params

    def __call__(self, *args: Any) -> Any:
        return functional_call(self._functional.module, self._params, args, tie_weights=False)

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = self._functional.methods[name]
        params = {f"of.{k}": v for k, v in self._params.items()}
        return lambda *args: functional_call(method, params, args, tie_weights=False)


def _map(fn: Callable[[torch.Tensor], Any], tree: Any) -> Any:
    """fn on every tensor of nested tuples, lists and dicts (what the terms take and return)."""
    if isinstance(tree, torch.Tensor):
        return fn(tree)
    if isinstance(tree, dict):
        return {k: _map(fn, v) for k, v in tree.items()}
    return type(tree)(_map(fn, v) for v in tree)


def _stacked(trees: list[Any]) -> Any:
    """The seeds' outputs, each tensor stacked along a new leading seed dimension."""
    first = trees[0]
    if isinstance(first, torch.Tensor):
        return torch.stack(trees)
    if isinstance(first, dict):
        return {k: _stacked([t[k] for t in trees]) for k in first}
    return type(first)(_stacked(list(parts)) for parts in zip(*trees))


def _compiled(fn: Callable[..., Any]) -> Callable[..., Any]:
    """fn as one graph, traced by torch.compile at its first call and compiled by inductor, for
    every seed (its inputs are the seed's tensors, of the same shapes at every call).

    torch.compile keeps its graphs per code object, so fn runs as a private copy of its code: one
    graph for this learner's term, which no other learner's closure (other settings, the same
    shapes) can pick up, and no limit on how many learners a process compiles. At each call only
    the tensors' guards are checked (torch.compiler.keep_tensor_guards_unsafe): the rest the graph
    depends on (the private module copies, the settings) is fixed for the learner's life, and the
    other guards took 150 of a compiled critic step's 490 us (tiny networks, one seed).
    """
    own = types.FunctionType(fn.__code__.replace(), fn.__globals__, fn.__name__, fn.__defaults__, fn.__closure__)
    return torch.compile(own, fullgraph=True, dynamic=False,
                         options={"guard_filter_fn": torch.compiler.keep_tensor_guards_unsafe})


class _BySeed:
    """fn(*seed i's rows, *seed i's tensors), written for one seed, called for every seed with
    the outputs stacked (S, ...), so a seed's arithmetic is that of its run alone, to the bit, in
    any batch; compiled: as one graph (_compiled). Rows are the arguments that are the same
    tensors at every call (views of the stacks: parameters, Adam moments), seed by seed; a lone
    seed's tensors and outputs are views (squeeze, unsqueeze) where indexing and stacking copy."""

    def __init__(self, fn: Callable[..., Any], compiled: bool, rows: list[tuple]):
        self.fn, self.rows = _compiled(fn) if compiled else fn, rows

    def __call__(self, *tensors: Any) -> Any:
        if len(self.rows) == 1:
            outputs = self.fn(*self.rows[0], *_map(lambda x: x.squeeze(0), tensors))
            return _map(lambda x: x.unsqueeze(0), outputs)
        return _stacked([self.fn(*rows, *_map(lambda x, i=i: x[i], tensors)) for i, rows in enumerate(self.rows)])


def _vmapped(fn: Callable[..., Any], *stacks: Any) -> Callable[..., Any]:
    """fn(*stacks, *tensors), written for one seed, under torch.func.vmap over the leading seed
    dimension of every argument: one batched kernel for all seeds, what pays on a GPU (it rounds
    otherwise than a seed alone, and chaotic dynamics grow the difference)."""
    return lambda *tensors: vmap(fn)(*stacks, *tensors)


def _rows(params: Params, n_seeds: int) -> list[Params]:
    return [{k: v[i] for k, v in params.items()} for i in range(n_seeds)]


def explore_over_seeds(actor: nn.Module, params: Params, how: str) -> Callable[..., Any]:
    """actor.explore(obs, noise), without gradient, for every seed of the stacked `params`: how
    "eager" or "compiled" (seed by seed, see _BySeed) or "vmapped"."""
    functional = _Functional(actor)

    def one(p: Params, obs: torch.Tensor, noise: Noise) -> torch.Tensor:
        return functional.bound(p).explore(obs, noise)
    if how == "vmapped":
        return _vmapped(one, params)
    rows = _rows(params, next(iter(params.values())).shape[0])
    return _BySeed(one, compiled=how == "compiled", rows=[(row,) for row in rows])


class Adam:
    """Adam's state for stacked parameters: the moments, each (S, ...) like its parameter, so that
    seed i's state is row i of each (its checkpoint); one step count, shared, as the seeds step
    together; and the settings (torch.optim.Adam's defaults but the learning rate). `descent`
    makes the steps with torch's own Adam kernels (torch.optim.adam.adam)."""

    def __init__(self, params: Params, lr: float):
        stacks = list(params.values())
        self.exp_avg = [torch.zeros_like(p, memory_format=torch.preserve_format) for p in stacks]
        self.exp_avg_sq = [torch.zeros_like(p, memory_format=torch.preserve_format) for p in stacks]
        self.count = torch.zeros((), dtype=torch.float32, device=stacks[0].device)
        self.settings = {"lr": lr, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "amsgrad": False,
                         "weight_decay": 0.0, "maximize": False}

    def seed_state(self, i: int) -> dict[str, Any]:
        return {"exp_avg": [m[i].clone() for m in self.exp_avg], "exp_avg_sq": [m[i].clone() for m in self.exp_avg_sq],
                "count": self.count.clone()}

    def load_seed_state(self, i: int, saved: dict[str, Any]) -> None:
        """In place: what `descent` bound to seed i's rows stays bound."""
        with torch.no_grad():
            for mine, theirs in ((self.exp_avg, saved["exp_avg"]), (self.exp_avg_sq, saved["exp_avg_sq"])):
                for m, v in zip(mine, theirs):
                    m[i].copy_(v)
            self.count.copy_(saved["count"])


def descent(term: Callable[..., Any], modules: list[tuple[nn.Module | None, Params]], adams: list[Adam],
            how: str) -> Callable[..., Any]:
    """One Adam step on term's loss for every seed: f(*tensors) -> term's outputs, each (S, ...),
    after the step. The one descent of every update, eager, compiled or vmapped.

    term(*modules, *tensors) -> (loss, *outputs) is written for one seed; its first len(adams)
    modules are what `adams` train, one each (a None template: the entry's one tensor, "value",
    passed as it is). The moments are the Adams' own, whichever `how` made them:
    - "eager": seed by seed, autograd's gradient and one fused Adam call on the seed's rows, the
      arithmetic of its run alone, to the bit;
    - "compiled": seed by seed, the gradient (torch.func.grad) and Adam's step (capturable: the
      step count stays a tensor, which a graph needs; foreach, which torch.compile traces in
      fewer steps than the single-tensor loop: 10.4 s against 16.1 for two sac-l learners) in
      one graph. Not
      vmapped: through torch.compile, vmap of grad crashed in torch 2.13 (a segfault) and once
      gave SMoSE weights 3e-3 away from eager;
    - "vmapped": the gradient (torch.func.grad) vmapped over the seeds, then one fused Adam call
      over the stacks.
    """
    functionals = [None if module is None else _Functional(module) for module, _ in modules]
    stacks = [{k: v.detach() for k, v in p.items()} for _, p in modules]
    n_trained, n_seeds = len(adams), next(iter(stacks[0].values())).shape[0]
    kind = {"foreach": True, "capturable": True} if how == "compiled" else {"fused": True}

    def loss_of(trained: list[Params], fixed: list[Params], *tensors: Any) -> Any:
        bound = [p["value"] if f is None else f.bound(p) for f, p in zip(functionals, [*trained, *fixed])]
        outputs = term(*bound, *tensors)
        return outputs[0], outputs

    def autograd_gradient(trained: list[Params], *rest: Any) -> Any:
        leaves = [{k: v.detach().requires_grad_() for k, v in p.items()} for p in trained]
        loss, outputs = loss_of(leaves, *rest)
        grads = iter(torch.autograd.grad(loss, [v for p in leaves for v in p.values()]))
        return [{k: next(grads) for k in p} for p in leaves], _map(torch.Tensor.detach, outputs)

    gradient = autograd_gradient if how == "eager" else torch.func.grad(loss_of, has_aux=True)

    def adam_step(trained: list[Params], grads: list[Params], moments: list[tuple[list, list, torch.Tensor]]) -> None:
        with torch.no_grad():
            for params, grad, (exp_avg, exp_avg_sq, count), opt in zip(trained, grads, moments, adams):
                # on copies of the step count: every seed sees the count before this step (the
                # shared count moves once, after every seed's step)
                adam(list(params.values()), list(grad.values()), exp_avg, exp_avg_sq, [],
                     [count.clone() for _ in exp_avg], **kind, **opt.settings)

    def descend(trained: list[Params], moments: list[tuple[list, list, torch.Tensor]], fixed: list[Params],
                *tensors: Any) -> Any:
        grads, outputs = gradient(trained, fixed, *tensors)
        adam_step(trained, grads, moments)
        return outputs

    if how == "vmapped":
        vmapped_gradient = _vmapped(gradient, stacks[:n_trained], stacks[n_trained:])
        moments = [(a.exp_avg, a.exp_avg_sq, a.count) for a in adams]
    else:
        rows = [_rows(p, n_seeds) for p in stacks]
        by_seed = _BySeed(descend, compiled=how == "compiled", rows=[(
            [r[i] for r in rows[:n_trained]],
            [([m[i] for m in a.exp_avg], [m[i] for m in a.exp_avg_sq], a.count) for a in adams],
            [r[i] for r in rows[n_trained:]]) for i in range(n_seeds)])

    def step(*tensors: Any) -> Any:
        if how == "vmapped":
            grads, outputs = vmapped_gradient(*tensors)
            adam_step(stacks[:n_trained], grads, moments)
        else:
            outputs = by_seed(*tensors)
        for a in adams:
            a.count += 1
        return outputs
    return step


def stack_as_views(modules: list[nn.Module]) -> Params:
    """Stack the modules' parameters along a new leading dimension and make every module's own
    parameters views of the stack, so that each module acts with its seed's current weights."""
    stacked: Params = {}
    for name, _ in modules[0].named_parameters():
        params = [dict(m.named_parameters())[name] for m in modules]
        stacked[name] = torch.stack([p.detach() for p in params])
        for i, p in enumerate(params):
            p.data = stacked[name][i]
    return stacked


class SACUpdate:
    """Adam's state and the update of S seeds' stacked actors, critics and temperatures."""

    def __init__(self, config: Any, actor: SACActor, critic: TwinQ, actor_params: Params,
                 critic_params: Params, target_params: Params, log_alpha: torch.Tensor,
                 target_entropy: float, vectorize: bool = False):
        """actor, critic: templates (one seed's modules, copied here) of the stacked parameters;
        vectorize: vmap the seeds' eager update (see descent; a compiled one runs seed by seed)."""
        self.config = config
        self.actor_params, self.critic_params, self.target_params = actor_params, critic_params, target_params
        self.log_alpha = log_alpha  # (S, 1)
        # Adam's state of each trained stack (the temperature's steps with the actor's: one
        # gradient for both, then a step of each).
        self.adams = {"critic": Adam(critic_params, config.q_lr), "actor": Adam(actor_params, config.policy_lr),
                      "temperature": Adam({"value": log_alpha}, config.alpha_lr)}
        # The critic as the actor's loss sees it: the same storage, not trained by that step.
        frozen_critic = {k: v.detach() for k, v in critic_params.items()}
        how = "compiled" if config.compile_update else "vmapped" if vectorize else "eager"
        self._explore = explore_over_seeds(actor, actor_params, how)
        self._critic_step = descent(partial(critic_loss, gamma=config.gamma),
                                    [(critic, critic_params), (actor, actor_params), (critic, target_params)],
                                    [self.adams["critic"]], how)
        # Compiled, one graph, which makes the statistics at every step; eager, the steps whose
        # losses are not read skip the actor's costly statistics.
        self._actor_step = {log: descent(
            partial(actor_and_temperature_loss, target_entropy=target_entropy, autotune=config.autotune, log=log),
            [(actor, actor_params), (None, {"value": log_alpha}), (critic, frozen_critic)],
            [self.adams["actor"], self.adams["temperature"]][:2 if config.autotune else 1], how) for log in ((True,) if how == "compiled" else (True, False))}

    @property
    def alpha(self) -> torch.Tensor:
        """Each seed's temperature, (S, 1)."""
        if self.config.autotune:
            return self.log_alpha.detach().exp()
        return torch.full_like(self.log_alpha, self.config.alpha).detach()

    def explore(self, obs: torch.Tensor, noise: Noise) -> torch.Tensor:
        """Each seed's training action for its observation: obs (S, n_s) -> (S, n_a)."""
        with torch.inference_mode():
            return self._explore(obs.unsqueeze(1), noise)[:, 0]

    def __call__(self, step: int, batch: Transitions, noise: NoiseFn, log: bool = True) -> dict[str, torch.Tensor]:
        """One critic step; the delayed actor and temperature steps when due; the Polyak update.
        Returns the losses of this step, each (S,); log=False: without the actor's statistics that
        cost more than its loss needs (SMoSE's expert usage), for the steps whose losses are not read."""
        cfg = self.config
        loss_q, q_mean = self._critic_step(batch.obs, batch.actions, batch.rewards, batch.next_obs,
                                           batch.terminated, self.alpha, noise("target"))
        stats = {"critic_loss": loss_q, "q_mean": q_mean}
        if step % cfg.policy_frequency == 0:
            for _ in range(cfg.policy_frequency):
                _, loss_pi, log_pi, extra = self._actor_step.get(log, self._actor_step[True])(
                    batch.obs, self.alpha, noise("actor"))
            stats.update(actor_loss=loss_pi, alpha=self.alpha[:, 0], entropy=-log_pi.mean(dim=-1), **extra)

        if step % cfg.target_network_frequency == 0:
            with torch.no_grad():
                for target, online in zip(self.target_params.values(), self.critic_params.values()):
                    target.lerp_(online, cfg.tau)
        return stats

    # --- a seed's rows of Adam's state, for its checkpoint ---------------------------------
    def optimizer_states(self, i: int) -> dict[str, Any]:
        return {name: state.seed_state(i) for name, state in self.adams.items()}

    def load_optimizer_states(self, per_seed: list[dict[str, Any]]) -> None:
        for i, saved in enumerate(per_seed):
            for name, state in self.adams.items():
                state.load_seed_state(i, saved[name])
