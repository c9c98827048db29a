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
    if sin_theta <= 0.25953511893749237:
        if cos_theta <= 0.6157747507095337:
            if theta_dot <= -0.23023291677236557:
                if sin_theta <= -0.39435237646102905:
                    return _clip([0.4617684842669722])
                else:
                    return _clip([-1.1680494725140538])
            else:
                if cos_theta <= 0.48761633038520813:
                    return _clip([1.8512447922955935])
                else:
                    return _clip([0.8291068771477268])
        else:
            if theta_dot <= 0.6883220672607422:
                if theta_dot <= -2.002497971057892:
                    return _clip([0.634587948726114])
                else:
                    return _clip([0.2864972821913516])
            else:
                if theta_dot <= 3.6141393184661865:
                    return _clip([-0.33132923921325963])
                else:
                    return _clip([-1.0062646604727357])
    else:
        if theta_dot <= 1.612654209136963:
            if cos_theta <= 0.6507384181022644:
                if theta_dot <= -4.6997692584991455:
                    return _clip([-0.8574852383188443])
                else:
                    return _clip([-1.7621935702164597])
            else:
                if theta_dot <= -2.1147483587265015:
                    return _clip([0.09164004952835962])
                else:
                    return _clip([-0.7166866171656087])
        else:
            if cos_theta <= -0.8014400899410248:
                if theta_dot <= 7.984482765197754:
                    return _clip([1.605243837201353])
                else:
                    return _clip([-0.18512725596336316])
            else:
                if theta_dot <= 2.1708675622940063:
                    return _clip([-0.8105381734054887])
                else:
                    return _clip([-0.3252133550135244])
