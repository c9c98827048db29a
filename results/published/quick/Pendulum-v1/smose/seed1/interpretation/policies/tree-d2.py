"""Pendulum-v1: smose seed 1, distilled into tree-d2

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
    if sin_theta <= 0.06592011079192162:
        if cos_theta <= 0.9958108365535736:
            return _clip([1.3367133898004773])
        else:
            return _clip([0.36443694708689484])
    else:
        if theta_dot <= 5.7521185874938965:
            return _clip([-0.5574495282235892])
        else:
            return _clip([1.6507686767580223])
