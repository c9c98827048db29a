"""Hopper-v4: ppo seed 0, distilled into linear

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
        -13.3215489973282 + 11.321004230375216 * torso_z + 15.460547439904492 * torso_angle - 23.655453826734078 * thigh_angle + 3.195180353158736 * leg_angle - 17.114863578690617 * foot_angle - 6.3995330781306246 * torso_vx + 1.291948304867322 * torso_vz + 6.108396936780035 * torso_angvel - 5.059283206798371 * thigh_angvel - 2.2285546005118824 * leg_angvel - 0.4613830913126509 * foot_angvel,  # thigh_torque
        -24.248745525247713 + 20.33484449810792 * torso_z - 9.508709606307336 * torso_angle + 7.960597104933778 * thigh_angle + 29.335133122709546 * leg_angle + 3.9719524078310706 * foot_angle - 5.762577901629357 * torso_vx + 0.40358768005680307 * torso_vz + 4.659803941827739 * torso_angvel - 3.591960830647404 * thigh_angvel - 2.4255042627240986 * leg_angvel + 0.2890134637696864 * foot_angvel,  # leg_torque
        -5.943774533661521 + 4.9075327694903 * torso_z + 1.31140368325712 * torso_angle + 5.455011535956409 * thigh_angle - 28.719039554224274 * leg_angle - 4.6764042564551165 * foot_angle + 4.356364877202103 * torso_vx + 1.1220895631294014 * torso_vz - 5.163455478213736 * torso_angvel + 4.23011564975606 * thigh_angvel + 2.3341462610806687 * leg_angvel - 1.1417096317423434 * foot_angvel,  # foot_torque
    ])
