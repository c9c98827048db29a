"""Hopper-v5: pmoe seed 0, distilled into tree-d3

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
    if thigh_angle <= -0.015976550057530403:
        if torso_angle <= -0.03685740381479263:
            if leg_angle <= 0.001369730627629906:
                return _clip([0.5823342444800182, 0.5703881790299762, -0.2069184553510649])
            else:
                return _clip([0.8334032741499028, 0.7582272414547991, -0.48002208405884267])
        else:
            if torso_angle <= 0.050883274525403976:
                return _clip([0.022890070411303153, 0.3048804863702605, -0.11564550981219408])
            else:
                return _clip([-0.00846106147956698, 0.06311242120636074, 0.19204766108372703])
    else:
        if foot_angle <= 0.09384823217988014:
            if foot_angvel <= 0.45369648933410645:
                return _clip([-0.24087204406760154, 0.5875358621986155, 0.8227418345262639])
            else:
                return _clip([-0.40857961140881427, -0.012238384052762835, 0.80943515119232])
        else:
            if torso_angvel <= 0.8231377303600311:
                return _clip([-0.7342941126271146, -0.385913484455344, 0.8863916597269741])
            else:
                return _clip([-0.9063462294774095, -0.7679400700576051, 0.891820551738515])
