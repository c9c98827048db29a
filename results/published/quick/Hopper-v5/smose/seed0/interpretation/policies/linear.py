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
        7.163274049852039 - 5.391124455857656 * torso_z - 2.0004272867734865 * torso_angle + 0.29004713826392614 * thigh_angle + 10.664284403706711 * leg_angle - 0.9965720981540042 * foot_angle + 1.4089190283294593 * torso_vx + 0.022237652726198154 * torso_vz - 2.3575125366488874 * torso_angvel + 1.3189396058292 * thigh_angvel + 1.1300255951156002 * leg_angvel - 0.14855642642357378 * foot_angvel,  # thigh_torque
        9.225121453140092 - 7.038289994663462 * torso_z + 1.4286454401868012 * torso_angle + 1.9137500898425563 * thigh_angle + 22.03558713253686 * leg_angle - 0.44915247388648655 * foot_angle + 1.8754405314697702 * torso_vx - 0.24983433314882647 * torso_vz - 2.670343137702366 * torso_angvel + 1.8859481001873588 * thigh_angvel + 1.0402397499108107 * leg_angvel - 0.03337122515293541 * foot_angvel,  # leg_torque
        13.304301249487333 - 10.077733912490569 * torso_z + 13.399235300114345 * torso_angle + 6.741808638994066 * thigh_angle + 58.5001098093299 * leg_angle + 0.3097674128823676 * foot_angle + 2.0796709778981732 * torso_vx - 0.7649806833928665 * torso_vz - 2.904159488661469 * torso_angvel + 2.9638491902201007 * thigh_angvel + 1.3550541487843644 * leg_angvel - 0.48822914700399556 * foot_angvel,  # foot_torque
    ])
