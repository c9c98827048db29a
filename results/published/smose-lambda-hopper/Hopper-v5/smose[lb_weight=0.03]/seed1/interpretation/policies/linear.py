"""Hopper-v5: smose[lb_weight=0.03] seed 1, distilled into linear

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
        1.8507855110143265 - 1.2692293103019636 * torso_z - 3.9587021933334516 * torso_angle - 0.5416142126539907 * thigh_angle + 0.519193380066635 * leg_angle - 0.55143992500177 * foot_angle - 0.0898293304636865 * torso_vx + 0.04437908667654719 * torso_vz - 0.25929772392232403 * torso_angvel - 0.23339658753108486 * thigh_angvel - 0.02895556636316384 * leg_angvel + 0.09824625317706678 * foot_angvel,  # thigh_torque
        -0.3847551733406973 + 0.9665357341746379 * torso_z - 3.3847779540012715 * torso_angle + 0.028217564293191305 * thigh_angle - 1.6148499516852668 * leg_angle + 0.16356479395282808 * foot_angle - 0.5029681651867294 * torso_vx - 0.16802915523864703 * torso_vz - 0.18109574720444707 * torso_angvel + 0.011411479601960645 * thigh_angvel - 0.0988505118842975 * leg_angvel - 0.054184974422289076 * foot_angvel,  # leg_torque
        -7.16519322744558 + 6.292467217714428 * torso_z + 0.21922350226172607 * torso_angle - 2.0847361825653703 * thigh_angle - 0.2154201566663689 * leg_angle - 0.07414224997882389 * foot_angle - 0.6983260201240779 * torso_vx - 0.34113436813222636 * torso_vz + 0.12691979391902072 * torso_angvel + 0.12353439741213026 * thigh_angvel - 0.015145576853663585 * leg_angvel - 0.044382502856231146 * foot_angvel,  # foot_torque
    ])
