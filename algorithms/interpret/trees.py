"""Decision trees distilled from SMoSE's router.

For each active expert m, a binary one-vs-rest DecisionTreeClassifier learns "does the router
choose m in this state?" from rollout states. Together they route: a state goes to the active
expert whose tree gives "chosen" the highest probability (the lowest index on ties). Fidelity is
how often that reproduces the router's choice on held-out states (whole held-out episodes, so
that neighbouring states of one trajectory do not sit on both sides of the split).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from sklearn.tree import DecisionTreeClassifier, export_text


@dataclass
class RouterTrees:
    """One-vs-rest trees for the active experts, and how well they reproduce the router.

    experts: the active experts, in order; trees[i] is experts[i]'s tree.
    fidelity: fraction of held-out states where predict() equals the router's choice.
    expert_accuracy: per active expert, the binary accuracy of its own tree on held-out states.
    """

    experts: list[int]
    trees: list[DecisionTreeClassifier]
    depth: int
    fidelity: float = float("nan")
    train_fidelity: float = float("nan")
    expert_accuracy: dict[int, float] = field(default_factory=dict)
    n_train: int = 0
    n_heldout: int = 0

    def chosen_probability(self, states: np.ndarray) -> np.ndarray:
        """(T, n_active): each tree's probability that its expert is chosen."""
        cols = []
        for tree in self.trees:
            proba = tree.predict_proba(states)
            classes = list(tree.classes_)
            cols.append(proba[:, classes.index(1)] if 1 in classes else np.zeros(len(states)))
        return np.stack(cols, axis=1)

    def predict(self, states: np.ndarray) -> np.ndarray:
        """The expert (T,) the trees route each state (T, n_s) to."""
        states = np.atleast_2d(states)
        return np.asarray(self.experts)[self.chosen_probability(states).argmax(axis=1)]

    def rules(self, feature_names: list[str]) -> dict[int, str]:
        """Each tree as readable if/else rules ("class: expert m": the router chooses m; "other": not)."""
        rules = {}
        for m, tree in zip(self.experts, self.trees):
            names = ["other" if c == 0 else f"expert {m}" for c in tree.classes_]
            rules[m] = export_text(tree, feature_names=list(feature_names), class_names=names, decimals=3)
        return rules


def heldout_split(episode_ids: np.ndarray, fraction: float, seed: int) -> np.ndarray:
    """A boolean mask (T,) of held-out states: whole episodes, about `fraction` of them (at least
    one, never all); with a single episode, a random `fraction` of its states."""
    episode_ids = np.asarray(episode_ids)
    rng = np.random.default_rng(seed)
    episodes = np.unique(episode_ids)
    if len(episodes) >= 2:
        n_out = min(max(1, math.ceil(fraction * len(episodes))), len(episodes) - 1)
        out = rng.choice(episodes, size=n_out, replace=False)
        return np.isin(episode_ids, out)
    mask = np.zeros(len(episode_ids), dtype=bool)
    mask[rng.choice(len(episode_ids), size=max(1, int(fraction * len(episode_ids))), replace=False)] = True
    return mask


def fit_router_trees(states: np.ndarray, experts: np.ndarray, heldout: np.ndarray,
                     depth: int = 3, seed: int = 0) -> RouterTrees:
    """Fit one depth-limited tree per expert the router chose in the training states.

    states: (T, n_s); experts: (T,) the router's choices; heldout: (T,) bool mask.
    """
    if depth < 1:
        raise ValueError(f"tree depth must be at least 1, not {depth}")
    states, experts, heldout = np.asarray(states), np.asarray(experts, dtype=int), np.asarray(heldout, bool)
    train = ~heldout
    active = sorted(int(m) for m in np.unique(experts[train]))
    trees = []
    for m in active:
        tree = DecisionTreeClassifier(max_depth=depth, random_state=seed)
        tree.fit(states[train], (experts[train] == m).astype(int))
        trees.append(tree)
    result = RouterTrees(active, trees, depth, n_train=int(train.sum()), n_heldout=int(heldout.sum()))
    result.train_fidelity = float((result.predict(states[train]) == experts[train]).mean())
    if heldout.any():
        result.fidelity = float((result.predict(states[heldout]) == experts[heldout]).mean())
        for m, tree in zip(active, trees):
            truth = (experts[heldout] == m).astype(int)
            result.expert_accuracy[m] = float((tree.predict(states[heldout]) == truth).mean())
    return result
