"""Hopper-v5: smose[lb_weight=1.0] seed 0, distilled into tree-d3

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
    if thigh_angle <= 0.00025324801390524954:
        if torso_angvel <= -1.3323968648910522:
            if foot_angle <= -0.7997931241989136:
                return _clip([0.7255584597587585, -0.3705303370952606, 0.9999990463256836])
            else:
                return _clip([0.7807026359407643, 0.35219897081101526, -0.7559875258141999])
        else:
            if torso_z <= 1.0282925367355347:
                return _clip([-0.0770158752787226, 0.01632585464571949, -0.6838623744518443])
            else:
                return _clip([-0.10709808638254516, -0.09042810533998703, 0.1593744246336476])
    else:
        if foot_angvel <= 1.7887440919876099:
            if torso_angvel <= -0.2938877195119858:
                return _clip([0.8577824997996994, 0.9890130542999247, 0.9264701645018618])
            else:
                return _clip([0.1951030123003262, 0.7676475880657921, 0.8797991950616556])
        else:
            if torso_z <= 1.1718959212303162:
                return _clip([0.8101746585959771, 0.9985507551124314, -0.608040834143523])
            else:
                return _clip([0.1474767293549544, 0.04394608917609068, 0.201545488221161])
