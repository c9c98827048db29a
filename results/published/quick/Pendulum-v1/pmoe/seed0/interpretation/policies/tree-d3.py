"""Pendulum-v1: pmoe seed 0, distilled into tree-d3

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
    if sin_theta <= -0.03955654054880142:
        if theta_dot <= 5.473968744277954:
            if theta_dot <= -0.626234382390976:
                return _clip([-0.7444325454656534])
            else:
                return _clip([1.187334754648858])
        else:
            if cos_theta <= -0.4227287024259567:
                return _clip([-0.030884846081201435])
            else:
                return _clip([-1.7899156264577614])
    else:
        if theta_dot <= 1.6402143239974976:
            if theta_dot <= -0.6671583354473114:
                return _clip([-1.679518423278657])
            else:
                return _clip([-0.9643762772098985])
        else:
            if cos_theta <= 0.48095574975013733:
                return _clip([1.1395476176014196])
            else:
                return _clip([-1.489448333663691])
