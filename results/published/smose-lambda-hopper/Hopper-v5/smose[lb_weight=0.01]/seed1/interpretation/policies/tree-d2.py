"""Hopper-v5: smose[lb_weight=0.01] seed 1, distilled into tree-d2

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
    if torso_vx <= 1.4086365699768066:
        if torso_angvel <= -0.9269227683544159:
            return _clip([0.943751440623906, 0.9474173543214842, 0.9090402293876452])
        else:
            return _clip([0.2779020744437826, 0.7293713520547725, 0.2608226457534423])
    else:
        if thigh_angvel <= -0.6531281471252441:
            return _clip([-0.0025144300225805223, 0.0351557296290469, -0.9080993617427153])
        else:
            return _clip([0.018475456341751607, 0.49563643186633416, 0.03484475434575687])
