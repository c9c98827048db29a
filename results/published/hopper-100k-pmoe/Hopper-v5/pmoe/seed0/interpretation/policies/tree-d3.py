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
    if torso_angle <= -0.08379778638482094:
        if foot_angle <= 0.7861460745334625:
            if leg_angle <= 0.0005469470634125173:
                return _clip([0.8466290797890444, 0.5289587578828371, 0.7545467523429257])
            else:
                return _clip([0.9783974024277349, 0.6998273904715882, -0.7027115009216004])
        else:
            if torso_vx <= 1.001167356967926:
                return _clip([0.9996737352387043, 0.9619438563846961, -0.9789477257690075])
            else:
                return _clip([0.8915776971773987, 0.5891821398724121, 0.44890499090333663])
    else:
        if torso_angle <= 0.09796904399991035:
            if leg_angle <= -0.5213362276554108:
                return _clip([0.012491615406789435, -0.057082909056543646, -0.8825768508157557])
            else:
                return _clip([0.10519397044022301, -0.005831423653289518, 0.2793809100974631])
        else:
            if thigh_angle <= -0.3970917761325836:
                return _clip([-0.21355665882132274, -0.9941823659937716, -0.858859259330095])
            else:
                return _clip([-0.740246072005426, -0.9787774347714673, 0.5928640269735589])
