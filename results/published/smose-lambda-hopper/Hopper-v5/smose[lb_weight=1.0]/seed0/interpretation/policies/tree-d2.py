"""Hopper-v5: smose[lb_weight=1.0] seed 0, distilled into tree-d2

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
    if leg_angvel <= -2.374951720237732:
        if leg_angvel <= -6.478908538818359:
            return _clip([0.9941759393779048, 0.9999219440677029, 0.8759643997988745])
        else:
            return _clip([0.7236041173378651, 0.8234629307707645, 0.17908003694350488])
    else:
        if torso_angle <= 0.011651234701275826:
            return _clip([-0.08532297472193165, -0.09648891405822428, 0.4467045617132079])
        else:
            return _clip([0.08386416489562384, -0.6050553938316172, -0.3805106891766329])
