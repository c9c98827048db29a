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
        -0.1510271281003952 + 0.30561476945877075 * cos_theta + 0.02429766207933426 * sin_theta - 0.8434520363807678 * theta_dot,  # expert 0
        0.3893972933292389 - 0.7562655806541443 * cos_theta - 0.8996325135231018 * sin_theta + 0.41330549120903015 * theta_dot,  # expert 1
        0.8920373320579529 - 0.35083672404289246 * cos_theta + 1.20253324508667 * sin_theta - 0.3662484586238861 * theta_dot,  # expert 2
        -1.063425898551941 + 0.8337970972061157 * cos_theta - 0.18566623330116272 * sin_theta - 0.360660195350647 * theta_dot,  # expert 3
        -0.5133538246154785 - 0.4268486499786377 * cos_theta - 0.8378488421440125 * sin_theta - 0.5059927701950073 * theta_dot,  # expert 4
        -0.29885536432266235 + 0.29562729597091675 * cos_theta + 0.32775935530662537 * sin_theta + 0.6298237442970276 * theta_dot,  # expert 5
        0.023519517853856087 - 0.7495690584182739 * cos_theta - 0.6565975546836853 * sin_theta + 0.5278418064117432 * theta_dot,  # expert 6
        0.2567540109157562 + 0.7858715057373047 * cos_theta + 0.23576673865318298 * sin_theta + 0.44175130128860474 * theta_dot,  # expert 7
    ]


def expert_0(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -0.19524896144866943 + 0.5905913710594177 * cos_theta - 0.7007862329483032 * sin_theta - 0.03394525870680809 * theta_dot,  # torque
    ]


def expert_1(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.4706951081752777 - 1.4188611507415771 * cos_theta - 1.3276830911636353 * sin_theta + 1.181984305381775 * theta_dot,  # torque
    ]


def expert_2(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -1.5338492393493652 + 1.40836763381958 * cos_theta - 0.6543697118759155 * sin_theta + 0.2814110815525055 * theta_dot,  # torque
    ]


def expert_3(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -0.28297874331474304 - 0.28428804874420166 * cos_theta + 0.08183474093675613 * sin_theta - 0.553865373134613 * theta_dot,  # torque
    ]


def expert_4(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.5481589436531067 - 0.5979654788970947 * cos_theta - 0.8102174997329712 * sin_theta + 0.36555543541908264 * theta_dot,  # torque
    ]


def expert_5(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.28274062275886536 + 0.25244203209877014 * cos_theta - 0.4932001531124115 * sin_theta - 0.023535534739494324 * theta_dot,  # torque
    ]


def expert_6(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.593830943107605 - 0.5402908325195312 * cos_theta - 0.37610626220703125 * sin_theta + 0.7772631049156189 * theta_dot,  # torque
    ]


def expert_7(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.19775621592998505 - 0.2022944539785385 * cos_theta - 0.3726576566696167 * sin_theta - 0.3433273136615753 * theta_dot,  # torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
