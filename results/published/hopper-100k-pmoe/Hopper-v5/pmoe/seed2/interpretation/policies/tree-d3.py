"""Hopper-v5: pmoe seed 2, distilled into tree-d3

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
    if torso_angle <= -0.04611886106431484:
        if foot_angle <= -0.5514793694019318:
            if torso_z <= 1.287685513496399:
                return _clip([0.9860999434799145, 0.9352392846087132, 0.46564226535871706])
            else:
                return _clip([-0.0168210931807662, -0.15137740394799962, 0.5784863968726552])
        else:
            if torso_vx <= 1.8022307753562927:
                return _clip([0.5446940963442253, 0.2761930233987018, 0.14144998215506718])
            else:
                return _clip([0.5880590897804231, 0.49487244604729747, -0.8518266172155371])
    else:
        if torso_angle <= 0.11640423536300659:
            if torso_z <= 1.1994207501411438:
                return _clip([0.08360135775361432, -0.0352499833647867, -0.8844113454715719])
            else:
                return _clip([-0.10294634346301952, -0.05650803944619689, 0.13561620370943828])
        else:
            if torso_vz <= 0.0971447266638279:
                return _clip([-0.8916388805578122, -0.749639042313906, -0.7055902628661453])
            else:
                return _clip([0.28226988532574565, -0.9190284577115009, -0.9974129457569778])
