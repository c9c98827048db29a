"""Pendulum-v1: sac-l seed 0, distilled into tree-d5

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
    if cos_theta <= 0.29132410883903503:
        if theta_dot <= -0.08957807347178459:
            if sin_theta <= -0.9159286618232727:
                if cos_theta <= -0.06753906235098839:
                    if sin_theta <= -0.9875896871089935:
                        return _clip([0.8224198316079275])
                    else:
                        return _clip([0.23283189625962086])
                else:
                    if theta_dot <= -1.1103193759918213:
                        return _clip([1.3140973572543702])
                    else:
                        return _clip([1.7490622301226406])
            else:
                if theta_dot <= -0.1828479841351509:
                    if sin_theta <= -0.752234160900116:
                        return _clip([-0.7621299137631594])
                    else:
                        return _clip([-1.7726329980349977])
                else:
                    if sin_theta <= 0.331330806016922:
                        return _clip([-1.2191376486912051])
                    else:
                        return _clip([0.06004845641326674])
        else:
            if sin_theta <= 0.8154686987400055:
                if theta_dot <= 5.979523658752441:
                    if theta_dot <= 0.10302729532122612:
                        return _clip([1.1382817318707048])
                    else:
                        return _clip([1.909214859946059])
                else:
                    if cos_theta <= -0.157466858625412:
                        return _clip([1.1464072065335718])
                    else:
                        return _clip([-0.5006060576126802])
            else:
                if sin_theta <= 0.9416823089122772:
                    if theta_dot <= 6.9988813400268555:
                        return _clip([0.8024100056555905])
                    else:
                        return _clip([-0.7095341155817204])
                else:
                    if cos_theta <= -0.12705285847187042:
                        return _clip([-1.0235119353480107])
                    else:
                        return _clip([-1.623375099065027])
    else:
        if theta_dot <= 1.9642545580863953:
            if sin_theta <= -0.014668065588921309:
                if cos_theta <= 0.9511032402515411:
                    if sin_theta <= -0.6496692299842834:
                        return _clip([1.9467592040314505])
                    else:
                        return _clip([1.687640750566232])
                else:
                    if theta_dot <= 0.1269988752901554:
                        return _clip([1.775916195271911])
                    else:
                        return _clip([0.5936792922199472])
            else:
                if cos_theta <= 0.9724207520484924:
                    if theta_dot <= -3.147335648536682:
                        return _clip([-0.8571993211439652])
                    else:
                        return _clip([-1.852074105856861])
                else:
                    if theta_dot <= -0.7511334688534816:
                        return _clip([1.3528801012586946])
                    else:
                        return _clip([-0.3341020965921379])
        else:
            if sin_theta <= -0.8630047738552094:
                if theta_dot <= 3.791007876396179:
                    if sin_theta <= -0.8912412524223328:
                        return _clip([1.8795785903930664])
                    else:
                        return _clip([1.9018737077713013])
                else:
                    if sin_theta <= -0.8967573046684265:
                        return _clip([-1.2653904823791813])
                    else:
                        return _clip([-1.5028614975206418])
            else:
                if sin_theta <= -0.6550959646701813:
                    if theta_dot <= 4.181572437286377:
                        return _clip([-0.8415637384886774])
                    else:
                        return _clip([-1.6414712125038564])
                else:
                    if sin_theta <= -0.3882046341896057:
                        return _clip([-1.8358568366579513])
                    else:
                        return _clip([-1.9384307441834898])
