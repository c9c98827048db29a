"""Pendulum-v1: smose seed 1, distilled into tree-d5

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
    if sin_theta <= -0.11829307675361633:
        if cos_theta <= -0.9913120269775391:
            return _clip([-1.5879034996032715])
        else:
            if theta_dot <= 4.93619704246521:
                if theta_dot <= 1.0535175204277039:
                    if cos_theta <= -0.38709887862205505:
                        return _clip([0.6205144596997996])
                    else:
                        return _clip([1.7298062376959564])
                else:
                    if cos_theta <= 0.9328478276729584:
                        return _clip([1.28866954783005])
                    else:
                        return _clip([-0.5519574772158929])
            else:
                if theta_dot <= 6.053606271743774:
                    if cos_theta <= 0.9373143911361694:
                        return _clip([1.707929765155407])
                    else:
                        return _clip([1.5319412475760734])
                else:
                    if cos_theta <= 0.6451564729213715:
                        return _clip([1.9096768942072513])
                    else:
                        return _clip([1.7595168545918771])
    else:
        if theta_dot <= -5.074644327163696:
            if cos_theta <= -0.3730524033308029:
                if theta_dot <= -6.4123077392578125:
                    if theta_dot <= -6.849413156509399:
                        return _clip([1.5322046880634477])
                    else:
                        return _clip([1.159607605144577])
                else:
                    if sin_theta <= 0.006801721872761846:
                        return _clip([0.9796084382849336])
                    else:
                        return _clip([-1.9348707753125658])
            else:
                if theta_dot <= -5.352938413619995:
                    if cos_theta <= 0.2938687205314636:
                        return _clip([1.8016973648503942])
                    else:
                        return _clip([1.8487847807730347])
                else:
                    if cos_theta <= 0.2969212755560875:
                        return _clip([1.4465354456980937])
                    else:
                        return _clip([1.7568718514888366])
        else:
            if theta_dot <= 4.99908447265625:
                if sin_theta <= 0.4442775696516037:
                    if theta_dot <= 0.971887469291687:
                        return _clip([0.2356970518884615])
                    else:
                        return _clip([-0.8954807049615077])
                else:
                    if theta_dot <= -4.522332429885864:
                        return _clip([0.12661688250998057])
                    else:
                        return _clip([-1.3422740936278283])
            else:
                if cos_theta <= 0.36246758699417114:
                    if theta_dot <= 6.295975685119629:
                        return _clip([1.5486460676144942])
                    else:
                        return _clip([1.8721725739085018])
                else:
                    if theta_dot <= 5.567429542541504:
                        return _clip([-0.40323472549161804])
                    else:
                        return _clip([1.2978739131129036])
