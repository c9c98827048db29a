"""Hopper-v5: pmoe-ppo seed 1, distilled into tree-d4

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
    if foot_angle <= -0.0796220600605011:
        if torso_angvel <= -1.069487676024437:
            if torso_angle <= -0.08823242411017418:
                if torso_vx <= -1.1660908460617065:
                    return _clip([0.6519565944160733, -0.8324193954467773, 1.0])
                else:
                    return _clip([0.25372506119310856, -0.25432683853432536, 1.0])
            else:
                if foot_angle <= -0.1672007218003273:
                    return _clip([0.6559903025627136, -1.0, 1.0])
                else:
                    return _clip([1.0, -1.0, 1.0])
        else:
            if foot_angle <= -0.12350143119692802:
                if torso_z <= 1.1913390159606934:
                    return _clip([0.5937650027947549, 0.9337198275786179, 0.9543648102344611])
                else:
                    return _clip([0.4451714950799942, 0.6028580038994551, 0.908102674484253])
            else:
                if foot_angvel <= -0.20018446445465088:
                    return _clip([0.21901480667293072, 0.40425301087088883, 0.8761571329087019])
                else:
                    return _clip([0.2367561707465813, 0.3438801939543015, 0.5799538708966354])
    else:
        if foot_angvel <= -1.0570341348648071:
            if torso_angle <= -0.061432553455233574:
                if torso_angle <= -0.10586390644311905:
                    return _clip([0.9828945398330688, 1.0, -0.2834557473659515])
                else:
                    return _clip([0.8862505918368697, 0.07701536640524864, 0.4271225053817034])
            else:
                if torso_z <= 1.20993572473526:
                    return _clip([0.6920865524199701, -0.4432360932471291, 0.7396386224896677])
                else:
                    return _clip([0.7803125595146755, -0.8167452786890965, 0.23133090194666162])
        else:
            if foot_angle <= -0.026334517635405064:
                if torso_vx <= -0.12075971066951752:
                    return _clip([0.14431396875029, 0.010502344538242772, 0.3224335219233464])
                else:
                    return _clip([0.19760416395735614, 0.2205982708580929, 0.020389926225591853])
            else:
                if torso_angle <= -0.06890923902392387:
                    return _clip([0.2929057128682822, 0.5761209825544568, -0.29249414139633584])
                else:
                    return _clip([0.47805350932587937, -0.09814141966341956, -0.34704016780431524])
