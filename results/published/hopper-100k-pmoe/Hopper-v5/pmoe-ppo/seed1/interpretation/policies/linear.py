"""Hopper-v5: pmoe-ppo seed 1, distilled into linear

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
        -10.963059676185901 + 9.286492097283956 * torso_z + 2.223629043805302 * torso_angle - 7.418066611872317 * thigh_angle - 4.424998725889904 * leg_angle - 2.2591895611416577 * foot_angle - 0.2517809729800163 * torso_vx + 0.5202285135299588 * torso_vz + 0.9290069612306461 * torso_angvel - 0.9370781029751117 * thigh_angvel - 0.4161191258536507 * leg_angvel - 0.2302552473165868 * foot_angvel,  # thigh_torque
        -0.14798880840644343 - 0.12224716109176018 * torso_z - 6.147437502027468 * torso_angle + 0.9404675669960452 * thigh_angle - 1.2099895798679603 * leg_angle - 0.7941093937905123 * foot_angle + 0.13352040608271046 * torso_vx + 0.9756475998475024 * torso_vz + 0.5462506901763757 * torso_angvel - 0.11240260379963839 * thigh_angvel - 0.28687636126839255 * leg_angvel + 0.22078051060776896 * foot_angvel,  # leg_torque
        11.013944200694493 - 9.365831012574414 * torso_z - 2.321090436523176 * torso_angle - 1.7067213149682618 * thigh_angle - 0.7273462179906602 * leg_angle - 1.5196054127105292 * foot_angle - 0.0519390973550282 * torso_vx + 0.1392051298641864 * torso_vz - 1.3401800029705457 * torso_angvel + 1.2748216102352445 * thigh_angvel + 0.5538348723447448 * leg_angvel - 0.3921096103763331 * foot_angvel,  # foot_torque
    ])
