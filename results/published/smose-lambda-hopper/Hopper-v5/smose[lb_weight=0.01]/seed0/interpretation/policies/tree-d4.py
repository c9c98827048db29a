"""Hopper-v5: smose[lb_weight=0.01] seed 0, distilled into tree-d4

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
    if thigh_angvel <= -1.5759761333465576:
        if foot_angvel <= 3.3808289766311646:
            if torso_vx <= 1.0684569478034973:
                if torso_vz <= -0.03646704461425543:
                    return _clip([0.536785863161648, -0.5784579976544665, -0.5605038454334694])
                else:
                    return _clip([0.4818806920457061, -0.3270953830956308, -0.49829359745776003])
            else:
                if torso_angle <= -0.1878897175192833:
                    return _clip([0.46062728678518633, -0.7229009570382532, -0.5741199686199331])
                else:
                    return _clip([0.6282583493949054, -0.7584900637282831, -0.6204597989466372])
        else:
            if thigh_angvel <= -1.9481319785118103:
                return _clip([0.6353467702865601, -0.5150253772735596, 0.2492949515581131])
            else:
                return _clip([0.6678377389907837, -0.5048789978027344, 0.28022295236587524])
    else:
        if torso_angvel <= 1.0807841420173645:
            if torso_angvel <= -0.9161929786205292:
                if torso_vx <= 0.09708625823259354:
                    return _clip([0.37004571464849495, 0.583050748983433, 0.21584643583943258])
                else:
                    return _clip([0.6857586767513055, 0.7500519704984419, -0.23243186111140457])
            else:
                if torso_vz <= -0.8112536370754242:
                    return _clip([0.00727356320227427, 0.6668077193999181, 0.7800255056617453])
                else:
                    return _clip([0.03421825179462273, 0.025651836373368497, 0.17545152493359148])
        else:
            if leg_angvel <= -0.34181372821331024:
                if torso_angvel <= 1.2237478494644165:
                    return _clip([-0.25289731096520257, 0.5008717292143774, -0.7510411764639352])
                else:
                    return _clip([-0.4658766308948435, 0.30775813363039645, -0.9618221599677708])
            else:
                if leg_angvel <= -0.26152974367141724:
                    return _clip([-0.6730259122293124, 0.0047799970257602995, -0.9968734224518346])
                else:
                    return _clip([-0.7963622647462374, -0.282902395824203, -0.999804680210323])
