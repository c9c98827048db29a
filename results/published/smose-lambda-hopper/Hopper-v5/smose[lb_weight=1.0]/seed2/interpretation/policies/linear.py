"""Hopper-v5: smose[lb_weight=1.0] seed 2, distilled into linear

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
        5.553699313556251 - 3.7646210051570272 * torso_z - 6.363026246280622 * torso_angle - 0.8381618926845305 * thigh_angle + 1.0180377217517382 * leg_angle - 0.7064498615237172 * foot_angle - 0.3982195878589359 * torso_vx + 0.3699366143936887 * torso_vz - 0.4856611625613655 * torso_angvel - 0.12513920168159018 * thigh_angvel - 0.008264449175858212 * leg_angvel - 0.013420224900149288 * foot_angvel,  # thigh_torque
        -4.986834453524363 + 4.271789422265124 * torso_z - 1.2278813653742142 * torso_angle + 0.9437428832196252 * thigh_angle - 0.9055174252499796 * leg_angle + 0.9193229305762862 * foot_angle + 0.20087524340328725 * torso_vx + 0.13325821240778418 * torso_vz - 0.5266147313957715 * torso_angvel + 0.5467734975108892 * thigh_angvel + 0.048007222242432424 * leg_angvel - 0.013324338805945005 * foot_angvel,  # leg_torque
        -0.4685407163397382 + 0.6686607746936614 * torso_z + 8.018142802122833 * torso_angle + 0.24276302172920172 * thigh_angle + 0.5489416967139036 * leg_angle - 0.29181387875735176 * foot_angle - 0.17108124742966094 * torso_vx - 0.9241486338387308 * torso_vz - 0.5276885781912891 * torso_angvel + 0.20229226087384475 * thigh_angvel + 0.14379792833796823 * leg_angvel - 0.07852157876010155 * foot_angvel,  # foot_torque
    ])
