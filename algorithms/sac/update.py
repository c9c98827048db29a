"""The Soft Actor-Critic update, written once, for a stack of S seeds (a solo run is S = 1).

Each seed's networks are stacked along a leading seed dimension; the per-seed terms below are
functions of (modules, batch, noise), applied to every seed by `over_seeds`: seed by seed (on the
CPU, so that a seed runs the operations, on the shapes, of its run alone) or with
`torch.func.vmap` (on a GPU, where one batched kernel for all seeds pays). Seeds share no
parameter, so summing their losses gives each seed its own gradient, and Adam is elementwise:
each seed gets its own optimiser step (on the CPU a fused Adam call on each seed's rows, as the
seed alone makes it: `adam_by_seed`). Every random draw (the `noise` arguments) is made outside,
from the seed's own generator; under vmap (randomness="error", its default) a draw from torch's
global generator inside a term is an error, which the tests' vmapped update would show.

With the config's compile_update, the critic step and the actor step are each one compiled graph:
the loss, its gradient (torch.func.grad) and Adam's step (torch's own single-tensor Adam) traced
together and compiled by inductor, where eager they are a forward, autograd's backward and the
optimiser's fused kernel (`compiled_descent`); the exploring action is one graph too. Every seed
runs the one graph on its rows of the stacks, on any device (compiled, nothing is vmapped).

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
from collections.abc import Callable
from functools import partial
from typing import Any

import torch
from torch import nn
from torch.func import functional_call, vmap
from torch.optim.adam import adam
from torch.utils._pytree import tree_flatten, tree_map, tree_unflatten

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


def actor_loss(actor: Any, frozen_critic: Any, obs, alpha, noise, log: bool = True):
    """The actor's loss (SAC's, plus its own terms), log pi (B,) and extra scalars to log (those
    that cost more than the loss needs are skipped where log is False)."""
    return actor.actor_loss(obs, frozen_critic.min_q, alpha, noise, log)


def temperature_loss(log_alpha, log_pi, target_entropy: float):
    """L_alpha = -alpha mean_B [log pi(a~|s) + H], log pi without gradient: log_alpha (..., 1),
    log_pi (..., B) -> (...)."""
    return -(log_alpha.exp() * (log_pi.detach() + target_entropy)).mean(dim=-1)


def actor_and_temperature_loss(actor: Any, log_alpha, frozen_critic: Any, obs, alpha, noise,
                               target_entropy: float, autotune: bool):
    """L_pi + L_alpha (alpha is detached in L_pi and log pi in L_alpha: separate gradients) for
    the compiled step, then L_pi, log pi and the extra scalars."""
    loss_pi, log_pi, extra = actor_loss(actor, frozen_critic, obs, alpha, noise)
    total = loss_pi + temperature_loss(log_alpha, log_pi, target_entropy) if autotune else loss_pi
    return total, loss_pi, log_pi, extra


def explore(actor: Any, obs, noise):
    return actor.explore(obs, noise)


# --- applying them to every seed ----------------------------------------------------------------
class _Method(nn.Module):
    """Calls one method of a module through functional_call (which only calls forward)."""

    def __init__(self, module: nn.Module, method: str):
        super().__init__()
        self.module, self.method = module, method

    def forward(self, *args: Any) -> Any:
        return getattr(self.module, self.method)(*args)


class _Functional:
    """A template module whose methods run with the given parameters (one seed's, under vmap)."""

    def __init__(self, methods: dict[str, _Method], params: Params):
        self._methods = methods
        self._params = {f"module.{k}": v for k, v in params.items()}

    def __call__(self, *args: Any) -> Any:
        return self.__getattr__("forward")(*args)

    def __getattr__(self, method: str) -> Callable[..., Any]:
        wrapped = self._methods[method]
        # no parameter is tied: tie_weights=False skips functional_call's search for ties
        return lambda *args: functional_call(wrapped, self._params, args, strict=False, tie_weights=False)


def _bound(template: nn.Module, params: Params) -> nn.Module:
    """The template, its parameters replaced by the given tensors (views of seed 0's rows, which
    carry the gradient to the stacked leaves and see every optimiser step)."""
    for name, value in params.items():
        owner, _, attr = name.rpartition(".")
        sub = template.get_submodule(owner)
        del sub._parameters[attr]
        setattr(sub, attr, value)
    return template


def over_seeds(term: Callable[..., Any], modules: list[tuple[nn.Module, Params]],
               vectorize: bool) -> Callable[..., Any]:
    """term(*modules, *tensors), written for one seed, as a function of tensors with a leading
    seed dimension S, the modules' parameters being the seed-stacked `Params`.

    vectorize: vmap over the seeds (one batched kernel for all of them: what pays on a GPU).
    Otherwise the term runs seed by seed on copies of the modules bound to that seed's rows of
    the stacked parameters, so each seed's arithmetic is that of a run alone, to the bit, in any
    batch (batched kernels round otherwise, and chaotic dynamics grow the difference).
    """
    n_seeds = next(iter(modules[0][1].values())).shape[0]
    if vectorize:
        templates = [_templates(module) for module, _ in modules]
        params = [p for _, p in modules]

        def per_seed(params: list[Params], *tensors: Any) -> Any:
            return term(*(_Functional(t, p) for t, p in zip(templates, params)), *tensors)
        batched = vmap(per_seed)
        return lambda *tensors: batched(params, *tensors)

    # A lone seed's modules are bound to the whole stack, reshaped: a view whose backward is free,
    # where a row's backward zero-fills the stack's shape and copies the gradient in.
    bound = [[_bound(copy.deepcopy(module), {k: v.squeeze(0) if n_seeds == 1 else v[i] for k, v in p.items()})
              for module, p in modules] for i in range(n_seeds)]
    return lambda *tensors: _each_seed(lambda i, seed_tensors: term(*bound[i], *seed_tensors), n_seeds, tensors)


def _each_seed(one: Callable[[int, tuple], Any], n_seeds: int, tensors: tuple) -> Any:
    """one(i, seed i's tensors) for every seed, the outputs stacked (S, ...); a lone seed's
    tensors and outputs are views (squeeze, unsqueeze) where indexing and stacking would copy."""
    if n_seeds == 1:
        return tree_map(lambda x: x.unsqueeze(0), one(0, tree_map(lambda x: x.squeeze(0), tensors)))
    outputs = [one(i, tree_map(lambda x, i=i: x[i], tensors)) for i in range(n_seeds)]
    return tree_map(lambda *xs: torch.stack(xs), *outputs)


class _GraphBySeed:
    """fn(*seed i's rows, *seed i's tensors), written for one seed, called for every seed as one
    graph: traced at the first call and compiled by inductor (_traced_and_compiled), every seed
    running that graph on its own rows, so a seed's arithmetic is the same in any batch. Rows
    are the arguments that are the same tensors at every call (views of the stacks)."""

    def __init__(self, fn: Callable[..., Any], rows: list[tuple]):
        self.fn, self.graph = fn, None
        self.use(rows)

    def use(self, rows: list[tuple]) -> None:
        self.rows, self.flat = rows, [tree_flatten(r)[0] for r in rows]

    def __call__(self, *tensors: Any) -> Any:
        def one(i: int, seed_tensors: tuple) -> Any:
            if self.graph is None:
                self.graph = _traced_and_compiled(self.fn, self.rows[i], seed_tensors)
            return self.graph(self.flat[i], seed_tensors)
        return _each_seed(one, len(self.rows), tensors)


def compiled_term(term: Callable[..., Any], module: nn.Module, params: Params) -> _GraphBySeed:
    """term(module, *tensors) over the seeds of the stacked `params`, compiled (without gradient:
    the exploring action)."""
    template = _templates(module)
    rows = [({k: v[i] for k, v in params.items()},) for i in range(next(iter(params.values())).shape[0])]
    return _GraphBySeed(lambda p, *tensors: term(_Functional(template, p), *tensors), rows)


def compiled_descent(term: Callable[..., Any], modules: list[tuple[nn.Module | None, Params]],
                     optimizer: torch.optim.Adam, n_trained: int) -> Callable[..., Any]:
    """One step of `optimizer` on term's loss, seed by seed, each seed's loss, gradient
    (torch.func.grad) and Adam step compiled into one graph (traced at the first step, see
    _traced_and_compiled): f(*tensors) -> term's outputs, each (S, ...), after the step.

    term(*modules, *tensors) -> (loss, *outputs) is written for one seed; its first n_trained
    modules are what the optimiser's first n_trained parameter groups train (a None template: the
    entry's one tensor, "value", passed as it is). The Adam moments are the optimiser's own, so
    its state_dict (the checkpoint) is that of an eager run. Every seed runs the one graph on its
    rows of the stacks. (Not vectorized: compiled through torch.compile, vmap of grad crashed in
    torch 2.13, a segfault, and once gave SMoSE weights 3e-3 away from eager.)
    """
    templates = [None if module is None else _templates(module) for module, _ in modules]
    stacks = [{k: v.detach() for k, v in p.items()} for _, p in modules]
    groups = optimizer.param_groups[:n_trained]
    hyper = [_adam_hyper(g) for g in groups]

    def loss_of(trained: list[Params], fixed: list[Params], *tensors: Any) -> Any:
        bound = [p["value"] if t is None else _Functional(t, p)
                 for t, p in zip(templates, [*trained, *fixed])]
        outputs = term(*bound, *tensors)
        return outputs[0], outputs

    gradient = torch.func.grad(loss_of, has_aux=True)  # with respect to `trained`

    def descend(trained: list[Params], moments: list[tuple[list, list, list]], fixed: list[Params],
                *tensors: Any) -> Any:
        grads, outputs = gradient(trained, fixed, *tensors)
        for params, grad, (exp_avg, exp_avg_sq, steps), h in zip(trained, grads, moments, hyper):
            # Adam counts on copies of the step counts: every seed must see the count before
            # this step (the shared counts move once, below). capturable: the count stays a
            # tensor in the bias corrections, which a traced graph needs.
            adam(list(params.values()), list(grad.values()), exp_avg, exp_avg_sq, [],
                 [s.clone() for s in steps], foreach=False, capturable=True, **h)
        return outputs
    n_seeds = next(iter(stacks[0].values())).shape[0]

    def rows(i: int, states: list[list[dict[str, torch.Tensor]]]) -> tuple[list, list, list]:
        """Seed i's rows of the stacks: trained, moments, fixed."""
        trained = [{k: v[i] for k, v in p.items()} for p in stacks[:n_trained]]
        moments = [([s["exp_avg"][i] for s in group], [s["exp_avg_sq"][i] for s in group], [s["step"] for s in group])
                   for group in states]
        fixed = [{k: v[i] for k, v in p.items()} for p in stacks[n_trained:]]
        return trained, moments, fixed

    graph, moments_of = _GraphBySeed(descend, []), [None]

    def step(*tensors: Any) -> Any:
        states = [_adam_state(optimizer, g) for g in groups]
        key = tuple(id(s["exp_avg"]) for group in states for s in group)
        if moments_of[0] != key:  # the first step, or new moment tensors after a resume
            moments_of[0] = key
            graph.use([rows(i, states) for i in range(n_seeds)])
        outputs = graph(*tensors)
        torch._foreach_add_([s["step"] for group in states for s in group], 1.0)
        return outputs
    return step


def adam_by_seed(optimizer: torch.optim.Adam, n_seeds: int) -> None:
    """optimizer.step() on the stacked parameters, made seed by seed: one fused Adam call on each
    seed's rows, the call its run alone makes. (One call over the stacks rounded otherwise in a
    batch: pmoe's 4-element log-std bias first, its Hopper weights 4e-3 apart after 300 updates,
    sac-l's 9e-8; seed by seed, every layout gives the same bits.) Parameters without a gradient
    are left alone, as optimizer.step() leaves them."""
    for group in optimizer.param_groups:
        params = [p for p in group["params"] if p.grad is not None]
        if not params:  # the temperature's group where it is not tuned
            continue
        states = _adam_state(optimizer, {"params": params})
        steps, hyper = [s["step"] for s in states], _adam_hyper(group)
        for i in range(n_seeds):  # each on copies of the counts, which move once, below
            adam([p[i] for p in params], [p.grad[i] for p in params], [s["exp_avg"][i] for s in states],
                 [s["exp_avg_sq"][i] for s in states], [], [s.clone() for s in steps], fused=True, **hyper)
        torch._foreach_add_(steps, 1.0)


def _adam_hyper(group: dict[str, Any]) -> dict[str, Any]:
    """A parameter group's settings as torch.optim.adam.adam takes them (plain Adam only)."""
    if group["weight_decay"] or group["amsgrad"] or group["maximize"]:
        raise ValueError("the update makes plain Adam's step only")
    return {"lr": group["lr"], "beta1": group["betas"][0], "beta2": group["betas"][1], "eps": group["eps"],
            "amsgrad": False, "weight_decay": 0.0, "maximize": False}


def _adam_state(optimizer: torch.optim.Adam, group: dict[str, Any]) -> list[dict[str, torch.Tensor]]:
    """Each parameter's Adam state, made where it is missing as torch.optim.Adam(fused=True)
    makes it at its first step."""
    for p in group["params"]:
        if not optimizer.state[p]:
            optimizer.state[p].update(step=torch.zeros((), dtype=torch.float32, device=p.device),
                                      exp_avg=torch.zeros_like(p, memory_format=torch.preserve_format),
                                      exp_avg_sq=torch.zeros_like(p, memory_format=torch.preserve_format))
    return [optimizer.state[p] for p in group["params"]]


def _traced_and_compiled(fn: Callable[..., Any], fixed: tuple, tensors: tuple) -> Callable[[list, tuple], Any]:
    """fn(*fixed, *tensors), traced once into a graph of ATen operations (make_fx, on fake tensors
    of the examples' shapes: nothing runs) and compiled by inductor, as g(leaves of fixed,
    tensors) -> fn's outputs; the caller flattens `fixed` (arguments that are the same tensors
    at every call) once.

    Called directly, the graph skips what torch.compile repeats at every call: Dynamo's frame
    evaluation and its guards over every input tensor (6% of a compiled sac-l loop, and the
    update 15% faster without them, measured). Nothing re-checks the inputs, so every call
    passes tensors of the examples' structure, shapes and dtypes (a learner's are fixed: its
    batch, its task and its networks). Tracing relies on torch 2.13's internals (pinned): the
    flag that tells torch.optim it is being compiled (Adam takes capturable=True on the CPU only
    then), and the Python dispatcher, which gives one_hot its traceable decomposition.
    """
    from torch._dispatch.python import enable_python_dispatcher
    from torch._inductor.compile_fx import compile_fx
    from torch.fx.experimental.proxy_tensor import make_fx

    fixed_leaves, fixed_spec = tree_flatten(fixed)
    tensor_leaves, tensors_spec = tree_flatten(tensors)
    n_fixed, out_spec = len(fixed_leaves), []

    def flat_fn(*leaves: torch.Tensor) -> list[torch.Tensor]:
        out = fn(*tree_unflatten(list(leaves[:n_fixed]), fixed_spec),
                 *tree_unflatten(list(leaves[n_fixed:]), tensors_spec))
        out_leaves, spec = tree_flatten(out)
        out_spec.append(spec)
        return out_leaves

    example = [*fixed_leaves, *tensor_leaves]
    was_compiling = torch.compiler._is_compiling_flag
    torch.compiler._is_compiling_flag = True
    try:
        with enable_python_dispatcher():
            graph = compile_fx(make_fx(flat_fn, tracing_mode="fake", _allow_non_fake_inputs=True)(*example), example)
    finally:
        torch.compiler._is_compiling_flag = was_compiling
    return lambda leaves, args: tree_unflatten(list(graph(*leaves, *tree_flatten(args)[0])), out_spec[0])


def _templates(module: nn.Module) -> dict[str, _Method]:
    return {m: _Method(module, m) for m in ("forward", "min_q", "explore", "target_sample", "actor_loss")
            if hasattr(module, m)}


def stack_as_views(modules: list[nn.Module], requires_grad: bool) -> Params:
    """Stack the modules' parameters along a new leading dimension and make every module's own
    parameters views of the stack, so that each module acts with its seed's current weights."""
    stacked: Params = {}
    for name, _ in modules[0].named_parameters():
        params = [dict(m.named_parameters())[name] for m in modules]
        stacked[name] = torch.stack([p.detach() for p in params]).requires_grad_(requires_grad)
        for i, p in enumerate(params):
            p.data = stacked[name][i]
    return stacked


class SACUpdate:
    """The optimisers and the update of S seeds' stacked actors, critics and temperatures."""

    def __init__(self, config: Any, actor: SACActor, critic: TwinQ, actor_params: Params,
                 critic_params: Params, target_params: Params, log_alpha: torch.Tensor,
                 target_entropy: float, vectorize: bool = False):
        """actor, critic: templates (one seed's modules, copied here) of the stacked parameters;
        vectorize: vmap the seeds' eager update (see over_seeds; a compiled one runs seed by seed)."""
        self.config = config
        self.actor_params, self.critic_params, self.target_params = actor_params, critic_params, target_params
        self.log_alpha = log_alpha  # (S, 1)
        self.target_entropy = target_entropy
        self.n_seeds, self.vectorize = log_alpha.shape[0], vectorize
        # The temperature steps with the actor, so it is a second group of the actor's optimiser:
        # one backward and one Adam step for both (the same arithmetic as two optimisers).
        self.actor_opt = torch.optim.Adam([{"params": list(actor_params.values())},
                                           {"params": [log_alpha], "lr": config.alpha_lr}],
                                          lr=config.policy_lr, fused=True)
        self.critic_opt = torch.optim.Adam(critic_params.values(), lr=config.q_lr, fused=True)
        # The critic as the actor's loss sees it: the same storage, no gradient to its weights.
        frozen_critic = {k: v.detach() for k, v in critic_params.items()}
        critic_modules = [(critic, critic_params), (actor, actor_params), (critic, target_params)]
        if config.compile_update:  # one graph per step, loss to Adam (the statistics always)
            self._explore = compiled_term(explore, actor, actor_params)
            self._critic_step = compiled_descent(partial(critic_loss, gamma=config.gamma), critic_modules,
                                                 self.critic_opt, 1)
            descend_actor = compiled_descent(
                partial(actor_and_temperature_loss, target_entropy=target_entropy, autotune=config.autotune),
                [(actor, actor_params), (None, {"value": log_alpha}), (critic, frozen_critic)],
                self.actor_opt, 2 if config.autotune else 1)
            self._actor_step = {log: lambda *tensors: descend_actor(*tensors)[1:] for log in (True, False)}
        else:
            self._explore = over_seeds(explore, [(actor, actor_params)], vectorize)
            losses = over_seeds(partial(critic_loss, gamma=config.gamma), critic_modules, vectorize)
            self._critic_step = partial(self._eager_critic_step, losses)
            self._actor_step = {log: partial(self._eager_actor_step, over_seeds(
                partial(actor_loss, log=log), [(actor, actor_params), (critic, frozen_critic)], vectorize))
                for log in (True, False)}

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
                loss_pi, log_pi, extra = self._actor_step[log](batch.obs, self.alpha, noise("actor"))
            stats.update(actor_loss=loss_pi, alpha=self.alpha[:, 0], entropy=-log_pi.mean(dim=-1), **extra)

        if step % cfg.target_network_frequency == 0:
            with torch.no_grad():
                torch._foreach_lerp_(list(self.target_params.values()),
                                     list(self.critic_params.values()), cfg.tau)
        return stats

    def _eager_critic_step(self, losses: Callable[..., Any], *tensors: Any) -> tuple[torch.Tensor, torch.Tensor]:
        loss_q, q_mean = losses(*tensors)
        self.critic_opt.zero_grad(set_to_none=True)
        loss_q.sum().backward()  # seeds share no parameter: each gets its own gradient
        self._adam_step(self.critic_opt)
        return loss_q.detach(), q_mean

    def _eager_actor_step(self, losses: Callable[..., Any], obs, alpha, noise) -> tuple[Any, ...]:
        loss_pi, log_pi, extra = losses(obs, alpha, noise)
        loss = loss_pi.sum()
        if self.config.autotune:  # as in actor_and_temperature_loss
            loss = loss + temperature_loss(self.log_alpha, log_pi, self.target_entropy).sum()
        self.actor_opt.zero_grad(set_to_none=True)
        loss.backward()
        self._adam_step(self.actor_opt)
        return loss_pi.detach(), log_pi.detach(), {k: v.detach() for k, v in extra.items()}

    def _adam_step(self, optimizer: torch.optim.Adam) -> None:
        if self.vectorize:  # one kernel for every seed: what a GPU wants
            optimizer.step()
        else:
            adam_by_seed(optimizer, self.n_seeds)

    # --- a seed's slice of the optimisers, for its checkpoint -------------------------------
    def optimizer_states(self, i: int) -> dict[str, Any]:
        return {name: _adam_slice(opt, i) for name, opt in self._optimizers().items()}

    def load_optimizer_states(self, per_seed: list[dict[str, Any]]) -> None:
        for name, opt in self._optimizers().items():
            opt.load_state_dict(_adam_stack([s[name] for s in per_seed]))

    def _optimizers(self) -> dict[str, torch.optim.Optimizer]:
        return {"actor": self.actor_opt, "critic": self.critic_opt}


def _adam_slice(opt: torch.optim.Optimizer, i: int) -> dict[str, Any]:
    """Seed i's Adam moments (its row of each stacked moment); the step count is shared."""
    sd = opt.state_dict()
    state = {k: {n: v.clone() if n == "step" else v[i].clone() for n, v in s.items()}
             for k, s in sd["state"].items()}
    return {"state": state, "param_groups": sd["param_groups"]}


def _adam_stack(slices: list[dict[str, Any]]) -> dict[str, Any]:
    """The optimiser state of the seeds whose slices are given, in order."""
    first = slices[0]["state"]
    state = {k: {n: v if n == "step" else torch.stack([s["state"][k][n] for s in slices])
                 for n, v in first[k].items()} for k in first}
    return {"state": state, "param_groups": slices[0]["param_groups"]}
