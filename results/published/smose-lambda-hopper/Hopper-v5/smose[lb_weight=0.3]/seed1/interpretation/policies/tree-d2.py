"""Hopper-v5: smose[lb_weight=0.3] seed 1, distilled into tree-d2

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
    if torso_angvel <= -0.4353324770927429:
        if leg_angle <= 0.0014313445426523685:
            return _clip([0.7689970618196954, 0.8520036438785737, -0.41259322011782606])
        else:
            return _clip([0.448684740385072, 0.6531746877231525, 0.5585356621514914])
    else:
        if torso_z <= 1.2388532161712646:
            return _clip([0.10547250124092669, -0.05424356527595663, -0.7317478533791496])
        else:
            return _clip([-0.13205381261347307, 0.0719035190880399, 0.3493597542522399])
