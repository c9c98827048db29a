"""The command line: every bad input is one line and exit code 2; a tiny experiment end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from harness.cli import main
from harness.store import Store
from tests.test_registry import install_plugin

ROOT = Path(__file__).resolve().parent.parent
TINY = ["--no-interpret", "--budget", "300", "--eval-interval", "150", "--eval-episodes", "1",
        "--final-eval-episodes", "2", "--hparams",
        "learning_starts=100,batch_size=32,critic_hidden=[32,32],sac-l.hidden_sizes=[32,32]"]


@pytest.mark.parametrize("args, message", [
    (["--algos", "sac-l,nope"], "unknown algorithm 'nope'; valid: sac-l"),
    (["--envs", "Hoper"], "unknown task or suite 'Hoper'; valid: all"),
    (["--budget", "0"], "--budget must be a positive integer, not '0'"),
    (["--budget", "-5"], "--budget must be a positive integer"),
    (["--budget", "1e3x"], "--budget must be a positive integer"),
    (["--seeds", "0"], "--seeds must be a positive integer"),
    (["--workers", "0"], "--workers must be a positive integer"),
    (["--hparams", "gamma"], "malformed --hparams entry 'gamma'"),
    (["--hparams", "gama=0.9"], "unknown hyper-parameter 'gama'"),
    (["--algos", "smose", "--hparams", "eval_gate=never"], "smose.eval_gate='never'"),
    (["--seed-batch", "0"], "--seed-batch must be 'auto' or a positive integer, not '0'"),
    (["--executor", "ray", "--ray-address", "head-node"], "--ray-address must be 'auto' or HOST:PORT"),
    (["--ray-address", "auto"], "--ray-address needs --executor ray"),
    (["--device", "tpu"], "--device tpu: device must be 'cpu' or 'cuda'"),
    (["--hparams", "device=gpu"], "device='gpu': device must be 'cpu' or 'cuda'"),
    (["--hparams", "batch_size=-3"], "batch_size=-3: batch_size must be a positive integer, not -3"),
    (["--hparams", "sac-l.hidden_sizes=[0]"],
     "sac-l.hidden_sizes=[0]: hidden_sizes must be a list of positive integers, not [0]"),
    (["--algos", "ppo", "--hparams", "gamma=1.5"], "ppo.gamma=1.5: gamma must be between 0 and 1"),
    (["--algos", "ars", "--hparams", "n_delta=4,n_top=8"], "--hparams for ars: ars.n_top must be between 1"),
    (["--algos", ""], "no algorithm given; valid: sac-l"),
    (["--envs", " "], "no task given"),
    # values checked against other fields or the task's own settings: every overridden agent is
    # built on every task before anything runs
    (["--algos", "sac-l", "--hparams", "sac-l.match_smose=foo"], "match_smose must be one of none, total, active"),
    (["--algos", "ppo", "--hparams", "use_sde=maybe"],
     "--hparams for ppo on Pendulum-v1: ppo.use_sde must be true or false"),
    (["--algos", "ars", "--hparams", "n_top=100"], "--hparams for ars on Pendulum-v1: ars.n_top must be between 1"),
    (["--hparams", "batch_size=512,buffer_size=100"], "batch_size (512) must not exceed buffer_size (100)"),
    (["--algos", "sac-m", "--hparams", "sac-m.hidden_sizes=[64]"], "sac-m does not use hidden_sizes"),
    (["--algos", "sac-m,smose", "--hparams", "hidden_sizes=[64]"], "--hparams hidden_sizes: sac-m does not use"),
    (["--hparams", "policy_lr=.inf"], "policy_lr must be a finite number, not inf"),
    (["--hparams", "target_entropy_scale=.nan"], "target_entropy_scale must be a finite number"),
    (["--name", "../elsewhere"], "--name must be a folder name"),
    (["--seed-batch", "2", "--no-seed-batch"], "--no-seed-batch and --seed-batch 2 disagree"),
    (["--algos", "ppo,ars", "--compile"], "--compile compiles the SAC-family update, and none of ppo, ars has one; those that do: sac-l"),
])
def test_bad_input_is_one_line_and_exit_2(args, message, capsys, tmp_path):
    code = main(["run", "--out", str(tmp_path / "e"), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "e" / "experiment.json").exists()  # nothing started


def test_a_flag_argparse_refuses_is_one_line_too(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["run", "--preset", "nope"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.count("\n") == 1
    assert err.startswith("error: argument --preset: invalid choice: 'nope'") and "--help" in err


def test_unwritable_reports_dir_is_refused_before_training(tmp_path, capsys):
    (tmp_path / "afile").write_text("")
    assert main(["run", "--out", str(tmp_path / "e"), "--reports-dir", str(tmp_path / "afile")]) == 2
    assert capsys.readouterr().err.startswith(f"error: cannot write to --reports-dir {tmp_path / 'afile'}")
    assert not (tmp_path / "e" / "experiment.json").exists()


def test_a_report_that_cannot_be_written_is_exit_1_and_keeps_the_runs(tmp_path, capsys, monkeypatch):
    import harness.report

    def broken(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(harness.report, "write_report", broken)
    code = main(["run", "--algos", "linear-sac", "--envs", "Pendulum", "--seeds", "1", "--workers", "1",
                 "--out", str(tmp_path / "e"), "--reports-dir", str(tmp_path / "r"), *TINY[:-2],
                 "--hparams", "learning_starts=100,batch_size=32,critic_hidden=[32,32]"])
    assert code == 1
    assert "could not write the report" in capsys.readouterr().err
    assert (tmp_path / "e" / "Pendulum-v1/linear-sac/seed0/final.json").exists()


def test_scoped_hparams_win_in_any_order_and_plain_keys_go_where_used():
    from harness.hparams import resolve_overrides
    from harness.registry import get

    specs = [get("sac-l"), get("sac-m")]
    for text in ({"hidden_sizes": [16], "sac-l.hidden_sizes": [8]}, {"sac-l.hidden_sizes": [8], "hidden_sizes": [16]}):
        assert resolve_overrides(text, specs) == {"sac-l": {"hidden_sizes": [8]}}  # sac-m sizes itself
    both = resolve_overrides({"hidden_sizes": [16], "sac-m.match_smose": "none"}, specs)
    assert both["sac-m"] == {"hidden_sizes": [16], "match_smose": "none"}  # now sac-m uses it


@pytest.mark.skipif(__import__("torch").cuda.is_available(), reason="this machine has a GPU")
def test_cuda_on_a_machine_without_one_is_one_line_and_exit_2(capsys, tmp_path):
    assert main(["run", "--out", str(tmp_path / "e"), "--device", "cuda"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --device cuda:") and "no CUDA device" in err and err.count("\n") == 1
    assert not (tmp_path / "e").exists()
    assert main(["run", "--out", str(tmp_path / "e"), "--device", "auto", "--dry-run"]) == 0  # auto: cpu


def test_bench_seed_batch_of_an_agent_without_one_is_refused(capsys):
    assert main(["bench", "--algos", "sac-l,ppo", "--seed-batch", "2"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --seed-batch: ppo cannot train seeds as a batch; those that can: sac-l")
    assert err.count("\n") == 1


def _table(out: str) -> dict[str, list[str]]:
    """A printed markdown table's data rows, by first cell."""
    rows = [line.strip("|").split("|") for line in out.splitlines() if line.startswith("| ")]
    return {r[0].strip(): [c.strip() for c in r[1:]] for r in rows[1:]}


def _ratio(cell: str) -> float:
    assert cell.endswith("x")
    return float(cell[:-1])


def test_bench_prints_both_agents_their_ratio_and_the_floor(capsys):
    # --no-peers: the table without SBX's column where SBX is installed (tests/test_sbx.py has it).
    # Eager: compiling cost 40-80 s of this test on a machine whose inductor cache is empty (CI);
    # the compiled update is tested in tests/test_compile.py, and bench's default of compiling
    # (resolve_compile_flag("auto", None)) there too.
    cpus = os.sched_getaffinity(0)
    assert main(["bench", "--algos", "sac-l", "--steps", "30", "--warmup", "300", "--repeats", "1",
                 "--hparams", "batch_size=32", "--no-peers", "--compile", "off"]) == 0
    out = capsys.readouterr().out
    assert "our agents' update eager" in out and "CPU" in out and "alone" in out  # pinned to one CPU...
    assert os.sched_getaffinity(0) == cpus  # ...for the bench alone
    assert "GFLOP/s on operands rotated over 16 MB (the floor's rate;" in out
    rows = _table(out)
    assert set(rows) == {"sb3-sac", "sac-l"}
    ours, ref = float(rows["sac-l"][0]), float(rows["sb3-sac"][0])
    assert ours > 0 and ref > 0
    assert _ratio(rows["sac-l"][1]) == pytest.approx(ours / ref, abs=0.011)
    floor = float(rows["sac-l"][2])  # same critic, batch and network sizes: the same floor
    assert _ratio(rows["sac-l"][4]) == pytest.approx(floor / ref, rel=0.005, abs=0.011)  # rounded cells
    assert rows["sb3-sac"][2] == rows["sac-l"][2]


def test_bench_times_on_policy_agents_and_keeps_the_figures_for_estimates(capsys):
    """PPO reports its steps a rollout at a time and has no SAC update: timed, no floor."""
    from harness.estimate import measured_throughputs

    assert main(["bench", "--algos", "ppo", "--steps", "150", "--warmup", "64", "--repeats", "1", "--no-peers"]) == 0
    rows = _table(capsys.readouterr().out)
    assert float(rows["ppo"][0]) > 0 and rows["ppo"][2:] == ["-", "-", "-"]
    # Timed with the agents' own settings on one thread: kept for `run`'s estimates on this machine.
    assert measured_throughputs()["ppo"]["Hopper-v5"] == pytest.approx(float(rows["ppo"][0]), abs=0.05)


def test_bench_seed_batch_prints_both_sides_and_the_ceiling(capsys):
    # eager, as above
    assert main(["bench", "--algos", "sac-l", "--steps", "30", "--warmup", "300", "--repeats", "1",
                 "--seed-batch", "2", "--hparams", "batch_size=32", "--compile", "off"]) == 0
    row = _table(capsys.readouterr().out)["sac-l"]
    solo, batched, floor = float(row[1]), float(row[2]), float(row[4])
    assert row[0] == "2"
    assert _ratio(row[3]) == pytest.approx(batched / solo, abs=0.011)  # from rounded cells
    assert _ratio(row[5]) == pytest.approx(floor / solo, rel=0.005, abs=0.011)


def test_unwritable_out_is_refused(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["run", "--out", str(blocker / "exp"), *TINY]) == 2
    assert "cannot write to --out" in capsys.readouterr().err


def test_folder_of_other_settings_is_refused_and_kept(tmp_path, capsys):
    out = tmp_path / "e"
    (out).mkdir()
    (out / "experiment.json").write_text(json.dumps({"name": "e", "runs": [], "settings": {
        "budget": 999, "eval_interval": 150, "eval_episodes": 1, "final_eval_episodes": 2, "hparams": {}}}))
    before = (out / "experiment.json").read_text()
    assert main(["run", "--out", str(out), *TINY]) == 2
    err = capsys.readouterr().err
    assert "holds an experiment with other settings" in err and "budget: 999 there, 300 here" in err
    assert "interpret: True there, False here" in err  # the default is named as itself, not None
    assert (out / "experiment.json").read_text() == before
    assert main(["run", "--out", str(out), *TINY, "--dry-run"]) == 2  # the dry run says so too
    assert "holds an experiment with other settings" in capsys.readouterr().err


def test_other_commands_check_their_flags_before_computing(tmp_path, capsys):
    (tmp_path / "afile").write_text("")
    out = tmp_path / "scores.csv"
    out.write_text("a,b\n1,2\n")
    cases = [
        (["random-scores", "--envs", "Pendulum-v1", "--out", str(out)], "(no 'task' column)"),
        (["random-scores", "--envs", "Pendulum-v1", "--out", str(tmp_path)], "is a folder; give a CSV file"),
        (["random-scores", "--envs", "Pendulum-v1", "--seed", "-1"], "--seed must be between 0 and 2**32 - 1"),
        (["report", str(tmp_path), "--seed", "-1"], "--seed must be between 0 and 2**32 - 1"),
        (["report", str(tmp_path), "--reports-dir", str(tmp_path / "afile")], "cannot write to --reports-dir"),
        (["bench", "--env", "all"], "--env takes one task; 'all' names 6"),
        (["bench", "--cpu", "x"], "--cpu must be a CPU number, auto or any, not 'x'"),
        (["bench", "--cpu", "4096"], "--cpu 4096: this process may run on CPUs"),
    ]
    for args, message in cases:
        assert main(args) == 2, args
        err = capsys.readouterr().err
        assert err.startswith("error: ") and message in err and err.count("\n") == 1, (args, err)
    assert out.read_text() == "a,b\n1,2\n"  # nothing measured, nothing written


def test_dry_run_lists_runs(capsys, tmp_path):
    assert main(["run", "--algos", "sac-l,linear-sac", "--envs", "Pendulum", "--seeds", "2",
                 "--out", str(tmp_path / "e"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "4 runs" in out and "Pendulum-v1/linear-sac/seed1" in out


def test_list_names_algorithms_and_suites(capsys):
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "sac-l" in out and "linear-sac" in out and "mujoco-v4" in out and "quick" in out


def test_params_prints_counts_and_ratio(capsys):
    assert main(["params", "--algos", "sac-l,sac-m,sac-s,linear-sac", "--envs", "Hopper"]) == 0
    lines = [line.strip("|").split("|") for line in capsys.readouterr().out.splitlines() if line.startswith("| ")]
    rows = {cells[1].strip(): [c.strip() for c in cells[2:]] for cells in lines[1:]}  # by algorithm
    # Hopper: 11 observations, 3 actions. sac-l: 11*256+256 + 256*256+256 + 2*(256*3+3) = 70,406.
    # sac-m matches SMoSE's total (M=8): h = ceil(8*11*7 / 17) = 37, 11*37+37 + 2*(37*3+3) = 672;
    # sac-s its active count: h = ceil(11*(8+6) / 17) = 10, 11*10+10 + 2*(10*3+3) = 186;
    # linear-sac: (11 + 1) x 3 x 2 heads = 72.
    # The deterministic policy leaves out the log-std head, (width + 1) x 3.
    expected = {"sac-l": (70_406, 256), "sac-m": (672, 37), "sac-s": (186, 10), "linear-sac": (72, 11)}
    for algo, (total, width) in expected.items():
        deterministic = total - (width + 1) * 3
        assert rows[algo][:4] == [f"{total:,}", f"{total:,}", f"{deterministic:,}", f"{deterministic:,}"], algo
        assert rows[algo][4] == f"{100 * total / 70_406:.2f}%", algo


def run_cli(args: list[str], cwd: Path, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *(env_extra or {}).get("path", [])])}
    return subprocess.run([sys.executable, "-m", "harness", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def test_end_to_end_with_a_failing_plugin_run(tmp_path):
    """Two workers, a third-party agent that fails on one config, a rerun that skips finished runs."""
    (tmp_path / "plugin_site").mkdir()
    plugin_dir = install_plugin(tmp_path / "plugin_site")
    out, reports = tmp_path / "exp", tmp_path / "reports"
    args = ["run", "--algos", "linear-sac,tiny", "--envs", "Pendulum", "--seeds", "2", "--workers", "2",
            "--out", str(out), "--reports-dir", str(reports), *TINY[:-2],
            "--hparams", "learning_starts=100,batch_size=32,critic_hidden=[32,32],tiny.fail=true"]
    first = run_cli(args, tmp_path, {"path": [str(plugin_dir)]})
    assert first.returncode == 1, first.stderr  # the tiny runs failed...
    assert "2 run(s) failed" in first.stderr and "tiny agent was told to fail" in first.stderr
    for seed in (0, 1):  # ...and did not take linear-sac's runs down
        assert (out / f"Pendulum-v1/linear-sac/seed{seed}/final.json").exists()
        failed = json.loads((out / f"Pendulum-v1/tiny/seed{seed}/failed.json").read_text())
        assert "RuntimeError: tiny agent was told to fail" in failed["error"]
    assert "| Pendulum-v1 | linear-sac |" in first.stdout and "0/2" in first.stdout
    assert (reports / "exp.md").exists()

    again = run_cli(args, tmp_path, {"path": [str(plugin_dir)]})
    assert "skipping 2 finished run(s)" in again.stderr
    assert "2 run(s) to do" in again.stderr  # only the failed ones are retried


def test_a_bare_command_line_runs_the_quick_preset(monkeypatch):
    """`python -m harness` alone is `python -m harness run`: the quick preset, with run's defaults."""
    from harness.commands import run as run_command

    seen = []
    monkeypatch.setattr(run_command, "cmd_run", lambda args: seen.append(args) or 0)
    assert main([]) == 0
    assert seen[0].command == "run" and seen[0].preset == "quick" and seen[0].algos is None


def test_a_command_line_imports_its_commands_module_alone(capsys):
    """A command line that names a command builds its parser from that command's module alone:
    `report` pulls in neither Optuna (tune) nor scikit-learn (run's distillation), which took 2-3
    of a report's first 4 seconds; the list of commands (`--help`) imports none of them."""
    from harness.cli import COMMANDS, build_parser

    def commands(parser) -> list[str]:
        return list(next(a for a in parser._actions if a.dest == "command").choices)

    assert commands(build_parser()) == list(COMMANDS)
    for name in COMMANDS:
        assert name in commands(build_parser(name))  # the module adds the command it is listed for
    with pytest.raises(SystemExit):
        main(["--help"])
    listing = capsys.readouterr().out
    assert all(name in listing and line[:40] in " ".join(listing.split()) for name, (_, line) in COMMANDS.items())
    code = ("import sys; from harness.cli import build_parser; build_parser('--help'); h = 'torch' in sys.modules; "
            "build_parser('report'); print(h, sorted({'optuna', 'sklearn'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.split() == ["False", "[]"], out.stderr


def test_output_into_a_closed_pipe_stops_quietly():
    """`python -m harness list | head -2`: the reader leaves early; no traceback follows."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "harness", "list"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdout.close()  # gone before the first line is written
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 141 and "Traceback" not in err, err


def test_a_rerun_keeps_the_experiments_name(tmp_path, capsys):
    """The runs' specs name their experiment (checkpoints are tied to them): a rerun with --out
    alone takes the folder's name; another --name is refused, not a silent rename."""
    from harness.cli import build_parser
    from harness.commands.run import plan

    out = tmp_path / "folder"
    name, _, settings, runs = plan(build_parser("run").parse_args(["run", "--out", str(out), "--name", "first", *TINY]))
    Store(out).open(name, settings, runs)  # as the first run left it
    assert main(["run", "--out", str(out), *TINY, "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith(f"experiment first -> {out}")
    assert main(["run", "--out", str(out), "--name", "second", *TINY, "--dry-run"]) == 2
    assert "holds the experiment 'first'; --name second would make its runs other runs" in capsys.readouterr().err
