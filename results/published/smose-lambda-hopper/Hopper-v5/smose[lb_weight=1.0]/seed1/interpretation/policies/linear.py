"""Hopper-v5: smose[lb_weight=1.0] seed 1, distilled into linear

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
        0.799018701791761 - 0.35272122504917897 * torso_z - 3.3680611071996367 * torso_angle - 0.7451302636931357 * thigh_angle - 0.7392430309231365 * leg_angle - 0.2698962604248908 * foot_angle - 0.30990663862762247 * torso_vx - 0.11063993826530105 * torso_vz - 0.6136728495296045 * torso_angvel + 0.14074372667831 * thigh_angvel + 0.15744383198372353 * leg_angvel + 0.010718915394047953 * foot_angvel,  # thigh_torque
        0.4930683839360125 + 0.1611099751463799 * torso_z - 1.2965269029618225 * torso_angle - 0.22677336866970368 * thigh_angle - 1.0271625196276306 * leg_angle - 0.10727098785952004 * foot_angle - 0.3463762341295536 * torso_vx + 0.21536341155007477 * torso_vz - 0.5323107915846238 * torso_angvel + 0.3183113460560158 * thigh_angvel - 0.1325090872228398 * leg_angvel + 0.00407356032076993 * foot_angvel,  # leg_torque
        -0.047818359221674434 + 0.6739440746871419 * torso_z - 0.15203614536325247 * torso_angle - 0.6007404503455752 * thigh_angle + 0.7367475950903066 * leg_angle - 0.4993844095576322 * foot_angle - 0.4100451263348967 * torso_vx - 0.15193491923019642 * torso_vz - 0.3011219089134093 * torso_angvel + 0.17646897841453774 * thigh_angvel + 0.1261828661254635 * leg_angvel + 0.07047677708488503 * foot_angvel,  # foot_torque
    ])
