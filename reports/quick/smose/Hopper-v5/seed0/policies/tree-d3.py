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
    if torso_vz <= -1.088625967502594:
        if torso_angle <= -0.05949641019105911:
            if torso_z <= 0.9317218959331512:
                return _clip([0.5177325333452718, 0.5711147769111187, 0.980819791461424])
            else:
                return _clip([0.3681757957627691, 0.6904429292482822, 0.9675515412279051])
        else:
            if torso_angvel <= -0.2648200988769531:
                return _clip([0.10220912264724917, 0.6928412156780221, 0.8834431946316126])
            else:
                return _clip([-0.03729397898869326, 0.5480276840853227, 0.9453543615426115])
    else:
        if torso_angvel <= 0.5404517650604248:
            if torso_vz <= 0.42667245864868164:
                return _clip([0.1717205660282756, 0.3200072405168768, 0.48278314993082344])
            else:
                return _clip([0.6058366161297449, 0.5626342404091125, -0.29243753274757894])
        else:
            if torso_angvel <= 1.0863566994667053:
                return _clip([-0.09447271537614113, 0.7453782904627081, 0.4788263290119634])
            else:
                return _clip([-0.5080575188301368, 0.7845708609660165, 0.8493130648541973])
