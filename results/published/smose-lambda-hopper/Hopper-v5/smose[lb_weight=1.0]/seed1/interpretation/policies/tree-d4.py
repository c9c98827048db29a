"""Hopper-v5: smose[lb_weight=1.0] seed 1, distilled into tree-d4

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
    if torso_vx <= 1.1329137086868286:
        if torso_angle <= 0.07137658819556236:
            if torso_vz <= 0.005515583790838718:
                if torso_vx <= 0.22516938298940659:
                    return _clip([0.48359342566813945, 0.5903986721110032, 0.9196461989793706])
                else:
                    return _clip([0.15857548769816537, -0.05578179964984662, 0.6186956134966317])
            else:
                if foot_angvel <= 5.247648239135742:
                    return _clip([-0.07288137394121333, 0.31868818033249097, -0.03567921412583513])
                else:
                    return _clip([0.1551564395727252, -0.547577112086499, -0.8393672825946886])
        else:
            if foot_angvel <= -1.1767256259918213:
                if torso_vx <= 1.045233428478241:
                    return _clip([-0.9966540986968017, -0.8595029933653563, 0.9648605218765456])
                else:
                    return _clip([-0.9971334214397493, -0.889731844587348, 0.9562970223796526])
            else:
                if leg_angvel <= 0.010587855242192745:
                    return _clip([-0.5785618295141371, -0.44276694647435305, 0.7005964695176448])
                else:
                    return _clip([-0.8676841481019116, -0.7186032988871603, 0.29674988607635466])
    else:
        if thigh_angvel <= -3.3111300468444824:
            if leg_angle <= 0.0007829589594621211:
                if foot_angvel <= 0.0026776863960549235:
                    return _clip([0.7663652238905524, -0.7948669129407568, -0.5597901475219468])
                else:
                    return _clip([0.8440539438828566, -0.8216534750574683, -0.7729541646877951])
            else:
                if leg_angle <= 0.0009917131974361837:
                    return _clip([0.9316340121199777, -0.8868489422415686, -0.9207958951699726])
                else:
                    return _clip([0.981724429709707, -0.9408387760349228, -0.991980064220265])
        else:
            if torso_z <= 1.2926129698753357:
                if foot_angle <= 0.6213425993919373:
                    return _clip([0.004856425410205587, -0.05861198204009042, -0.8934761055106325])
                else:
                    return _clip([0.026786679417907366, -0.16115368664275767, -0.21618449585069577])
            else:
                if foot_angvel <= 6.76798152923584:
                    return _clip([0.012146963148357524, 0.014897380985243527, -0.02753271525260213])
                else:
                    return _clip([0.016419598295189127, 0.5490268418045894, 0.7347631519958517])
