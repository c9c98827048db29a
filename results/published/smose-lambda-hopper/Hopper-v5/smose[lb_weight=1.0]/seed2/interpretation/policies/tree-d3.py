"""Hopper-v5: smose[lb_weight=1.0] seed 2, distilled into tree-d3

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
    if torso_vx <= 0.5818307995796204:
        if foot_angvel <= 2.417893648147583:
            if torso_angle <= -0.004737033974379301:
                return _clip([0.9255545072357177, 0.9785872651169294, 0.9908499279942447])
            else:
                return _clip([0.45818196644610515, 0.5426966557403131, 0.3985323379204438])
        else:
            if leg_angvel <= -2.063167452812195:
                return _clip([0.7812992781050276, 0.9620720376034994, -0.9304854322843489])
            else:
                return _clip([0.642257329412493, 0.5948756535340827, 0.3464060328120415])
    else:
        if foot_angvel <= -0.33177201449871063:
            if foot_angvel <= -6.255946397781372:
                return _clip([-0.010740828594573225, 0.33426773692045236, -0.9363582574031362])
            else:
                return _clip([0.01607426269467804, -0.19794688907753577, -0.9965306123008821])
        else:
            if torso_angvel <= 0.34281186759471893:
                return _clip([0.023518936294387446, -0.13213006545429867, 0.23752203009567519])
            else:
                return _clip([-0.07115082258644323, -0.11842276081955627, -0.6718852264339061])
