"""Pendulum-v1: smose seed 1, distilled into tree-d4

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
    if sin_theta <= -0.13675574958324432:
        if cos_theta <= 0.9337258636951447:
            if theta_dot <= 5.184698820114136:
                if cos_theta <= -0.6440569460391998:
                    return _clip([1.0737331774161492])
                else:
                    return _clip([1.4939880666604388])
            else:
                if theta_dot <= 6.202682018280029:
                    return _clip([1.6865135429654154])
                else:
                    return _clip([1.8647373650945862])
        else:
            if theta_dot <= 0.1071653962135315:
                if theta_dot <= -2.9095280170440674:
                    return _clip([1.4299448104291719])
                else:
                    return _clip([1.7585720958440663])
            else:
                if theta_dot <= 3.6092069149017334:
                    return _clip([-0.9433769783177468])
                else:
                    return _clip([1.3080192906721986])
    else:
        if sin_theta <= 0.38737717270851135:
            if theta_dot <= 5.154123544692993:
                if theta_dot <= 1.048150360584259:
                    return _clip([0.2282049924425449])
                else:
                    return _clip([-1.2425347861637632])
            else:
                if cos_theta <= -0.0017397105693817139:
                    return _clip([1.8220461883633934])
                else:
                    return _clip([1.2082917887127327])
        else:
            if theta_dot <= 7.017490386962891:
                if theta_dot <= -2.3084986209869385:
                    return _clip([-0.4217149735841807])
                else:
                    return _clip([-1.480693658961683])
            else:
                if cos_theta <= -0.2357863336801529:
                    return _clip([1.8199737011833421])
                else:
                    return _clip([1.5022059868010487])
