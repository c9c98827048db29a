"""Hopper-v5: smose[lb_weight=0.1] seed 2, distilled into tree-d4

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
    if torso_z <= 1.0899343490600586:
        if foot_angle <= 0.7837319374084473:
            if foot_angle <= -0.8979747295379639:
                if torso_angvel <= 0.37743546068668365:
                    return _clip([0.42240809080333935, -0.7721677847211267, -0.9872972358352502])
                else:
                    return _clip([0.25494692420031595, -0.24506884131508358, -0.975305820866276])
            else:
                if thigh_angvel <= -2.545167922973633:
                    return _clip([0.12689096817126838, -0.45052546349667005, -0.988289761476651])
                else:
                    return _clip([0.003098274509484702, -0.042337230505132405, -0.9320135586034587])
        else:
            if leg_angvel <= 0.054700763896107674:
                if thigh_angvel <= -0.8881576657295227:
                    return _clip([-0.5108000636100769, -0.4375309348106384, -0.9495593309402466])
                else:
                    return _clip([-0.7972869277000427, -0.3749958872795105, -0.9911502003669739])
            else:
                if thigh_angvel <= -0.5545897893607616:
                    return _clip([0.053452018808197714, -0.10039588430082498, -0.1467577117543097])
                else:
                    return _clip([-0.4373217821121216, 0.3079637587070465, 0.80755615234375])
    else:
        if leg_angvel <= -2.4675053358078003:
            if torso_vx <= 0.5205115079879761:
                if torso_vx <= 0.32128769159317017:
                    return _clip([0.8884239970156678, 0.9814123100281149, 0.9541056353897758])
                else:
                    return _clip([0.8355923371636775, 0.7995776638516495, 0.6676484393983529])
            else:
                if leg_angle <= -0.5144837349653244:
                    return _clip([0.7605912091683699, 0.7432864042032166, -0.26228030227551075])
                else:
                    return _clip([0.8048388841266798, 0.7489210876759929, -0.12142540653671557])
        else:
            if thigh_angvel <= 0.7026856243610382:
                if foot_angvel <= 3.1379436254501343:
                    return _clip([0.0771949095007773, 0.16760096848152434, 0.8455871447701458])
                else:
                    return _clip([0.7265071000598503, -0.5011417925823285, 0.12236627854990195])
            else:
                if torso_vz <= 1.6012986898422241:
                    return _clip([-0.8289079447781724, 0.8317957579152548, 0.36710447281358494])
                else:
                    return _clip([-0.08582588994226602, 0.45850813728896445, -0.9830697457054839])
