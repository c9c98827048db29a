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
    if theta_dot <= -0.059871505945920944:
        if theta_dot <= -5.325091361999512:
            if cos_theta <= -0.356279119849205:
                if theta_dot <= -7.3281755447387695:
                    return _clip([1.1008550752602086])
                else:
                    return _clip([-1.0818223829006155])
            else:
                if sin_theta <= -0.9377525150775909:
                    return _clip([1.031901863141378])
                else:
                    return _clip([1.9424109357732637])
        else:
            if cos_theta <= 0.44931483268737793:
                if sin_theta <= -0.7025406360626221:
                    return _clip([0.18088641354856438])
                else:
                    return _clip([-1.6850798649846968])
            else:
                if theta_dot <= -1.5359059572219849:
                    return _clip([1.7615591930778054])
                else:
                    return _clip([0.5212947187049944])
    else:
        if cos_theta <= -0.023133627139031887:
            if theta_dot <= 6.624227046966553:
                if theta_dot <= 0.2563687339425087:
                    return _clip([0.670942909801307])
                else:
                    return _clip([1.7345135887867573])
            else:
                if sin_theta <= -0.007976716384291649:
                    return _clip([-1.7744710178680092])
                else:
                    return _clip([0.09507766819787641])
        else:
            if theta_dot <= 4.8994879722595215:
                if sin_theta <= -0.40527403354644775:
                    return _clip([1.5141503410007522])
                else:
                    return _clip([-1.483571244973406])
            else:
                if sin_theta <= 0.7212713956832886:
                    return _clip([-1.9468937159051523])
                else:
                    return _clip([-0.7055070957400729])
