"""Hopper-v5: pmoe-ppo seed 0, distilled into tree-d2

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
    if torso_z <= 1.131472647190094:
        if torso_z <= 0.9408660531044006:
            return _clip([0.9021379804238677, 0.6969289734959603, -0.5852503176778555])
        else:
            return _clip([0.7191997238180854, -0.029734832543710416, -0.4963505972289678])
    else:
        if torso_angle <= -0.0005242499464657158:
            return _clip([0.09829160916077147, 0.08483111974661654, 0.038813288402516674])
        else:
            return _clip([-0.10119672052255324, -0.15862797973566392, -0.28750844652806834])
