"""Pendulum-v1: smose seed 0, distilled into tree-d3

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
    if sin_theta <= 0.4840697646141052:
        if cos_theta <= 0.6722814440727234:
            if theta_dot <= 0.14926456660032272:
                return _clip([-0.4721735863418745])
            else:
                return _clip([1.815949066381916])
        else:
            if theta_dot <= 1.0072471499443054:
                return _clip([0.4512354988806903])
            else:
                return _clip([-0.7054264070694118])
    else:
        if theta_dot <= 0.14983496069908142:
            if cos_theta <= 0.568114161491394:
                return _clip([-1.5994118516601767])
            else:
                return _clip([-0.526237489937018])
        else:
            if cos_theta <= -0.7897877395153046:
                return _clip([1.1222882240762075])
            else:
                return _clip([-0.46157989974883146])
