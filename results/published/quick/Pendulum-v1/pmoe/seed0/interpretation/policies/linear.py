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
        0.14504626516783597 - 0.2752646131938405 * cos_theta - 0.5265302670361101 * sin_theta - 0.15954491546002983 * theta_dot,  # torque
    ])
