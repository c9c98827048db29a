"""Hopper-v5: smose[lb_weight=0.03] seed 1, distilled into tree-d2

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
    if torso_vx <= 0.8534318804740906:
        if torso_angvel <= -0.8563620150089264:
            return _clip([0.976933751081944, 0.9854712272772244, 0.9979751799564802])
        else:
            return _clip([-0.21196094823973974, 0.3944076673492139, 0.6713922140440063])
    else:
        if torso_z <= 1.2190330624580383:
            return _clip([0.05749886013261241, -0.15698526139138388, -0.8174670429049282])
        else:
            return _clip([-0.10504994805971986, 0.17033734664590444, -0.07185907782006626])
