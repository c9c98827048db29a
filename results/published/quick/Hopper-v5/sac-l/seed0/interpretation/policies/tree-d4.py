"""Hopper-v5: sac-l seed 0, distilled into tree-d4

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
    if torso_angvel <= -0.3940186947584152:
        if torso_vz <= -0.2917180061340332:
            if thigh_angle <= -0.7369043529033661:
                if torso_z <= 1.0119358897209167:
                    return _clip([0.8872806848314078, 0.9398590453737071, -0.12125615746877029])
                else:
                    return _clip([0.9603099032027701, 0.9764602978448732, 0.10476247908253986])
            else:
                if leg_angle <= -0.01885330770164728:
                    return _clip([0.46850015409916707, 0.4833364956516819, 0.10898912943297685])
                else:
                    return _clip([0.9076220664518356, 0.7124255560059682, 0.5300688706428176])
        else:
            if thigh_angvel <= -1.4762417078018188:
                if thigh_angvel <= -1.9742355346679688:
                    return _clip([0.008957452723922439, 0.16891786349192153, 0.15654700632148044])
                else:
                    return _clip([0.2544739058823187, -0.22430275738602326, 0.7207582126626181])
            else:
                if leg_angle <= -0.003031580476090312:
                    return _clip([-0.8309812887660747, -0.10878192444898996, 0.8850578586184875])
                else:
                    return _clip([-0.84029790543423, -0.1446857228169771, 0.8863366557098232])
    else:
        if torso_angle <= 0.07950068637728691:
            if leg_angvel <= 2.21659779548645:
                if leg_angle <= -0.1973763108253479:
                    return _clip([0.185405132858807, 0.8545039720069744, 0.17339188147041348])
                else:
                    return _clip([-0.18059832637662668, -0.02046918111418891, 0.31126113527192706])
            else:
                if leg_angle <= -0.14156490564346313:
                    return _clip([0.43129284562215287, -0.6735533456921865, 0.5457099750166026])
                else:
                    return _clip([0.4088810580141075, -0.9679116602643871, 0.8024396496823232])
        else:
            if torso_z <= 0.9521689713001251:
                if torso_angvel <= 1.5940396189689636:
                    return _clip([-0.8977897087041234, -0.16470854168100865, -0.9157882964854903])
                else:
                    return _clip([-0.9674213900071332, -0.6320824432647849, -0.9586220045990583])
            else:
                if torso_angle <= 0.1267605945467949:
                    return _clip([-0.6945606728306352, -0.1884697124470201, 0.4182718149627587])
                else:
                    return _clip([-0.8569979049442218, -0.7436715259086758, 0.14107243376428386])
