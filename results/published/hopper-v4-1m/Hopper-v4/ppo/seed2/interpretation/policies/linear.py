"""Hopper-v4: ppo seed 2, distilled into linear

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
        -2.0253509969122856 + 1.9806836389434568 * torso_z - 4.732610589133119 * torso_angle - 0.94227281113351 * thigh_angle + 11.049150036986358 * leg_angle - 1.4148906357333122 * foot_angle - 4.119995241540607 * torso_vx + 1.4578749790225833 * torso_vz + 4.200432080095183 * torso_angvel - 3.673121804610837 * thigh_angvel - 1.034124778666871 * leg_angvel - 0.19042697092421265 * foot_angvel,  # thigh_torque
        -3.5269822139681706 + 2.3504548460940606 * torso_z - 2.910555975198553 * torso_angle + 4.659906706307064 * thigh_angle - 23.508452839039354 * leg_angle + 1.0782521899725381 * foot_angle - 1.6136982020020467 * torso_vx - 0.3832717454454271 * torso_vz + 1.0583766561350836 * torso_angvel - 0.908353565472319 * thigh_angvel - 1.099363889741148 * leg_angvel - 0.04139375077441585 * foot_angvel,  # leg_torque
        8.855097422936781 - 7.0154838145002305 * torso_z - 11.894530236917197 * torso_angle + 3.729801260934028 * thigh_angle - 8.404276043776743 * leg_angle - 4.697429566984871 * foot_angle - 8.91200473458723 * torso_vx - 1.7812679204860975 * torso_vz + 6.766092853514361 * torso_angvel - 5.391980169103594 * thigh_angvel - 3.0230267609396 * leg_angvel - 0.5524156783362342 * foot_angvel,  # foot_torque
    ])
