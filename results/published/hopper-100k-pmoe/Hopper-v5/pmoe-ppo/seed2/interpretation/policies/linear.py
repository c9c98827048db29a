"""Hopper-v5: pmoe-ppo seed 2, distilled into linear

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
        -0.4774545092263609 + 0.5132603588315895 * torso_z - 0.18380592977668153 * torso_angle - 4.368243985803075 * thigh_angle - 0.6372907940716651 * leg_angle - 0.6350131148950147 * foot_angle - 1.6765374315519184 * torso_vx - 0.09636758031705733 * torso_vz + 1.5094718015361843 * torso_angvel - 1.3941266818896874 * thigh_angvel - 0.7250944072605867 * leg_angvel - 0.22256376174731365 * foot_angvel,  # thigh_torque
        -1.5317172417616627 + 1.281556339570825 * torso_z + 0.3591827032202712 * torso_angle - 2.936523660192937 * thigh_angle - 2.044308243211999 * leg_angle - 0.7859479905366473 * foot_angle - 2.5303514303567205 * torso_vx - 0.019329193288042428 * torso_vz + 2.935926175210965 * torso_angvel - 2.134067341217396 * thigh_angvel - 1.199701853767481 * leg_angvel + 0.044780643197031594 * foot_angvel,  # leg_torque
        1.3177598355542492 - 1.122757947540571 * torso_z - 1.35696466653391 * torso_angle - 2.070378395491603 * thigh_angle - 1.117625858531222 * leg_angle - 0.343525315625216 * foot_angle - 1.8887753268513623 * torso_vx + 0.07363719131880568 * torso_vz + 1.477629265755513 * torso_angvel - 1.1174943629735812 * thigh_angvel - 0.6251017227359689 * leg_angvel - 0.2663269017384527 * foot_angvel,  # foot_torque
    ])
