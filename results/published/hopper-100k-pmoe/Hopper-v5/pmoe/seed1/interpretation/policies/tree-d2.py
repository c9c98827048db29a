"""Hopper-v5: pmoe seed 1, distilled into tree-d2

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
    if torso_z <= 1.2134117484092712:
        if torso_vz <= 0.839537501335144:
            return _clip([0.09986958046783556, 0.4850759853091141, -0.682111707765283])
        else:
            return _clip([0.2854066922995527, -0.5356396224670834, -0.9865141773005839])
    else:
        if torso_angle <= 0.11587586998939514:
            return _clip([0.27513526219816387, 0.45987800539443463, 0.2951511160907344])
        else:
            return _clip([-0.9262630175392176, -0.2425984101355166, 0.2895869753526947])
