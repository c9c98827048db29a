"""Hopper-v5: pmoe seed 1, distilled into tree-d4

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
    if thigh_angvel <= -1.3243629336357117:
        if torso_angle <= 0.05484834685921669:
            if thigh_angvel <= -1.6917772889137268:
                if torso_angle <= -0.00740285636857152:
                    return _clip([0.9184054120803504, -0.45122443983257265, -0.5459259488597932])
                else:
                    return _clip([0.8128010178717768, -0.4981753125371265, -0.07260645031886792])
            else:
                if foot_angle <= 0.35357481241226196:
                    return _clip([0.9001226792651223, 0.31160330336254516, -0.11874985135364262])
                else:
                    return _clip([0.794738461625265, 0.14597165606034435, -0.6398634060013324])
        else:
            if torso_angvel <= 1.5142800211906433:
                if leg_angle <= -0.2962423413991928:
                    return _clip([0.004040395213986816, -0.09661287921190649, -0.40950112378178993])
                else:
                    return _clip([0.22006811723425376, -0.5285417909696718, -0.01844503788807982])
            else:
                if foot_angvel <= -1.4792123436927795:
                    return _clip([-0.949734628200531, -0.4738585948944092, 0.7174550890922546])
                else:
                    return _clip([-0.9075854810850973, -0.3403769945160489, 0.6230826765164775])
    else:
        if torso_angle <= 0.005193485179916024:
            if leg_angle <= -0.01008005440235138:
                if leg_angle <= -0.10803654417395592:
                    return _clip([0.508138902654527, 0.5300494567792268, 0.230302201654084])
                else:
                    return _clip([0.4166737834686184, 0.19317258718332936, 0.7999084254958811])
            else:
                if torso_vx <= -0.02903291257098317:
                    return _clip([-0.08434818878855214, -0.6131301447171924, 0.8861433875468617])
                else:
                    return _clip([0.13937098578604015, -0.7245289811058143, 0.9091257866436142])
        else:
            if torso_angvel <= 0.4306238442659378:
                if thigh_angle <= -0.3740631341934204:
                    return _clip([0.015186834337958168, -0.018485789075229346, -0.0627070652628083])
                else:
                    return _clip([-0.0632097592548611, 0.022244509400248115, 0.3103487487056774])
            else:
                if foot_angle <= 0.7884179651737213:
                    return _clip([-0.6697982391027381, 0.5923300049229269, -0.043404081117850386])
                else:
                    return _clip([-0.2619110416777976, -0.3322412953650833, 0.2720715368017828])
