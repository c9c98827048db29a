"""Hopper-v5: pmoe seed 0, distilled into tree-d4

act(obs) -> one action per actuator; obs in the order of FEATURES.
"""

FEATURES = ['torso_z', 'torso_angle', 'thigh_angle', 'leg_angle', 'foot_angle', 'torso_vx', 'torso_vz', 'torso_angvel', 'thigh_angvel', 'leg_angvel', 'foot_angvel']
ACTUATORS = ['thigh_torque', 'leg_torque', 'foot_torque']
LOW = [-1.0, -1.0, -1.0]
HIGH = [1.0, 1.0, 1.0]


def _clip(action):
    return [min(max(a, lo), hi) for a, lo, hi in zip(action, LOW, HIGH)]


def act(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    if thigh_angle <= 0.0014242409961298108:
        if thigh_angle <= -0.035445475950837135:
            if foot_angvel <= 1.5889436602592468:
                if torso_angvel <= 0.8123396635055542:
                    return _clip([0.19137168853090467, 0.29491663105708904, 0.14452160954102702])
                else:
                    return _clip([-0.29277539683181075, 0.12009894134605452, 0.01252483048230981])
            else:
                if thigh_angvel <= -1.1476030945777893:
                    return _clip([0.27540217046931686, 0.26011050545482617, -0.6470572856896157])
                else:
                    return _clip([0.2206933468927555, 0.4422912978341783, -0.02778694830860395])
        else:
            if foot_angvel <= 1.4332930445671082:
                if thigh_angle <= -0.016559000127017498:
                    return _clip([0.3003896968695142, 0.6795764206808169, 0.5506854896822014])
                else:
                    return _clip([-0.02973133686315873, 0.553353692701349, 0.7635309970683306])
            else:
                if torso_angvel <= -0.6143476068973541:
                    return _clip([0.11874642583449817, -0.09147350712412523, 0.11960231223522602])
                else:
                    return _clip([-0.40612418167521463, -0.17382330052559408, 0.6709400546373853])
    else:
        if foot_angvel <= 3.9332406520843506:
            if foot_angle <= 0.025639117695391178:
                if foot_angvel <= 0.5183985917828977:
                    return _clip([0.003274356989363816, 0.760064842645331, 0.7698111221156313])
                else:
                    return _clip([-0.1710870331973553, 0.298552570951251, 0.812966237930379])
            else:
                if foot_angvel <= 3.315672755241394:
                    return _clip([-0.8691663231585659, -0.585971691242191, 0.5210293215632892])
                else:
                    return _clip([-0.9276116714767533, -0.5432218906390345, 0.08820119570009784])
        else:
            if foot_angvel <= 5.568075656890869:
                if leg_angle <= 0.003810383495874703:
                    return _clip([-0.9192404730313007, -0.516032199585848, -0.3311305997801773])
                else:
                    return _clip([-0.9582738876342773, -0.608607828617096, 0.1250639408826828])
            else:
                if foot_angvel <= 6.3369739055633545:
                    return _clip([-0.9595023102533212, -0.6228874733512454, -0.5684432208293745])
                else:
                    return _clip([-0.9751724771234599, -0.5801969601104537, -0.7816995155771299])
