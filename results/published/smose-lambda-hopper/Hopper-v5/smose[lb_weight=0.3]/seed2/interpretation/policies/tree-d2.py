"""Hopper-v5: smose[lb_weight=0.3] seed 2, distilled into tree-d2

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
    if torso_z <= 1.1724516153335571:
        if torso_angle <= -0.11519250273704529:
            return _clip([0.8698139138957988, -0.9630638501787786, -0.9383039618534256])
        else:
            return _clip([0.047978381019211744, -0.2184228004642522, -0.8216536555533408])
    else:
        if foot_angvel <= -2.7410002946853638:
            return _clip([0.0856909895593486, 0.13300767333223673, -0.9377208091243814])
        else:
            return _clip([0.1180429056915138, 0.14320249789595932, 0.5349601838847056])
