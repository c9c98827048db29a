"""Hopper-v5: pmoe-ppo seed 2, distilled into tree-d2

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
    if foot_angle <= -0.049058567732572556:
        if torso_vx <= -0.43910761177539825:
            return _clip([0.710756974592805, 0.6636737714211146, 0.5987091054519017])
        else:
            return _clip([0.461511837769418, 0.36434815552026506, 0.3707541547833927])
    else:
        if torso_angvel <= 0.786564290523529:
            return _clip([0.1592361993652974, 0.03792521010262069, -0.004160214763612964])
        else:
            return _clip([0.02623341739086843, 0.7402243741401812, 0.18326936335098454])
