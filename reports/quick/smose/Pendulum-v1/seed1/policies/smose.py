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
        0.26767340302467346 + 0.7934257984161377 * cos_theta - 1.015902042388916 * sin_theta - 0.2656695246696472 * theta_dot,  # expert 0
        -0.19594483077526093 - 0.108662448823452 * cos_theta - 0.4069182574748993 * sin_theta + 0.5284326076507568 * theta_dot,  # expert 1
        0.49067428708076477 - 0.715214729309082 * cos_theta + 0.9623301029205322 * sin_theta - 0.18002402782440186 * theta_dot,  # expert 2
        0.6172961592674255 + 0.5715333819389343 * cos_theta + 1.1215254068374634 * sin_theta + 0.19228114187717438 * theta_dot,  # expert 3
        -0.8392514586448669 - 0.4400768578052521 * cos_theta - 0.18840575218200684 * sin_theta - 0.4135449230670929 * theta_dot,  # expert 4
        0.6352792382240295 - 0.8768184185028076 * cos_theta - 0.5204243659973145 * sin_theta + 0.1883876770734787 * theta_dot,  # expert 5
        -0.20435737073421478 + 0.6647428274154663 * cos_theta - 0.005406534299254417 * sin_theta - 0.5396686792373657 * theta_dot,  # expert 6
        0.33599814772605896 - 0.4111129343509674 * cos_theta - 0.6035493016242981 * sin_theta - 0.21111562848091125 * theta_dot,  # expert 7
    ]


def expert_0(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.8484328389167786 + 1.4035414457321167 * cos_theta - 1.321230411529541 * sin_theta - 0.6727803349494934 * theta_dot,  # torque
    ]


def expert_1(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.18847817182540894 - 0.49183982610702515 * cos_theta - 0.31159865856170654 * sin_theta + 0.2878110110759735 * theta_dot,  # torque
    ]


def expert_2(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -0.724988579750061 + 1.294871211051941 * cos_theta - 1.3562718629837036 * sin_theta + 0.7625824213027954 * theta_dot,  # torque
    ]


def expert_3(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -1.0755248069763184 - 0.4711146652698517 * cos_theta - 0.7669598460197449 * sin_theta - 0.5575381517410278 * theta_dot,  # torque
    ]


def expert_4(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        -0.3814058005809784 - 0.29515862464904785 * cos_theta + 0.3059479296207428 * sin_theta - 0.29857397079467773 * theta_dot,  # torque
    ]


def expert_5(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        1.5771358013153076 - 1.004906177520752 * cos_theta - 1.1899588108062744 * sin_theta + 0.4708632230758667 * theta_dot,  # torque
    ]


def expert_6(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.8620586395263672 + 0.36144572496414185 * cos_theta - 0.03116139955818653 * sin_theta - 0.27908554673194885 * theta_dot,  # torque
    ]


def expert_7(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    return [
        0.71980220079422 - 0.20790818333625793 * cos_theta + 0.07706230133771896 * sin_theta + 0.4603365957736969 * theta_dot,  # torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
