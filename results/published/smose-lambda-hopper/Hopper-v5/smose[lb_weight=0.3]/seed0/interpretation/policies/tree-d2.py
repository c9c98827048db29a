"""Hopper-v5: smose[lb_weight=0.3] seed 0, distilled into tree-d2

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
    if torso_angvel <= -0.9451170563697815:
        if thigh_angle <= -0.2695712596178055:
            return _clip([0.9512966189920816, 0.7708207610106159, 0.12097065802373032])
        else:
            return _clip([0.9271880409517325, 0.9868889674327309, 0.6200982178888017])
    else:
        if torso_angle <= 0.10209090635180473:
            return _clip([0.04467124104955015, 0.14633454031525323, -0.3523444095821935])
        else:
            return _clip([-0.9928553775094375, -0.9428836849078784, -0.772263342144738])
