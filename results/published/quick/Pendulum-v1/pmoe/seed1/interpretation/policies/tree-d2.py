"""Pendulum-v1: pmoe seed 1, distilled into tree-d2

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
    if theta_dot <= -4.763623476028442:
        if cos_theta <= -0.5174722075462341:
            return _clip([-0.6731024553923345])
        else:
            return _clip([1.769806079722792])
    else:
        if theta_dot <= 4.843965768814087:
            return _clip([-0.3904480652299963])
        else:
            return _clip([-1.5131783936543972])
