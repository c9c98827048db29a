"""Hopper-v5: smose[lb_weight=0.3] seed 2, distilled into tree-d3

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
    if foot_angvel <= -1.3981375694274902:
        if leg_angle <= 0.0040749909821897745:
            if torso_vx <= 1.5380958914756775:
                return _clip([0.940070590721682, -0.8632636630466713, -0.7110468996121848])
            else:
                return _clip([0.012383390496678129, -0.14887094348691424, -0.9097846624649122])
        else:
            if torso_vz <= 1.513105571269989:
                return _clip([0.9677317639450839, 0.5483659147190093, 0.6079220836448096])
            else:
                return _clip([0.9721991826203105, 0.9325774983561157, -0.7737484547245523])
    else:
        if torso_angvel <= 0.9792211353778839:
            if leg_angle <= 0.0007630027830600739:
                return _clip([0.16221054562159837, 0.09081543874464619, 0.31294714724501693])
            else:
                return _clip([0.16196727373909986, 0.7494780257241962, 0.7249730951218842])
        else:
            if torso_angle <= 0.1483183354139328:
                return _clip([-0.2924128759780598, -0.4486592401821253, -0.5950613232066939])
            else:
                return _clip([-0.9661986880945672, -0.9003860212215457, 0.3001290912508831])
