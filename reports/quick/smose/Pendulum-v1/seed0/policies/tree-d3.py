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
    if sin_theta <= 0.28665420413017273:
        if theta_dot <= 0.9530682861804962:
            if cos_theta <= -0.8097376525402069:
                return _clip([-0.7327866429979804])
            else:
                return _clip([0.5391027765100653])
        else:
            if cos_theta <= 0.550954282283783:
                return _clip([1.914577144581713])
            else:
                return _clip([-0.5490622865483353])
    else:
        if sin_theta <= 0.6739494204521179:
            if theta_dot <= 1.7395794987678528:
                return _clip([-0.6990621165578679])
            else:
                return _clip([0.6865489596207137])
        else:
            if theta_dot <= 1.3872246146202087:
                return _clip([-1.5673407225274192])
            else:
                return _clip([-0.6181974277328586])
