"""Pendulum-v1: sac-l seed 1, distilled into tree-d3

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
    if sin_theta <= -0.24574869126081467:
        if theta_dot <= 3.6146326065063477:
            if theta_dot <= -1.182432770729065:
                return _clip([-0.7783131955463409])
            else:
                return _clip([1.7606523330779211])
        else:
            if cos_theta <= 0.12131009995937347:
                return _clip([1.104438050071326])
            else:
                return _clip([-1.8642803606034621])
    else:
        if cos_theta <= -0.718945175409317:
            if theta_dot <= -0.0566600039601326:
                return _clip([-1.762182907725869])
            else:
                return _clip([1.3451834220069583])
        else:
            if sin_theta <= 0.43048520386219025:
                return _clip([-0.9168135610883784])
            else:
                return _clip([-1.703430138420031])
