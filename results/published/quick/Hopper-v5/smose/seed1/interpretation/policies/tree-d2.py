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
    if torso_vx <= 2.168147921562195:
        if torso_angle <= -0.12365761026740074:
            return _clip([0.48438361418922626, -0.5396454129209989, 0.44446552636969594])
        else:
            return _clip([0.07135065758422121, 0.15407057250332648, 0.5680912348118615])
    else:
        if torso_angvel <= 4.00738799571991:
            return _clip([-0.9483545811263202, -0.549047977409851, -0.20752799611011874])
        else:
            return _clip([-0.9998584679206218, -0.8970803968897405, -0.6507764704539213])
