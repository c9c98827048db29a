"""Hopper-v5: smose seed 0, distilled into tree-d4

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
    if thigh_angle <= -0.30924737453460693:
        if torso_angle <= 0.0001981642963073682:
            if foot_angle <= 0.7893849015235901:
                if torso_z <= 0.9323612451553345:
                    return _clip([0.22885913061050417, 0.6079783677800271, 0.9776456878125367])
                else:
                    return _clip([0.16288140852259875, 0.6538986366773056, 0.9635878570690661])
            else:
                if thigh_angle <= -1.0779480934143066:
                    return _clip([0.2819565830153338, 0.5803435516620442, 0.9813041849237149])
                else:
                    return _clip([0.2601512531162644, 0.5144389112028128, 0.9753619832024814])
        else:
            if torso_angvel <= -0.026819735765457153:
                if torso_vz <= -1.4598041772842407:
                    return _clip([0.01476477315906395, 0.6958437772636162, 0.886732648052923])
                else:
                    return _clip([0.023706840908146735, 0.4960737972094014, 0.7422450336964982])
            else:
                if foot_angle <= 0.7894456386566162:
                    return _clip([-0.03510343408243369, 0.5898989404271134, 0.965021883876794])
                else:
                    return _clip([-0.052070500557607736, 0.4853122761838737, 0.9678971846325096])
    else:
        if foot_angvel <= 2.9305683374404907:
            if torso_angle <= 0.10954045504331589:
                if foot_angvel <= -0.4623091220855713:
                    return _clip([0.5252093776011416, 0.44954385339651765, 0.6328998426077583])
                else:
                    return _clip([0.15648103570712, 0.20371825756407605, 0.34738871566428525])
            else:
                if torso_angvel <= 0.5500202775001526:
                    return _clip([-0.08371467188605279, 0.35800851492802604, 0.5916267867123236])
                else:
                    return _clip([-0.2524513445355498, 0.4891337202690498, 0.6837930356786353])
        else:
            if thigh_angvel <= -1.598570168018341:
                if torso_angvel <= 0.13905324786901474:
                    return _clip([0.7745156593934676, 0.5089597433657346, -0.46186567423568764])
                else:
                    return _clip([0.8477877728260581, 0.5909595102427615, -0.6030682936756004])
            else:
                if torso_angvel <= 0.4015093147754669:
                    return _clip([0.2675884485258959, 0.5687670506228579, 0.14661433893392706])
                else:
                    return _clip([-0.07082059811936715, 0.8528518078634455, 0.43934237203191207])
