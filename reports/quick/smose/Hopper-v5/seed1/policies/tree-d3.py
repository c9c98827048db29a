"""Hopper-v5: smose seed 1, distilled into tree-d3

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
    if foot_angvel <= 0.5239989459514618:
        if thigh_angvel <= -1.3212304711341858:
            if torso_angvel <= 0.7233721315860748:
                return _clip([-0.11162570403044651, 0.1640082186420624, 0.03251622560093895])
            else:
                return _clip([-0.5920100243077852, -0.11295666518981122, -0.40496255628035144])
        else:
            if foot_angle <= 0.787312924861908:
                return _clip([-0.3838533913238752, 0.29532873975120605, 0.3760592044225178])
            else:
                return _clip([-0.15773922407095936, -0.22368144279155971, 0.4963892386434785])
    else:
        if torso_angle <= 0.05497712269425392:
            if foot_angle <= 0.0750405490398407:
                return _clip([0.45996207344019896, -0.026707649124936006, 0.852774411172857])
            else:
                return _clip([0.562030209725939, 0.36250618775565435, 0.7685910943522233])
        else:
            if leg_angle <= 0.0020738669554702938:
                return _clip([0.2169771365708974, -0.6457814358044072, 0.5540334963657907])
            else:
                return _clip([0.006930507291705656, 0.074193240790938, -0.03783424664628069])
