"""Hopper-v5: smose[lb_weight=0.3] seed 2, distilled into tree-d4

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
    if torso_angvel <= 0.2617891877889633:
        if thigh_angle <= -0.535872757434845:
            if foot_angvel <= -7.795919895172119:
                if leg_angle <= -0.02622805442661047:
                    return _clip([0.08900733215138186, 0.05337028946370294, -0.9737433611729506])
                else:
                    return _clip([0.11547417136452763, 0.9048881407233901, -0.9259889831750057])
            else:
                if thigh_angvel <= -0.12253320962190628:
                    return _clip([0.7537980432455805, -0.3377556100192241, -0.6048807573806999])
                else:
                    return _clip([0.1371933396263778, -0.19150006757544616, 0.9194252596029724])
        else:
            if torso_angvel <= -1.311419129371643:
                if torso_vx <= 1.4623013734817505:
                    return _clip([0.9186310169028059, 0.8255857939708386, 0.7915908716035551])
                else:
                    return _clip([0.1812091592018602, 0.7577298541574643, 0.9179645346971318])
            else:
                if foot_angvel <= -1.5087847113609314:
                    return _clip([-0.06650438917193485, 0.2933494955151034, -0.7669345954727645])
                else:
                    return _clip([0.21935604690739474, 0.2621433027877845, 0.5422264045630082])
    else:
        if leg_angvel <= -2.8376251459121704:
            if torso_angvel <= 1.2233418226242065:
                if torso_angle <= 0.18246771395206451:
                    return _clip([-0.9153788946469805, 0.9407924754217493, 0.6667322687341065])
                else:
                    return _clip([-0.9978351593017578, 0.9221121668815612, 0.24888409674167636])
            else:
                if foot_angle <= 0.49814818799495697:
                    return _clip([-0.9951654134551543, 0.8276044515776835, -0.3537925127202798])
                else:
                    return _clip([-0.9643648245416813, 0.6598262829110452, 0.09197658383074493])
        else:
            if thigh_angle <= -0.42882193624973297:
                if torso_z <= 1.2312673926353455:
                    return _clip([0.15595760793128538, -0.237693736379003, -0.9357719161830836])
                else:
                    return _clip([-0.20652535433054797, -0.07261328007774115, 0.1866678916420181])
            else:
                if torso_vz <= -0.3807910978794098:
                    return _clip([-0.938424964803395, -0.7249084302298345, -0.490296020767966])
                else:
                    return _clip([-0.08465716177161382, -0.47048782839434505, 0.6009296534797737])
