"""Hopper-v5: smose[lb_weight=0.03] seed 0, distilled into tree-d2

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
    if thigh_angvel <= -1.4013091921806335:
        if torso_vx <= 0.7030815184116364:
            return _clip([0.9723894120476739, 0.9626711290068625, -0.7930589905986736])
        else:
            return _clip([0.10753304316850085, 0.31195691394115466, -0.508960565522156])
    else:
        if thigh_angle <= -0.009240330196917057:
            return _clip([-0.15989700221849143, 0.40255713369985646, 0.0365999482906212])
        else:
            return _clip([-0.39702996320466366, 0.8688168338288421, 0.9842585550043084])
