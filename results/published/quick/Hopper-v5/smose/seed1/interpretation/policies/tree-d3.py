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
    if thigh_angvel <= 0.19713836163282394:
        if torso_z <= 0.8678003251552582:
            if leg_angvel <= -0.7199939787387848:
                return _clip([-0.08338080957459541, 0.14733852001697065, 0.16104720258179422])
            else:
                return _clip([0.13300065897985816, -0.3422492657294454, 0.25079260350154214])
        else:
            if foot_angvel <= 3.64498770236969:
                return _clip([-0.029467595113636915, 0.21159481598363114, 0.6108277750046536])
            else:
                return _clip([0.5459500244856006, 0.6262253864217755, 0.915882854382391])
    else:
        if foot_angvel <= 5.4686033725738525:
            if foot_angvel <= 1.6458715200424194:
                return _clip([-0.9667822046659316, -0.1380851178639081, 0.6398529458449022])
            else:
                return _clip([-0.8550870944182545, 0.339911468888183, 0.2799831664961272])
        else:
            if thigh_angvel <= 0.41554956138134:
                return _clip([0.483930661636242, 0.5071904881740467, 0.7633703398753544])
            else:
                return _clip([-0.5403589018490557, 0.527400498070338, 0.9402924155221998])
