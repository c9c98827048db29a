"""Pendulum-v1: smose seed 0, its own policy

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
        -0.14309531450271606 + 0.29221516847610474 * cos_theta + 0.029324643313884735 * sin_theta - 0.8429558873176575 * theta_dot,  # expert 0
        0.39356833696365356 - 0.7650440335273743 * cos_theta - 0.8967527747154236 * sin_theta + 0.4099470376968384 * theta_dot,  # expert 1
        0.9003446698188782 - 0.3491402566432953 * cos_theta + 1.2087982892990112 * sin_theta - 0.35258403420448303 * theta_dot,  # expert 2
        -1.0622683763504028 + 0.8299821019172668 * cos_theta - 0.216463103890419 * sin_theta - 0.35778406262397766 * theta_dot,  # expert 3
        -0.5063516497612 - 0.432185560464859 * cos_theta - 0.8491082191467285 * sin_theta - 0.5149579644203186 * theta_dot,  # expert 4
        -0.30216726660728455 + 0.2993834614753723 * cos_theta + 0.31816333532333374 * sin_theta + 0.6233203411102295 * theta_dot,  # expert 5
        0.000976845738478005 - 0.7264506816864014 * cos_theta - 0.6452740430831909 * sin_theta + 0.5359619855880737 * theta_dot,  # expert 6
        0.25681811571121216 + 0.7836174368858337 * cos_theta + 0.2201678454875946 * sin_theta + 0.4409121572971344 * theta_dot,  # expert 7
    ]


def expert_0(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -0.22172562777996063 + 0.5766003131866455 * cos_theta - 0.7921115159988403 * sin_theta - 0.010883009992539883 * theta_dot,  # torque
    ]


def expert_1(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.4688621163368225 - 1.4170725345611572 * cos_theta - 1.319779872894287 * sin_theta + 1.1877672672271729 * theta_dot,  # torque
    ]


def expert_2(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -1.5350433588027954 + 1.402579665184021 * cos_theta - 0.6659476161003113 * sin_theta + 0.2940317988395691 * theta_dot,  # torque
    ]


def expert_3(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -0.28299808502197266 - 0.2843100428581238 * cos_theta + 0.0818534716963768 * sin_theta - 0.5538464188575745 * theta_dot,  # torque
    ]


def expert_4(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.5448060035705566 - 0.5932199954986572 * cos_theta - 0.8084907531738281 * sin_theta + 0.3720097541809082 * theta_dot,  # torque
    ]


def expert_5(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.2530995309352875 + 0.26281067728996277 * cos_theta - 0.5292471051216125 * sin_theta - 0.061802420765161514 * theta_dot,  # torque
    ]


def expert_6(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.5740261077880859 - 0.5204841494560242 * cos_theta - 0.364348441362381 * sin_theta + 0.7601215839385986 * theta_dot,  # torque
    ]


def expert_7(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.2047785520553589 - 0.19058115780353546 * cos_theta - 0.37549322843551636 * sin_theta - 0.3399418592453003 * theta_dot,  # torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
