"""Hopper-v5: pmoe seed 0, distilled into linear

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
        2.1105457873601936 - 1.5858882690988365 * torso_z - 7.2623844252733045 * torso_angle + 2.144577556024438 * thigh_angle - 0.18850920337335614 * leg_angle + 1.0514890088196795 * foot_angle - 1.0709155405849182 * torso_vx + 0.20312822059280491 * torso_vz + 0.6285775812827845 * torso_angvel - 1.2496834171181774 * thigh_angvel - 0.2628334540723493 * leg_angvel - 0.21936823737928493 * foot_angvel,  # thigh_torque
        -11.299652060075607 + 9.59186711348689 * torso_z - 7.161219039352953 * torso_angle - 0.2783468392432985 * thigh_angle - 0.2597979670873757 * leg_angle - 0.750571422226392 * foot_angle - 1.9999826196773682 * torso_vx - 0.17253409392507915 * torso_vz + 2.9467048054930647 * torso_angvel - 2.58757660303924 * thigh_angvel - 1.5088845664981396 * leg_angvel - 0.3088543899109509 * foot_angvel,  # leg_torque
        6.6035231562688725 - 4.451203021603086 * torso_z + 0.2074197965331845 * torso_angle + 4.732668827349899 * thigh_angle + 3.403743492109248 * leg_angle - 0.8614298677851139 * foot_angle + 0.15907074354722117 * torso_vx - 0.47080991723057464 * torso_vz + 0.09187798606745996 * torso_angvel - 0.24020426689478125 * thigh_angvel - 0.15821212266268372 * leg_angvel - 0.24869335247280874 * foot_angvel,  # foot_torque
    ])
