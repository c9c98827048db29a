"""Hopper-v5: pmoe-ppo seed 2, distilled into tree-d4

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
    if foot_angle <= -0.06542349234223366:
        if torso_angvel <= -0.47418372333049774:
            if torso_vx <= -0.6165869832038879:
                if torso_vz <= -0.13348162174224854:
                    return _clip([0.3732384741306305, 0.9126343131065369, 0.35834959149360657])
                else:
                    return _clip([0.8560571782290936, 0.8808902911841869, 0.7348447144031525])
            else:
                if foot_angle <= -0.16418873518705368:
                    return _clip([1.0, 0.35737746953964233, 0.8748624324798584])
                else:
                    return _clip([0.6467343533740324, 0.6615713484147016, 0.5663514785906848])
        else:
            if torso_angvel <= -0.3417897969484329:
                if torso_angvel <= -0.46654094755649567:
                    return _clip([0.16728467401117086, 0.46216918528079987, 0.3133552670478821])
                else:
                    return _clip([0.6320613906360589, 0.47800392905871075, 0.49527064309670377])
            else:
                if foot_angvel <= -0.2590031027793884:
                    return _clip([0.49180546600152464, 0.3419811125187313, 0.3648707537966616])
                else:
                    return _clip([0.37788667529821396, 0.2935750987380743, 0.29705203883349895])
    else:
        if torso_angvel <= 0.786564290523529:
            if foot_angle <= -0.019962896592915058:
                if foot_angvel <= -0.04899105057120323:
                    return _clip([0.24406787010084371, 0.08348958992384724, 0.12880370181665057])
                else:
                    return _clip([0.17047886855203478, 0.0908928053367229, 0.0796470957142157])
            else:
                if foot_angvel <= -0.5596146881580353:
                    return _clip([0.46615208518253454, -0.07348385298414933, 0.1861734790912527])
                else:
                    return _clip([0.14242438027285576, 0.03562792378216312, -0.018060519885969174])
        else:
            if foot_angvel <= 0.44133682548999786:
                if thigh_angvel <= 1.3873888850212097:
                    return _clip([0.0872279924268906, 0.6368000627710269, 0.44046296695104015])
                else:
                    return _clip([0.5805172620134221, 0.9200499521361457, 0.6109815107451545])
            else:
                if torso_angle <= 0.017386656254529953:
                    return _clip([-0.08257385681975972, 0.9559803063219244, 0.2066459140994332])
                else:
                    return _clip([-0.5481407734063956, 0.9034981681750371, -0.975885230761308])
