"""Hopper-v5: pmoe-ppo seed 1, distilled into tree-d3

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
    if torso_angle <= -0.0083258505910635:
        if foot_angvel <= -1.0570341348648071:
            if foot_angle <= 0.07345781102776527:
                return _clip([0.7949715903619441, -0.6039089269754363, 0.6039607392215147])
            else:
                return _clip([1.0, 1.0, -0.26726461946964264])
        else:
            if torso_vx <= -0.7312693297863007:
                return _clip([0.4918572954509569, 0.013569003861883411, 0.9450824804927992])
            else:
                return _clip([0.20358071573048417, 0.22977519051185424, 0.021275387422328765])
    else:
        if foot_angvel <= -0.6795782446861267:
            if torso_angvel <= -0.043909670785069466:
                return _clip([0.6097100133245642, -0.9113882942633196, 0.4586724110625007])
            else:
                return _clip([0.9691369618688311, -0.3411008907215936, -0.3008323737553188])
        else:
            if torso_vz <= -0.011962268501520157:
                return _clip([0.8786315198768587, -0.2942058637519093, -0.9641897478524376])
            else:
                return _clip([0.5244549532388255, -0.24587794210304292, -0.811470612426076])
