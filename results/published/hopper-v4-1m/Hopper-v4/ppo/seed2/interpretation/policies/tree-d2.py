"""Hopper-v4: ppo seed 2, distilled into tree-d2

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
    if leg_angle <= -0.06177577003836632:
        if leg_angle <= -0.28913526237010956:
            return _clip([-1.0, 0.9046727845428186, 0.9308326911488805])
        else:
            return _clip([-1.0, 0.4680446830201656, 0.8751577582765133])
    else:
        if foot_angvel <= 0.6658303141593933:
            return _clip([0.44081410777795577, -0.07513042782311855, 0.30474621557590104])
        else:
            return _clip([-0.4348790805676196, 0.07356859053863157, 0.11617917368317594])
