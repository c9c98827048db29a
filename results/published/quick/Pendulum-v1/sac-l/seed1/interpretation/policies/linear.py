"""Pendulum-v1: sac-l seed 1, distilled into linear

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
        -0.13227331789861202 - 0.1853199001690648 * cos_theta - 1.5572966816141474 * sin_theta + 0.07548370998478793 * theta_dot,  # torque
    ])
