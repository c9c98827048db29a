"""Hopper-v5: pmoe seed 1, distilled into tree-d3

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
    if thigh_angle <= -0.5893896520137787:
        if torso_vz <= 0.846204549074173:
            if torso_z <= 1.1654285192489624:
                return _clip([0.2567058527121079, 0.42971706949314664, -0.7813825725005378])
            else:
                return _clip([0.16507493394959682, 0.5613091238825425, 0.15310398348568302])
        else:
            if torso_angvel <= 0.8212510347366333:
                return _clip([0.4480625563955818, -0.5838475215806124, -0.9765580854437451])
            else:
                return _clip([-0.21428888800703677, -0.3109366102440919, -0.956654738507044])
    else:
        if torso_angvel <= -0.502777636051178:
            if torso_vx <= -0.37637974321842194:
                return _clip([0.8576772636373382, 0.9096035475816219, 0.978377434519515])
            else:
                return _clip([0.3679193826698013, 0.6961476335739125, -0.0031724331574941225])
        else:
            if thigh_angle <= -0.4644099622964859:
                return _clip([-0.04591734526450832, 0.2769972386184407, -0.22018988930413136])
            else:
                return _clip([-0.30392648590694515, 0.15820607831404113, 0.4437407644845232])
