"""Pendulum-v1: sac-l seed 1, distilled into tree-d2

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
    if theta_dot <= 0.02278103679418564:
        if cos_theta <= 0.26551611721515656:
            return _clip([-1.7233084926268267])
        else:
            return _clip([0.41920492035200796])
    else:
        if theta_dot <= 5.758301258087158:
            return _clip([1.6757615733046147])
        else:
            return _clip([-1.5139787853578959])
