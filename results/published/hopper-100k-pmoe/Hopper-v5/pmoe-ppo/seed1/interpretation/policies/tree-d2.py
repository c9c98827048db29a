"""Hopper-v5: pmoe-ppo seed 1, distilled into tree-d2

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
    if foot_angle <= 0.11656614020466805:
        if foot_angle <= -0.07840251550078392:
            return _clip([0.32147302173698944, 0.512752726400892, 0.8945372527837754])
        else:
            return _clip([0.24000841511573429, 0.18693372320617008, 0.0045157453601347005])
    else:
        if torso_angle <= -0.09297000989317894:
            return _clip([-0.11404524011529768, 0.7771733101350045, -0.6246067043470502])
        else:
            return _clip([0.3416637890881868, 0.08162336779702267, -0.8515877829004939])
