"""Hopper-v5: smose[lb_weight=0.01] seed 1, distilled into tree-d3

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
    if torso_angle <= -0.0894184485077858:
        if thigh_angvel <= -2.4308459758758545:
            if torso_vx <= 0.9415053129196167:
                return _clip([0.9792329092487974, 0.9797593908653953, 0.932721618150514])
            else:
                return _clip([0.9356635787401804, 0.9584412969233239, 0.9358631534546235])
        else:
            if leg_angvel <= -0.5318716780748218:
                return _clip([0.5606802105903625, -0.9530201554298401, 0.529265284538269])
            else:
                return _clip([0.7596492478176841, 0.944836544687901, 0.9901699517478889])
    else:
        if torso_z <= 1.1842808723449707:
            if torso_vx <= 1.7866330742835999:
                return _clip([0.01490201813265301, 0.5593638204403476, -0.647179122557587])
            else:
                return _clip([0.006941138982569627, -0.06432584803296376, -0.968971552622301])
        else:
            if foot_angvel <= -7.858804702758789:
                return _clip([0.1773054496185971, 0.07103359165597443, -0.7692967037663071])
            else:
                return _clip([0.005723598860728178, 0.6409342562403951, 0.2471229435157285])
