"""Hopper-v5: smose[lb_weight=1.0] seed 0, distilled into tree-d4

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
    if torso_vx <= 0.3407371938228607:
        if torso_angle <= -0.05933126248419285:
            if leg_angvel <= -2.798348903656006:
                if leg_angvel <= -3.1355432271957397:
                    return _clip([0.9308952848373764, 0.9983846476758184, 0.9648773531059085])
                else:
                    return _clip([0.7855204097929067, 0.9427092389124652, 0.8317475170984668])
            else:
                if thigh_angle <= 0.0008067770104389638:
                    return _clip([0.9462805017105443, 0.9991610939572485, 0.37066028598068335])
                else:
                    return _clip([0.8414262140236527, 0.9606337637481881, 0.5757069535185312])
        else:
            if foot_angle <= 0.1370490863919258:
                if foot_angvel <= 3.647063136100769:
                    return _clip([0.25075678571902926, 0.6744407161769286, 0.8483810786408967])
                else:
                    return _clip([-0.12623192074253825, 0.30847247149492596, 0.804600074971566])
            else:
                if torso_angvel <= -0.21372926980257034:
                    return _clip([0.13055798293176216, -0.040217480755084765, -0.007166793668546129])
                else:
                    return _clip([-0.6323944643304592, -0.21259318301677987, -0.3572797634717511])
    else:
        if leg_angle <= -0.40999263525009155:
            if torso_angle <= 0.14981486648321152:
                if torso_angle <= -0.0744132325053215:
                    return _clip([0.15982538526512907, 0.18976161341607967, 0.5425212193298504])
                else:
                    return _clip([0.03012975109549893, 0.03945383403403203, -0.4345932731411567])
            else:
                if leg_angle <= -0.6345100402832031:
                    return _clip([-0.22868332149978216, 0.10685958783729615, -0.8779373193167039])
                else:
                    return _clip([-0.844436292762103, 0.12174996363518208, -0.11657785432233507])
        else:
            if torso_angle <= -0.0012509639491327107:
                if torso_vx <= 2.1953794956207275:
                    return _clip([0.11227632983931046, -0.017438023112224192, -0.1712376011588532])
                else:
                    return _clip([0.10898793921180079, -0.35414882716268226, 0.5286580435512418])
            else:
                if leg_angvel <= 0.005181239452213049:
                    return _clip([-0.8793735818430264, -0.8752245521836111, -0.6080968214254214])
                else:
                    return _clip([-0.8533682802362669, -0.8818972216541224, -0.12782851731567058])
