"""Hopper-v4: ppo seed 1, distilled into tree-d4

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
    if leg_angvel <= -0.003889636369422078:
        if foot_angvel <= -0.4920794665813446:
            if leg_angvel <= -0.18266607075929642:
                if torso_z <= 1.214380145072937:
                    return _clip([0.6114002677702135, 0.1433898943165938, -0.39695956301625057])
                else:
                    return _clip([0.5031692291377112, -0.05423555430024862, 0.34051456302404404])
            else:
                if leg_angvel <= -0.08500107005238533:
                    return _clip([0.4811700822218605, 0.04536844014554568, 0.350768204940402])
                else:
                    return _clip([0.4742211645743886, 0.07704513116938169, 0.7706222446238409])
        else:
            if torso_angvel <= -0.048579491674900055:
                if foot_angvel <= 0.14465774595737457:
                    return _clip([0.5804655423097294, 0.15090095984470814, -0.5866227005239185])
                else:
                    return _clip([0.7572091015977691, 0.22035352664886776, -0.940498871070267])
            else:
                if foot_angle <= -0.042674170807003975:
                    return _clip([0.22806710673612543, 0.26537941189017145, -0.13293066769838333])
                else:
                    return _clip([0.40015778462225426, -0.05739029292308911, -0.5535323243042334])
    else:
        if foot_angvel <= -0.0375507939606905:
            if torso_angle <= -0.00879180058836937:
                if foot_angvel <= -0.49745848774909973:
                    return _clip([0.5228480663461951, -0.014737952119979327, 0.9659962989966566])
                else:
                    return _clip([0.3876373671176437, 0.0006948638233077713, 0.5761788529830216])
            else:
                if torso_angvel <= -0.13143298029899597:
                    return _clip([0.9064528423470336, 0.25847058520688637, -0.4373999485479934])
                else:
                    return _clip([0.5142238418731464, -0.01496831185498534, 0.2943450999583983])
        else:
            if foot_angvel <= 0.31383077800273895:
                if leg_angvel <= 0.264234259724617:
                    return _clip([0.2157173585406087, 0.168508982052378, 0.02867583896864911])
                else:
                    return _clip([0.3903130747160865, -0.11840933206879976, 0.49384593536842214])
            else:
                if torso_angvel <= 0.08280531316995621:
                    return _clip([0.7222176237238778, 0.21526378500792714, -0.8201139137148857])
                else:
                    return _clip([0.4847842476601842, -0.47244711116522176, 0.06580335747073346])
