"""Hopper-v5: pmoe-ppo seed 2, distilled into tree-d3

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
    if foot_angle <= -0.04641655273735523:
        if torso_vx <= -0.5142699480056763:
            if leg_angvel <= -0.06813492439687252:
                return _clip([0.48344210783640545, 0.7942889730135599, 0.4482325613498688])
            else:
                return _clip([0.816903050624482, 0.7212653542342393, 0.6977468839158183])
        else:
            if torso_angvel <= 0.4845706596970558:
                return _clip([0.5035747849781599, 0.3634947311817383, 0.3497852075616924])
            else:
                return _clip([-0.17200205102562904, 0.9255379438400269, 0.8928010314702988])
    else:
        if torso_angvel <= 0.786564290523529:
            if foot_angvel <= -0.5596146881580353:
                return _clip([0.4657824739322432, -0.07382012915688972, 0.19832658996816976])
            else:
                return _clip([0.16997906540442878, 0.04637396085768039, 0.02327166091117379])
        else:
            if foot_angvel <= 0.44133682548999786:
                return _clip([0.1752428354032464, 0.6720138096203239, 0.45412069306535235])
            else:
                return _clip([-0.3602250272577459, 0.9229248111898248, -0.5624918219718066])
