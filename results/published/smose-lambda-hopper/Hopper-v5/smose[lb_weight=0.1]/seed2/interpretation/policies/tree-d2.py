"""Hopper-v5: smose[lb_weight=0.1] seed 2, distilled into tree-d2

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
    if torso_angvel <= -1.1515940427780151:
        if torso_vx <= 2.280841112136841:
            return _clip([0.9916294325088577, 0.991653286071501, 0.999453710784352])
        else:
            return _clip([0.038452911309476694, 0.37449038285013897, 0.9963478841861351])
    else:
        if torso_z <= 1.0899343490600586:
            return _clip([0.03398436829725079, -0.12997749270245815, -0.9114916976073282])
        else:
            return _clip([-0.28244217857325726, -0.2237001591863909, 0.7525101650993593])
