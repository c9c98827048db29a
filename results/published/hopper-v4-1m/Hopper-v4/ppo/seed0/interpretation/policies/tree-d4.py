"""Hopper-v4: ppo seed 0, distilled into tree-d4

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
    if foot_angvel <= -0.1256927102804184:
        if thigh_angle <= 0.001531969232019037:
            if thigh_angle <= -0.06189263053238392:
                if leg_angvel <= 1.294875681400299:
                    return _clip([1.0, 0.991097438903082, -0.9121075031303224])
                else:
                    return _clip([1.0, 0.2564419520397981, -1.0])
            else:
                if torso_vz <= -0.10804195702075958:
                    return _clip([0.6824253287166357, -0.3730413854122162, 0.6064044358208776])
                else:
                    return _clip([0.6509330831155056, 0.9913583433709475, 0.5680689192181375])
        else:
            if foot_angvel <= -0.4363602101802826:
                if torso_z <= 1.2163267731666565:
                    return _clip([-0.49325718918941197, 1.0, 0.8657952775098251])
                else:
                    return _clip([0.8071068832650781, 0.689726086333394, 0.9813473857939243])
            else:
                if foot_angvel <= -0.3033710867166519:
                    return _clip([-0.1502600048482418, 1.0, 0.5013823939859867])
                else:
                    return _clip([0.11040968489107775, 0.9853975512274545, 0.20989454151997014])
    else:
        if foot_angvel <= 0.243010476231575:
            if leg_angle <= 0.0015354400966316462:
                if torso_z <= 1.2454180717468262:
                    return _clip([0.27934563837960696, 0.3456112244906032, -0.0013565669152390493])
                else:
                    return _clip([1.0, 1.0, 0.47504547735055286])
            else:
                if foot_angvel <= 0.0428579468280077:
                    return _clip([0.31684086722076926, 0.6040325950673062, 0.017389738943821155])
                else:
                    return _clip([0.24199531221209647, 0.4280063378609267, -0.19855649764956598])
        else:
            if torso_vz <= -0.3634004145860672:
                if torso_z <= 1.2072381973266602:
                    return _clip([0.36563946306705475, 1.0, -1.0])
                else:
                    return _clip([-0.7821950410541735, 0.9829603747317666, -1.0])
            else:
                if foot_angvel <= 0.44567638635635376:
                    return _clip([0.26112640064954756, 0.5853623745441436, -0.6640916972160339])
                else:
                    return _clip([0.2619098981586395, 0.8735741933375173, -0.973263725002795])
