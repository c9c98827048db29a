"""Hopper-v5: smose[lb_weight=0.03] seed 1, distilled into tree-d3

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
    if torso_vx <= 0.35560275614261627:
        if torso_angle <= -0.004476351430639625:
            if foot_angvel <= 1.6361205577850342:
                return _clip([0.9754844383230373, 0.9871653747987827, 0.9965151404227185])
            else:
                return _clip([0.9812408089637756, 0.9546687006950378, 0.754166305065155])
        else:
            if foot_angvel <= 1.7349172830581665:
                return _clip([0.14344835169005496, 0.594363454656822, 0.837933751020356])
            else:
                return _clip([0.8243538624009045, 0.14030236230426152, 0.1529798797726348])
    else:
        if torso_z <= 1.2190330624580383:
            if torso_angvel <= 0.3351859897375107:
                return _clip([0.02942980207936764, 0.05180332323518335, -0.7825130714806914])
            else:
                return _clip([0.13252968320735184, -0.7150937423893867, -0.9109017866258079])
        else:
            if foot_angle <= -0.5501704812049866:
                return _clip([0.15877488007355073, -0.22522727340470977, 0.6462593581249196])
            else:
                return _clip([-0.14868228160192032, 0.24926496947361088, -0.17800703952020488])
