"""Hopper-v5: pmoe seed 0, distilled into tree-d2

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
    if torso_angvel <= 0.6559706032276154:
        if torso_angle <= -0.037207409739494324:
            return _clip([0.8012782374536273, 0.6407700680875703, -0.3925995745120115])
        else:
            return _clip([0.21488637841585567, 0.23161531052538542, 0.0819344413907419])
    else:
        if torso_angvel <= 3.3983306884765625:
            return _clip([-0.39950098335472795, -0.010778369391887787, -0.06352436043528967])
        else:
            return _clip([-0.7526205960584298, -0.777167207460109, 0.7619431963583406])
