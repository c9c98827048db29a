"""Hopper-v5: smose[lb_weight=0.03] seed 0, distilled into tree-d4

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
    if thigh_angle <= -0.3635813742876053:
        if torso_angle <= 0.13214091956615448:
            if thigh_angle <= -0.7947246432304382:
                if foot_angvel <= -1.3085678219795227:
                    return _clip([0.4685109276523318, 0.7003578885435553, -0.6485832501997331])
                else:
                    return _clip([0.68077313044793, -0.12193215790738689, -0.8779740595513871])
            else:
                if torso_vx <= 0.8724886178970337:
                    return _clip([0.6008084096865653, 0.46480293237975234, 0.46846469081266684])
                else:
                    return _clip([-0.06885963343848323, 0.2662789712049112, -0.1316495269115261])
        else:
            if foot_angvel <= 0.34988297522068024:
                if thigh_angvel <= -1.4874772429466248:
                    return _clip([-0.5324676120720213, -0.7823424095843697, -0.9700703156436383])
                else:
                    return _clip([-0.6742663383483887, -0.25928112864494324, -0.977020263671875])
            else:
                if torso_vz <= -0.7643329799175262:
                    return _clip([-0.4975488393072437, -0.962407740508876, -0.9953058560441215])
                else:
                    return _clip([-0.35585761935244964, -0.9352126225386569, -0.9826924793837081])
    else:
        if torso_angle <= 0.02385823428630829:
            if foot_angle <= 0.25849485397338867:
                if foot_angvel <= 1.4127957820892334:
                    return _clip([-0.452882329110798, 0.3580056938766404, 0.752227858242389])
                else:
                    return _clip([0.1843011211979324, 0.5848919876527112, 0.5207098538850282])
            else:
                if torso_angvel <= 0.39579056203365326:
                    return _clip([0.004908420548357952, 0.115882222886957, 0.06219521595965471])
                else:
                    return _clip([-0.5250726286418002, -0.426470088448526, -0.4622244769734715])
        else:
            if foot_angvel <= -0.18513040989637375:
                if leg_angvel <= 0.007558624027296901:
                    return _clip([-0.9515362667509973, -0.11657562158267969, 0.5207924956532777])
                else:
                    return _clip([-0.9619584570396773, -0.27087800205180573, -0.022677181780897945])
            else:
                if foot_angvel <= 2.109820246696472:
                    return _clip([-0.9954334667278575, 0.7004723172969535, -0.4570609664388243])
                else:
                    return _clip([-0.9306678469120649, -0.5529058565442434, -0.9277623931089872])
