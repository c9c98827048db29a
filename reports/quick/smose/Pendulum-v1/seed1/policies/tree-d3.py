"""Pendulum-v1: smose seed 1, distilled into tree-d3

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
    if sin_theta <= -0.001812379457987845:
        if cos_theta <= 0.9886173009872437:
            if theta_dot <= 4.352743625640869:
                return _clip([1.2519046873933422])
            else:
                return _clip([1.6742998252547419])
        else:
            if theta_dot <= 0.17632517963647842:
                return _clip([1.4427732111907519])
            else:
                return _clip([-0.793537625176217])
    else:
        if theta_dot <= -5.4052770137786865:
            if cos_theta <= -0.3122760206460953:
                return _clip([-1.6486919464205614])
            else:
                return _clip([1.8570471971245794])
        else:
            if cos_theta <= -0.8875727653503418:
                return _clip([0.10548952519329909])
            else:
                return _clip([-1.2234803262322749])
