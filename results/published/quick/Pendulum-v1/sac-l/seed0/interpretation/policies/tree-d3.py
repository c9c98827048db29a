"""Pendulum-v1: sac-l seed 0, distilled into tree-d3

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
    if theta_dot <= 0.21092595905065536:
        if cos_theta <= 0.8399523198604584:
            if sin_theta <= -0.7952221035957336:
                return _clip([0.9939634119702767])
            else:
                return _clip([-1.5528459142564635])
        else:
            if theta_dot <= -0.024044738071211214:
                return _clip([1.5200615185511237])
            else:
                return _clip([-0.24661474490336158])
    else:
        if cos_theta <= 0.1880737692117691:
            if sin_theta <= 0.8572691380977631:
                return _clip([1.834048147310682])
            else:
                return _clip([-1.1450200580551635])
        else:
            if theta_dot <= 0.9383576214313507:
                return _clip([0.8228289551198987])
            else:
                return _clip([-1.859793455013305])
