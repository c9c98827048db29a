"""Pendulum-v1: pmoe seed 1, distilled into tree-d4

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
    if theta_dot <= 3.4283909797668457:
        if theta_dot <= -5.125342607498169:
            if cos_theta <= -0.5396360158920288:
                if theta_dot <= -5.403276205062866:
                    return _clip([-0.05056362023035189])
                else:
                    return _clip([-1.5924888477135983])
            else:
                if sin_theta <= -0.868071973323822:
                    return _clip([0.4641735991089833])
                else:
                    return _clip([1.8720625575375567])
        else:
            if sin_theta <= -0.10593455657362938:
                if sin_theta <= -0.30881571769714355:
                    return _clip([1.6040042150898035])
                else:
                    return _clip([0.6165384733754908])
            else:
                if cos_theta <= 0.9981243312358856:
                    return _clip([-1.431252514870073])
                else:
                    return _clip([-0.3212873811724734])
    else:
        if cos_theta <= 0.3480267971754074:
            if theta_dot <= 5.469811916351318:
                if cos_theta <= 0.30696289241313934:
                    return _clip([1.6207786026888418])
                else:
                    return _clip([0.590130399465354])
            else:
                if sin_theta <= -0.7037561237812042:
                    return _clip([-1.6701907027505074])
                else:
                    return _clip([0.2545703369080601])
        else:
            if sin_theta <= 0.49716925621032715:
                if sin_theta <= -0.8423391580581665:
                    return _clip([-1.6211511964910177])
                else:
                    return _clip([-1.9305656643725626])
            else:
                if cos_theta <= 0.7522326707839966:
                    return _clip([-0.8462193972607941])
                else:
                    return _clip([-1.3757045755223847])
