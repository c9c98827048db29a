"""Hopper-v5: smose[lb_weight=0.1] seed 0, distilled into tree-d4

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
    if leg_angle <= -0.23745320737361908:
        if torso_vx <= 0.3586249351501465:
            if leg_angle <= -0.3051756024360657:
                if torso_angvel <= -1.6950583457946777:
                    return _clip([0.4869723054109017, 0.9195924261926401, -0.6403826105023381])
                else:
                    return _clip([0.41908183975732927, 0.9021311510830828, -0.7838555224544287])
            else:
                if foot_angle <= 0.38268229365348816:
                    return _clip([0.5690708796654833, 0.9295678208657977, -0.02447131767200915])
                else:
                    return _clip([0.5473031491675663, 0.9259882534989374, -0.36777003144049225])
        else:
            if leg_angle <= -0.3288160711526871:
                if thigh_angvel <= -0.2246287390589714:
                    return _clip([-0.043150897103333925, -0.03326413946327745, -0.24032410342068244])
                else:
                    return _clip([0.09440116928809247, 0.2917593615173886, 0.5575477815620677])
            else:
                if torso_vz <= 0.25596413761377335:
                    return _clip([0.3047464203547329, -0.06432788902913042, -0.9199168366374301])
                else:
                    return _clip([0.12112270710371335, -0.9211974203622956, -0.9215609772352856])
    else:
        if torso_z <= 1.226170837879181:
            if foot_angle <= 0.6837743818759918:
                if torso_angvel <= -1.1855450570583344:
                    return _clip([0.6125563951419805, 0.899440000519005, 0.08845820244561964])
                else:
                    return _clip([0.9171179969658635, 0.18454845984288462, 0.3843553462545805])
            else:
                if foot_angvel <= -1.257201075553894:
                    return _clip([0.7368379885346905, 0.03798148732493282, 0.6947872627692533])
                else:
                    return _clip([0.7115227293826978, -0.044732878322512014, 0.71557286661568])
        else:
            if leg_angvel <= -0.4577866196632385:
                if torso_angvel <= -0.45252127945423126:
                    return _clip([0.0014795302083449261, 0.03350032393547573, 0.0819088489327211])
                else:
                    return _clip([-0.17518666562641014, -0.6876465138829257, -0.09115755138803448])
            else:
                if torso_angle <= -0.018830745480954647:
                    return _clip([0.5703944662755305, -0.16740278058175853, 0.6654914918769165])
                else:
                    return _clip([-0.00804720540622692, 0.36193454924621754, 0.7266081700298072])
