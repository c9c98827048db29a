"""Hopper-v5: smose[lb_weight=0.1] seed 2, distilled into linear

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
        1.4839187361205841 - 1.0925435668175738 * torso_z - 0.34840030809025213 * torso_angle - 1.509010205818207 * thigh_angle + 0.4914678379892425 * leg_angle - 0.3060181797782664 * foot_angle - 0.5593306407964217 * torso_vx + 0.04970494735375305 * torso_vz - 0.26855751847519105 * torso_angvel - 0.24544112540596033 * thigh_angvel - 0.007038904191454043 * leg_angvel + 0.042202933635141444 * foot_angvel,  # thigh_torque
        1.5261066987072665 - 1.0651010759377286 * torso_z - 3.269882686995035 * torso_angle + 0.3375375099440056 * thigh_angle - 0.4626196913194272 * leg_angle + 0.3373710911218348 * foot_angle - 0.1317108975216873 * torso_vx + 0.10840635160058493 * torso_vz - 0.2693696834058114 * torso_angvel + 0.3185053668597862 * thigh_angvel - 0.052128779397969144 * leg_angvel - 0.044288252502369896 * foot_angvel,  # leg_torque
        -2.3759183596226237 + 2.5648157436367107 * torso_z + 1.0668826517970198 * torso_angle + 0.7994262687261493 * thigh_angle - 0.17682430689202458 * leg_angle - 0.17808629356321873 * foot_angle + 0.050465912345598204 * torso_vx - 0.2829076458632604 * torso_vz - 0.4277095645595714 * torso_angvel + 0.0901909203710971 * thigh_angvel + 0.14832627813212307 * leg_angvel + 0.00652137528844338 * foot_angvel,  # foot_torque
    ])
