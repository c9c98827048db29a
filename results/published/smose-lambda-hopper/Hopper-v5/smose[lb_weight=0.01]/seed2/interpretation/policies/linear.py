"""Hopper-v5: smose[lb_weight=0.01] seed 2, distilled into linear

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
        3.501619929646748 - 3.0263676612509536 * torso_z - 4.826034707460095 * torso_angle - 0.3430642471489585 * thigh_angle - 0.5886557790001863 * leg_angle - 0.10695945087084427 * foot_angle - 0.2067454458270457 * torso_vx + 0.1508013646576695 * torso_vz - 0.7432313558478411 * torso_angvel + 0.16072022634100686 * thigh_angvel - 0.038493532213711885 * leg_angvel + 0.0684386909037366 * foot_angvel,  # thigh_torque
        -0.5012860377369617 + 0.7023787130790408 * torso_z - 1.427895385993341 * torso_angle - 0.4771686593771387 * thigh_angle - 1.463064123880973 * leg_angle - 0.35609404043831056 * foot_angle - 0.39600285431643334 * torso_vx + 0.13698902595765103 * torso_vz + 0.17706213038451915 * torso_angvel - 0.2888824093560736 * thigh_angvel - 0.2409245835872053 * leg_angvel - 0.0016513555460979192 * foot_angvel,  # leg_torque
        -5.585281900925633 + 5.149832750060421 * torso_z + 1.917027052976645 * torso_angle - 0.47867831995597754 * thigh_angle - 0.8730872385684234 * leg_angle - 0.18053526487519675 * foot_angle - 0.14839345239880566 * torso_vx - 0.09870940089353632 * torso_vz + 0.19448251215787515 * torso_angvel + 0.004975703611453219 * thigh_angvel + 0.08193939894934063 * leg_angvel + 0.023126084895725908 * foot_angvel,  # foot_torque
    ])
