"""Hopper-v5: pmoe seed 2, distilled into tree-d4

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
    if torso_angvel <= 1.7550190091133118:
        if foot_angvel <= -1.4703117609024048:
            if torso_angle <= -0.04201067052781582:
                if torso_vz <= 2.199338674545288:
                    return _clip([0.8733279012861941, 0.44381220588133413, -0.9501687654904734])
                else:
                    return _clip([0.9999995355874025, 0.9998529745303084, 0.06765314186557811])
            else:
                if torso_vz <= -0.9851615130901337:
                    return _clip([-0.02021994396414165, 0.5092198525565713, -0.8164474935958929])
                else:
                    return _clip([0.1398412149111778, -0.24684058748516677, -0.9686192426143735])
        else:
            if torso_angle <= -0.13279557973146439:
                if foot_angvel <= 1.0152102708816528:
                    return _clip([0.9529892812850017, 0.9146073591885089, 0.9703876689103343])
                else:
                    return _clip([0.6800523584451911, 0.5654209543421007, -0.11167634569858219])
            else:
                if torso_z <= 1.0948190093040466:
                    return _clip([-0.18134419092801088, -0.16427978243203867, -0.766327995520426])
                else:
                    return _clip([0.10834896282486683, 0.008469707686010707, 0.30741931355250834])
    else:
        if thigh_angle <= -0.07395725697278976:
            if torso_z <= 1.1079987287521362:
                if thigh_angle <= -0.6459212601184845:
                    return _clip([-0.7264162962791049, 0.43905567130992135, -0.9590059824644833])
                else:
                    return _clip([-0.03606146364700175, -0.8311198277755899, -0.9954718776116646])
            else:
                if torso_angle <= 0.14029070734977722:
                    return _clip([-0.141387821005035, -0.7793178589431194, -0.7598910034237263])
                else:
                    return _clip([-0.9994921318066566, -0.9985699572034609, -0.9767596236697759])
        else:
            if foot_angle <= 0.7915084362030029:
                if leg_angle <= -0.40327146649360657:
                    return _clip([-0.4357505616860694, -0.6314764270926024, 0.06943507857175032])
                else:
                    return _clip([-0.9906109941277886, -0.9833085340427332, -0.972213602213932])
            else:
                if torso_angvel <= 2.631035804748535:
                    return _clip([-0.9608520350414397, -0.9824497388487673, -0.2826922758258828])
                else:
                    return _clip([-0.9823985752095274, -0.9961635613235353, 0.9511704990759826])
