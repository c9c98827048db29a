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
        -0.8708820015011329 - 0.7342824295019864 * cos_theta - 0.22432348581068973 * sin_theta + 0.007118054375409643 * theta_dot,  # torque
    ])
