"""Pendulum-v1: pmoe seed 1, distilled into tree-d3

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
    if theta_dot <= 3.4490376710891724:
        if sin_theta <= -0.08988174051046371:
            if cos_theta <= -0.04686505161225796:
                return _clip([0.03210591735449358])
            else:
                return _clip([1.625047348320056])
        else:
            if theta_dot <= -1.6112907528877258:
                return _clip([0.5730951536800065])
            else:
                return _clip([-0.9578376022000604])
    else:
        if cos_theta <= 0.3857051730155945:
            if theta_dot <= 5.635464668273926:
                return _clip([1.2633229811021618])
            else:
                return _clip([-1.0489944650582272])
        else:
            if sin_theta <= 0.5661344230175018:
                return _clip([-1.8517854588699243])
            else:
                return _clip([-0.7734883619630238])
