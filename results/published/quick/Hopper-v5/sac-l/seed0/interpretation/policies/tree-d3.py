"""Hopper-v5: sac-l seed 0, distilled into tree-d3

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
    if torso_angle <= -0.03807547688484192:
        if leg_angle <= -0.029269260354340076:
            if foot_angvel <= 1.8777357339859009:
                return _clip([0.752412024552647, 0.9815028046749554, 0.058882657436737686])
            else:
                return _clip([0.4661354728058685, 0.7965716898750684, -0.0024571767627938204])
        else:
            if leg_angvel <= -0.5486476719379425:
                return _clip([0.12582748459969195, 0.4057729560812369, 0.24327434392708822])
            else:
                return _clip([0.7053724601963436, -0.08356091412323709, 0.5606952250351792])
    else:
        if thigh_angle <= -0.04710097424685955:
            if thigh_angvel <= -1.8917760848999023:
                return _clip([-0.06983068314395342, 0.012681670476618931, -0.20569293882809842])
            else:
                return _clip([-0.006874751310579118, 0.03715503331875311, 0.29843256614117986])
        else:
            if leg_angvel <= 1.1408087611198425:
                return _clip([-0.7481842634346947, 0.08842490495743342, 0.42369290636059964])
            else:
                return _clip([-0.9458418002500238, -0.8139278372549901, 0.3056413058277156])
