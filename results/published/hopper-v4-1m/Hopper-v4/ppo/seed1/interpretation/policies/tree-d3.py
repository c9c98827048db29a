"""Hopper-v4: ppo seed 1, distilled into tree-d3

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
    if foot_angvel <= -0.16131306439638138:
        if torso_z <= 1.1960973739624023:
            if foot_angvel <= -0.3804670572280884:
                return _clip([0.844322145749361, -0.01620196112885307, 1.0])
            else:
                return _clip([0.8479125984013081, 0.31114520016126335, 0.971394456923008])
        else:
            if torso_angle <= -0.020376582629978657:
                return _clip([0.38764258149896874, 0.05212070537991695, 0.7651035735326416])
            else:
                return _clip([0.7300271087164141, -0.03258776591847772, 0.09164714772740136])
    else:
        if thigh_angle <= 0.001435939862858504:
            if foot_angle <= -0.0012961119646206498:
                return _clip([0.1983315798127438, 0.1907360640884547, 0.03598109361314385])
            else:
                return _clip([0.4814324716487563, -0.5094533615173346, -0.1479582060465073])
        else:
            if torso_angle <= -0.11286602914333344:
                return _clip([0.8797576843793667, 0.8168030070200238, 0.030541316682544586])
            else:
                return _clip([0.5880718729701363, 0.2683057915325425, -0.4845159827316759])
