"""Hopper-v4: ppo seed 1, distilled into tree-d2

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
    if foot_angvel <= -0.17033560574054718:
        if leg_angvel <= -0.1594807282090187:
            return _clip([0.6707725772634149, 0.06046069487929344, -0.30340838748961685])
        else:
            return _clip([0.5141674435692407, 0.08292065372178246, 0.7706928080853706])
    else:
        if thigh_angle <= 0.0017765382071956992:
            return _clip([0.22526946508636078, 0.13099133023959503, 0.02227464494540503])
        else:
            return _clip([0.6582031079895421, 0.31804529654607744, -0.44724441647722385])
