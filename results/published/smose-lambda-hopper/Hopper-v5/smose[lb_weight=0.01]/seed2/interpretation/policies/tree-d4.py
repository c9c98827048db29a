"""Hopper-v5: smose[lb_weight=0.01] seed 2, distilled into tree-d4

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
    if torso_z <= 1.031849443912506:
        if thigh_angvel <= -2.9868427515029907:
            if torso_vz <= -1.2135781049728394:
                if leg_angvel <= -0.005726921604946256:
                    return _clip([0.973478997715994, 0.3536956799451447, -0.9772220899313607])
                else:
                    return _clip([0.8755985441969221, 0.2298244770586226, -0.8656416919558275])
            else:
                if foot_angle <= 0.7819598615169525:
                    return _clip([0.21473257255753858, 0.5892749598979364, -0.919426305062803])
                else:
                    return _clip([0.70729628430133, 0.9143872679541741, -0.8993834304706427])
        else:
            if torso_angle <= 0.05590115673840046:
                if foot_angvel <= -7.124630451202393:
                    return _clip([0.2019726257592165, -0.1917388862278449, -0.9716050295911451])
                else:
                    return _clip([0.018107454104295134, 0.2685804421823515, -0.5125202436396074])
            else:
                if foot_angvel <= -0.36877088248729706:
                    return _clip([-0.9177614202301081, -0.44851881444872327, -0.9346482259164466])
                else:
                    return _clip([-0.8070181085695908, -0.5058640087519449, 0.3990517827048157])
    else:
        if torso_angle <= -0.06106165982782841:
            if leg_angle <= -0.016867719576111995:
                if foot_angvel <= 4.444127678871155:
                    return _clip([0.511739969008828, 0.969160836580226, 0.9436523667095268])
                else:
                    return _clip([0.859765301644784, 0.9875697717601022, -0.34636320640708146])
            else:
                if leg_angvel <= -0.012757353018969297:
                    return _clip([0.03677952337448315, 0.10043050869693501, 0.532669177876321])
                else:
                    return _clip([0.026206288736992094, 0.6530591187084923, 0.7980239283793585])
        else:
            if foot_angvel <= -2.5828763246536255:
                if torso_angvel <= 0.8400799334049225:
                    return _clip([0.05526185836587892, 0.022789254788541637, -0.7261451506670606])
                else:
                    return _clip([-0.6329622199628332, 0.3471121611878042, -0.574447263650708])
            else:
                if foot_angle <= 0.7526810765266418:
                    return _clip([-0.06793109436997086, 0.1880605221690689, 0.8593401316788999])
                else:
                    return _clip([-0.7189308904137137, 0.07641208647991327, 0.8240215095895277])
