"""Hopper-v5: pmoe seed 2, distilled into tree-d2

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
    if torso_angle <= 0.11117157712578773:
        if foot_angvel <= -1.8707148432731628:
            return _clip([0.020878132013374958, 0.02359938523112701, -0.9196805457607942])
        else:
            return _clip([0.04028206324001323, 0.1463681190266347, 0.23801487035616464])
    else:
        if foot_angvel <= -0.6251644492149353:
            return _clip([0.12166212499141693, 0.09436345100402832, 0.8716670870780945])
        else:
            return _clip([-0.9200034607141396, -0.7817410876771079, -0.6653222227524522])
