"""Pendulum-v1: smose seed 0, distilled into tree-d5

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
    if sin_theta <= 0.26779407262802124:
        if theta_dot <= 1.0994502902030945:
            if cos_theta <= -0.8796808123588562:
                if theta_dot <= -0.03799894079566002:
                    if theta_dot <= -3.4452908039093018:
                        return _clip([-0.8121691944340507])
                    else:
                        return _clip([-1.70454114787897])
                else:
                    if cos_theta <= -0.9984536170959473:
                        return _clip([1.5005565881729126])
                    else:
                        return _clip([1.325634702099263])
            else:
                if sin_theta <= -0.6912474632263184:
                    if cos_theta <= -0.26633909344673157:
                        return _clip([0.2878810404111296])
                    else:
                        return _clip([0.9607703164794225])
                else:
                    if theta_dot <= -0.6643574833869934:
                        return _clip([0.4976546851549348])
                    else:
                        return _clip([0.1783218860399667])
        else:
            if cos_theta <= 0.574815571308136:
                if cos_theta <= 0.5359072685241699:
                    if theta_dot <= 1.6809168457984924:
                        return _clip([1.732002833236854])
                    else:
                        return _clip([1.9360790077292542])
                else:
                    if theta_dot <= 5.523147106170654:
                        return _clip([1.7474419447118341])
                    else:
                        return _clip([0.24958015451134705])
            else:
                if sin_theta <= -0.40260981023311615:
                    if theta_dot <= 5.692800998687744:
                        return _clip([-0.3264691721820424])
                    else:
                        return _clip([0.2608274777600367])
                else:
                    if theta_dot <= 3.291102647781372:
                        return _clip([-0.5829593515360518])
                    else:
                        return _clip([-1.1842781722981752])
    else:
        if theta_dot <= -0.2481626719236374:
            if cos_theta <= 0.6916923820972443:
                if theta_dot <= -4.5239036083221436:
                    if cos_theta <= -0.06124194897711277:
                        return _clip([-1.257519826502331])
                    else:
                        return _clip([-0.889834573660042])
                else:
                    if cos_theta <= 0.27189043164253235:
                        return _clip([-1.90928956474502])
                    else:
                        return _clip([-1.5693376465549589])
            else:
                if theta_dot <= -2.6819123029708862:
                    if sin_theta <= 0.4719252437353134:
                        return _clip([0.11518809583214945])
                    else:
                        return _clip([-0.22961002613256123])
                else:
                    if theta_dot <= -1.3402366638183594:
                        return _clip([-1.0492595989677405])
                    else:
                        return _clip([-0.5252039328952511])
        else:
            if cos_theta <= -0.8254926204681396:
                if theta_dot <= 1.2924846410751343:
                    if theta_dot <= 0.8413240015506744:
                        return _clip([-1.7677974334302466])
                    else:
                        return _clip([-1.3583030512730392])
                else:
                    if theta_dot <= 7.273634195327759:
                        return _clip([1.5590849426735895])
                    else:
                        return _clip([-0.47969755775582323])
            else:
                if sin_theta <= 0.6687264442443848:
                    if sin_theta <= 0.6513813734054565:
                        return _clip([-0.3382968861528328])
                    else:
                        return _clip([0.5549324965492881])
                else:
                    if theta_dot <= 1.508533775806427:
                        return _clip([-1.3973997963865465])
                    else:
                        return _clip([-0.6255743698282519])
