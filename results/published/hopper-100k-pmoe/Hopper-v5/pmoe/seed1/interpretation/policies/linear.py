"""Hopper-v5: pmoe seed 1, distilled into linear

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
        -5.347761965224361 + 3.7435219418013888 * torso_z - 2.5533154090305663 * torso_angle - 2.037682571764794 * thigh_angle - 0.2543197084023244 * leg_angle + 0.23208291932289243 * foot_angle - 0.1881846602934427 * torso_vx + 0.07760227601305905 * torso_vz + 0.027440909713010365 * torso_angvel - 0.20172981859356898 * thigh_angvel - 0.14397128893265315 * leg_angvel - 0.009761073920844153 * foot_angvel,  # thigh_torque
        -0.1213447209873082 + 0.3255352514931541 * torso_z - 3.203050353083479 * torso_angle + 0.27798855054232113 * thigh_angle - 0.7798920746697775 * leg_angle + 0.05682412345544127 * foot_angle - 0.04133050323813009 * torso_vx - 0.2117416314722112 * torso_vz + 0.1050747329155956 * torso_angvel - 0.04744066248644604 * thigh_angvel - 0.08863473285699044 * leg_angvel + 0.03432572546157617 * foot_angvel,  # leg_torque
        -2.8251871527730383 + 2.295019249887854 * torso_z + 2.8196528883920156 * torso_angle - 2.2538202802902685 * thigh_angle - 2.4508630846048733 * leg_angle + 0.05038476361742768 * foot_angle - 0.7040191942068531 * torso_vx - 0.3361557092843881 * torso_vz + 0.22918550212226896 * torso_angvel - 0.1456708732764444 * thigh_angvel - 0.04110930301621506 * leg_angvel - 0.011152726915491717 * foot_angvel,  # foot_torque
    ])
