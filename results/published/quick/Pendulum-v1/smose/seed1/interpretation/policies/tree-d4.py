"""Pendulum-v1: smose seed 1, distilled into tree-d4

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
    if sin_theta <= 0.04114994592964649:
        if cos_theta <= 0.9999518692493439:
            if theta_dot <= 6.0331830978393555:
                if theta_dot <= 1.0008776783943176:
                    return _clip([1.5743895704254915])
                else:
                    return _clip([1.231444730873131])
            else:
                if cos_theta <= 0.6173511743545532:
                    return _clip([1.9242820571419945])
                else:
                    return _clip([1.7661267363264428])
        else:
            if cos_theta <= 0.9999902546405792:
                return _clip([-1.7607886791229248])
            else:
                if cos_theta <= 0.9999956488609314:
                    return _clip([1.4333170729577573])
                else:
                    return _clip([1.4608618021011353])
    else:
        if theta_dot <= -5.070765733718872:
            if cos_theta <= -0.36133360862731934:
                if theta_dot <= -6.3069798946380615:
                    return _clip([1.5328873864387815])
                else:
                    return _clip([-1.9608931345171972])
            else:
                if theta_dot <= -5.361847162246704:
                    return _clip([1.8530576284016567])
                else:
                    return _clip([1.573211936152034])
        else:
            if theta_dot <= 4.070497274398804:
                if sin_theta <= 0.45858557522296906:
                    return _clip([-0.22652356308485833])
                else:
                    return _clip([-1.335696554101538])
            else:
                if theta_dot <= 5.56719708442688:
                    return _clip([0.5185932547965012])
                else:
                    return _clip([1.657041855138024])
