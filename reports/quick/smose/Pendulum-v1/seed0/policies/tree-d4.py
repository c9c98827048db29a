"""Pendulum-v1: smose seed 0, distilled into tree-d4

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
    if theta_dot <= 0.2906365394592285:
        if cos_theta <= 0.7532271444797516:
            if sin_theta <= -0.1590508595108986:
                if cos_theta <= -0.41871529817581177:
                    return _clip([-0.09110165465992769])
                else:
                    return _clip([0.8343060841419192])
            else:
                if theta_dot <= -4.532164096832275:
                    return _clip([-1.0676980949468664])
                else:
                    return _clip([-1.6869675083320368])
        else:
            if sin_theta <= 0.2668618857860565:
                if theta_dot <= -0.9560003280639648:
                    return _clip([0.5575559121844555])
                else:
                    return _clip([-0.06767222197873053])
            else:
                if sin_theta <= 0.4455331116914749:
                    return _clip([-0.3124509654518563])
                else:
                    return _clip([-0.7780221231654958])
    else:
        if cos_theta <= 0.42869190871715546:
            if sin_theta <= 0.5444565415382385:
                if theta_dot <= 1.173108696937561:
                    return _clip([1.399040748876593])
                else:
                    return _clip([1.875607436045956])
            else:
                if cos_theta <= -0.7177912294864655:
                    return _clip([-0.0551607010967795])
                else:
                    return _clip([-0.7094610308126711])
        else:
            if cos_theta <= 0.9531346261501312:
                if theta_dot <= 5.720740556716919:
                    return _clip([-0.4558228833161843])
                else:
                    return _clip([0.186251179442065])
            else:
                if theta_dot <= 2.882939100265503:
                    return _clip([-0.6292475412703358])
                else:
                    return _clip([-1.1893553192905824])
