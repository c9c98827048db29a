"""Hopper-v5: smose[lb_weight=0.1] seed 0, distilled into tree-d2

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
    if torso_vx <= 0.6190378963947296:
        if torso_z <= 1.207942008972168:
            return _clip([0.9814032176765369, 0.983754012206231, 0.7872248444862593])
        else:
            return _clip([0.006250120631302022, 0.1659922769413719, 0.45244043699779707])
    else:
        if leg_angle <= -0.12672628251311835:
            return _clip([0.13746394145084237, -0.05627357505016739, -0.4914556526910339])
        else:
            return _clip([-0.9435926700965875, -0.9968208373489365, -0.050182503119574305])
