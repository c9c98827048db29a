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
    if torso_angvel <= -0.4382510185241699:
        if thigh_angle <= -0.48996247351169586:
            return _clip([0.9356930366850595, 0.6004626361743814, -0.29654507527904755])
        else:
            return _clip([0.6528550452203261, 0.47086288259473685, 0.31836323328724486])
    else:
        if torso_angvel <= 0.6457804143428802:
            return _clip([0.05478603319842111, 0.05341448464931154, 0.21886624073317015])
        else:
            return _clip([-0.6787677632665251, -0.29515893762111695, 0.6992517285307986])
