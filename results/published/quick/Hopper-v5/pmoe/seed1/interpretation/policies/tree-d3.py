"""Hopper-v5: pmoe seed 1, distilled into tree-d3

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
    if torso_angle <= 0.032751018181443214:
        if torso_vx <= 0.6644958555698395:
            if foot_angle <= 0.013652356807142496:
                return _clip([0.03436022529808296, -0.6759447966962383, 0.8986528748646537])
            else:
                return _clip([0.4150688848140942, 0.17604295836741385, 0.7790990263543945])
        else:
            if torso_vx <= 0.8532955348491669:
                return _clip([0.32637592454294806, 0.6377748551547422, 0.23595929237823807])
            else:
                return _clip([0.1508262718070095, 0.9433201301621571, -0.08844865512907646])
    else:
        if thigh_angle <= -0.3560047894716263:
            if leg_angvel <= -1.0129449367523193:
                return _clip([-0.0036523932166050133, -0.03522383331872718, -0.014489077374312173])
            else:
                return _clip([0.014055554785662994, -0.10245690282885926, -0.3724619657180544])
        else:
            if leg_angle <= -0.08444133400917053:
                return _clip([-0.2796046951652127, 0.0510846327273185, 0.3774739415921347])
            else:
                return _clip([-0.29543728104901423, -0.48316687616931786, 0.39006184719807196])
