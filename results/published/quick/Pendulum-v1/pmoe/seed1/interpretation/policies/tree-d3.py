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
    if theta_dot <= -5.283095359802246:
        if cos_theta <= -0.4423113316297531:
            if theta_dot <= -5.815986394882202:
                return _clip([-0.047027684264245175])
            else:
                return _clip([-1.5383241907318472])
        else:
            if cos_theta <= 0.05326664075255394:
                return _clip([1.3134569123090647])
            else:
                return _clip([1.8947397599247275])
    else:
        if theta_dot <= 4.383547782897949:
            if sin_theta <= -0.47933048009872437:
                return _clip([1.4647534659127048])
            else:
                return _clip([-1.2331229139313733])
        else:
            if cos_theta <= -0.5348311066627502:
                return _clip([0.17885023042919487])
            else:
                return _clip([-1.8109515134648297])
