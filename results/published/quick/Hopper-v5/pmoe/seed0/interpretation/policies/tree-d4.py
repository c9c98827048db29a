"""Hopper-v5: pmoe seed 0, distilled into tree-d4

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
    if thigh_angvel <= -2.8464760780334473:
        if foot_angvel <= 0.6888119876384735:
            if torso_vx <= 1.8646795153617859:
                if torso_angle <= 0.07311809435486794:
                    return _clip([0.8999100100646927, 0.38132028471143387, -0.012793386970464348])
                else:
                    return _clip([0.8774759393226019, 0.2625470712998567, 0.13205801378088092])
            else:
                if foot_angvel <= -0.20859797298908234:
                    return _clip([0.6106705429540488, 0.16588342709955783, 0.35252929783188375])
                else:
                    return _clip([0.5724360899237165, 0.2658686227921498, 0.1926586479922544])
        else:
            if torso_z <= 0.9197771847248077:
                if thigh_angvel <= -3.2381385564804077:
                    return _clip([0.8725668659596959, 0.408256479959383, -0.35853757678518194])
                else:
                    return _clip([0.7783858232069233, 0.4826725718105302, -0.4785906292855322])
            else:
                if thigh_angle <= -0.6173970997333527:
                    return _clip([0.8586370944715483, 0.291241466082255, -0.0875575175562911])
                else:
                    return _clip([0.6575464367555885, 0.19154842190716714, 0.05820919798036952])
    else:
        if torso_angle <= 0.06998836249113083:
            if thigh_angle <= -0.03117005806416273:
                if foot_angvel <= 0.11293119192123413:
                    return _clip([0.28028293571162166, 0.2200676863912992, 0.3475316344833307])
                else:
                    return _clip([0.20703240336466824, 0.4538468450221478, -0.12640874731685836])
            else:
                if foot_angle <= 0.009612659458070993:
                    return _clip([-0.10560873440974897, 0.6072514767827305, 0.8129155661181144])
                else:
                    return _clip([-0.2567430628129276, -0.25078601858301, 0.45761985680489153])
        else:
            if foot_angvel <= 1.1737892627716064:
                if thigh_angle <= -0.2866993546485901:
                    return _clip([-0.029907864207451142, 0.05642310552313248, 0.2400513053700732])
                else:
                    return _clip([-0.5370228071983563, -0.029127599704399085, 0.6809055254763671])
            else:
                if torso_angle <= 0.1108756810426712:
                    return _clip([-0.31813159746641395, 0.0951873711151864, -0.6685353242266154])
                else:
                    return _clip([-0.5561120843884243, -0.11708001401129783, -0.44001515886404907])
