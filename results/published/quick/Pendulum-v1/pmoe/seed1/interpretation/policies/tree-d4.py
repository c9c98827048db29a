"""Pendulum-v1: pmoe seed 1, distilled into tree-d4

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
    if theta_dot <= -3.1654000282287598:
        if cos_theta <= 0.017251664772629738:
            if theta_dot <= -6.078275680541992:
                if sin_theta <= 0.7295407652854919:
                    return _clip([-0.02221972943175476])
                else:
                    return _clip([1.5030148992673653])
            else:
                if sin_theta <= -0.43622367084026337:
                    return _clip([-0.41375850372637235])
                else:
                    return _clip([-1.611203858359869])
        else:
            if sin_theta <= -0.7423274517059326:
                if cos_theta <= 0.4354318082332611:
                    return _clip([0.6351660829472834])
                else:
                    return _clip([1.2352551106404743])
            else:
                if sin_theta <= 0.8598710298538208:
                    return _clip([1.872519921602516])
                else:
                    return _clip([1.6105341560881694])
    else:
        if cos_theta <= 0.5646604299545288:
            if theta_dot <= -0.631174623966217:
                if sin_theta <= -0.815131813287735:
                    return _clip([0.6294265270064702])
                else:
                    return _clip([-1.7929373711048133])
            else:
                if theta_dot <= 4.921175956726074:
                    return _clip([1.3621236673262977])
                else:
                    return _clip([-0.6744922320865396])
        else:
            if theta_dot <= 0.46909214556217194:
                if sin_theta <= -0.37978143244981766:
                    return _clip([1.8277904796433126])
                else:
                    return _clip([-0.5625354233733763])
            else:
                if theta_dot <= 3.4980963468551636:
                    return _clip([-1.6761990323890785])
                else:
                    return _clip([-1.869783907178646])
