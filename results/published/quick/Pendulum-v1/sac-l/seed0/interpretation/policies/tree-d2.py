"""Pendulum-v1: sac-l seed 0, distilled into tree-d2

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
    if theta_dot <= 0.07642696425318718:
        if cos_theta <= 0.8394016325473785:
            return _clip([-1.5742773611482748])
        else:
            return _clip([0.11291541602373557])
    else:
        if cos_theta <= 0.24453121423721313:
            return _clip([1.7227176874679604])
        else:
            return _clip([-1.0253960506067292])
