"""Hopper-v5: pmoe seed 2, distilled into linear

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
        1.3603739385478817 - 1.0333128530393223 * torso_z - 3.6746066396991894 * torso_angle - 0.08746070074583676 * thigh_angle + 0.7894710275703472 * leg_angle + 0.17029357159026326 * foot_angle - 0.010340054397895489 * torso_vx + 0.12405998814445958 * torso_vz - 0.17265224184474134 * torso_angvel - 0.037929904663414414 * thigh_angvel + 0.0006832020997968596 * leg_angvel + 0.007193341390667243 * foot_angvel,  # thigh_torque
        -3.5367680457426767 + 2.1288661819783226 * torso_z - 3.6394006797597918 * torso_angle - 1.8261344051148627 * thigh_angle - 1.5994728425337197 * leg_angle - 0.04471444457023726 * foot_angle - 0.11011173077866103 * torso_vx - 0.1586150970209462 * torso_vz - 0.04303402414106742 * torso_angvel - 0.07185935766495744 * thigh_angvel - 0.128151582381702 * leg_angvel - 0.03498928752738017 * foot_angvel,  # leg_torque
        -2.3627753060339547 + 2.1605765293895347 * torso_z - 0.05631795333831309 * torso_angle + 0.6812183501154179 * thigh_angle - 0.22456525815432002 * leg_angle - 0.3495011360535628 * foot_angle - 0.04824422671574322 * torso_vx - 0.20530803647267382 * torso_vz - 0.030000193693170606 * torso_angvel + 0.016216465714560646 * thigh_angvel - 0.03232158847319464 * leg_angvel + 0.029021124520569715 * foot_angvel,  # foot_torque
    ])
