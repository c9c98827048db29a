"""Hopper-v5: pmoe seed 0, distilled into tree-d2

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
    if thigh_angvel <= -0.5090795457363129:
        if foot_angvel <= 1.2835418581962585:
            return _clip([0.16761868399342528, 0.3296773434286177, 0.19285053068362878])
        else:
            return _clip([0.2334368186387712, 0.24754954869085574, -0.6316697237494409])
    else:
        if torso_vz <= -0.49448251724243164:
            return _clip([-0.7584600956314559, -0.5898718730571153, 0.6936562168762642])
        else:
            return _clip([-0.2161787725677238, 0.29641394728320936, 0.4951502823005391])
