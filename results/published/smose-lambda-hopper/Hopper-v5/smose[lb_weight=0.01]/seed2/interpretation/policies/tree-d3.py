"""Hopper-v5: smose[lb_weight=0.01] seed 2, distilled into tree-d3

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
    if torso_angle <= 0.09052123129367828:
        if torso_z <= 1.031849443912506:
            if foot_angvel <= -7.124630451202393:
                return _clip([0.2019726257592165, -0.19173888622784493, -0.9716050295911451])
            else:
                return _clip([-0.02804707543921274, 0.3212937642326327, -0.5777303585639888])
        else:
            if torso_angvel <= -0.1965847611427307:
                return _clip([0.527887467941774, 0.7472821905091398, 0.8881422628808886])
            else:
                return _clip([-0.1360463462358712, 0.06291517095970287, 0.8184502910793636])
    else:
        if leg_angvel <= -0.13356643915176392:
            if thigh_angvel <= -0.5832335650920868:
                return _clip([-0.9566924391515507, -0.4789561187631783, 0.7977754591806305])
            else:
                return _clip([-0.9808059001729669, -0.08140904218103594, 0.9252986324920893])
        else:
            if leg_angvel <= 0.3180694729089737:
                return _clip([-0.9883088692473477, -0.7654512776921533, 0.9072875803509538])
            else:
                return _clip([-0.9855925912908532, -0.8600656278429096, 0.9396701620442689])
