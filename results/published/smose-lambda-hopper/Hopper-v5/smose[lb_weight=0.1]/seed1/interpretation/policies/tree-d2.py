"""Hopper-v5: smose[lb_weight=0.1] seed 1, distilled into tree-d2

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
    if foot_angvel <= -0.9468359053134918:
        if thigh_angle <= -0.19991130381822586:
            return _clip([0.10603522826195279, -0.10880160473077354, -0.8572339190733534])
        else:
            return _clip([-0.6228641808096238, 0.0618838986558354, -0.7004366261005419])
    else:
        if torso_angle <= -0.08772210776805878:
            return _clip([0.9934334057321481, 0.8808500309121564, 0.8945191840336595])
        else:
            return _clip([0.002551291087394009, 0.4376456521885537, 0.4574738807776543])
