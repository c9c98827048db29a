"""The shared Soft Actor-Critic learner and its pluggable actors."""

from algorithms.sac.actors import GaussianMLPActor, LinearGaussianActor, SACActor
from algorithms.sac.learner import SACAgent, SACConfig, SACLearner

__all__ = ["GaussianMLPActor", "LinearGaussianActor", "SACActor", "SACAgent", "SACConfig", "SACLearner"]
