"""Pendulum-v1: smose seed 0, distilled into tree-d2

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
    if theta_dot <= 0.25881147384643555:
        if sin_theta <= -0.14098969101905823:
            return _clip([0.003204662636274443])
        else:
            return _clip([-1.4943327168960807])
    else:
        if sin_theta <= 0.4285023808479309:
            return _clip([1.430053673622631])
        else:
            return _clip([-0.36953917245268153])
