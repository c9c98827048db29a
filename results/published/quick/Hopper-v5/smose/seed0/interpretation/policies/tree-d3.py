"""Hopper-v5: smose seed 0, distilled into tree-d3

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
    if thigh_angvel <= -1.056128442287445:
        if foot_angvel <= 0.3759692311286926:
            if foot_angvel <= 0.34098945558071136:
                return _clip([0.10091392303391106, 0.4679034448044361, 0.12625952783346603])
            else:
                return _clip([0.0407985804362148, 0.3597867786048539, -0.08373892306551341])
        else:
            if torso_angvel <= 0.4139153063297272:
                return _clip([0.032810800305162875, 0.32541755066020184, -0.4163985508344778])
            else:
                return _clip([-0.14290036469112216, 0.2243417708036715, -0.3385155888191812])
    else:
        if torso_angvel <= 0.6743736267089844:
            if foot_angle <= 0.021557913161814213:
                return _clip([0.3335074786233787, 0.34434117453639784, 0.39517526627731864])
            else:
                return _clip([-0.019467649315021804, 0.33111437048327025, 0.1266119460862905])
        else:
            if torso_angvel <= 0.9416678845882416:
                return _clip([-0.215292043586078, 0.40417228962247614, 0.4225873560898099])
            else:
                return _clip([-0.3380351530757006, 0.4825459694149308, 0.5206829613961992])
