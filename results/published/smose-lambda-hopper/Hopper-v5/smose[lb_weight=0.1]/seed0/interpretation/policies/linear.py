"""Hopper-v5: smose[lb_weight=0.1] seed 0, distilled into linear

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
        -4.784467216545607 + 3.033220078571325 * torso_z - 0.1313868766049193 * torso_angle - 2.799987963345126 * thigh_angle - 0.34011246921881183 * leg_angle + 1.0324792352540462 * foot_angle - 0.2877198060645773 * torso_vx - 0.07308649634893263 * torso_vz + 0.058122810915312614 * torso_angvel - 0.31655811640919146 * thigh_angvel - 0.2091259059076453 * leg_angvel + 0.06642832443800958 * foot_angvel,  # thigh_torque
        2.955519091902547 - 2.514633244384148 * torso_z - 0.448455273560181 * torso_angle + 2.8890994796282126 * thigh_angle - 1.0238373973703672 * leg_angle - 0.8591493006730179 * foot_angle + 0.4084794095448569 * torso_vx - 0.4939447604006951 * torso_vz - 0.31038530392169333 * torso_angvel + 0.19693108560860784 * thigh_angvel - 0.18843654029239248 * leg_angvel - 0.0073741938305917675 * foot_angvel,  # leg_torque
        2.1319347405016744 - 0.7937345354128812 * torso_z - 1.4846074103379274 * torso_angle + 1.261414245051259 * thigh_angle + 0.11565944673554023 * leg_angle - 0.292683926937721 * foot_angle - 0.3847950566766785 * torso_vx - 0.40175147596112415 * torso_vz - 0.2578025192498034 * torso_angvel + 0.5032107264745268 * thigh_angvel + 0.14468579773128087 * leg_angvel - 0.17581822878381925 * foot_angvel,  # foot_torque
    ])
