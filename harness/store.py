"""The results store: one folder per experiment, one folder per run, written atomically.

    <out>/experiment.json                  the experiment's Settings (shared by all its runs)
    <out>/<task>/<algo>/seed<k>/
        config.json          the RunSpec, resolved hyper-parameters, what the agent resolved at
                             training time, package versions, git commit, machine
        curve.csv            step, wall_time_s, return_mean, return_std, length_mean, success_rate
                             (deterministic evaluations during training, on the fixed eval seeds)
        train_episodes.csv   step, return, length (training episodes, exploratory policy)
        final.json           the final evaluation (100 episodes): summary and per-episode
                             returns, parameter counts, wall time, steps/s, inference time
        model/               the agent's saved weights (Agent.save / AgentSpec.loader)
        interpretation/      the policy distilled into trees and a linear policy, each as
                             Python (harness/distillation.py); SMoSE's analysis page
        tb/                  TensorBoard event files (evaluations, training episodes, losses,
                             temperature, SMoSE's expert usage, steps/s)
        failed.json          instead of final.json when the run raised: its traceback

While a run trains, its folder holds what the driver has received so far (harness/live.py):
tb/, curve.csv and progress.json, without final.json or failed.json; such a run is
"unfinished". When it ends, its complete folder is written under a temporary name and renamed
into place. A run with final.json is finished; the executor skips it on a rerun.

Store.publish copies the finished runs into another store, fit to commit (`python -m harness
publish`): each run folder as above, its model reduced to the acting policy, no checkpoints.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from harness.files import replace_folder, write_atomic
from harness.spec import RECORDS, RunResult, RunSpec, Settings

EXPERIMENT_FILE = "experiment.json"
PROGRESS_FILE = "progress.json"  # an unfinished run's last progress (harness/live.py)
# What a published store keeps of a finished run besides its model (see Store.publish).
PUBLISHED = ("config.json", "curve.csv", "train_episodes.csv", "final.json", "interpretation", "tb")


class StoreError(ValueError):
    """A folder that cannot hold, or does not hold, this experiment."""


def _read_csv(f: Path) -> pd.DataFrame:
    # round_trip: pandas' default float parser can be one ulp off; stored returns read back exactly.
    if not f.exists():
        return pd.DataFrame()
    try:
        return pd.read_csv(f, float_precision="round_trip")
    except pd.errors.EmptyDataError:
        return pd.DataFrame()
    except (pd.errors.ParserError, UnicodeDecodeError) as e:
        raise StoreError(f"{f} is damaged ({str(e).splitlines()[0]}); remove the run's folder to "
                         "run it again") from None


@dataclass
class RunRecord:
    """A run as read back from the store."""

    path: Path
    task: str
    algo: str
    seed: int
    status: str  # "finished", "failed", "unfinished" (training, or interrupted) or "missing"
    config: dict[str, Any]
    final: dict[str, Any] | None
    error: str | None
    progress: dict[str, Any] | None = None  # an unfinished run's last progress.json

    def curve(self) -> pd.DataFrame:
        """The evaluations during training (empty where there were none)."""
        frame = _read_csv(self.path / "curve.csv")
        if not frame.empty and not {"step", "return_mean"} <= set(frame.columns):
            raise StoreError(f"{self.path / 'curve.csv'} is damaged (no step and return_mean "
                             "columns); remove the run's folder to run it again")
        return frame

    def train_episodes(self) -> pd.DataFrame:
        return _read_csv(self.path / "train_episodes.csv")

    @property
    def model_dir(self) -> Path:
        return self.path / "model"


class Store:
    """One experiment folder."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    # --- the experiment -----------------------------------------------------------------------
    def settings(self) -> Settings | None:
        experiment = read_json(self.root / EXPERIMENT_FILE)
        if experiment is None:
            return None
        try:
            return Settings.from_dict(experiment["settings"])
        except (KeyError, TypeError, ValueError) as e:
            raise StoreError(f"{self.root / EXPERIMENT_FILE} is damaged (its settings: {e!r}); "
                             "choose a new --out") from None

    def experiment(self) -> dict[str, Any]:
        f = self.root / EXPERIMENT_FILE
        if not f.exists():
            raise StoreError(f"{self.root} is not an experiment folder (no {EXPERIMENT_FILE}); "
                             "give the folder a `run` wrote, e.g. results/quick")
        return read_json(f)

    def check(self, settings: Settings) -> Settings | None:
        """The settings already in the folder (None for a new or empty one); a StoreError where
        they differ from `settings` or the folder holds something else."""
        existing = self.settings()
        if existing is not None and existing != settings:
            diff = _dict_diff(asdict(existing), asdict(settings))  # every field, defaults too
            raise StoreError(f"{self.root} holds an experiment with other settings ({diff}); "
                             "rerun with the same settings or choose a new --out")
        if existing is None and self.root.is_dir() and any(self.root.iterdir()):
            raise StoreError(f"{self.root} exists and is not an experiment folder; choose a new --out")
        return existing

    def open(self, name: str, settings: Settings, runs: list[RunSpec]) -> None:
        """Create the experiment folder, or check that an existing one holds the same settings.

        Runs are accumulated: a rerun may add algorithms, tasks or seeds under the same settings.
        """
        existing = self.check(settings)
        self.root.mkdir(parents=True, exist_ok=True)
        planned = [r.run_id for r in runs]
        if existing is not None:
            planned = list(dict.fromkeys(self.experiment().get("runs", []) + planned))
        write_json_atomic(self.root / EXPERIMENT_FILE,
                           {"name": name, "settings": settings.to_dict(), "runs": planned})

    # --- runs ---------------------------------------------------------------------------------
    def run_dir(self, spec: RunSpec) -> Path:
        return self.root / spec.run_id

    def is_finished(self, spec: RunSpec) -> bool:
        return (self.run_dir(spec) / "final.json").exists()

    def write(self, result: RunResult, keep_tensorboard: bool = False) -> Path:
        """Write a run's folder atomically (replacing a failed or partial one). keep_tensorboard:
        the folder's tb/ already holds every event of the run (harness/live.py wrote it)."""
        target = self.run_dir(result.spec)

        def fill(tmp: Path) -> None:
            _write_json(tmp / "config.json", {"spec": result.spec.to_dict(), **result.config})
            pd.DataFrame(result.curve).to_csv(tmp / "curve.csv", index=False)
            pd.DataFrame(result.train_episodes, columns=["step", "return", "length"]).to_csv(
                tmp / "train_episodes.csv", index=False)
            _write_files(tmp, {**{f"model/{k}": v for k, v in result.model_files.items()},
                               **result.files})
            if result.status == "finished":
                _write_json(tmp / "final.json", result.final or {})
            else:
                _write_json(tmp / "failed.json", {"error": result.error})
            if keep_tensorboard and (target / "tb").is_dir():
                shutil.move(target / "tb", tmp / "tb")
            else:
                _write_tensorboard(tmp / "tb", result)

        replace_folder(target, fill)
        return target

    def publish(self, dest: Path | str, acting_files: Callable[[str, Path], dict[str, bytes]]
                ) -> tuple[list[RunRecord], list[RunRecord]]:
        """Copy the finished runs into `dest`, a store fit to commit or share: each run folder as
        `report` and `interpret` read it, its model reduced to the acting policy
        (`acting_files(algo, model_dir)`), without checkpoints, replay buffers or progress files.

        `dest` is made, or holds the same experiment (name and settings); runs already there are
        left as they are. Returns (the runs copied now, the runs not finished here).
        """
        dest = Path(dest)
        if dest.resolve() == self.root.resolve() or self.root.resolve() in dest.resolve().parents:
            raise StoreError(f"{dest} is inside {self.root}; publish to a folder of its own")
        meta, records, settings = self.experiment(), self.records(), self.settings()
        target = Store(dest)
        planned = meta.get("runs", [])
        if target.check(settings) is not None:
            there = target.experiment()
            if there.get("name") != meta["name"]:
                raise StoreError(f"{dest} holds the experiment {there.get('name')!r}, not "
                                 f"{meta['name']!r}; choose another folder")
            planned = list(dict.fromkeys(there.get("runs", []) + planned))
        dest.mkdir(parents=True, exist_ok=True)
        write_json_atomic(dest / EXPERIMENT_FILE, {**meta, "runs": planned})
        copied = []
        for record in records:
            out = dest / record.path.relative_to(self.root)
            if record.status != "finished" or (out / "final.json").exists():
                continue

            def fill(tmp: Path, record: RunRecord = record) -> None:
                for name in PUBLISHED:
                    source = record.path / name
                    if source.is_dir():
                        shutil.copytree(source, tmp / name)
                    elif source.exists():
                        shutil.copy2(source, tmp / name)
                model = acting_files(record.algo, record.model_dir) if record.model_dir.is_dir() else {}
                _write_files(tmp / "model", model)

            replace_folder(out, fill)
            copied.append(record)
        return copied, [r for r in records if r.status != "finished"]

    def records(self) -> list[RunRecord]:
        """Every planned run of the experiment, finished, failed or missing, in plan order."""
        planned = self.experiment().get("runs", [])
        return [self._read(run_id) for run_id in planned]

    def _read(self, run_id: str) -> RunRecord:
        path = self.root / run_id
        task, algo, seed_dir = run_id.split("/")
        seed = int(seed_dir.removeprefix("seed"))
        config = read_json(path / "config.json") or {}
        final = read_json(path / "final.json")
        failed = read_json(path / "failed.json")
        progress = read_json(path / PROGRESS_FILE) if final is None and failed is None else None
        status = "finished" if final is not None else "failed" if failed is not None else \
            "unfinished" if progress is not None else "missing"
        return RunRecord(path, task, algo, seed, status, config, final,
                         failed.get("error") if failed else None, progress)




def add_to_tensorboard(writer: Any, record: str, rows: list[Any]) -> None:
    """Rows of one of RECORDS as TensorBoard scalars (the store's and the live log's one format)."""
    for row in rows:
        if record == "scalars":
            step, tag, value = row
            writer.add_scalar(tag, value, step)
        elif record == "curve":
            writer.add_scalar("eval/return_mean", row["return_mean"], row["step"])
        else:
            writer.add_scalar("train/episode_return", row["return"], row["step"])


def _write_tensorboard(folder: Path, result: RunResult) -> None:
    from torch.utils.tensorboard import SummaryWriter

    writer = SummaryWriter(log_dir=str(folder))
    try:
        for record in RECORDS:
            add_to_tensorboard(writer, record, getattr(result, record))
    finally:
        writer.close()


def _write_files(folder: Path, files: dict[str, bytes]) -> None:
    for rel, blob in files.items():
        f = folder / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(blob)


def _dict_diff(a: dict, b: dict) -> str:
    keys = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
    return "; ".join(f"{k}: {a.get(k)!r} there, {b.get(k)!r} here" for k in keys)


def _write_json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, indent=2, default=str))


def write_json_atomic(path: Path, obj: Any) -> None:
    write_atomic(path, lambda tmp: _write_json(tmp, obj))


def read_json(path: Path) -> Any:
    """The file's JSON, None where it does not exist; a StoreError where it is damaged."""
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise StoreError(f"{path} is damaged (not valid JSON: {e}); move it away, or remove the "
                         "run's folder to run it again") from None
