"""Hopper-v5: smose[lb_weight=0.01] seed 2, distilled into tree-d2

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
    if torso_angvel <= -1.262711524963379:
        if torso_z <= 1.2735726237297058:
            return _clip([0.9946969523388681, 0.8837923999158449, -0.831635552589866])
        else:
            return _clip([0.04095253909362417, 0.5548597269373298, 0.9855887429478438])
    else:
        if foot_angvel <= -2.553805708885193:
            return _clip([0.15152506727314163, -0.033849969889044956, -0.9417945481530859])
        else:
            return _clip([0.333632483871956, 0.31745245470575206, 0.5428342717122179])
