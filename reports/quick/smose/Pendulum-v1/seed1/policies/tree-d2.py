"""Pendulum-v1: smose seed 1, distilled into tree-d2

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
    if sin_theta <= -0.04043447598814964:
        if cos_theta <= 0.9882422387599945:
            return _clip([1.4041125305139208])
        else:
            return _clip([-0.224109478385684])
    else:
        if theta_dot <= -5.116719007492065:
            return _clip([1.2651537170680311])
        else:
            return _clip([-0.9184643070485771])
