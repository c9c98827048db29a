"""Hopper-v5: pmoe seed 0, distilled into tree-d1

act(obs) -> one action per actuator; obs in the order of FEATURES.
"""

FEATURES = ['torso_z', 'torso_angle', 'thigh_angle', 'leg_angle', 'foot_angle', 'torso_vx', 'torso_vz', 'torso_angvel', 'thigh_angvel', 'leg_angvel', 'foot_angvel']
ACTUATORS = ['thigh_torque', 'leg_torque', 'foot_torque']
LOW = [-1.0, -1.0, -1.0]
HIGH = [1.0, 1.0, 1.0]


def _clip(action):
    return [min(max(a, lo), hi) for a, lo, hi in zip(action, LOW, HIGH)]


def act(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    if torso_angle <= -0.05610948987305164:
        return _clip([0.9130323842099304, 0.8144363669576837, 0.30990961097039865])
    else:
        return _clip([0.18757109272902753, 0.28858037150805155, 0.07954519004123893])
