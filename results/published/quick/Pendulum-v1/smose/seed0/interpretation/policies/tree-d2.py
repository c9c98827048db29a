"""Pendulum-v1: smose seed 0, distilled into tree-d2

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
    if theta_dot <= 0.23129825294017792:
        if cos_theta <= 0.3261016756296158:
            return _clip([-1.3194718340843268])
        else:
            return _clip([0.2592042782096004])
    else:
        if sin_theta <= 0.4841766953468323:
            return _clip([1.5223112222038528])
        else:
            return _clip([-0.2518384558607713])
