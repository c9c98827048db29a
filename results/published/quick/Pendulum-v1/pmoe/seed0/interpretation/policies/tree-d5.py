"""Pendulum-v1: pmoe seed 0, distilled into tree-d5

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
    if theta_dot <= -0.059871505945920944:
        if sin_theta <= 0.3713480830192566:
            if cos_theta <= -0.16339045017957687:
                if theta_dot <= -4.4768970012664795:
                    if theta_dot <= -7.233854055404663:
                        return _clip([0.21579318650281046])
                    else:
                        return _clip([-0.5787955774070456])
                else:
                    if cos_theta <= -0.7282795608043671:
                        return _clip([-1.7187983002284766])
                    else:
                        return _clip([-0.9840716909670376])
            else:
                if theta_dot <= -0.22326648980379105:
                    if sin_theta <= -0.8478371202945709:
                        return _clip([0.8900477858058763])
                    else:
                        return _clip([1.8737505607220035])
                else:
                    if sin_theta <= 0.07882711663842201:
                        return _clip([1.1597627296519])
                    else:
                        return _clip([-0.9720905393951683])
        else:
            if theta_dot <= -5.362080812454224:
                if cos_theta <= -0.3101034164428711:
                    if theta_dot <= -6.482821226119995:
                        return _clip([0.6452299651603458])
                    else:
                        return _clip([-1.0948287808550607])
                else:
                    if cos_theta <= 0.014471800997853279:
                        return _clip([1.1188441151140232])
                    else:
                        return _clip([1.9666149720898365])
            else:
                if theta_dot <= -3.279585123062134:
                    if cos_theta <= 0.52117919921875:
                        return _clip([-1.455512368253276])
                    else:
                        return _clip([1.920650739984131])
                else:
                    if cos_theta <= 0.9105427861213684:
                        return _clip([-1.664435733371077])
                    else:
                        return _clip([-0.5950214803157616])
    else:
        if cos_theta <= 0.2926623225212097:
            if theta_dot <= 6.276940822601318:
                if sin_theta <= 0.8046557605266571:
                    if theta_dot <= 5.120253086090088:
                        return _clip([1.844009132904953])
                    else:
                        return _clip([0.5927956719977432])
                else:
                    if theta_dot <= 0.8099769055843353:
                        return _clip([-1.6256096463841476])
                    else:
                        return _clip([0.11134413368329724])
            else:
                if sin_theta <= -0.21245815604925156:
                    if sin_theta <= -0.7064607739448547:
                        return _clip([-1.9081509976419582])
                    else:
                        return _clip([-1.342159508376757])
                else:
                    if cos_theta <= -0.9945099353790283:
                        return _clip([-0.9573775043670519])
                    else:
                        return _clip([0.20709657528024777])
        else:
            if theta_dot <= 3.389479160308838:
                if sin_theta <= -0.08237626031041145:
                    if sin_theta <= -0.2954219728708267:
                        return _clip([1.8891674949706676])
                    else:
                        return _clip([0.5995393865398867])
                else:
                    if theta_dot <= -0.0059774951077997684:
                        return _clip([-0.7203206504420133])
                    else:
                        return _clip([-1.6141747386666605])
            else:
                if sin_theta <= 0.5993956923484802:
                    if sin_theta <= 0.4143330752849579:
                        return _clip([-1.9641206790930772])
                    else:
                        return _clip([-1.6201657744251132])
                else:
                    if cos_theta <= 0.6365005075931549:
                        return _clip([-0.5028056613142464])
                    else:
                        return _clip([-1.1944431513769445])
