"""Hopper-v5: pmoe seed 1, distilled into tree-d3

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
    if torso_angle <= -0.02395125012844801:
        if foot_angle <= 0.7870489954948425:
            if thigh_angvel <= -0.14522704668343067:
                return _clip([0.7377954819841608, 0.9555385665669317, 0.3223092565847643])
            else:
                return _clip([0.5015080186686627, 0.48476169273353253, 0.6676702756542012])
        else:
            if foot_angvel <= -0.3612353354692459:
                return _clip([0.2334803661206305, 0.928343648866029, -0.04204953718603616])
            else:
                return _clip([0.5319566099267311, 0.9352055604285587, 0.05433076516166718])
    else:
        if torso_angvel <= 0.4716250151395798:
            if thigh_angvel <= -0.1374337300658226:
                return _clip([0.034759161890179455, -0.02849594655597561, -0.007267891620061477])
            else:
                return _clip([0.3525465652162498, -0.08706853520957336, 0.8342401007950099])
        else:
            if leg_angle <= -0.07809380069375038:
                return _clip([-0.4170551204157516, 0.14444235259874044, 0.3507657507674096])
            else:
                return _clip([-0.6741072864246165, -0.5322118465484024, 0.5339637323322234])
