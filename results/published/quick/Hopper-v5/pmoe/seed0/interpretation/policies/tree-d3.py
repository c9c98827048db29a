"""Hopper-v5: pmoe seed 0, distilled into tree-d3

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
    if torso_angle <= -0.03692334331572056:
        if torso_z <= 1.236763834953308:
            if thigh_angvel <= -1.3504751920700073:
                return _clip([0.9277227287636501, 0.7728954053166005, -0.35458600832126363])
            else:
                return _clip([0.4520262920337468, 0.3290452125267157, -0.06621776529917692])
        else:
            if torso_angvel <= -0.41564925014972687:
                return _clip([0.9326158423722046, 0.6424521694796914, -0.6586896905093073])
            else:
                return _clip([0.9453308194053528, 0.6909909338905122, -0.8044282824670032])
    else:
        if foot_angle <= 0.3943171352148056:
            if torso_angle <= 0.023442184552550316:
                return _clip([-0.013364507521306515, 0.12197810188997107, 0.3664940255048756])
            else:
                return _clip([-0.6992508935957317, -0.4451095335006336, 0.7368786943521194])
        else:
            if torso_angle <= 0.16741567105054855:
                return _clip([-0.01892853687140334, 0.18525102025531198, 0.12727434131302554])
            else:
                return _clip([-0.7161406266144105, -0.31684604497201396, -0.326957163594849])
