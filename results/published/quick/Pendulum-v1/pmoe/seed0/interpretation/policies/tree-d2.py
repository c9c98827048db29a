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
    if theta_dot <= -0.4497850239276886:
        if sin_theta <= -0.5188212692737579:
            return _clip([-0.3975922647231602])
        else:
            return _clip([-1.5730690392448783])
    else:
        if theta_dot <= 3.486825466156006:
            return _clip([1.087530177337528])
        else:
            return _clip([-1.3957739727543295])
