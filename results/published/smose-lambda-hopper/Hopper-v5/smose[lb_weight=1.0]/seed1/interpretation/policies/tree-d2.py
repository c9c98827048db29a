"""Hopper-v5: smose[lb_weight=1.0] seed 1, distilled into tree-d2

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
    if torso_vx <= 0.4513157606124878:
        if torso_angle <= 0.06222609616816044:
            return _clip([0.7072494073829763, 0.8797712587161514, 0.812571001299651])
        else:
            return _clip([-0.5036224721103355, 0.056156072950667935, 0.9276431713245242])
    else:
        if torso_angle <= 0.16063912957906723:
            return _clip([-0.07880063358371128, -0.013192825302584787, -0.41022000781918366])
        else:
            return _clip([-0.931581321972201, -0.7200764330834599, 0.5627512677066986])
