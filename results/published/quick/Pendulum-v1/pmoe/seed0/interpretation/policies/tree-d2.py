"""Pendulum-v1: pmoe seed 0, distilled into tree-d2

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
    if theta_dot <= -5.229744911193848:
        if cos_theta <= -0.4070291966199875:
            return _clip([0.4017553723812169])
        else:
            return _clip([1.8892393559443832])
    else:
        if theta_dot <= 0.7078979909420013:
            return _clip([-0.9187600103326515])
        else:
            return _clip([0.35472546377466874])
