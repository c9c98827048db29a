"""The floating-point operations of one SAC training step: the bench's floor for the SAC family."""

from __future__ import annotations


def sac_flops_per_step(obs_dim: int, act_dim: int, batch: int = 256, critic: int = 256,
                       actor_flops_per_sample: float = 0.0,
                       critic_evaluations: tuple[int, int] = (1, 0)) -> float:
    """Floating-point operations of one SAC environment step (one critic update, one actor update
    on average, one target update), counting 2 per multiply-add and backward = 2x forward.

    actor_flops_per_sample: the actor's forward multiply-adds per state, times 2.
    critic_evaluations: the twin critics' evaluations per state in the actor loss, (with
    autograd, without); PMOE's is (1, K).
    """
    one_critic = 2 * ((obs_dim + act_dim) * critic + critic * critic + critic)
    twin = 2 * one_critic * batch
    actor = actor_flops_per_sample * batch
    critic_update = twin * 3 + twin + actor   # forward+backward; target critic and next actions
    with_grad, without_grad = critic_evaluations
    # actor fwd+bwd; critic fwd + backward to the input; the critic's forward-only evaluations
    actor_update = actor * 3 + twin * 2 * with_grad + twin * without_grad
    return critic_update + actor_update
