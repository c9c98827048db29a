"""Hopper-v5: smose[lb_weight=1.0] seed 0, distilled into linear

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
        -0.023660787125140637 - 0.04624722971489187 * torso_z - 2.7829740814350172 * torso_angle - 0.3467797358201145 * thigh_angle - 0.521585852410906 * leg_angle - 0.27035162968696574 * foot_angle - 0.31523677251409676 * torso_vx + 0.08460650974023604 * torso_vz - 0.0538878895490876 * torso_angvel - 0.3162352959743918 * thigh_angvel - 0.05173941755754355 * leg_angvel - 0.018645823572513712 * foot_angvel,  # thigh_torque
        -2.1432166632587792 + 1.9737963442834523 * torso_z + 0.48266864531622045 * torso_angle + 1.1297164431862579 * thigh_angle - 2.144025170077918 * leg_angle - 1.3131448171252396 * foot_angle - 0.526580398100369 * torso_vx + 0.02258921049521259 * torso_vz + 0.0059191702082896395 * torso_angvel - 0.2725672230448722 * thigh_angvel - 0.2375174239991426 * leg_angvel - 0.05886817660290753 * foot_angvel,  # leg_torque
        -7.502380877118264 + 6.53281396493422 * torso_z - 0.736202401967705 * torso_angle - 0.28990488848319035 * thigh_angle - 1.3334583262416608 * leg_angle - 0.43230241844126405 * foot_angle - 0.3665625907892275 * torso_vx - 0.4019101176052428 * torso_vz + 0.16309834080375188 * torso_angvel - 0.11273262036447237 * thigh_angvel + 0.1511630402828386 * leg_angvel - 0.028201837199403258 * foot_angvel,  # foot_torque
    ])
