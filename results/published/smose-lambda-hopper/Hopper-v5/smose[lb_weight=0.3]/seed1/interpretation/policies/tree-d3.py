"""Hopper-v5: smose[lb_weight=0.3] seed 1, distilled into tree-d3

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
    if torso_angvel <= -0.4946504086256027:
        if leg_angvel <= -0.19543691724538803:
            if torso_vz <= -2.1914345026016235:
                return _clip([0.8281124523607569, 0.911575935726641, -0.5810716587573399])
            else:
                return _clip([0.7226897306931824, 0.8112755182367463, -0.09358718781663701])
        else:
            if torso_vz <= -1.7422012090682983:
                return _clip([0.9828575055585748, 0.8900236503471165, -0.9476180461215151])
            else:
                return _clip([0.029216852913083853, 0.5922552972972619, 0.5399430669598471])
    else:
        if foot_angvel <= -1.1803137063980103:
            if foot_angvel <= -5.532140493392944:
                return _clip([0.08626808946752113, -0.27425848982337564, -0.7768732918449744])
            else:
                return _clip([-0.09781628741359596, 0.3287895686486916, -0.4822388811000776])
        else:
            if foot_angvel <= -0.19137613475322723:
                return _clip([-0.68591199402542, -0.6783082095775947, 0.8376371930910612])
            else:
                return _clip([-0.049907225742169575, 0.18430663307008727, 0.3533392927869918])
