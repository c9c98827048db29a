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
    if sin_theta <= -0.14353515952825546:
        if cos_theta <= 0.9292303919792175:
            if theta_dot <= 4.374724626541138:
                if cos_theta <= -0.738652229309082:
                    if theta_dot <= -1.448964774608612:
                        return _clip([-0.17126712459757648])
                    else:
                        return _clip([1.8758951331976912])
                else:
                    if theta_dot <= 0.7382660508155823:
                        return _clip([1.636254846541241])
                    else:
                        return _clip([1.1482008732901647])
            else:
                if theta_dot <= 5.423442840576172:
                    if cos_theta <= 0.46035338938236237:
                        return _clip([1.6359132323634225])
                    else:
                        return _clip([1.3427737042152834])
                else:
                    if theta_dot <= 6.228544235229492:
                        return _clip([1.7527544584471357])
                    else:
                        return _clip([1.870939269494512])
        else:
            if theta_dot <= 0.04892328381538391:
                if theta_dot <= -1.589188277721405:
                    if theta_dot <= -1.969072937965393:
                        return _clip([1.8265128170909921])
                    else:
                        return _clip([1.7517016100999117])
                else:
                    if theta_dot <= -0.9757306277751923:
                        return _clip([1.679681391619356])
                    else:
                        return _clip([1.5824275092270228])
            else:
                if theta_dot <= 2.64144229888916:
                    if theta_dot <= 1.7130177021026611:
                        return _clip([-1.026612022822721])
                    else:
                        return _clip([-1.345903037691963])
                else:
                    if theta_dot <= 4.309157133102417:
                        return _clip([0.519597343804674])
                    else:
                        return _clip([1.3617063375191425])
    else:
        if sin_theta <= 0.4142910838127136:
            if theta_dot <= 5.12959361076355:
                if theta_dot <= 0.963809072971344:
                    if theta_dot <= -0.23342979699373245:
                        return _clip([-0.6251693725731322])
                    else:
                        return _clip([1.1491227509819655])
                else:
                    if cos_theta <= 0.003179699182510376:
                        return _clip([1.7523522033963859])
                    else:
                        return _clip([-1.6837695735695708])
            else:
                if cos_theta <= -0.9137628078460693:
                    if theta_dot <= 6.376392126083374:
                        return _clip([1.6272412603934083])
                    else:
                        return _clip([1.8797983057482017])
                else:
                    if sin_theta <= 0.04983879346400499:
                        return _clip([1.2983799022832239])
                    else:
                        return _clip([1.1810364491749108])
        else:
            if theta_dot <= 7.019156455993652:
                if theta_dot <= -4.257471323013306:
                    if cos_theta <= 0.02960511390119791:
                        return _clip([-1.9659284075892853])
                    else:
                        return _clip([1.27786186368526])
                else:
                    if theta_dot <= 6.138123512268066:
                        return _clip([-1.314372663176897])
                    else:
                        return _clip([-1.8593214621673146])
            else:
                if cos_theta <= -0.23431020230054855:
                    if cos_theta <= -0.6416090130805969:
                        return _clip([1.8782954626804642])
                    else:
                        return _clip([1.755893867855015])
                else:
                    if cos_theta <= 0.1522902250289917:
                        return _clip([1.4777740123384804])
                    else:
                        return _clip([-1.9837139133867412])
