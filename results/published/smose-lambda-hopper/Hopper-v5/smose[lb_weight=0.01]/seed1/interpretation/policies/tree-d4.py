"""Hopper-v5: smose[lb_weight=0.01] seed 1, distilled into tree-d4

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
    if torso_angle <= -0.08567224815487862:
        if foot_angvel <= -3.9712992906570435:
            if torso_vx <= 1.8496819734573364:
                if torso_angle <= -0.1855592057108879:
                    return _clip([0.9852191324027063, 0.9517927487890884, 0.042903224520339775])
                else:
                    return _clip([0.9760716467339796, 0.9501836348819365, 0.3501762091539576])
            else:
                if foot_angle <= -0.8259912431240082:
                    return _clip([-0.047932074420021425, -0.5193260227483956, -0.6209749775106257])
                else:
                    return _clip([0.5720708249799883, -0.9617426070752149, 0.5960311769725253])
        else:
            if torso_angvel <= -0.8003361821174622:
                if torso_z <= 1.1088634729385376:
                    return _clip([0.9652294916093859, 0.951360300981144, 0.5174654691345898])
                else:
                    return _clip([0.9542391221784825, 0.9555447775541897, 0.6340366197669093])
            else:
                if foot_angvel <= -0.5840286910533905:
                    return _clip([0.9365150864109214, 0.9621470930032836, 0.7658679169365409])
                else:
                    return _clip([0.892068906255374, 0.958170888555477, 0.8521719351723038])
    else:
        if foot_angvel <= -2.06907320022583:
            if thigh_angvel <= 1.6203198432922363:
                if torso_vx <= 1.8078377842903137:
                    return _clip([0.018432247080894585, 0.48391652589474926, -0.8524129458073811])
                else:
                    return _clip([0.05851504298563922, -0.041616213391012076, -0.9672831962248098])
            else:
                if torso_angvel <= 0.6215141713619232:
                    return _clip([0.17748163719997445, -0.04691236390492273, 0.3863830503468904])
                else:
                    return _clip([-0.0767648902018186, 0.5894217399837204, 0.7790180870514469])
        else:
            if torso_angle <= 0.14453313499689102:
                if leg_angle <= -0.14099331200122833:
                    return _clip([-0.04189391773035149, -0.11434867489847395, -0.9062736845160455])
                else:
                    return _clip([-0.08283321309310741, 0.6783826701901885, 0.15688774094899097])
            else:
                if torso_angvel <= 0.9807637929916382:
                    return _clip([-0.9866220924637218, -0.09618760066856713, 0.581124467891845])
                else:
                    return _clip([-0.9842595867630278, -0.16586399238627017, 0.5335575339481893])
