"""Hopper-v5: sac-l seed 1, distilled into tree-d2

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
    if torso_angle <= -0.017539819702506065:
        if foot_angvel <= 5.172813653945923:
            return _clip([0.3649948780320287, 0.752483924803907, 0.056673969090951036])
        else:
            return _clip([0.5858282792192111, 0.8755147669159785, -0.8114966821991699])
    else:
        if thigh_angle <= -0.07457788288593292:
            return _clip([-0.005248404809314617, -0.08342864214479137, 0.6129460606981495])
        else:
            return _clip([-0.5560052540587826, 0.529917908075542, 0.7185282426119712])
