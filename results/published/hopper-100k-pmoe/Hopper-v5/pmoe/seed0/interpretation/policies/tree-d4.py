"""Hopper-v5: pmoe seed 0, distilled into tree-d4

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
    if thigh_angle <= -0.18402640521526337:
        if torso_angle <= -0.16465428471565247:
            if torso_angvel <= 0.11194749549031258:
                if torso_vz <= -1.2454750537872314:
                    return _clip([0.9781225178297528, 0.6548589627945857, -0.9611193280671099])
                else:
                    return _clip([0.9428645519250072, 0.6847819490400551, 0.10532457382658926])
            else:
                if foot_angvel <= -0.5594188570976257:
                    return _clip([0.17292486860754872, -0.9986836895326947, 0.09975628596130263])
                else:
                    return _clip([0.9996750589805491, 0.45559783217954464, 0.6070666938490127])
        else:
            if leg_angle <= -0.416099950671196:
                if torso_angvel <= 0.2998590022325516:
                    return _clip([0.2648592427242395, 0.19569847256996542, -0.9117367162153086])
                else:
                    return _clip([-0.22149113611746624, -0.2771817380061384, -0.8975216923113015])
            else:
                if torso_angvel <= -0.2719050347805023:
                    return _clip([0.8878996665646506, -0.03816569747990345, -0.27145568498844724])
                else:
                    return _clip([0.8304274059561181, -0.43676405195332924, 0.26951578711061147])
    else:
        if thigh_angvel <= -0.9427960515022278:
            if torso_vz <= -0.322483628988266:
                if torso_vx <= 1.0038624703884125:
                    return _clip([0.8327112200363723, 0.9406172249864485, 0.6305301884949533])
                else:
                    return _clip([0.11197879112674933, 0.37453114082364297, -0.19239667302720345])
            else:
                if foot_angle <= 0.2494131699204445:
                    return _clip([0.9262487777343786, 0.8751614088786367, 0.10232922131099743])
                else:
                    return _clip([0.475802605985978, 0.74052306623081, -0.4259736491250439])
        else:
            if foot_angle <= 0.17099657654762268:
                if torso_vx <= -1.2892277836799622:
                    return _clip([0.5394401173815844, 0.023534815749216478, 0.843319780838874])
                else:
                    return _clip([0.5245732489643087, 0.7599580069678267, 0.9546452036650735])
            else:
                if torso_angvel <= -0.7462946474552155:
                    return _clip([0.276791761025619, 0.7461744846112286, 0.6832714714063576])
                else:
                    return _clip([-0.3184953239339596, 0.2336251999298821, 0.31611325668768936])
