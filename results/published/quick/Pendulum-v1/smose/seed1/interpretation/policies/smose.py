"""Pendulum-v1: smose seed 1, its own policy

act(obs) -> one action per actuator; obs in the order of FEATURES.
"""

import math

FEATURES = ['cos_theta', 'sin_theta', 'theta_dot']
ACTUATORS = ['torque']
LOW = [-2.0]
HIGH = [2.0]


def _clip(action):
    return [min(max(a, lo), hi) for a, lo, hi in zip(action, LOW, HIGH)]


SCALE = [2.0]
OFFSET = [0.0]


def router_logits(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.3072345554828644 + 0.8182490468025208 * cos_theta - 1.048282504081726 * sin_theta - 0.2620720863342285 * theta_dot,  # expert 0
        -0.1863574981689453 - 0.10795199871063232 * cos_theta - 0.40264999866485596 * sin_theta + 0.5341603755950928 * theta_dot,  # expert 1
        0.4596845507621765 - 0.724180281162262 * cos_theta + 0.9260572195053101 * sin_theta - 0.17794370651245117 * theta_dot,  # expert 2
        0.617219090461731 + 0.560545802116394 * cos_theta + 1.1376627683639526 * sin_theta + 0.1548280268907547 * theta_dot,  # expert 3
        -0.8330279588699341 - 0.4574994444847107 * cos_theta - 0.17575722932815552 * sin_theta - 0.4253900945186615 * theta_dot,  # expert 4
        0.6149906516075134 - 0.885150671005249 * cos_theta - 0.48528048396110535 * sin_theta + 0.18307840824127197 * theta_dot,  # expert 5
        -0.20760446786880493 + 0.6685774922370911 * cos_theta + 0.03454551473259926 * sin_theta - 0.5323806405067444 * theta_dot,  # expert 6
        0.33416733145713806 - 0.4142305552959442 * cos_theta - 0.5996203422546387 * sin_theta - 0.20865514874458313 * theta_dot,  # expert 7
    ]


def expert_0(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.8724255561828613 + 1.4238109588623047 * cos_theta - 1.3493629693984985 * sin_theta - 0.6589879989624023 * theta_dot,  # torque
    ]


def expert_1(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.20088763535022736 - 0.48442280292510986 * cos_theta - 0.3137272894382477 * sin_theta + 0.30017945170402527 * theta_dot,  # torque
    ]


def expert_2(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -0.7184171080589294 + 1.2993109226226807 * cos_theta - 1.3375422954559326 * sin_theta + 0.755882203578949 * theta_dot,  # torque
    ]


def expert_3(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -1.0808799266815186 - 0.46765366196632385 * cos_theta - 0.7810723781585693 * sin_theta - 0.5405378341674805 * theta_dot,  # torque
    ]


def expert_4(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -0.38924136757850647 - 0.2878815531730652 * cos_theta + 0.3156731128692627 * sin_theta - 0.28944748640060425 * theta_dot,  # torque
    ]


def expert_5(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        1.5719823837280273 - 1.0060759782791138 * cos_theta - 1.1744798421859741 * sin_theta + 0.4693529009819031 * theta_dot,  # torque
    ]


def expert_6(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.8619881868362427 + 0.37103816866874695 * cos_theta - 0.014737296849489212 * sin_theta - 0.27406713366508484 * theta_dot,  # torque
    ]


def expert_7(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.7212334871292114 - 0.20945799350738525 * cos_theta + 0.07545074075460434 * sin_theta + 0.4588162899017334 * theta_dot,  # torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
