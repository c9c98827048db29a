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
    if theta_dot <= 3.484954357147217:
        if theta_dot <= -4.395765066146851:
            if cos_theta <= -0.697883665561676:
                if theta_dot <= -5.464995622634888:
                    if sin_theta <= 0.4445004314184189:
                        return _clip([-0.4451268347724435])
                    else:
                        return _clip([0.24596790252633413])
                else:
                    if sin_theta <= 0.08807932399213314:
                        return _clip([-1.413146829270495])
                    else:
                        return _clip([-1.757662101861188])
            else:
                if sin_theta <= -0.8093967139720917:
                    if cos_theta <= 0.1898368000984192:
                        return _clip([-0.06556440362248268])
                    else:
                        return _clip([1.0482863806797393])
                else:
                    if cos_theta <= 0.055307116359472275:
                        return _clip([1.4322155919294883])
                    else:
                        return _clip([1.8844854149611827])
        else:
            if sin_theta <= -0.5389465689659119:
                if theta_dot <= -1.9310094118118286:
                    if cos_theta <= 0.016500713070854545:
                        return _clip([-0.8491694712172108])
                    else:
                        return _clip([0.9069913676935859])
                else:
                    if theta_dot <= -1.1900191903114319:
                        return _clip([1.1606338914132277])
                    else:
                        return _clip([1.7972073597263045])
            else:
                if theta_dot <= -3.1253015995025635:
                    if cos_theta <= 0.4574000984430313:
                        return _clip([-1.7883013699404988])
                    else:
                        return _clip([1.8728594650693793])
                else:
                    if cos_theta <= 0.9950741529464722:
                        return _clip([-1.3608573512101059])
                    else:
                        return _clip([-0.49563732748133105])
    else:
        if cos_theta <= -0.1271718293428421:
            if theta_dot <= 7.034512758255005:
                if theta_dot <= 5.6708903312683105:
                    if sin_theta <= 0.48476244509220123:
                        return _clip([1.7132142558844203])
                    else:
                        return _clip([0.8720825036857177])
                else:
                    if sin_theta <= -0.7023201584815979:
                        return _clip([-0.6691826758610406])
                    else:
                        return _clip([0.9587381441665783])
            else:
                if sin_theta <= -0.5936809182167053:
                    if sin_theta <= -0.8457037806510925:
                        return _clip([-1.6834552920223727])
                    else:
                        return _clip([-1.3422916694488274])
                else:
                    if sin_theta <= 0.13546517677605152:
                        return _clip([-0.7891399775243284])
                    else:
                        return _clip([0.30741379880810843])
        else:
            if cos_theta <= 0.4574343264102936:
                if theta_dot <= 5.236526250839233:
                    if sin_theta <= -0.920331209897995:
                        return _clip([1.4140892541222119])
                    else:
                        return _clip([-0.035410922852723306])
                else:
                    if sin_theta <= 0.015194475650787354:
                        return _clip([-1.7475073721611603])
                    else:
                        return _clip([-0.2860343000401747])
            else:
                if sin_theta <= 0.5267946273088455:
                    if sin_theta <= 0.3429000526666641:
                        return _clip([-1.92807717883042])
                    else:
                        return _clip([-1.6031061182935786])
                else:
                    if cos_theta <= 0.7155127823352814:
                        return _clip([-0.8145874785409917])
                    else:
                        return _clip([-1.2085095898591103])
