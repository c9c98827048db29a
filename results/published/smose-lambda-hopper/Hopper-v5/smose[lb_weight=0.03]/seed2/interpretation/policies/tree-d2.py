"""Hopper-v5: smose[lb_weight=0.03] seed 2, distilled into tree-d2

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
    if leg_angle <= -0.10241641104221344:
        if torso_z <= 1.2371137142181396:
            return _clip([-0.06433546878459888, -0.07302770321702994, -0.9421565850889505])
        else:
            return _clip([0.013064262725540846, 0.07860045880316896, 0.24206660296279714])
    else:
        if torso_angle <= -0.03983836621046066:
            return _clip([0.9358065685083706, 0.6872259894845909, 0.5238674436437346])
        else:
            return _clip([-0.23664510367840752, 0.11584235549542152, 0.28904073526632607])
