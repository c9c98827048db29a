"""Hopper-v5: smose[lb_weight=0.01] seed 0, distilled into tree-d2

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
    if foot_angvel <= 1.1841238141059875:
        if torso_vx <= -0.4413082003593445:
            return _clip([0.9418862448740627, 0.9080536121511124, 0.9911758491450232])
        else:
            return _clip([-0.04681385412507857, 0.7879307466945334, 0.7407283476257357])
    else:
        if thigh_angvel <= -0.8399178385734558:
            return _clip([0.03931070976136942, 0.0258878382012788, 0.1786612412867237])
        else:
            return _clip([0.3265529354915811, 0.609518554985427, -0.05620352139333717])
