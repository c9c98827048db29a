"""Pendulum-v1: sac-l seed 0, distilled into tree-d4

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
    if sin_theta <= -0.010585060808807611:
        if theta_dot <= 3.747162938117981:
            if theta_dot <= -2.4053462743759155:
                if cos_theta <= -0.42564326524734497:
                    return _clip([-1.46682278887314])
                else:
                    return _clip([1.076873278427023])
            else:
                if cos_theta <= 0.9369204342365265:
                    return _clip([1.78484738720729])
                else:
                    return _clip([1.1222985763407165])
        else:
            if cos_theta <= 0.009786688722670078:
                if theta_dot <= 5.921223402023315:
                    return _clip([1.900501852995705])
                else:
                    return _clip([1.180367325934286])
            else:
                if sin_theta <= -0.8473048806190491:
                    return _clip([-0.8669020386355017])
                else:
                    return _clip([-1.8338895813958658])
    else:
        if cos_theta <= -0.707704097032547:
            if theta_dot <= -0.09248236939311028:
                if theta_dot <= -0.19004091620445251:
                    return _clip([-1.7926020425309552])
                else:
                    return _clip([-0.889456590806371])
            else:
                if theta_dot <= 0.051816247403621674:
                    return _clip([0.7407335995876225])
                else:
                    return _clip([1.8603071349627136])
        else:
            if sin_theta <= 0.16193456202745438:
                if theta_dot <= 0.26804669201374054:
                    return _clip([-0.1788218079531011])
                else:
                    return _clip([-1.7325879554292285])
            else:
                if theta_dot <= -5.032578706741333:
                    return _clip([-0.681669954942455])
                else:
                    return _clip([-1.6030249861267278])
