"""Hopper-v5: smose[lb_weight=0.1] seed 1, distilled into tree-d4

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
    if torso_angle <= -0.08882784098386765:
        if torso_z <= 1.0476865768432617:
            if torso_vx <= 1.8821178674697876:
                if torso_angvel <= 0.01066217152401805:
                    return _clip([0.9851923337317388, -0.6486721271501432, -0.20292019356948973])
                else:
                    return _clip([0.9711883780582375, -0.7975243931696513, -0.47783272305996366])
            else:
                if foot_angle <= 0.7926024198532104:
                    return _clip([0.6668260330162487, -0.45721226168029006, -0.9995032214528247])
                else:
                    return _clip([0.8561359431281451, 0.002555028135289251, -0.9874808488874922])
        else:
            if thigh_angvel <= -1.9578266739845276:
                if thigh_angvel <= -2.0855969190597534:
                    return _clip([0.983520309429616, -0.5208743207343651, 0.025430941614443876])
                else:
                    return _clip([0.9746314593729825, -0.3788221701242281, 0.2356150708294916])
            else:
                if foot_angvel <= 1.3151646256446838:
                    return _clip([0.5419311127740709, -0.14118748432114786, 0.41745035583615053])
                else:
                    return _clip([0.8920907014445854, -0.18690028867083588, 0.3876709034347227])
    else:
        if foot_angvel <= -1.756081998348236:
            if foot_angle <= 0.6862669289112091:
                if leg_angle <= 0.007911902386695147:
                    return _clip([0.10222549694276753, -0.32975199022836277, -0.9121215789396953])
                else:
                    return _clip([0.27920623418997187, 0.4350162832353198, -0.9866199397836788])
            else:
                if thigh_angvel <= -0.7770038768649101:
                    return _clip([-0.21583596697469412, 0.44798378138708583, -0.8708968889361972])
                else:
                    return _clip([0.04343195050766518, 0.8941578477318844, -0.6440792355529591])
        else:
            if torso_angle <= 0.09248986840248108:
                if foot_angle <= 0.7887498140335083:
                    return _clip([-0.022256084093707055, 0.22653321041147478, 0.12976693225802582])
                else:
                    return _clip([0.0025698842752366223, 0.5534228644790838, 0.8671914062323347])
            else:
                if foot_angvel <= 0.8004395961761475:
                    return _clip([-0.9642894670019817, -0.48228765606946583, 0.9348600433330021])
                else:
                    return _clip([-0.9813879062396932, -0.33957949033506785, -0.8306088737845558])
