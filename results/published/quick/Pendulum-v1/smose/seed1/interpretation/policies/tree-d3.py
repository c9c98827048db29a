"""Pendulum-v1: smose seed 1, distilled into tree-d3

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
    if theta_dot <= -0.43111003935337067:
        if sin_theta <= -0.7044991254806519:
            if cos_theta <= -0.4379219114780426:
                return _clip([-0.1739588306480045])
            else:
                return _clip([1.777425590278018])
        else:
            if cos_theta <= 0.041082240641117096:
                return _clip([-1.651734856274785])
            else:
                return _clip([-0.9970585271883324])
    else:
        if cos_theta <= 0.19582531601190567:
            if theta_dot <= 5.426780462265015:
                return _clip([1.3815276498698494])
            else:
                return _clip([1.871579062736559])
        else:
            if theta_dot <= 4.548279047012329:
                return _clip([-1.0438429165576637])
            else:
                return _clip([1.2974955107171433])
