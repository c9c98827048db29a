"""Pendulum-v1: pmoe seed 0, distilled into tree-d4

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
    if sin_theta <= -0.017985028214752674:
        if theta_dot <= 4.798978328704834:
            if theta_dot <= -0.6254800856113434:
                if cos_theta <= 0.0866004042327404:
                    return _clip([-1.193505441647808])
                else:
                    return _clip([1.68161085442568])
            else:
                if cos_theta <= 0.9654219150543213:
                    return _clip([1.661777625930132])
                else:
                    return _clip([0.5777437315358647])
        else:
            if cos_theta <= -0.3219859004020691:
                if theta_dot <= 6.471822261810303:
                    return _clip([1.445772413794402])
                else:
                    return _clip([-1.2126971171859413])
            else:
                if cos_theta <= 0.0030091735534369946:
                    return _clip([-1.2261064132320663])
                else:
                    return _clip([-1.8280941980760816])
    else:
        if theta_dot <= -4.932821035385132:
            if cos_theta <= -0.32070957124233246:
                if theta_dot <= -7.310369968414307:
                    return _clip([0.90715617834931])
                else:
                    return _clip([-1.1385942823836226])
            else:
                if cos_theta <= -0.021633309312164783:
                    return _clip([1.129774833152234])
                else:
                    return _clip([1.8141607827609456])
        else:
            if theta_dot <= 0.6416649520397186:
                if sin_theta <= 0.41446031630039215:
                    return _clip([-0.5783026985559592])
                else:
                    return _clip([-1.6187491247209824])
            else:
                if cos_theta <= 0.11228587105870247:
                    return _clip([1.3402367056894322])
                else:
                    return _clip([-1.3608128430550817])
