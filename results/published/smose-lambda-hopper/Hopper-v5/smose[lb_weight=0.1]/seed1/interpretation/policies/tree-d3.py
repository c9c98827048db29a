"""Hopper-v5: smose[lb_weight=0.1] seed 1, distilled into tree-d3

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
    if torso_z <= 1.1987496614456177:
        if torso_vx <= 1.7927536368370056:
            if torso_angvel <= 1.3058610260486603:
                return _clip([-0.026426546877946527, 0.024686027665770025, 0.4179161404229387])
            else:
                return _clip([-0.8479166064388645, -0.6186830334746597, 0.1630233268133725])
        else:
            if foot_angle <= 0.7926289141178131:
                return _clip([0.0059895062108582565, -0.1946187481584246, -0.8574926628219428])
            else:
                return _clip([-0.7231805043216017, -0.9566379019902195, -0.9971187802511878])
    else:
        if foot_angvel <= -1.756081998348236:
            if foot_angle <= 0.27065427601337433:
                return _clip([0.381637668160021, -0.4321027593933852, -0.8828011413832143])
            else:
                return _clip([-0.052914772738292065, 0.7597616941119049, -0.8018146432656583])
        else:
            if torso_angle <= -0.08649727329611778:
                return _clip([0.9863321624942273, 0.6437149517489336, 0.5258437244651072])
            else:
                return _clip([0.024250360706976726, 0.4238598347388001, 0.5516276969866403])
