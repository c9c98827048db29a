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
    if torso_vx <= 1.4271770119667053:
        if foot_angvel <= 2.508225917816162:
            return _clip([0.6027215476544064, 0.8460151974986495, 0.5348989995021343])
        else:
            return _clip([0.9190074312329901, 0.3072404282292099, -0.3312834588437667])
    else:
        if torso_angvel <= -0.19490806013345718:
            return _clip([0.6402147010251512, 0.5125055737209007, -0.3581288263653433])
        else:
            return _clip([-0.09860682851804145, -0.1026896902408296, -0.599942037412009])
