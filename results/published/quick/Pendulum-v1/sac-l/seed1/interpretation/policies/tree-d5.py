"""Pendulum-v1: sac-l seed 1, distilled into tree-d5

act(obs) -> one action per actuator; obs in the order of FEATURES.
"""

FEATURES = ['cos_theta', 'sin_theta', 'theta_dot']
ACTUATORS = ['torque']
LOW = [-2.0]
HIGH = [2.0]


def _clip(action):
    return [min(max(a, lo), hi) for a, lo, hi in zip(action, LOW, HIGH)]


def act(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    if sin_theta <= -0.27286845445632935:
        if theta_dot <= 2.635503888130188:
            if theta_dot <= -1.1828590035438538:
                if cos_theta <= -0.013826487585902214:
                    if cos_theta <= -0.7924257516860962:
                        return _clip([-1.6021093538844948])
                    else:
                        return _clip([-1.1451198896730448])
                else:
                    if cos_theta <= 0.3547312617301941:
                        return _clip([0.8280602172304885])
                    else:
                        return _clip([1.888305910229098])
            else:
                if theta_dot <= 1.706974744796753:
                    if cos_theta <= -0.15578178316354752:
                        return _clip([1.3003435003282182])
                    else:
                        return _clip([1.9693289545903594])
                else:
                    if sin_theta <= -0.4532034546136856:
                        return _clip([1.7601763524039153])
                    else:
                        return _clip([-1.3490958644159088])
        else:
            if cos_theta <= 0.47448037564754486:
                if theta_dot <= 5.874721050262451:
                    if cos_theta <= -0.013499905471689999:
                        return _clip([1.9038344141876586])
                    else:
                        return _clip([1.426999928243419])
                else:
                    if cos_theta <= -0.3025754392147064:
                        return _clip([1.067963236273143])
                    else:
                        return _clip([-1.8450298662306406])
            else:
                if sin_theta <= -0.8093668222427368:
                    if theta_dot <= 4.07710075378418:
                        return _clip([1.2171172172090297])
                    else:
                        return _clip([-1.9232625160980055])
                else:
                    if cos_theta <= 0.713204562664032:
                        return _clip([-1.6932029983203398])
                    else:
                        return _clip([-1.947672423191928])
    else:
        if cos_theta <= -0.5529085695743561:
            if theta_dot <= -0.030098870396614075:
                if theta_dot <= -5.098194599151611:
                    if theta_dot <= -6.932381629943848:
                        return _clip([-1.5146250066496745])
                    else:
                        return _clip([-1.6658385756138518])
                else:
                    if theta_dot <= -1.5431221909821033:
                        return _clip([-1.8787902242427805])
                    else:
                        return _clip([-0.5076720714569092])
            else:
                if theta_dot <= 5.780231952667236:
                    if sin_theta <= 0.576385885477066:
                        return _clip([1.8764131823426136])
                    else:
                        return _clip([1.4476628230544506])
                else:
                    if sin_theta <= 0.24569597840309143:
                        return _clip([1.2296656426902082])
                    else:
                        return _clip([0.3749557497498218])
        else:
            if theta_dot <= 0.620307058095932:
                if cos_theta <= 0.8798377513885498:
                    if theta_dot <= -4.36843204498291:
                        return _clip([-1.2687378477292237])
                    else:
                        return _clip([-1.8953753578242238])
                else:
                    if theta_dot <= -1.125592599963226:
                        return _clip([1.9032314951986333])
                    else:
                        return _clip([-0.26586366823241464])
            else:
                if cos_theta <= 0.08451243862509727:
                    if cos_theta <= -0.3905407190322876:
                        return _clip([0.13827902355080146])
                    else:
                        return _clip([-0.6948224338446275])
                else:
                    if sin_theta <= 0.9079248011112213:
                        return _clip([-1.9764273358031048])
                    else:
                        return _clip([-1.5947294545024935])
