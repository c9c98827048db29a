"""The claims section on synthetic stores whose verdicts are known (no training).

Each store holds 3 seeds per agent with chosen final returns, so that every verdict of the rule
in harness/report/claims.py is reached once: supported, contradicted and inconclusive for
"beats" and "matches", both outcomes of "at_most", a paired claim, and claims the experiment
cannot cover.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from scipy import stats

from envs.reference import CLAIM_TESTS, Claim, load_claims, normaliser_for
from harness import registry
from harness.report import aggregate, claims, write_report
from harness.report.collect import load_experiment
from harness.spec import RunResult, RunSpec, Settings
from harness.store import Store

SETTINGS = Settings(budget=4000, eval_interval=1000, eval_episodes=5, final_eval_episodes=10)
TASK = "Hopper-v5"
# Final returns by agent, seeds 0, 1, 2.
RETURNS = {
    "better": [2000.0, 2050.0, 2100.0],
    "base": [1000.0, 1020.0, 990.0],
    "worse": [500.0, 510.0, 490.0],
    "same": [1003.0, 1008.0, 1002.0],
    "noisy": [400.0, 1900.0, 1100.0],
}
PARAMS = {"better": 500, "base": 70_000, "worse": 900, "same": 70_000, "noisy": 1_000,
          "smose": 672, "sac-l": 70_406, "pmoe": 207_000}


def claim(name: str, test: str, subject: str, baseline: str, metric: str = "final_return",
          margin: float | None = None, budget: int | None = None,
          baseline_metric: str | None = None, tasks: tuple[str, ...] = ("Hopper",)) -> Claim:
    return Claim(claim=name, paper="a paper", where="Table 1", statement=f"{subject} {test} {baseline}",
                 test=test, subject=subject, subject_metric=metric, baseline=baseline,
                 baseline_metric=baseline_metric or metric, tasks=tasks, margin=margin, budget=budget)


def write_store(root: Path, returns: dict[str, list[float]] = RETURNS, task: str = TASK,
                finished: int = 3) -> Path:
    """Three seeds planned per agent; the first `finished` of them written."""
    store = Store(root)
    specs = [RunSpec("claims", a, task, s, SETTINGS) for a in returns for s in range(3)]
    store.open("claims", SETTINGS, specs)
    for spec in specs:
        if spec.seed >= finished:
            continue
        ret = returns[spec.algo][spec.seed]
        curve = [{"step": s, "return_mean": ret * s / 4000, "length_mean": 100.0} for s in range(0, 4001, 1000)]
        final = {"return_mean": ret, "returns": [ret] * 10, "lengths": [1000] * 10,
                 "param_counts": {"total": PARAMS.get(spec.algo, 5000), "active": PARAMS.get(spec.algo, 5000)}}
        path = store.write(RunResult(spec=spec, status="finished", config={}, curve=curve, final=final))
        # a paired pair of numbers, as an analysis writes them: the tree policy keeps 95-105%
        (path / "interpretation").mkdir()
        (path / "interpretation" / "summary.json").write_text(json.dumps(
            {"return_gated": ret, "return_trees": ret * (0.95, 1.05, 1.0)[spec.seed]}))
    return root


@pytest.fixture(scope="module")
def experiment(tmp_path_factory):
    return load_experiment(write_store(tmp_path_factory.mktemp("results") / "claims"))


def verdicts(exp, claim_list) -> dict[str, str]:
    checked = claims.evaluate(exp, claim_list, {TASK: normaliser_for(TASK)})
    return dict(zip(checked["claim"], checked["verdict"]))


def test_every_verdict_of_the_rule_on_known_values(experiment):
    found = verdicts(experiment, [
        claim("beats-supported", "beats", "better", "base"),
        claim("beats-contradicted", "beats", "worse", "base"),
        claim("beats-inconclusive", "beats", "noisy", "base"),
        claim("matches-supported", "matches", "same", "base", margin=0.1),
        claim("matches-contradicted", "matches", "worse", "base", margin=0.1),
        claim("matches-inconclusive", "matches", "noisy", "base", margin=0.1),
        claim("fewer-supported", "at_most", "better", "base", "parameters", margin=0.01),
        claim("fewer-contradicted", "at_most", "worse", "base", "parameters", margin=0.01),
    ])
    assert found == {
        "beats-supported": "supported", "beats-contradicted": "contradicted",
        "beats-inconclusive": "inconclusive at n=3",
        "matches-supported": "supported", "matches-contradicted": "contradicted",
        "matches-inconclusive": "inconclusive at n=3",
        "fewer-supported": "supported", "fewer-contradicted": "contradicted"}


def test_the_interval_is_welchs_and_the_margin_is_a_share_of_the_gain_over_random(experiment):
    n = normaliser_for(TASK)
    checked = claims.evaluate(experiment, [claim("m", "matches", "same", "base", margin=0.1),
                                           claim("b", "beats", "noisy", "base")], {TASK: n})
    m, b = checked.iloc[0], checked.iloc[1]
    expected = stats.ttest_ind(RETURNS["same"], RETURNS["base"], equal_var=False).confidence_interval(0.90)
    assert (m.low, m.high) == pytest.approx((expected.low, expected.high))
    assert m.effect == pytest.approx(np.mean(RETURNS["same"]) - np.mean(RETURNS["base"]))
    assert m.margin == pytest.approx(0.1 * (np.mean(RETURNS["base"]) - n.random))
    expected = stats.ttest_ind(RETURNS["noisy"], RETURNS["base"], equal_var=False).confidence_interval(0.95)
    assert (b.low, b.high) == pytest.approx((expected.low, expected.high))
    # the noisy agent's mean is 130 above with a spread of 750: decisive only with many seeds,
    # and the seeds found are the first at which the same means and spreads exclude 0
    need = int(b.seeds_needed)
    assert 20 < need <= 200

    def excludes_zero(k: int) -> bool:
        se = np.sqrt(np.var(RETURNS["noisy"], ddof=1) / k + np.var(RETURNS["base"], ddof=1) / k)
        _, df = aggregate._welch(np.var(RETURNS["noisy"], ddof=1), k, np.var(RETURNS["base"], ddof=1), k)
        return abs(b.effect) > stats.t.ppf(0.975, df) * se
    assert excludes_zero(need) and not excludes_zero(need - 1)


def test_a_paired_claim_compares_each_run_with_itself(experiment):
    checked = claims.evaluate(experiment, [claim("trees", "matches", "base", "base",
                                                 "interpretation:return_trees", margin=0.1,
                                                 baseline_metric="interpretation:return_gated")],
                              {TASK: normaliser_for(TASK)})
    row = checked.iloc[0]
    differences = np.array(RETURNS["base"]) * np.array([0.95, 1.05, 1.0]) - np.array(RETURNS["base"])
    expected = stats.ttest_1samp(differences, 0).confidence_interval(0.90)
    assert (row.low, row.high) == pytest.approx((expected.low, expected.high))
    # differences -50, +51, 0: the 90% interval is about [-85, 86], inside a margin of 10% of
    # the gated policy's gain over random (about 98)
    assert row.high < row.margin and row.low > -row.margin and row.verdict == "supported"


def test_one_seed_a_side_is_inconclusive_and_a_shorter_budget_is_named(tmp_path):
    exp = load_experiment(write_store(tmp_path / "one", {"better": [2000.0] * 3, "base": [1000.0] * 3},
                                      finished=1))
    checked = claims.evaluate(exp, [claim("b", "beats", "better", "base", budget=1_000_000)],
                              {TASK: normaliser_for(TASK)})
    assert checked.iloc[0].verdict == "inconclusive at n=1"
    assert checked.iloc[0].budget_note == "at 4,000 steps; the paper's 1,000,000"


def test_claims_the_experiment_cannot_check_say_what_they_need(experiment):
    claim_list = [claim("other-task", "beats", "better", "base", tasks=("Walker2d",)),
                  claim("unknown-agent", "beats", "better", "nobody"),
                  claim("no-suite", "beats", "better", "base", tasks=("Nowhere",))]
    checked = claims.evaluate(experiment, claim_list, {TASK: normaliser_for(TASK)})
    assert checked.empty
    found = {c.claim: (lacks, cmd) for c, lacks, cmd in
             claims.uncovered(experiment, claim_list, checked, lambda name: name != "nobody")}
    assert found["other-task"] == ("a task of Walker2d", "python -m harness run --algos better,base "
                                   "--envs Walker2d-v5 --seeds 5")
    assert found["unknown-agent"] == ("nobody, which this version does not register", None)
    assert found["no-suite"][1] is None and "Nowhere, in no suite of this version" in found["no-suite"][0]



def test_a_command_for_a_claim_runs_its_families_at_the_experiments_versions(tmp_path):
    """A Hopper-v4 experiment that lacks an agent: the command that would cover the claim names
    Hopper-v4, beside which its runs would sit, and the current version of the other family."""
    exp = load_experiment(write_store(tmp_path / "v4", {"better": RETURNS["better"]}, task="Hopper-v4"))
    claim_list = [claim("two-families", "beats", "better", "other", tasks=("Hopper", "Walker2d"))]
    checked = claims.evaluate(exp, claim_list, {})
    [(_, lacks, command)] = claims.uncovered(exp, claim_list, checked, lambda name: True)
    assert lacks == "finished runs of better and other (with the values the claim compares) on Hopper-v4"
    assert command == "python -m harness run --algos better,other --envs Hopper-v4,Walker2d-v5 --seeds 5"

def test_the_committed_claims_name_valid_tests_metrics_and_tasks():
    claim_list = load_claims()
    assert len({c.claim for c in claim_list}) == len(claim_list)
    for c in claim_list:
        assert c.test in CLAIM_TESTS
        for metric in (c.subject_metric, c.baseline_metric):
            assert metric in ("final_return", "auc", "parameters") or metric.startswith("interpretation:")
        if c.test in ("matches", "at_most"):
            assert c.margin is not None and 0 < c.margin < 1
    # every agent the claims name is registered
    missing = {a for c in claim_list for a in (c.subject, c.baseline)} - set(registry.all_specs())
    assert not missing


def test_a_three_seed_report_says_inconclusive_where_the_effect_is_within_the_noise(tmp_path):
    """The committed claims on a store where smose and sac-l overlap and pmoe is far ahead."""
    root = write_store(tmp_path / "results" / "three", {
        "smose": [900.0, 1500.0, 1200.0], "sac-l": [1300.0, 1000.0, 1100.0],
        "pmoe": [3000.0, 3100.0, 2950.0]})
    text = write_report(root, tmp_path / "reports", reps=50).read_text()
    section = text.split("## The papers' claims")[1].split("## Runs not finished")[0]
    rows = {line.split("<br>")[0].strip("| "): line for line in section.splitlines() if "<br>" in line}
    assert "**inconclusive at n=3**" in rows["SMoSE's final return matches SAC-L's"]
    assert "**supported**" in rows["PMOE-SAC's final return beats SAC's"]
    assert "**supported**" in rows["SMoSE has 99% fewer parameters than SAC-L"]  # 672 of 70,406
    assert "(at 4,000 steps; the paper's 1,000,000)" in rows["SMoSE's final return matches SAC-L's"]
    assert "Not covered by this experiment" in section and "pmoe-gating" in section
    assert text.index("## The papers' claims") < text.index("## 1. Final returns")
