"""Hopper-v5: smose[lb_weight=0.1] seed 0, distilled into tree-d3

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
    if torso_vx <= 0.25019483268260956:
        if torso_angle <= -0.09601371735334396:
            if torso_angvel <= -0.8754042387008667:
                return _clip([0.8792241605920861, 0.9944783186925383, 0.506620335384805])
            else:
                return _clip([0.700578518955942, 0.9771006705025744, 0.6695744352321047])
        else:
            if foot_angvel <= 4.3553407192230225:
                return _clip([0.06856457124619483, 0.5545564783706437, 0.8919747220995345])
            else:
                return _clip([-0.4382937158841506, 0.32859168441542497, 0.004339615297310193])
    else:
        if thigh_angle <= -0.015502402879064903:
            if torso_z <= 1.0866184830665588:
                return _clip([0.2013406594789642, -0.12771074671373966, -0.7791911848097423])
            else:
                return _clip([0.000761154229297129, 0.09017789346722596, 0.12948363150674902])
        else:
            if foot_angvel <= 6.2865846157073975:
                return _clip([-0.957679631369506, -0.9972804241431071, 0.17567800808280792])
            else:
                return _clip([-0.895491728590054, -0.9319144888467797, -0.8679393266978794])
