"""Hopper-v5: pmoe-ppo seed 0, distilled into linear

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
        -0.6824490896244406 + 0.5324332736010204 * torso_z - 1.1046397985039877 * torso_angle + 0.10163724885707862 * thigh_angle - 0.25713990360930755 * leg_angle - 0.2760140257319878 * foot_angle + 0.39140002514414957 * torso_vx - 0.12071515581431838 * torso_vz - 0.8301896524371414 * torso_angvel + 0.6498590924448274 * thigh_angvel + 0.6766733679934719 * leg_angvel + 0.05885564545699674 * foot_angvel,  # thigh_torque
        0.12037363964165515 - 0.21535372833467464 * torso_z - 1.9059851810689314 * torso_angle + 2.053425952509565 * thigh_angle - 0.577227571291897 * leg_angle - 0.2280246160827892 * foot_angle - 0.39527337368181786 * torso_vx - 0.5990822249122636 * torso_vz - 0.08583465012542356 * torso_angvel - 0.10934416660389534 * thigh_angvel - 0.4405918869503633 * leg_angvel - 0.0903976720932179 * foot_angvel,  # leg_torque
        0.40789787000906175 - 0.46766715342481585 * torso_z - 1.8158049581319156 * torso_angle + 1.250636971987713 * thigh_angle + 2.3652750385280426 * leg_angle - 0.4544203928163191 * foot_angle + 0.3563311034239368 * torso_vx - 0.12810092692753017 * torso_vz - 0.6567644980197896 * torso_angvel + 0.6508186421129832 * thigh_angvel + 0.13626250864642192 * leg_angvel - 0.2043144812945 * foot_angvel,  # foot_torque
    ])
