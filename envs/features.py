"""Observation feature names and actuator names, for the interpretation's figures and rules.

Taken from gymnasium's own documentation of each environment (the "Observation Space" and
"Action Space" tables in the docstrings of gymnasium/envs/mujoco/*_v5.py and of
gymnasium/envs/classic_control/pendulum.py), shortened to identifiers that fit a bar chart's axis
and a decision rule. The v4 observations are those of v5 (same `_get_obs`), except Reacher-v4,
which adds the z-value of fingertip - target (always 0) as an 11th value. Ant is the 27-value
observation (no contact forces), as the harness runs it.

Where gymnasium's table repeats a name (Walker2d lists "angular velocity of the thigh hinge" for
both legs), the left leg's entries are named after its joints in walker2d.xml (thigh_left_joint,
...). Ant's actuators follow the order of ant.xml's <actuator> block (hip_4, ankle_4, hip_1, ...),
which is the order the documentation's table gives in words.
"""

from __future__ import annotations

_WALKER_LEGS = ["thigh", "leg", "foot", "left_thigh", "left_leg", "left_foot"]

_WALKER2D_OBS = (
    ["torso_z", "torso_angle"] + [f"{j}_angle" for j in _WALKER_LEGS]
    + ["torso_vx", "torso_vz", "torso_angvel"] + [f"{j}_angvel" for j in _WALKER_LEGS]
)
_WALKER2D_ACT = [f"{j}_torque" for j in _WALKER_LEGS]

_HOPPER_JOINTS = ["thigh", "leg", "foot"]
_HOPPER_OBS = (
    ["torso_z", "torso_angle"] + [f"{j}_angle" for j in _HOPPER_JOINTS]
    + ["torso_vx", "torso_vz", "torso_angvel"] + [f"{j}_angvel" for j in _HOPPER_JOINTS]
)
_HOPPER_ACT = [f"{j}_torque" for j in _HOPPER_JOINTS]

_CHEETAH_JOINTS = ["bthigh", "bshin", "bfoot", "fthigh", "fshin", "ffoot"]
_CHEETAH_OBS = (
    ["tip_z", "tip_angle"] + [f"{j}_angle" for j in _CHEETAH_JOINTS]
    + ["tip_vx", "tip_vz", "tip_angvel"] + [f"{j}_angvel" for j in _CHEETAH_JOINTS]
)
_CHEETAH_ACT = [f"{j}_torque" for j in _CHEETAH_JOINTS]

_SWIMMER_OBS = ["tip_angle", "rotor1_angle", "rotor2_angle", "tip_vx", "tip_vy",
                "tip_angvel", "rotor1_angvel", "rotor2_angvel"]
_SWIMMER_ACT = ["rotor1_torque", "rotor2_torque"]

_ANT_LEGS = ["front_left", "front_right", "back_left", "back_right"]
_ANT_OBS = (
    ["torso_z", "torso_qw", "torso_qx", "torso_qy", "torso_qz"]
    + [f"{leg}_{part}_angle" for leg in _ANT_LEGS for part in ("hip", "ankle")]
    + ["torso_vx", "torso_vy", "torso_vz", "torso_angvel_x", "torso_angvel_y", "torso_angvel_z"]
    + [f"{leg}_{part}_angvel" for leg in _ANT_LEGS for part in ("hip", "ankle")]
)
_ANT_ACT = [f"{leg}_{part}_torque" for leg in ("back_right", "front_left", "front_right", "back_left")
            for part in ("hip", "ankle")]

_REACHER_V5_OBS = ["cos_joint0", "cos_joint1", "sin_joint0", "sin_joint1", "target_x", "target_y",
                   "joint0_angvel", "joint1_angvel", "fingertip_minus_target_x",
                   "fingertip_minus_target_y"]
_REACHER_V4_OBS = _REACHER_V5_OBS + ["fingertip_minus_target_z"]
_REACHER_ACT = ["joint0_torque", "joint1_torque"]

_INVERTED_PENDULUM_OBS = ["cart_x", "pole_angle", "cart_vx", "pole_angvel"]
_INVERTED_PENDULUM_ACT = ["cart_force"]

_PENDULUM_OBS = ["cos_theta", "sin_theta", "theta_dot"]
_PENDULUM_ACT = ["torque"]

# family -> (feature names, actuator names); a version-specific entry wins over the family's.
_NAMES: dict[str, tuple[list[str], list[str]]] = {
    "Walker2d": (_WALKER2D_OBS, _WALKER2D_ACT),
    "Hopper": (_HOPPER_OBS, _HOPPER_ACT),
    "HalfCheetah": (_CHEETAH_OBS, _CHEETAH_ACT),
    "Swimmer": (_SWIMMER_OBS, _SWIMMER_ACT),
    "Ant": (_ANT_OBS, _ANT_ACT),
    "Reacher": (_REACHER_V5_OBS, _REACHER_ACT),
    "Reacher-v4": (_REACHER_V4_OBS, _REACHER_ACT),
    "InvertedPendulum": (_INVERTED_PENDULUM_OBS, _INVERTED_PENDULUM_ACT),
    "Pendulum": (_PENDULUM_OBS, _PENDULUM_ACT),
}


def _lookup(task: str) -> tuple[list[str], list[str]] | None:
    return _NAMES.get(task) or _NAMES.get(task.split("-v")[0])


def feature_names(task: str, obs_dim: int) -> list[str]:
    """The names of the task's obs_dim observation values ("obs[i]" for a task we do not know,
    or whose observation does not have the documented size)."""
    names = _lookup(task)
    if names is not None and len(names[0]) == obs_dim:
        return list(names[0])
    return [f"obs[{i}]" for i in range(obs_dim)]


def actuator_names(task: str, act_dim: int) -> list[str]:
    """The names of the task's act_dim action values ("act[i]" when unknown)."""
    names = _lookup(task)
    if names is not None and len(names[1]) == act_dim:
        return list(names[1])
    return [f"act[{i}]" for i in range(act_dim)]
