"""Hopper-v5: smose[lb_weight=0.03] seed 1, distilled into tree-d4

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
    if torso_vx <= 0.6907314658164978:
        if torso_angvel <= -0.29416845738887787:
            if torso_vx <= -0.4174595922231674:
                if torso_angvel <= -0.629879504442215:
                    return _clip([0.9528189381015607, 0.9909331312932362, 0.9982067230632166])
                else:
                    return _clip([0.6640140784418488, 0.8635848101967913, 0.9681659005145322])
            else:
                if foot_angvel <= 1.2810184955596924:
                    return _clip([0.3035090912331739, 0.8213337589488896, 0.9623309358194557])
                else:
                    return _clip([0.023329130540042993, 0.5477701057292018, 0.1948569931510454])
        else:
            if torso_angle <= 0.09846145287156105:
                if foot_angvel <= 1.5094901323318481:
                    return _clip([-0.11520618116543313, 0.5545760981260184, 0.8256834919463184])
                else:
                    return _clip([0.6779819240052309, 0.22182320508918568, -0.016461516529327376])
            else:
                if torso_vz <= -0.01708811428397894:
                    return _clip([-0.4796737805765512, 0.2514992658301063, 0.6215542730628071])
                else:
                    return _clip([-0.4575662157053888, 0.3504312984353084, 0.7846193456365569])
    else:
        if torso_z <= 1.2190330624580383:
            if torso_angvel <= 0.3351859897375107:
                if torso_angle <= 0.011388454586267471:
                    return _clip([0.2808746881595035, -0.22675343562398811, -0.5540116147753352])
                else:
                    return _clip([-0.06610141766592632, 0.15763513137794843, -0.8693274156216269])
            else:
                if leg_angvel <= -4.674535274505615:
                    return _clip([-0.1850205391271631, 0.013478732016806398, -0.8481415148634549])
                else:
                    return _clip([0.1685226188056514, -0.7976742613296993, -0.9180153902727122])
        else:
            if foot_angle <= -0.5501704812049866:
                if torso_angvel <= -0.13344665989279747:
                    return _clip([0.5012933933339275, -0.03355034934530591, -0.2688757736029923])
                else:
                    return _clip([0.05827783334954313, -0.2814664664624835, 0.9147656564169716])
            else:
                if torso_angvel <= -0.25143884867429733:
                    return _clip([0.13449281351013398, 0.6158873571638778, -0.4631842182846468])
                else:
                    return _clip([-0.25611434259496385, 0.12218970580633122, -0.10150022970820874])
