"""Hopper-v5: smose seed 1, distilled into tree-d4

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
    if torso_z <= 0.8630124628543854:
        if leg_angvel <= -0.7182987332344055:
            if torso_angle <= 0.008993339724838734:
                if leg_angvel <= -0.7931284010410309:
                    return _clip([0.20856382951609623, 0.07953801340819282, -0.14881326059363387])
                else:
                    return _clip([0.12296398898495639, -0.10112225762139561, -0.017291996732075227])
            else:
                if torso_angvel <= 0.7090770602226257:
                    return _clip([0.1302695890954072, 0.25708086403086217, 0.18552293108063278])
                else:
                    return _clip([-0.3595073810805004, 0.09034617091108513, 0.2081127371790517])
        else:
            if torso_angvel <= 0.8312777876853943:
                if thigh_angvel <= -1.9674575328826904:
                    return _clip([0.3663850177865864, -0.40768746701853303, 0.4267099476652523])
                else:
                    return _clip([0.1295875966715499, -0.371954493342654, 0.24901740985108878])
            else:
                if torso_angle <= 0.11664801090955734:
                    return _clip([-0.10525638733020648, -0.23228290908125557, 0.20882913713686704])
                else:
                    return _clip([-0.5695096752878817, 0.10746120160513004, 0.4574251408325555])
    else:
        if thigh_angvel <= -2.154003858566284:
            if thigh_angle <= -0.663695752620697:
                if torso_angvel <= -0.6099108755588531:
                    return _clip([0.6359005379335826, 0.7027312346312404, 0.7943848218230922])
                else:
                    return _clip([0.38556829994070724, 0.5106105135283723, 0.6593258533557966])
            else:
                if leg_angvel <= 0.004882491892203689:
                    return _clip([0.12183087752546423, 0.16115584314732262, 0.4930663381564399])
                else:
                    return _clip([0.3206102241830523, -0.1737747483888897, 0.4674959531375653])
        else:
            if foot_angvel <= 3.944765567779541:
                if torso_angvel <= -0.15787120163440704:
                    return _clip([-0.17836926869728065, 0.2800458454149977, 0.6152179143146105])
                else:
                    return _clip([-0.46667238315753956, 0.26310046514911206, 0.6771364284272806])
            else:
                if thigh_angvel <= 0.1010124534368515:
                    return _clip([0.4972237269223211, 0.5835942717930871, 0.9011406370739674])
                else:
                    return _clip([-0.1670190834273679, 0.5077019875476912, 0.9017393448118263])
