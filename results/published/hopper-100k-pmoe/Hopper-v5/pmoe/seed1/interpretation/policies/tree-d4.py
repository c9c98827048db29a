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
    if thigh_angle <= -0.5539969503879547:
        if torso_vz <= 0.8207379281520844:
            if torso_z <= 1.1442641019821167:
                if torso_angle <= 0.008400051388889551:
                    return _clip([0.19269568591737526, 0.6386906610758986, -0.8626387589504283])
                else:
                    return _clip([0.21600924013892867, -0.24646430208860332, -0.9152697192230698])
            else:
                if torso_vz <= -1.0044570565223694:
                    return _clip([0.10297455394492531, 0.6557822803019893, -0.1465774504345936])
                else:
                    return _clip([0.3063549108345181, 0.3290957848178823, 0.6920376737591686])
        else:
            if leg_angle <= 0.0033331617014482617:
                if torso_angvel <= -0.05767805501818657:
                    return _clip([0.5988175299965952, -0.5561640303504752, -0.984772086790086])
                else:
                    return _clip([0.12140279785944125, -0.6261353426106153, -0.9662022265162296])
            else:
                if thigh_angvel <= -1.0550408959388733:
                    return _clip([0.5260695353066022, 0.24595180239628925, -0.9929284966652095])
                else:
                    return _clip([-0.43629882008021026, 0.09903105475223992, -0.9923574041265426])
    else:
        if torso_angle <= 0.08798292279243469:
            if torso_vx <= 0.03331631049513817:
                if foot_angle <= 0.15062662959098816:
                    return _clip([0.6332363946375659, 0.5450657434544571, 0.7999623998988225])
                else:
                    return _clip([0.9331017142570154, 0.7708359470498206, -0.3814102261818657])
            else:
                if torso_vz <= 1.8442296981811523:
                    return _clip([-0.0388795974392279, 0.4613464433309605, 0.2976896025908011])
                else:
                    return _clip([0.44172772444547337, -0.3630207034884476, -0.3271201991274924])
        else:
            if torso_z <= 1.3004817962646484:
                if torso_vz <= -0.7658718824386597:
                    return _clip([-0.64111801636034, 0.6344099429409965, 0.859559622733074])
                else:
                    return _clip([-0.9306417892247294, -0.8054844615897261, 0.38529982838289506])
            else:
                if foot_angvel <= 0.18208548426628113:
                    return _clip([-0.9133257398373091, 0.22011017463094806, 0.8979470364714415])
                else:
                    return _clip([-0.4840075190635811, 0.48331645042028026, 0.39049211940078876])
