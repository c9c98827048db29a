"""Hopper-v5: smose[lb_weight=1.0] seed 2, distilled into tree-d2

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
    if thigh_angle <= -7.396804357995279e-05:
        if foot_angvel <= -0.33177201449871063:
            return _clip([0.008011086476184712, 0.0503100535675156, -0.9579735248465131])
        else:
            return _clip([0.11378869764542698, -0.2013363642955603, 0.23812454306567807])
    else:
        if foot_angvel <= 0.11055833846330643:
            return _clip([0.7616039221600716, 0.7489603169102854, 0.7156513594457681])
        else:
            return _clip([0.7635519952650512, 0.8996155899615904, -0.8548708815834504])
