"""Hopper-v5: smose[lb_weight=0.1] seed 2, distilled into tree-d3

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
    if torso_z <= 1.0899343490600586:
        if foot_angle <= 0.7837319374084473:
            if foot_angle <= -0.8979747295379639:
                return _clip([0.39320244288935313, -0.6802404055607746, -0.9852059029568367])
            else:
                return _clip([0.0204327207546189, -0.09949502207900203, -0.9398938040745753])
        else:
            if torso_angvel <= 0.18858828395605087:
                return _clip([-0.03932133843516407, -0.023201675943537715, 0.03364087690351595])
            else:
                return _clip([-0.5899255978470527, -0.420259221288439, -0.9610464187452101])
    else:
        if torso_angle <= 0.03286454267799854:
            if torso_angvel <= -1.3484634757041931:
                return _clip([0.9444224271009874, 0.9826548300034573, 0.986465432638848])
            else:
                return _clip([0.020055832945068023, 0.12618813458380976, 0.6551210234125036])
        else:
            if torso_z <= 1.28021240234375:
                return _clip([-0.34717687903582384, -0.8859395191121707, -0.8100218956490529])
            else:
                return _clip([-0.9950746625146619, -0.9253240525356923, 0.958379888778428])
