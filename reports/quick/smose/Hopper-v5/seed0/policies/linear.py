"""Hopper-v5: smose seed 0, distilled into linear

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
        1.7258215149144678 - 1.1160009949724004 * torso_z - 2.5040959364594664 * torso_angle + 1.1737624593933114 * thigh_angle + 5.198553916018909 * leg_angle - 0.1969390415178186 * foot_angle - 0.15110421842906172 * torso_vx + 0.09107839541689201 * torso_vz + 0.03131484189120067 * torso_angvel - 0.3885275746293279 * thigh_angvel - 0.19866988076830555 * leg_angvel - 0.05270993666823332 * foot_angvel,  # thigh_torque
        3.179578946253688 - 2.62414252438664 * torso_z + 2.8777346104872916 * torso_angle - 0.05954907535711097 * thigh_angle + 5.569547505523171 * leg_angle + 1.5196586227157434 * foot_angle + 0.34013007913311244 * torso_vx - 0.10530885674244923 * torso_vz - 0.7277376639340669 * torso_angvel + 0.9677806925537156 * thigh_angvel - 0.031580093509814736 * leg_angvel + 0.1419626906771059 * foot_angvel,  # leg_torque
        -0.6677527306066031 + 0.6863170111009186 * torso_z + 1.248418546956 * torso_angle - 1.8226723949432866 * thigh_angle + 2.80969071907089 * leg_angle + 0.6235272257028113 * foot_angle + 0.3912523324702004 * torso_vx - 0.13387430371473566 * torso_vz - 0.4489352248992443 * torso_angvel + 0.7053616637977849 * thigh_angvel - 0.029394617766341807 * leg_angvel + 0.04116968742116794 * foot_angvel,  # foot_torque
    ])
