"""Hopper-v5: smose seed 0, distilled into tree-d2

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
    if torso_vz <= 0.6102870404720306:
        if thigh_angle <= -0.19157936424016953:
            return _clip([0.20108979348548936, 0.5654353999624524, 0.8770293383844815])
        else:
            return _clip([-0.03563979506097873, 0.6337564345982679, 0.4448608055841926])
    else:
        if foot_angle <= 0.45879800617694855:
            return _clip([-0.09317398071289062, 0.9101650714874268, 0.47559159994125366])
        else:
            return _clip([0.9139470109834761, 0.6845982942344926, -0.7158873781812386])
