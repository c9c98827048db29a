"""Pendulum-v1: pmoe seed 0, distilled into tree-d3

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
    if theta_dot <= 0.20067812502384186:
        if cos_theta <= 0.9974612891674042:
            if sin_theta <= -0.7561618089675903:
                return _clip([0.9178545037900046])
            else:
                return _clip([-1.5796563920437958])
        else:
            if theta_dot <= 0.07937325909733772:
                return _clip([1.0031040498964348])
            else:
                return _clip([-1.4985924520143121])
    else:
        if theta_dot <= 4.259945392608643:
            if cos_theta <= 0.6701433062553406:
                return _clip([1.7331424732214529])
            else:
                return _clip([-0.9633063716910973])
        else:
            if cos_theta <= -0.33339256048202515:
                return _clip([0.012633198107626325])
            else:
                return _clip([-1.8349292840356293])
