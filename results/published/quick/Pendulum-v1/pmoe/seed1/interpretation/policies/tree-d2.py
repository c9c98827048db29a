"""Pendulum-v1: pmoe seed 1, distilled into tree-d2

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
    if theta_dot <= 4.485204219818115:
        if theta_dot <= -4.74393892288208:
            return _clip([1.4472965977363506])
        else:
            return _clip([-0.07724359039831474])
    else:
        if cos_theta <= -0.24057156592607498:
            return _clip([0.553888628058555])
        else:
            return _clip([-1.8403050725594328])
