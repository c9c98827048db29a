"""Hopper-v5: sac-l seed 0, distilled into tree-d2

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
    if torso_angle <= -0.05478454381227493:
        if thigh_angvel <= -0.8360974192619324:
            return _clip([0.7312978952639343, 0.9174368701472094, -0.055983460135346816])
        else:
            return _clip([0.6426040576983466, -0.3665147866248389, 0.6391011525377344])
    else:
        if foot_angle <= 0.013371156062930822:
            return _clip([-0.871952754558202, -0.5355446159060762, 0.8982889060478157])
        else:
            return _clip([-0.02839691850803045, 0.06840189570203407, 0.1260977998930233])
