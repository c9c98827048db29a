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
    if sin_theta <= 0.3007214665412903:
        if cos_theta <= 0.612068384885788:
            if theta_dot <= 0.7159740328788757:
                if sin_theta <= -0.4995034784078598:
                    if theta_dot <= 0.47097669541835785:
                        return _clip([0.5388648568670394])
                    else:
                        return _clip([1.7050764027554803])
                else:
                    if theta_dot <= -2.9207966327667236:
                        return _clip([-0.6582739146812239])
                    else:
                        return _clip([-1.6727644504100387])
            else:
                if cos_theta <= 0.41220541298389435:
                    if theta_dot <= 1.760845124721527:
                        return _clip([1.6747686043760952])
                    else:
                        return _clip([1.9311572238764239])
                else:
                    if theta_dot <= 5.334768295288086:
                        return _clip([1.3820223640862006])
                    else:
                        return _clip([0.43838631488871754])
        else:
            if theta_dot <= 1.194031000137329:
                if theta_dot <= -1.2797380685806274:
                    if sin_theta <= -0.07616151869297028:
                        return _clip([0.7056979409710945])
                    else:
                        return _clip([0.4269398787246625])
                else:
                    if sin_theta <= 0.016412013734225184:
                        return _clip([0.15245228434344985])
                    else:
                        return _clip([-0.2574054941398493])
            else:
                if theta_dot <= 4.30438756942749:
                    if theta_dot <= 1.9604948163032532:
                        return _clip([-0.39775701748660564])
                    else:
                        return _clip([-0.6166640566368305])
                else:
                    if theta_dot <= 5.561038017272949:
                        return _clip([-1.1858020018128803])
                    else:
                        return _clip([0.41602680626940375])
    else:
        if theta_dot <= -0.01284044049680233:
            if cos_theta <= 0.7784650325775146:
                if theta_dot <= -4.363980770111084:
                    if cos_theta <= 0.05051295459270477:
                        return _clip([-1.0849265626396576])
                    else:
                        return _clip([-0.5273829019184284])
                else:
                    if cos_theta <= 0.5075872242450714:
                        return _clip([-1.8731957402691939])
                    else:
                        return _clip([-1.1913879700338914])
            else:
                if theta_dot <= -2.0332963466644287:
                    if sin_theta <= 0.4730275273323059:
                        return _clip([0.19940479602231298])
                    else:
                        return _clip([0.02766884332113068])
                else:
                    if cos_theta <= 0.8696002662181854:
                        return _clip([-0.8339220961076155])
                    else:
                        return _clip([-0.4542521588950028])
        else:
            if cos_theta <= -0.8338225781917572:
                if theta_dot <= 1.3994449973106384:
                    if sin_theta <= 0.424248531460762:
                        return _clip([-1.7283280727202763])
                    else:
                        return _clip([-1.283226943625341])
                else:
                    if theta_dot <= 1.7083441615104675:
                        return _clip([1.156662890140948])
                    else:
                        return _clip([1.6386181905801214])
            else:
                if cos_theta <= -0.7239468693733215:
                    if theta_dot <= 1.7784906029701233:
                        return _clip([-1.4857829160500762])
                    else:
                        return _clip([0.6160431732821124])
                else:
                    if cos_theta <= 0.23667626827955246:
                        return _clip([-0.5742140297453912])
                    else:
                        return _clip([-0.2936937838019222])
