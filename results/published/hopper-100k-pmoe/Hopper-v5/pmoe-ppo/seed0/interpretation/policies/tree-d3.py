"""Hopper-v5: pmoe-ppo seed 0, distilled into tree-d3

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
    if torso_angle <= -0.018510919995605946:
        if leg_angvel <= 0.02648195344954729:
            if leg_angvel <= -0.5761102437973022:
                return _clip([-0.03965652850456536, 0.6387115836453935, 0.11379122353779773])
            else:
                return _clip([0.08135447319731907, 0.16927542781257074, 0.07020709037829262])
        else:
            if leg_angvel <= 0.48598314821720123:
                return _clip([0.11879037663686116, -0.07325516591145262, 0.033181066935186396])
            else:
                return _clip([0.47139499389745093, -0.061189139284168, -0.03437480304951537])
    else:
        if torso_vx <= 0.2561264783143997:
            if foot_angvel <= -0.3361329436302185:
                return _clip([0.07707938405488116, 0.044965261521820836, 0.02813942317600147])
            else:
                return _clip([-0.04804258009817594, -0.06748818389801017, -0.18039506598665186])
        else:
            if foot_angvel <= 0.676366001367569:
                return _clip([-0.18987599515446252, -0.25760713169321175, -0.2863120891476771])
            else:
                return _clip([-0.18531298819111613, -0.5861730481066355, -0.4602178691363916])
