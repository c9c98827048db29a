"""Hopper-v5: smose seed 1, distilled into tree-d2

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
    if leg_angle <= -0.8249455988407135:
        if thigh_angvel <= 0.6332603096961975:
            return _clip([0.5823612975307678, 0.8622732631161868, 0.9047900416354242])
        else:
            return _clip([0.056335596191329204, 0.9278300486920981, 0.9574473045943587])
    else:
        if foot_angle <= 0.44282403588294983:
            return _clip([0.41928063873558263, -0.059481688166682624, 0.7236680708897169])
        else:
            return _clip([-0.1327147770252441, 0.06237223540099192, 0.34593229430705713])
