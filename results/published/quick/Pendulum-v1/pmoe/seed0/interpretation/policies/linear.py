"""Pendulum-v1: pmoe seed 0, distilled into linear

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
    return _clip([
        0.06471748334042567 + 0.06503111920758126 * cos_theta - 1.30702005923667 * sin_theta - 0.18861805006008633 * theta_dot,  # torque
    ])
