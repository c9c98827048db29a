"""Hopper-v5: smose[lb_weight=0.3] seed 1, distilled into tree-d4

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
    if torso_angvel <= -0.44697214663028717:
        if torso_angvel <= -1.0705244541168213:
            if foot_angle <= 0.7876979410648346:
                if torso_angle <= -0.18193016201257706:
                    return _clip([0.7067276835441589, 0.9304749369621277, 0.40170764923095703])
                else:
                    return _clip([0.9471320647851452, 0.9495793229923235, 0.998825863138314])
            else:
                if foot_angle <= 0.8561215698719025:
                    return _clip([0.11925513869410155, 0.6134495056830781, 0.5633444923624464])
                else:
                    return _clip([-0.29498092723581576, 0.6062158348501152, 0.6813186887912454])
        else:
            if leg_angle <= 0.0004511590668698773:
                if foot_angvel <= -4.992739677429199:
                    return _clip([0.436842680063412, 0.015771810591317, -0.9559044662166953])
                else:
                    return _clip([0.8010021550945704, 0.8999183318431686, -0.4154889292085588])
            else:
                if foot_angle <= 0.8550670742988586:
                    return _clip([0.3629486979865673, 0.6956653480731915, 0.47973594608996634])
                else:
                    return _clip([-0.6240263736040744, 0.41988707742992715, 0.5358583776215613])
    else:
        if foot_angvel <= -1.2669042348861694:
            if foot_angvel <= -5.532140493392944:
                if torso_z <= 1.3094152808189392:
                    return _clip([0.1022417921465072, -0.3181417763322947, -0.8392199808202591])
                else:
                    return _clip([0.014229528819586678, 0.093041361864078, -0.3328884902408954])
            else:
                if thigh_angle <= -0.7655682563781738:
                    return _clip([0.5250686546667704, 0.319856145639351, -0.8333666873598976])
                else:
                    return _clip([-0.11730085626529939, 0.3589169581991708, -0.438325141953058])
        else:
            if thigh_angvel <= -0.4231516718864441:
                if torso_z <= 1.0668303966522217:
                    return _clip([0.7682043021217129, 0.6885183112048061, -0.9202020211523525])
                else:
                    return _clip([0.49188164028329523, 0.6402019511551752, 0.42250648253766443])
            else:
                if foot_angvel <= -0.006709875538945198:
                    return _clip([-0.7788781878909514, -0.680850941242851, 0.7251248118856546])
                else:
                    return _clip([-0.031556180957737434, 0.24278735694917825, 0.4411627185249504])
