"""Hopper-v5: smose[lb_weight=0.3] seed 2, distilled into linear

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
    return _clip([
        -0.789862985126004 + 0.6826972466514428 * torso_z - 3.691408349636975 * torso_angle - 0.6253896040762856 * thigh_angle + 0.10602011965153724 * leg_angle - 0.06852437347554742 * foot_angle - 0.201035288085862 * torso_vx + 0.09049276115222595 * torso_vz - 0.05711358461834341 * torso_angvel - 0.17499134045920864 * thigh_angvel - 0.0767433036020844 * leg_angvel + 0.012212366244102107 * foot_angvel,  # thigh_torque
        -1.3705574722983322 + 1.7165214160835458 * torso_z - 0.3617467284871161 * torso_angle + 0.3666513827924241 * thigh_angle - 0.5667079286517058 * leg_angle - 0.4051920486693796 * foot_angle - 0.26951386183952136 * torso_vx - 0.2758415842701853 * torso_vz - 0.37248876205766374 * torso_angvel + 0.2264514429934572 * thigh_angvel - 0.20757667902860316 * leg_angvel - 0.08541007054267002 * foot_angvel,  # leg_torque
        0.48050984076130904 + 0.26382286411822364 * torso_z - 0.4935231099732805 * torso_angle + 0.9434918437014552 * thigh_angle + 0.3356218077574616 * leg_angle - 0.2034653461502328 * foot_angle - 0.12277742601016625 * torso_vx - 0.08312973760901377 * torso_vz - 0.37534266373248304 * torso_angvel + 0.15777852130887252 * thigh_angvel + 0.1448496204793209 * leg_angvel + 0.044961278499074046 * foot_angvel,  # foot_torque
    ])
