"""Pendulum-v1: sac-l seed 1, distilled into tree-d4

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
    if sin_theta <= -0.3265477418899536:
        if theta_dot <= 2.9255144596099854:
            if theta_dot <= -1.2059350609779358:
                if cos_theta <= -0.013826487585902214:
                    return _clip([-1.3213331085223516])
                else:
                    return _clip([1.623823512020765])
            else:
                if cos_theta <= -0.48477958142757416:
                    return _clip([1.1719713475405693])
                else:
                    return _clip([1.9008326639115205])
        else:
            if cos_theta <= 0.4749186038970947:
                if theta_dot <= 6.353504180908203:
                    return _clip([1.6224599124791936])
                else:
                    return _clip([-0.9153418355450055])
            else:
                if sin_theta <= -0.7274250090122223:
                    return _clip([-1.8060046773293004])
                else:
                    return _clip([-1.9588512768158384])
    else:
        if cos_theta <= -0.717331051826477:
            if theta_dot <= -0.040504129603505135:
                if theta_dot <= -5.122013807296753:
                    return _clip([-1.5782867809022973])
                else:
                    return _clip([-1.8541418352628518])
            else:
                if theta_dot <= 5.780100345611572:
                    return _clip([1.8525598407923636])
                else:
                    return _clip([0.76468510650184])
        else:
            if theta_dot <= 0.9396654367446899:
                if cos_theta <= 0.9036204218864441:
                    return _clip([-1.7054723056120338])
                else:
                    return _clip([0.6157572179381332])
            else:
                if cos_theta <= 0.04130586236715317:
                    return _clip([-0.08383113063669909])
                else:
                    return _clip([-1.9478647507575713])
