"""Hopper-v5: smose seed 0, distilled into tree-d2

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
    if torso_angvel <= -0.23304565250873566:
        if torso_angle <= -0.08424554392695427:
            return _clip([0.680909719644306, 0.6932449410604002, -0.6892373888245862])
        else:
            return _clip([0.469986442996864, 0.574092027509016, -0.5046047854253206])
    else:
        if thigh_angvel <= -1.0814076662063599:
            return _clip([-0.01924994939013165, 0.3453808347962521, -0.16662816780086936])
        else:
            return _clip([0.01743317059802618, 0.2855240332277802, 0.19241792964266738])
