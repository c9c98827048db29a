"""Hopper-v5: pmoe seed 1, distilled into tree-d1

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
    if torso_angvel <= 0.4530353546142578:
        return _clip([0.2747946061920358, 0.31454961681161675, 0.35208408585915274])
    else:
        return _clip([-0.7715632247537624, 0.6350722855171013, 0.6823888086791029])
