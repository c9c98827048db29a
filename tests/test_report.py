"""The report on synthetic stores with known scores (no training).

Every aggregate the report prints is checked against rliable called directly on the same
arrays, normalisation against hand-computed values; missing and failed runs must be listed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from rliable import library as rly
from rliable import metrics

from envs.reference import load_random_scores, normalise, reference_for
from harness.cli import main
from harness.errors import UsageError
from harness.report import aggregate, summaries, write_report
from harness.report.collect import load_experiment
from harness.spec import RunResult, RunSpec, Settings
from harness.store import Store

REPS = 200  # small, for speed; the report's default is aggregate.DEFAULT_REPS
BUDGET = 4000
SETTINGS = Settings(budget=BUDGET, eval_interval=1000, eval_episodes=5, final_eval_episodes=10)
TASKS = ["Hopper-v5", "Walker2d-v5", "InvertedPendulum-v5"]
ALGOS = ["sac-l", "smose", "linear-sac"]
SEEDS = [0, 1, 2]
# Known final returns: base per (algo, task) plus an offset per seed.
BASE = {"sac-l": {"Hopper-v5": 2000.0, "Walker2d-v5": 3000.0, "InvertedPendulum-v5": 1000.0},
        "smose": {"Hopper-v5": 1800.0, "Walker2d-v5": 3500.0, "InvertedPendulum-v5": 900.0},
        "linear-sac": {"Hopper-v5": 900.0, "Walker2d-v5": 1200.0, "InvertedPendulum-v5": 400.0}}
PARAMS = {"sac-l": {"total": 70_000, "active": 70_000}, "smose": {"total": 672, "active": 168},
          "linear-sac": {"total": 84, "active": 84}}


def final_return(algo: str, task: str, seed: int) -> float:
    return BASE[algo][task] + 37.0 * seed - 11.0 * (seed == 2)


def write_run(store: Store, spec: RunSpec, status: str = "finished") -> Path:
    ret = final_return(spec.algo, spec.task, spec.seed)
    steps = list(range(0, BUDGET + 1, 1000))
    curve = [{"step": s, "wall_time_s": s / 100, "return_mean": ret * s / BUDGET,
              "return_std": 1.0, "length_mean": 100.0, "success_rate": 1.0} for s in steps]
    final = None
    if status == "finished":
        returns = (ret + np.linspace(-5, 5, 10)).tolist()  # mean exactly ret
        final = {"return_mean": float(np.mean(returns)), "return_std": float(np.std(returns)),
                 "return_min": min(returns), "return_max": max(returns), "success_rate": 1.0,
                 "returns": returns, "lengths": [100.0 + 10 * spec.seed] * 10,
                 "param_counts": PARAMS[spec.algo], "budget": BUDGET,
                 "wall_time_s": 40.0 + spec.seed, "train_time_s": 30.0,
                 "steps_per_second": 100.0 + spec.seed, "inference_us_per_action": 50.0,
                 "agent_info": ({"expert_usage": [0.5, 0.25, 0.25, 0.0]}
                                if spec.algo == "smose" else {})}
        if spec.algo == "smose":  # as if its three seeds trained as one seed batch
            final["seed_batch"] = [0, 1, 2]
    result = RunResult(spec=spec, status=status,
                       config={"param_counts": PARAMS[spec.algo], "git_commit": "abc123",
                               "versions": {"python": "3.11", "rliable": "1.2.0"},
                               "machine": {"node": "testbox", "processor": "x86_64", "cpus": 2,
                                           "platform": "Linux"}},
                       curve=curve, final=final,
                       error=None if status == "finished" else "Traceback...\nRuntimeError: boom")
    return store.write(result)


def make_store(root: Path, skip: set[tuple[str, str, int]] = frozenset(),
               fail: set[tuple[str, str, int]] = frozenset(), algos=ALGOS, tasks=TASKS) -> Store:
    """An experiment with every (task, algo, seed) planned; `skip` left missing, `fail` failed."""
    store = Store(root)
    specs = [RunSpec("synthetic", a, t, s, SETTINGS) for t in tasks for a in algos for s in SEEDS]
    store.open("synthetic", SETTINGS, specs)
    for spec in specs:
        key = (spec.task, spec.algo, spec.seed)
        if key in skip:
            continue
        write_run(store, spec, "failed" if key in fail else "finished")
    return store


def normalised_matrix(algo: str, tasks: list[str], seeds: list[int]) -> np.ndarray:
    """(n_seeds x n_tasks) normalised scores computed here, independently of the report."""
    random = load_random_scores()
    out = np.empty((len(seeds), len(tasks)))
    for j, task in enumerate(tasks):
        ref = reference_for(task)[0]
        rnd = random[task].return_mean
        for i, s in enumerate(seeds):
            out[i, j] = (final_return(algo, task, s) - rnd) / (ref - rnd)
    return out


def fmt2(x: float) -> str:
    return f"{x:.2f}"


@pytest.fixture(scope="module")
def full_report(tmp_path_factory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("results") / "synthetic"
    make_store(root)
    # SMoSE interpretation of one run, as `python -m harness interpret` writes it
    interp = root / "Hopper-v5" / "smose" / "seed0" / "interpretation"
    interp.mkdir()
    (interp / "summary.json").write_text(json.dumps(
        {"tree_fidelity": 0.934, "tree_depth": 3, "return_gated": 1800.0, "return_bare": 1750.5,
         "return_trees": 1702.25, "expert_usage": [0.5, 0.25, 0.25, 0.0], "unused_experts": [3],
         "episodes": 10}))
    (interp / "README.md").write_text("# interpretation\n![usage](usage.png)\n")
    (interp / "usage.png").write_bytes(b"png")
    (interp / "policies").mkdir()
    (interp / "policies" / "smose.py").write_text("def policy(obs): ...\n")
    (interp / "rollout.npz").write_bytes(b"data")
    reports = tmp_path_factory.mktemp("reports")
    path = write_report(root, reports, reps=REPS, seed=3)
    return path, path.read_text()


def test_rliable_imports_and_computes_an_interval():
    """The CI guard against the arch / pandas breakage: rliable.library must import and work."""
    scores = {"a": np.arange(12.0).reshape(4, 3)}
    points, cis = rly.get_interval_estimates(
        scores, lambda x: np.array([metrics.aggregate_iqm(x)]), reps=50)
    assert points["a"][0] == pytest.approx(metrics.aggregate_iqm(scores["a"]))
    assert cis["a"].shape == (2, 1) and cis["a"][0, 0] <= points["a"][0] <= cis["a"][1, 0]


def test_fast_statistics_equal_rliable_metrics():
    """The vectorised statistics used inside the bootstrap are rliable's, value for value."""
    rng = np.random.default_rng(0)
    for shape in [(1, 1), (2, 3), (3, 1), (5, 4), (10, 6), (7, 7)]:
        s = rng.normal(size=shape)
        t = np.round(rng.normal(size=(shape[0] + 2, shape[1])), 0)  # many ties
        for m in (s, t):
            assert aggregate.iqm(m) == pytest.approx(metrics.aggregate_iqm(m), abs=1e-12)
        assert aggregate.prob_improvement(s, t) == pytest.approx(
            metrics.probability_of_improvement(s, t), abs=1e-12)
        assert aggregate.prob_improvement(t, t) == pytest.approx(0.5)
        tx, ty = np.round(rng.normal(size=shape), 0), np.round(rng.normal(size=shape), 0)
        assert aggregate.prob_improvement(tx, ty) == pytest.approx(
            metrics.probability_of_improvement(tx, ty), abs=1e-12)
        taus = np.linspace(-2, 2, 9)
        np.testing.assert_allclose(aggregate.score_distribution(s, taus),
                                   rly.score_distributions(s, taus))
    cube = rng.normal(size=(4, 3, 6))
    np.testing.assert_allclose(aggregate.iqm_per_step(cube),
                               [metrics.aggregate_iqm(cube[..., i]) for i in range(6)])


def test_aggregate_intervals_equal_rliable_called_directly():
    rng = np.random.default_rng(1)
    scores = {"x": rng.normal(size=(5, 4)), "y": rng.normal(0.3, size=(3, 4))}
    points, cis = aggregate.interval_estimates(scores, reps=300, seed=7)

    def func(s):
        return np.array([metrics.aggregate_iqm(s), metrics.aggregate_median(s),
                         metrics.aggregate_mean(s), metrics.aggregate_optimality_gap(s)])

    np.random.seed(7)
    want_p, want_ci = rly.get_interval_estimates(scores, func, reps=300)
    for a in scores:
        np.testing.assert_allclose(points[a], want_p[a])
        np.testing.assert_allclose(cis[a], want_ci[a])
    # the global random state is left as it was
    np.random.seed(5)
    before = np.random.rand()
    np.random.seed(5)
    aggregate.interval_estimates(scores, reps=10, seed=1)
    assert np.random.rand() == before


def test_probability_of_improvement_equals_rliable_and_is_complementary():
    rng = np.random.default_rng(2)
    scores = {"x": rng.normal(size=(4, 3)), "y": rng.normal(0.5, size=(6, 3))}
    points, cis = aggregate.probability_of_improvement(scores, [("x", "y")], reps=100, seed=4)
    assert points[("x", "y")] == pytest.approx(
        metrics.probability_of_improvement(scores["x"], scores["y"]))
    assert 1 - points[("x", "y")] == pytest.approx(
        metrics.probability_of_improvement(scores["y"], scores["x"]))
    np.random.seed(4)
    _, want = rly.get_interval_estimates({"x,y": (scores["x"], scores["y"])},
                                         metrics.probability_of_improvement, reps=100)
    np.testing.assert_allclose(cis[("x", "y")], want["x,y"].reshape(2))
    assert aggregate.improvement_pairs(["a", "b", "c"]) == [("a", "b"), ("a", "c"), ("b", "c")]
    assert aggregate.improvement_pairs(["a", "b", "c"], "b") == [("a", "b"), ("c", "b")]


def test_performance_profile_equals_rliable():
    rng = np.random.default_rng(3)
    scores = {"x": rng.uniform(size=(5, 2))}
    taus = np.linspace(0, 1, 11)
    prof, bands = aggregate.performance_profiles(scores, taus, reps=50, seed=2)
    np.testing.assert_allclose(prof["x"], [np.mean(scores["x"] > t) for t in taus])
    np.random.seed(2)
    _, want = rly.create_performance_profile(scores, taus, reps=50)
    np.testing.assert_allclose(bands["x"], want["x"])


def test_report_aggregates_equal_rliable_on_the_same_arrays(full_report):
    _, text = full_report
    tasks = ["Hopper-v5", "Walker2d-v5", "InvertedPendulum-v5"]  # all have references
    scores = {a: normalised_matrix(a, tasks, SEEDS) for a in ALGOS}
    np.random.seed(3)
    points, cis = rly.get_interval_estimates(
        scores, lambda s: np.array([metrics.aggregate_iqm(s), metrics.aggregate_median(s),
                                    metrics.aggregate_mean(s),
                                    metrics.aggregate_optimality_gap(s)]), reps=REPS)
    for algo in ALGOS:
        cells = [f"{fmt2(points[algo][k])} [{fmt2(cis[algo][0, k])}, {fmt2(cis[algo][1, k])}]"
                 for k in range(4)]
        row = f"| {algo} | 3 x 3 | " + " | ".join(cells) + " |"
        assert row in text, f"{row} not in the report"
    # probability of improvement over one baseline: by default the reference's algorithm (sac-l)
    np.random.seed(3)
    pairs = [("smose", "sac-l"), ("linear-sac", "sac-l")]
    p, c = rly.get_interval_estimates({f"{x},{y}": (scores[x], scores[y]) for x, y in pairs},
                                      metrics.probability_of_improvement, reps=REPS)
    for x, y in pairs:
        lo, hi = c[f"{x},{y}"].reshape(2)
        assert f"| P({x} > {y}) | {p[f'{x},{y}']:.2f} | [{lo:.2f}, {hi:.2f}] |" in text
    assert "P(sac-l > smose)" not in text and "P(smose > linear-sac)" not in text
    # linear-sac is below sac-l on every task in every run: flagged, with the least p-value
    assert ("| P(linear-sac > sac-l) | 0.00 | [0.00, 0.00] | degenerate: the runs do not overlap on "
            "any task; the exact one-sided Mann-Whitney p of each task is at least 0.05 |") in text


def test_normalisation_by_hand():
    # Hopper-v5: random 17.669 (measured), reference 2636.49 (SMoSE paper's SAC-L, Hopper-v4)
    rnd = load_random_scores()["Hopper-v5"].return_mean
    ref, name = reference_for("Hopper-v5")
    assert ref == 2636.49 and "smose-aaai-poster sac-l" in name and "Hopper-v4" in name
    assert normalise(np.array([rnd, ref, 1327.08]), rnd, ref) == pytest.approx(
        [0.0, 1.0, (1327.08 - rnd) / (2636.49 - rnd)])
    # hand-computed: random 10, reference 110 -> 60 is 0.5, 210 is 2.0, -40 is -0.5
    assert normalise(np.array([60.0, 210.0, -40.0]), 10.0, 110.0) == pytest.approx([0.5, 2.0, -0.5])
    # per-task vectors broadcast over a (n_runs x n_tasks) matrix
    m = normalise(np.array([[60.0, 5.0], [10.0, -5.0]]), np.array([10.0, -5.0]), np.array([110.0, 15.0]))
    assert m == pytest.approx(np.array([[0.5, 0.5], [0.0, 0.0]]))
    with pytest.raises(ValueError):
        normalise(np.array([1.0]), 3.0, 3.0)


def test_report_sections_and_hand_values(full_report):
    path, text = full_report
    # final returns: mean +- the sample std over seeds, best per task in bold
    v = np.array([final_return("smose", "Walker2d-v5", s) for s in SEEDS])
    assert f"**{v.mean():,.0f}** ± {v.std(ddof=1):.1f}" in text
    v = np.array([final_return("sac-l", "Hopper-v5", s) for s in SEEDS])
    assert f"**{v.mean():,.0f}** ± {v.std(ddof=1):.1f}" in text
    # normalised per-task mean, hand-computed: InvertedPendulum-v5 uses the max return 1000
    rnd = load_random_scores()["InvertedPendulum-v5"].return_mean
    want = np.mean([(final_return("smose", "InvertedPendulum-v5", s) - rnd) / (1000 - rnd)
                    for s in SEEDS])
    assert f"{want:.2f} (" in text
    assert "maximum return (constant)" in text
    # published figures beside ours, with source, version, budget and protocol
    assert "smose-aaai-poster" in text and "Hopper-v4" in text and "1,000,000" in text
    assert "rl-baselines3-zoo" in text and "Hopper-v3" in text
    # parameters: ratio to SAC-L from this experiment's sac-l runs
    assert "0.96% (99.04% fewer)" in text  # 672 / 70000
    assert "100% (the same)" in text  # sac-l against itself
    # compute and SMoSE
    assert "inference (µs/action)" in text and "41s ± 1s" in text
    assert re.search(r"\| Hopper-v5 \| smose \| \d \| 3 \| 41s ± 1s \|", text)  # seeds per process
    assert re.search(r"\| Hopper-v5 \| sac-l \| \d \| 1 \| 41s ± 1s \|", text)
    assert "| Hopper-v5 | 0 | 50 25 25 0 % | 1 (3) | 93.4% | 3 | 1,800 | 1,750 | 1,702 | [page](" in text
    # The page is copied beside the report (its text and figures; not the policy files and data),
    # so that the link works where results/ is not published.
    link = re.search(r"\[page\]\(([^)]+)\)", text).group(1)
    assert link == "synthetic/smose/Hopper-v5/seed0/README.md"
    page = path.parent / link
    assert page.read_text() == "# interpretation\n![usage](usage.png)\n"
    assert (page.parent / "usage.png").exists()
    assert not (page.parent / "rollout.npz").exists() and not (page.parent / "policies").exists()
    assert "| Hopper-v5 | 1 | 50 25 25 0 % | 1 (3) | n/a |" in text  # not interpreted
    assert "The three returns are over the analysis's 10 episodes, the first 10 of the final" in text
    # header
    for what in ["sac-l, smose, linear-sac", "4,000 environment steps", "testbox", "abc123",
                 "rliable 1.2.0", "27 planned: 27 finished"]:
        assert what in text, what
    assert "All 27 planned runs finished." in text


def test_figures_exist_and_are_nonempty_pngs(full_report):
    path, text = full_report
    fig_dir = path.parent / path.stem
    names = ["learning_curves.png", "aggregates.png", "performance_profiles.png",
             "probability_of_improvement.png", "sample_efficiency.png"]
    for name in names:
        f = fig_dir / name
        assert f.exists(), name
        blob = f.read_bytes()
        assert blob[:8] == b"\x89PNG\r\n\x1a\n" and len(blob) > 5000, name
        assert f"]({path.stem}/{name})" in text  # linked relative to the markdown


def test_missing_and_failed_runs_are_listed_and_aggregates_use_complete_matrices(tmp_path):
    root = tmp_path / "partial"
    skip = {("Walker2d-v5", "smose", 1)}
    fail = {("Hopper-v5", "linear-sac", 2)}
    make_store(root, skip=skip, fail=fail)
    path = write_report(root, tmp_path / "reports", reps=REPS, seed=0, baseline="sac-l")
    text = path.read_text()
    assert "`Walker2d-v5/smose/seed1` | missing" in text
    assert "`Hopper-v5/linear-sac/seed2` | failed | RuntimeError: boom" in text
    assert "27 planned: 25 finished, 1 failed, 1 missing" in text
    # smose aggregated over seeds 0 and 2 (complete on every task), linear-sac over 0 and 1
    assert "| smose | 2 x 3 |" in text and "| linear-sac | 2 x 3 |" in text
    assert "| sac-l | 3 x 3 |" in text
    assert re.search(r"Hopper-v5/smose: seed\(s\) 1 finished but left out", text)
    tasks = TASKS
    scores = {"sac-l": normalised_matrix("sac-l", tasks, [0, 1, 2]),
              "smose": normalised_matrix("smose", tasks, [0, 2]),
              "linear-sac": normalised_matrix("linear-sac", tasks, [0, 1])}
    np.random.seed(0)
    points, _ = rly.get_interval_estimates(scores, lambda s: np.array([metrics.aggregate_iqm(s)]),
                                           reps=REPS)
    assert f"| smose | 2 x 3 | {points['smose'][0]:.2f} [" in text
    # --baseline: only comparisons against sac-l
    assert "P(smose > sac-l)" in text and "P(smose > linear-sac)" not in text
    # the seed counts of the final-return table
    assert "(n=2)" in text


def test_task_without_reference_is_reported_raw_and_left_out(tmp_path):
    root = tmp_path / "noref"
    make_store(root, tasks=["Hopper-v5"], algos=["sac-l", "smose"])
    random_file = tmp_path / "random.csv"  # Hopper-v5 not measured -> cannot be normalised
    random_file.write_text("task,env_id,return_mean,return_std,return_min,return_max,"
                           "length_mean,episodes,method,gymnasium,mujoco,measured\n")
    path = write_report(root, tmp_path / "reports", reps=REPS, random_scores_file=random_file)
    text = path.read_text()
    assert "task Hopper-v5: raw scores only (no measured random score" in text
    assert "No task can be aggregated" in text
    mean = np.mean([final_return("sac-l", "Hopper-v5", s) for s in SEEDS])
    assert f"**{mean:,.0f}** ±" in text  # raw final returns still shown
    # a reference that publishes nothing for Hopper, and Hopper has no known maximum return
    path = write_report(root, tmp_path / "reports", reps=REPS,
                        reference="imoe-sac-gecco:smose-avg")
    text = path.read_text()
    assert "task Hopper-v5: raw scores only (no published imoe-sac-gecco:smose-avg return" in text
    assert f"**{mean:,.0f}** ±" in text


def test_empty_and_foreign_folders_are_clear_errors(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(UsageError, match="is empty"):
        write_report(empty, tmp_path / "r")
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("hello")
    with pytest.raises(UsageError, match="not an experiment folder"):
        write_report(foreign, tmp_path / "r")
    with pytest.raises(UsageError, match="does not exist"):
        write_report(tmp_path / "nope", tmp_path / "r")
    assert main(["report", str(foreign), "--reports-dir", str(tmp_path / "r")]) == 2
    assert "error:" in capsys.readouterr().err


def test_cli_report_options(tmp_path, capsys):
    root = tmp_path / "cli"
    make_store(root, tasks=["InvertedPendulum-v5"], algos=["sac-l", "linear-sac"])
    rc = main(["report", str(root), "--reports-dir", str(tmp_path / "out"), "--reps", "50",
               "--reference", "cleanrl:sac"])
    assert rc == 0
    text = (tmp_path / "out" / "cli.md").read_text()
    assert "reference `cleanrl:sac`" in text
    assert "report:" in capsys.readouterr().out
    assert main(["report", str(root), "--baseline", "nope", "--reports-dir",
                 str(tmp_path / "out")]) == 2
    assert main(["report", str(root), "--reference", "nobody:nothing", "--reports-dir",
                 str(tmp_path / "out")]) == 2


def test_sac_l_parameters_built_from_the_registry_when_no_sac_l_run(tmp_path):
    root = tmp_path / "nosacl"
    make_store(root, tasks=["InvertedPendulum-v5"], algos=["smose", "linear-sac"])
    text = write_report(root, tmp_path / "reports", reps=20).read_text()
    # SAC-L's actor on InvertedPendulum (4 observations, 1 action), by hand:
    # 4*256+256 + 256*256+256 + 2*(256+1) = 67,586
    assert "sac-l on InvertedPendulum-v5: built by this version's registry (no run of it in this experiment)" in text
    assert f"{100 * 672 / 67586:.3g}% ({100 * (1 - 672 / 67586):.4g}% fewer)" in text


def test_no_finished_run_still_reports_what_was_planned(tmp_path):
    root = tmp_path / "nothing"
    every = {(t, a, s) for t in ["Hopper-v5"] for a in ["sac-l"] for s in SEEDS}
    make_store(root, skip=every - {("Hopper-v5", "sac-l", 0)}, fail={("Hopper-v5", "sac-l", 0)},
               tasks=["Hopper-v5"], algos=["sac-l"])
    text = write_report(root, tmp_path / "reports", reps=20).read_text()
    assert "3 planned: 0 finished, 1 failed, 2 missing" in text
    assert "`Hopper-v5/sac-l/seed1` | missing" in text
    assert "No run has finished yet" in text


def test_the_header_names_each_agents_evaluation_action():
    from types import SimpleNamespace

    from harness.report.markdown import evaluation_modes

    records = [SimpleNamespace(algo="pmoe", config={"hparams": {"eval_primitive": "sample"}}),
               SimpleNamespace(algo="smose", config={"hparams": {"eval_gate": "gated"}}),
               SimpleNamespace(algo="sac-l", config={"hparams": {"batch_size": 256}}),
               SimpleNamespace(algo="pmoe", config={}),
               SimpleNamespace(algo="pmoe-ppo", config={"hparams": {}})]  # made before the option
    modes = evaluation_modes(records)
    assert modes == ["pmoe: eval_primitive=sample (the mean action of a primitive drawn from the "
                     "routing weights)",
                     "smose: eval_gate=gated (tanh(p_top * mean of the chosen expert), as trained)",
                     "pmoe-ppo: eval_primitive not recorded"]


def test_parameter_share_says_more_when_above_sac_l():
    from harness.report.agent_sections import _ratio

    assert _ratio(76_060, 70_406).endswith("(8.03% more)")  # pmoe on Hopper-v5
    assert _ratio(672, 70_406).endswith("% fewer)")


def test_area_under_the_curve_by_hand(full_report):
    """Each synthetic curve rises linearly from 0 to the final return over five evaluations, so
    its mean is half the final return; the AUC is that, normalised, aggregated like the scores."""
    _, text = full_report
    random = load_random_scores()
    section = text.split("### Area under the learning curve")[1].split("## 3.")[0]
    assert "how fast it got there" in section
    for algo in ALGOS:
        auc = np.empty((len(SEEDS), len(TASKS)))
        for j, task in enumerate(TASKS):
            ref, rnd = reference_for(task)[0], random[task].return_mean
            for i, s in enumerate(SEEDS):
                curve = final_return(algo, task, s) * np.arange(5) / 4
                auc[i, j] = ((curve - rnd) / (ref - rnd)).mean()
        iqm, mean = metrics.aggregate_iqm(auc), metrics.aggregate_mean(auc)
        assert re.search(rf"\| {algo} \| 3 x 3 \| {fmt2(iqm)} \[[-\d.]+, [-\d.]+\] \| {fmt2(mean)} \[", section), algo


def test_header_says_which_runs_each_commit_made():
    """An experiment resumed after a commit holds runs of two commits: the header names each
    commit with the runs it made, seeds only where an algorithm's runs are split."""
    from types import SimpleNamespace

    from harness.report.markdown import _commits_text

    def run(algo, seed, commit, task="Hopper-v5"):
        return SimpleNamespace(task=task, algo=algo, seed=seed, config={"git_commit": commit})

    one = "a" * 40
    assert _commits_text([run("sac-l", 0, one), run("sac-l", 1, one)]) == f"`{one[:12]}`"
    assert _commits_text([SimpleNamespace(task="Hopper-v5", algo="ppo", seed=0, config={})]) \
        == "not recorded"
    records = [run("sac-l", 0, one), run("sac-l", 1, one), run("sb3-sac", 0, one),
               run("sb3-sac", 1, "b" * 40), run("sb3-sac", 2, "b" * 40), run("ppo", 0, "b" * 40),
               SimpleNamespace(task="Hopper-v5", algo="ppo", seed=1, config={})]  # missing
    assert _commits_text(records) == ("`aaaaaaaaaaaa`: sac-l, sb3-sac (seed 0)<br>"
                                      "`bbbbbbbbbbbb`: sb3-sac (seeds 1, 2), ppo")
    # two tasks: an algorithm split between commits is named with its task
    records = [run("smose", 0, one, "Pendulum-v1"), run("smose", 1, one, "Pendulum-v1"),
               run("smose", 0, "b" * 40), run("smose", 1, "b" * 40), run("sac-l", 0, "b" * 40),
               run("pmoe", 0, one), run("pmoe", 1, "b" * 40)]
    assert _commits_text(records) == ("`aaaaaaaaaaaa`: smose on Pendulum-v1, pmoe on Hopper-v5 "
                                      "(seed 0)<br>`bbbbbbbbbbbb`: smose on Hopper-v5, sac-l, "
                                      "pmoe on Hopper-v5 (seed 1)")


def test_budget_note_only_when_the_runs_were_shorter_than_the_published_ones():
    from harness.report.returns_sections import budget_note

    note = budget_note(100_000, [1_000_000.0, 1_000_000.0, float("nan")])
    assert "100,000 environment steps each, 10% of the 1,000,000 behind" in note
    assert "fewer than the 1,000,000 to 3,000,000" in budget_note(4_000, [1e6, 3e6])
    assert budget_note(1_000_000, [1e6]) is None  # the same budget: nothing to say
    assert budget_note(100_000, [float("nan")]) is None  # budget not published


def test_aggregates_that_equal_the_mean_by_construction_are_left_out():
    from harness.report.context import equal_to_mean
    from harness.report.tables import norm

    same, why = equal_to_mean(1, 3)
    assert same == {"IQM", "Median"} and why.startswith(" With 3 runs the IQM")
    assert "with one task the median" in why and why.endswith("both equal the mean, which alone is shown.")
    assert equal_to_mean(1, 5)[0] == {"Median"}
    assert equal_to_mean(2, 3)[0] == {"Median"}  # the median of two task means is their mean
    assert equal_to_mean(3, 3) == (set(), "")  # 9 runs: the IQM trims two from each end
    assert equal_to_mean(1, 3, median=False)[0] == {"IQM"}
    assert norm(-0.004) == "0.00" and norm(-0.006) == "-0.01"


def test_one_task_and_three_seeds_give_one_aggregate_column_and_ranges(tmp_path):
    root = tmp_path / "one-task"
    make_store(root, tasks=["Hopper-v5"])
    text = write_report(root, tmp_path / "reports", reps=REPS).read_text()
    section = text.split("## 2. Aggregates across tasks")[1].split("### Area under")[0]
    assert "| algorithm | runs x tasks | Mean | Optimality gap |" in section
    assert "both equal the mean, which alone is shown" in section
    # below 5 seeds a cell gives the seeds' range, called a range
    v = np.array([final_return("smose", "Hopper-v5", s) for s in SEEDS])
    assert f"<br>range [{v.min():,.0f}, {v.max():,.0f}] (n=3)" in text
    assert "95% CI [" not in text.split("## 1. Final returns")[1].split("### The test episodes")[0]


def test_header_says_which_runs_resumed_from_a_checkpoint():
    """A resumed run's steps before its checkpoint were trained by the version that wrote it."""
    from types import SimpleNamespace

    from harness.report.markdown import _commits_text

    def run(algo, seed, resumed=None, task="Hopper-v5"):
        config = {"git_commit": "a" * 40, **({"resumed_from_step": resumed} if resumed else {})}
        return SimpleNamespace(task=task, algo=algo, seed=seed, config=config)

    text = _commits_text([run("pmoe", 0, 50_000), run("pmoe", 1, 50_000), run("sac-l", 0),
                          run("ppo", 2, 20_000)])
    assert text == ("`aaaaaaaaaaaa`<br>resumed from a checkpoint, the steps before it trained by the "
                    "version that wrote it: pmoe (seeds 0, 1) from step 50,000; ppo (seed 2) from step 20,000")
    assert "resumed" not in _commits_text([run("pmoe", 0), run("pmoe", 1)])


def test_spread_over_seeds_is_the_sample_standard_deviation():
    from harness.report.tables import mean_spread

    assert mean_spread(np.array([1.0, 2.0, 3.0]), str) == "2.0 ± 1.0"  # n - 1: 1, not 0.816
    assert mean_spread(np.array([4.0, np.nan]), str) == "4.0"  # one value recorded: no spread
    assert mean_spread(np.array([np.nan]), str) == "n/a"


def test_distilled_policies_and_their_agent_are_scored_on_the_same_episodes(tmp_path):
    """The distilled policies were evaluated on the first n evaluation episodes: in section 7 the
    agent's own return is over those n episodes of its final evaluation, not over all of them."""
    from harness.report.collect import load_experiment, sized_policies

    root = tmp_path / "synthetic"
    make_store(root, algos=["sac-l"], tasks=["Hopper-v5"])
    run = root / "Hopper-v5" / "sac-l" / "seed1"
    (run / "interpretation").mkdir()
    (run / "interpretation" / "distilled.json").write_text(json.dumps(
        {"method": {"eval_episodes": 4}, "policies": [
            {"name": "tree-d2", "kind": "tree", "leaves": 4, "depth": 2, "parameters": 30,
             "return_mean": 1500.0, "returns": [1500.0] * 4}]}))
    rows = sized_policies(load_experiment(root)).set_index(["seed", "policy"])
    final = json.loads((run / "final.json").read_text())
    assert rows.loc[(1, "sac-l"), "return_mean"] == pytest.approx(np.mean(final["returns"][:4]))
    assert rows.loc[(1, "sac-l"), "return_mean"] < final["return_mean"] - 1  # the first 4 of 10 are lower
    assert rows.loc[(1, "sac-l"), "episodes"] == 4 and rows.loc[(1, "tree-d2"), "episodes"] == 4
    assert rows.loc[(0, "sac-l"), "return_mean"] == final_return("sac-l", "Hopper-v5", 0)  # not distilled: all 10
    text = write_report(root, tmp_path / "reports", reps=REPS).read_text()
    assert "scored on the same 4 fixed evaluation episodes: the first 4 of the final evaluation" in text


def test_the_test_episode_table_by_hand(tmp_path, full_report):
    """I(MoE)-SAC's table: per agent and task, each statistic of the final evaluation's episodes
    averaged over the seeds, and the best seed's own (seeds end at base, base+37, base+63)."""
    frame = summaries.episode_table(load_experiment(make_store(tmp_path / "synthetic").root))
    assert len(frame) == 2 * len(TASKS) * len(ALGOS)
    mean_row, best_row = frame[(frame.task == "Hopper-v5") & (frame.algo == "smose")].to_dict("records")
    per_seed = [final_return("smose", "Hopper-v5", s) for s in SEEDS]
    spread = np.linspace(-5, 5, 10)  # each run's episodes: its final return + spread
    assert (mean_row["row"], mean_row["n"]) == ("seeds' mean", 3) and np.isnan(mean_row["seed"])
    assert mean_row["mean"] == pytest.approx(np.mean(per_seed))
    assert mean_row["std"] == pytest.approx(spread.std())
    assert (mean_row["min"], mean_row["max"]) == pytest.approx((np.mean(per_seed) - 5, np.mean(per_seed) + 5))
    assert mean_row["length"] == pytest.approx(110.0) and mean_row["success"] == 1.0
    assert (best_row["row"], best_row["seed"], best_row["n"]) == ("best seed", 2, 1)
    assert (best_row["mean"], best_row["max"], best_row["length"]) == pytest.approx((per_seed[2], per_seed[2] + 5, 120.0))
    # and as the report renders it
    assert "| Hopper-v5 | smose | seeds' mean (n=3) | 1,833 | 3.19 | 1,828 | 1,838 | 100% | 110 |" in full_report[1]
    assert "| Hopper-v5 | smose | best seed (seed 2) | 1,863 | 3.19 | 1,858 | 1,868 | 100% | 120 |" in full_report[1]


def test_the_compute_table_by_hand(tmp_path):
    """Computed apart from its rendering: per task and agent, the seeds, the seed-batch sizes and
    each run's figures by seed (the synthetic runs took 40 + seed seconds at 100 + seed steps/s)."""
    frame = summaries.compute_table(load_experiment(make_store(tmp_path / "synthetic").root))
    assert len(frame) == len(TASKS) * len(ALGOS)
    row = frame[(frame.task == "Hopper-v5") & (frame.algo == "smose")].iloc[0]
    assert (row.seeds, row.seeds_per_process) == (3, [3])  # smose trained as one seed batch
    assert row.wall_time_s.tolist() == [40.0, 41.0, 42.0] and row.steps_per_second.tolist() == [100.0, 101.0, 102.0]
    assert frame[frame.algo == "sac-l"].iloc[0].seeds_per_process == [1]


def test_other_evaluation_modes_get_rows_of_their_own(tmp_path):
    """PMOE's final evaluation scores its other evaluation actions on the same episodes: each gets
    a "seeds' mean, MODE" row beside the default's, averaged over the seeds."""
    root = tmp_path / "modes"
    make_store(root, algos=["smose"], tasks=["Hopper-v5"])
    for seed in SEEDS:
        final_path = root / "Hopper-v5" / "smose" / f"seed{seed}" / "final.json"
        final = json.loads(final_path.read_text())
        final["other_evaluation_modes"] = {"argmax": {"return_mean": 5.0 + seed, "returns": [5.0 + seed] * 10,
                                                      "lengths": [9] * 10, "success_rate": 0.0}}
        final_path.write_text(json.dumps(final))
    frame = summaries.episode_table(load_experiment(root))
    row = frame[frame.row == "seeds' mean, argmax"].iloc[0]
    assert (row.n, row["mean"], row.length, row.success) == (3, 6.0, 9.0, 0.0)
    text = write_report(root, tmp_path / "reports", reps=REPS).read_text()
    assert "| Hopper-v5 | smose | seeds' mean, argmax (n=3) | 6 | 0 | 6 | 6 | 0% | 9 |" in text  # each column averaged


def test_each_agents_analysis_is_its_own_block(tmp_path, monkeypatch):
    """Two agents with analyses of their own (SMoSE's experts, PMOE's primitives): every heading
    of the report follows a blank line, so the second agent's heading does not hang on the first
    agent's table."""
    monkeypatch.setitem(BASE, "pmoe", BASE["sac-l"])
    monkeypatch.setitem(PARAMS, "pmoe", PARAMS["sac-l"])
    root = tmp_path / "two"
    make_store(root, algos=["smose", "pmoe"], tasks=["Hopper-v5"])
    text = write_report(root, tmp_path / "reports", reps=REPS, seed=0).read_text()
    assert "### smose" in text and "### pmoe" in text
    lines = text.splitlines()
    hanging = [line for before, line in zip(lines, lines[1:]) if line.startswith("#") and before.strip()]
    assert not hanging, hanging
