"""Pendulum-v1: sac-l seed 0, distilled into linear

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
        -0.03759538611926258 - 0.21669379507883882 * cos_theta - 1.4083143356573427 * sin_theta + 0.21853069278960222 * theta_dot,  # torque
    ])
