"""Any trained policy distilled into small readable ones: regression trees and a linear policy.

DAgger (Ross et al., 2011) with VIPER's weighting (Bastani et al., 2018):

1. roll out the teacher; each visited state s gets the teacher's action a*(s) as its label;
2. fit the student on every labelled state so far, each weighted by w(s);
3. roll out the student, label the states it visits with a*(s), add them; go to 2.

The student acts in the states its own mistakes lead to, so it learns to recover from them. With
a critic Q, w(s) = Q(s, a*(s)) - min_k Q(s, a_k) over actions a_k drawn uniformly from the action
box: VIPER's "how much a wrong action costs here" (its max_a Q - min_a Q for discrete actions,
with the teacher's action standing for the max). Without a critic, w(s) = 1 (plain DAgger).

Students: scikit-learn DecisionTreeRegressor of each depth (one multi-output tree for every
action dimension) and a ridge-regularised linear policy, each clipped to the action bounds. A
tree acts by walking its own arrays (`TreePolicy`), which is what the readable export writes.
The last iteration's student is kept (VIPER keeps the best one by return, which costs an
evaluation per iteration).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sklearn.tree import DecisionTreeRegressor

Act = Callable[[np.ndarray], np.ndarray]  # one observation (n_s,) -> one action (n_a,)
# rollout(act, episodes, seed) -> the states it visited (T, n_s)
Rollout = Callable[[Act, int, int], np.ndarray]
QFunction = Callable[[np.ndarray, np.ndarray], "np.ndarray | None"]  # (N, n_s), (N, n_a) -> (N,)


@dataclass
class TreePolicy:
    """A fitted regression tree as arrays: internal node i tests obs[feature[i]] <= threshold[i]
    and goes to left[i], else right[i]; a leaf (left[i] == -1) acts value[i] (clipped)."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray  # (n_nodes, n_a)
    low: np.ndarray
    high: np.ndarray

    @classmethod
    def from_sklearn(cls, tree: DecisionTreeRegressor, low: np.ndarray, high: np.ndarray) -> TreePolicy:
        t = tree.tree_
        return cls(t.feature.copy(), t.threshold.copy(), t.children_left.copy(), t.children_right.copy(),
                   t.value[:, :, 0].copy(), np.asarray(low, float), np.asarray(high, float))

    def __call__(self, obs: np.ndarray) -> np.ndarray:
        node = 0
        while self.left[node] != -1:
            node = self.left[node] if obs[self.feature[node]] <= self.threshold[node] else self.right[node]
        return np.clip(self.value[node], self.low, self.high)

    @property
    def leaves(self) -> int:
        return int((self.left == -1).sum())

    @property
    def depth(self) -> int:
        def below(node: int) -> int:
            return 0 if self.left[node] == -1 else 1 + max(below(self.left[node]), below(self.right[node]))
        return below(0)

    @property
    def parameters(self) -> int:
        """A test (feature, threshold) per internal node and an action per leaf."""
        return 2 * (len(self.left) - self.leaves) + self.leaves * self.value.shape[1]


@dataclass
class LinearPolicy:
    """a = clip(weight @ obs + bias, low, high)."""

    weight: np.ndarray  # (n_a, n_s)
    bias: np.ndarray  # (n_a,)
    low: np.ndarray
    high: np.ndarray

    def __call__(self, obs: np.ndarray) -> np.ndarray:
        return np.clip(self.weight @ obs + self.bias, self.low, self.high)

    leaves, depth = 1, 0

    @property
    def parameters(self) -> int:
        return int(self.weight.size + self.bias.size)


Student = TreePolicy | LinearPolicy


def student_name(student: Student) -> str:
    return "linear" if isinstance(student, LinearPolicy) else f"tree-d{student.depth}"


def fit(kind: str | int, states: np.ndarray, actions: np.ndarray, weights: np.ndarray,
        low: np.ndarray, high: np.ndarray, seed: int = 0) -> Student:
    """A student fitted to (states, actions): kind "linear", or a tree of depth `kind`."""
    # imported here: scikit-learn (and SciPy under it) takes 1-2 s to import, which every run's
    # process would pay where only the runs that distil need it
    from sklearn.linear_model import Ridge
    from sklearn.tree import DecisionTreeRegressor

    if kind == "linear":
        model = Ridge(alpha=1e-3).fit(states, actions, sample_weight=weights)
        return LinearPolicy(np.atleast_2d(model.coef_), np.atleast_1d(model.intercept_), low, high)
    # A split must reduce the squared action error by more than rounding noise: a leaf that
    # already acts as the teacher is not split further.
    tree = DecisionTreeRegressor(max_depth=int(kind), random_state=seed, min_impurity_decrease=1e-9)
    tree.fit(states, actions, sample_weight=weights)
    return TreePolicy.from_sklearn(tree, low, high)


def viper_weights(states: np.ndarray, teacher_actions: np.ndarray, q: QFunction | None,
                  low: np.ndarray, high: np.ndarray, rng: np.random.Generator, n_actions: int = 16) -> np.ndarray:
    """w(s) = Q(s, a*(s)) - min over n_actions uniform actions of Q(s, a), floored at a small
    share of the mean so that no state is dropped; 1 everywhere without a critic (q None, or
    a q that answers None: algorithms.base.Agent.q_values' default)."""
    best = q(states, teacher_actions) if q is not None and len(states) else None
    if best is None:
        return np.ones(len(states))
    others = rng.uniform(low, high, size=(n_actions, *teacher_actions.shape))
    worst = np.min([q(states, a) for a in others], axis=0)
    gap = np.maximum(best - worst, 0.0)
    return np.maximum(gap, 1e-3 * max(gap.mean(), 1e-12))


def dagger(teacher: Act, rollout: Rollout, kinds: list[str | int], low: np.ndarray, high: np.ndarray,
           q: QFunction | None = None, iterations: int = 2, episodes: int = 3, seed: int = 0,
           teacher_states: np.ndarray | None = None) -> dict[str | int, Student]:
    """One student of each kind, by `iterations` rounds of DAgger after the teacher's rollout.

    The teacher's states are shared by every student; each then adds the states of its own
    rollouts (seeds seed+1, seed+2, ...). Returns {kind: student}.
    """
    rng = np.random.default_rng(seed)
    if teacher_states is None:
        teacher_states = rollout(teacher, episodes, seed)

    def label(states: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        actions = np.asarray([teacher(s) for s in states], dtype=float)
        return actions, viper_weights(states, actions, q, low, high, rng)

    base_actions, base_weights = label(teacher_states)
    students: dict[str | int, Student] = {}
    for kind in kinds:
        states, actions, weights = teacher_states, base_actions, base_weights
        student = fit(kind, states, actions, weights, low, high, seed)
        for i in range(iterations):
            visited = rollout(student, episodes, seed + 1 + i)
            new_actions, new_weights = label(visited)
            states = np.concatenate([states, visited])
            actions = np.concatenate([actions, new_actions])
            weights = np.concatenate([weights, new_weights])
            student = fit(kind, states, actions, weights, low, high, seed)
        students[kind] = student
    return students


def action_error(student: Act, teacher_actions: np.ndarray, states: np.ndarray) -> float:
    """Root mean squared difference between the student's and the teacher's actions."""
    if len(states) == 0:
        return float("nan")
    predicted = np.asarray([student(s) for s in states])
    return float(np.sqrt(np.mean((predicted - teacher_actions) ** 2)))
