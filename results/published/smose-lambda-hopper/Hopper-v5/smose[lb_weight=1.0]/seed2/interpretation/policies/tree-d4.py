"""Hopper-v5: smose[lb_weight=1.0] seed 2, distilled into tree-d4

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
    if torso_vx <= 0.5314890444278717:
        if foot_angvel <= 2.271951913833618:
            if torso_vz <= -2.2159266471862793:
                if torso_angvel <= -0.48429468274116516:
                    return _clip([0.9816834692703367, -0.8315800431733235, 1.0])
                else:
                    return _clip([0.9597218036651611, -0.5540732741355896, 1.0])
            else:
                if torso_angvel <= -0.16413431614637375:
                    return _clip([0.9095518931589214, 0.886485335388077, 0.9804681113766812])
                else:
                    return _clip([0.8657845875954885, 0.5947607092701883, 0.5357080465555288])
        else:
            if foot_angle <= 0.2699083834886551:
                if torso_z <= 1.379746675491333:
                    return _clip([0.6161353760838643, 0.6508232632894447, 0.018882851014591646])
                else:
                    return _clip([0.8904199404886874, -0.6546382577759678, -0.9907677622295653])
            else:
                if torso_vz <= 0.0696084164083004:
                    return _clip([0.7342880223222787, 0.9909589321355624, -0.9798818200137858])
                else:
                    return _clip([0.40971386824105693, 0.7047976183714484, -0.9677469735506885])
    else:
        if foot_angvel <= -0.33177201449871063:
            if foot_angvel <= -6.255946397781372:
                if torso_angvel <= 0.7456864714622498:
                    return _clip([0.07380570158805269, 0.47761113368059605, -0.976122014757772])
                else:
                    return _clip([-0.32329940857346834, -0.19565594467740943, -0.7893563224148642])
            else:
                if torso_vx <= 2.1584097146987915:
                    return _clip([0.029184240303062912, -0.07184558915953018, -0.9970026421915429])
                else:
                    return _clip([-0.04829229993818835, -0.817071304215125, -0.9942130689434946])
        else:
            if torso_angle <= 0.11886568740010262:
                if torso_angvel <= 0.34281186759471893:
                    return _clip([0.03221615667866129, -0.1121592569807212, 0.20997611602110083])
                else:
                    return _clip([-0.13137770175269542, -0.08614540401335602, -0.5440879691608433])
            else:
                if torso_vz <= -0.14317587018013:
                    return _clip([-0.8589247778669201, -0.06290166561536421, 0.41861505002258753])
                else:
                    return _clip([-0.7193385622776912, -0.1307321009203663, -0.2670761193755981])
