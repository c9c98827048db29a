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
        -2.3175173337597332 + 1.9206880515562297 * torso_z - 6.530093338900077 * torso_angle + 1.2004107533733377 * thigh_angle - 6.292251755984059 * leg_angle + 1.3881506608998488 * foot_angle + 0.05776338909920084 * torso_vx + 0.09972619696009874 * torso_vz - 1.3397808071167991 * torso_angvel + 0.46333574055876386 * thigh_angvel + 0.5033447200923683 * leg_angvel - 0.004631738144089131 * foot_angvel,  # thigh_torque
        -0.6538545397056926 - 0.02130443709820896 * torso_z + 0.6286485504571858 * torso_angle + 0.2323987834136356 * thigh_angle - 2.8808693370235994 * leg_angle + 1.2902753202718407 * foot_angle - 0.5585957058304646 * torso_vx + 0.2676732952425072 * torso_vz + 0.1054706352863103 * torso_angvel + 0.2542603868800075 * thigh_angvel - 0.2314671822214458 * leg_angvel + 0.04725740459245883 * foot_angvel,  # leg_torque
        -0.7300486518476598 + 1.299896470388167 * torso_z + 1.802103524580641 * torso_angle + 0.5350593005265755 * thigh_angle - 0.39880587621608676 * leg_angle - 0.15517489164193143 * foot_angle + 0.05141334648911591 * torso_vx - 0.1316108241151475 * torso_vz - 0.32706679264868693 * torso_angvel + 0.5887279430364483 * thigh_angvel + 0.13866776226419936 * leg_angvel - 0.009294739294012156 * foot_angvel,  # foot_torque
    ])
