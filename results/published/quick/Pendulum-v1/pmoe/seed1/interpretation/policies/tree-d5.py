"""Pendulum-v1: pmoe seed 1, distilled into tree-d5

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
    if theta_dot <= 2.553913712501526:
        if cos_theta <= 0.15069090574979782:
            if theta_dot <= -5.692356586456299:
                if sin_theta <= 0.7845834791660309:
                    if cos_theta <= -0.6033511757850647:
                        return _clip([-0.24182068116870487])
                    else:
                        return _clip([0.2108574815371351])
                else:
                    if cos_theta <= -0.1734953373670578:
                        return _clip([0.7816987847476314])
                    else:
                        return _clip([1.4682695919702764])
            else:
                if theta_dot <= -0.022973760962486267:
                    if sin_theta <= -0.090567322447896:
                        return _clip([-1.0806615671116262])
                    else:
                        return _clip([-1.7051235003067893])
                else:
                    if theta_dot <= 0.5964681208133698:
                        return _clip([0.04036676539968589])
                    else:
                        return _clip([1.083910125238434])
        else:
            if sin_theta <= -0.051256369799375534:
                if theta_dot <= -0.14603504538536072:
                    if cos_theta <= 0.431682750582695:
                        return _clip([0.7993256771759388])
                    else:
                        return _clip([1.6742299707334385])
                else:
                    if sin_theta <= -0.24595338851213455:
                        return _clip([1.6119173232451813])
                    else:
                        return _clip([1.0600067890884861])
            else:
                if theta_dot <= -3.077062964439392:
                    if cos_theta <= 0.40132179856300354:
                        return _clip([1.0297627309759676])
                    else:
                        return _clip([1.818022991571241])
                else:
                    if sin_theta <= 0.11939416080713272:
                        return _clip([-0.23273009001420586])
                    else:
                        return _clip([-1.634143013210703])
    else:
        if cos_theta <= 0.605597198009491:
            if theta_dot <= 4.768240451812744:
                if cos_theta <= 0.5787826478481293:
                    if sin_theta <= 0.6703126728534698:
                        return _clip([1.4833961955566621])
                    else:
                        return _clip([0.17776262676362578])
                else:
                    if theta_dot <= 3.609738349914551:
                        return _clip([1.096181510310017])
                    else:
                        return _clip([-1.2181941187057594])
            else:
                if cos_theta <= -0.05346415564417839:
                    if theta_dot <= 6.532158613204956:
                        return _clip([0.9645518657719336])
                    else:
                        return _clip([-0.6472824217200984])
                else:
                    if theta_dot <= 4.874955415725708:
                        return _clip([0.08309858479695297])
                    else:
                        return _clip([-1.2888374842459422])
        else:
            if cos_theta <= 0.7362217605113983:
                if theta_dot <= 3.309165358543396:
                    if sin_theta <= -0.695110023021698:
                        return _clip([0.9358259815023166])
                    else:
                        return _clip([-0.21416846988872612])
                else:
                    if theta_dot <= 4.279256105422974:
                        return _clip([-0.8914667346452049])
                    else:
                        return _clip([-1.8054288497849589])
            else:
                if sin_theta <= 0.43707625567913055:
                    if sin_theta <= 0.29363738000392914:
                        return _clip([-1.8971869591737602])
                    else:
                        return _clip([-1.6720328640153213])
                else:
                    if cos_theta <= 0.8120974600315094:
                        return _clip([-0.829681647565794])
                    else:
                        return _clip([-1.3864111820651377])
