"""Hopper-v4: ppo seed 1, distilled into linear

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
        -10.830373063007267 + 9.271920819256763 * torso_z - 6.685188343967794 * torso_angle + 25.11364629625986 * thigh_angle - 7.067875281501687 * leg_angle + 9.042302354002253 * foot_angle + 0.969405796374284 * torso_vx + 0.08725302374540451 * torso_vz - 2.3315634974243906 * torso_angvel + 1.766505416597318 * thigh_angvel + 0.9212952582435738 * leg_angvel + 0.3073151312319895 * foot_angvel,  # thigh_torque
        -5.523662753003985 + 4.505912775264581 * torso_z - 6.145001834795827 * torso_angle + 13.675519957602125 * thigh_angle - 0.47625864809675195 * leg_angle + 3.0331387720446177 * foot_angle + 0.8205441517779073 * torso_vx + 0.6401318993479357 * torso_vz - 1.3981076810324946 * torso_angvel + 0.30263497321274524 * thigh_angvel + 0.18170783440361893 * leg_angvel + 0.24653284234630274 * foot_angvel,  # leg_torque
        -0.2679507328979591 + 0.09112086029616077 * torso_z - 2.131804646613336 * torso_angle - 13.185769077814582 * thigh_angle + 1.0255280138758254 * leg_angle - 0.22025871419383472 * foot_angle + 0.3036118156106466 * torso_vx - 1.1072972787517648 * torso_vz + 0.24131125593763525 * torso_angvel - 1.2281155740750322 * thigh_angvel + 1.1972052593062932 * leg_angvel - 1.0262014501609213 * foot_angvel,  # foot_torque
    ])
