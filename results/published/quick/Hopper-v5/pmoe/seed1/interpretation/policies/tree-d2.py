"""Hopper-v5: pmoe seed 1, distilled into tree-d2

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
    if torso_angvel <= -0.5573480129241943:
        if foot_angle <= 0.6980872750282288:
            return _clip([0.8134203610844631, 0.9239107103063497, 0.11163842996138133])
        else:
            return _clip([0.7595053769964466, 0.8058067437180145, -0.5137845225997987])
    else:
        if leg_angle <= -0.05340755917131901:
            return _clip([0.006600187816094587, 0.2403246266354087, 0.1266702352508056])
        else:
            return _clip([-0.14879295645461246, -0.35617001419881894, 0.6954749945455687])
