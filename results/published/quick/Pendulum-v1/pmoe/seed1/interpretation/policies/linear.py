"""Pendulum-v1: pmoe seed 1, distilled into linear

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
        -0.25387693528855726 - 0.12203496912329732 * cos_theta - 0.7275660396933341 * sin_theta - 0.1617790909032651 * theta_dot,  # torque
    ])
