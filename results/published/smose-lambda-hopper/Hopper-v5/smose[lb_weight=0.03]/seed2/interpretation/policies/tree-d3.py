"""Hopper-v5: smose[lb_weight=0.03] seed 2, distilled into tree-d3

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
    if torso_vx <= 1.6116355061531067:
        if torso_angvel <= -0.015856486279517412:
            if leg_angle <= -0.027566585689783096:
                return _clip([0.9888957618441675, 0.9843400589869332, 0.7123480892733598])
            else:
                return _clip([0.7864196379117213, 0.4442853935963025, 0.7710710088574136])
        else:
            if foot_angvel <= -0.11349406093358994:
                return _clip([-0.8531113202686469, 0.19852672851997352, 0.7888642445091517])
            else:
                return _clip([-0.20338665495725358, 0.021520926555365177, 0.06603728367336092])
    else:
        if torso_z <= 1.20878404378891:
            if foot_angvel <= 3.970321774482727:
                return _clip([-0.04431930239637042, -0.07319160111986595, -0.950682143216321])
            else:
                return _clip([-0.10873967341940748, 0.011754753743050638, 0.5721850542348421])
        else:
            if leg_angle <= 0.0022323448210954666:
                return _clip([0.08174801118668881, -0.03637653408267734, 0.19848160857792413])
            else:
                return _clip([0.0185696664698996, 0.6370773391247896, 0.4920259935175092])
