"""Hopper-v5: smose[lb_weight=0.03] seed 2, distilled into tree-d4

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
    if torso_z <= 1.1943727135658264:
        if foot_angle <= 0.7853215932846069:
            if torso_angle <= 0.1268877014517784:
                if leg_angle <= -0.04803593084216118:
                    return _clip([0.038340243948840745, 0.09831316650784258, -0.9501001092238082])
                else:
                    return _clip([0.022491836726555484, 0.012512049939534477, 0.4996273625586757])
            else:
                if torso_vz <= 0.41650252044200897:
                    return _clip([-0.3160129249551875, -0.4003303436335165, -0.9748364717889937])
                else:
                    return _clip([-0.043668676843884154, -0.014945555779820737, -0.9941023528004994])
        else:
            if leg_angle <= -0.16251052170991898:
                if thigh_angvel <= -1.4937196373939514:
                    return _clip([0.8575338991416391, 0.909846032444321, -0.997029184691892])
                else:
                    return _clip([0.6149125826047853, 0.9088609120538865, -0.8488146012732072])
            else:
                if foot_angvel <= -0.3656306639313698:
                    return _clip([0.4843400352200764, -0.1373498994141578, -0.9375090992059741])
                else:
                    return _clip([0.3447519252229148, 0.11211825206938615, 0.3993910923998943])
    else:
        if torso_angvel <= 0.7227790951728821:
            if torso_angle <= -0.016485318075865507:
                if torso_angvel <= -2.144160747528076:
                    return _clip([0.9999386593109091, 0.8323831937803544, 0.9585065825037786])
                else:
                    return _clip([0.9955261594084904, 0.6896850090963915, 0.7880887278920342])
            else:
                if foot_angvel <= -6.690878868103027:
                    return _clip([-0.13072738541473536, -0.1343271933323781, -0.8668180804964869])
                else:
                    return _clip([0.02593107041930198, 0.19212021480639824, 0.3782237140791521])
        else:
            if leg_angle <= 0.001198851503431797:
                if foot_angvel <= 2.328319787979126:
                    return _clip([-0.6367643915794167, -0.5976426099671097, 0.6501118324109817])
                else:
                    return _clip([-0.44046953541839945, -0.48325663577250744, -0.2860177630941491])
            else:
                if torso_angle <= 0.15078607946634293:
                    return _clip([-0.7320406196935411, 0.264170273043243, 0.8772867416777443])
                else:
                    return _clip([-0.7777510774189198, 0.05353163722078043, 0.8333580365111292])
