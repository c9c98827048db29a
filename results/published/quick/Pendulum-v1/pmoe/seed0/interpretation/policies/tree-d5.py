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
    if sin_theta <= -0.0245575699955225:
        if theta_dot <= 5.556065082550049:
            if theta_dot <= -1.9086953401565552:
                if cos_theta <= -0.12370655313134193:
                    if theta_dot <= -4.463658809661865:
                        return _clip([-0.5910841970864379])
                    else:
                        return _clip([-1.3043334498400376])
                else:
                    if cos_theta <= 0.20719867944717407:
                        return _clip([0.04833638065743185])
                    else:
                        return _clip([0.5977147853383364])
            else:
                if cos_theta <= 0.9841110408306122:
                    if cos_theta <= -0.8517275154590607:
                        return _clip([0.6043283793488868])
                    else:
                        return _clip([1.5901308183359133])
                else:
                    if theta_dot <= -0.030236507765948772:
                        return _clip([0.8443775535882357])
                    else:
                        return _clip([-0.08611969891270341])
        else:
            if cos_theta <= -0.5936482548713684:
                if theta_dot <= 6.9747538566589355:
                    if cos_theta <= -0.7590154111385345:
                        return _clip([0.7013885617069746])
                    else:
                        return _clip([1.4154138337022075])
                else:
                    if theta_dot <= 7.602268218994141:
                        return _clip([-1.5297800229031902])
                    else:
                        return _clip([-0.6777831106059505])
            else:
                if sin_theta <= -0.9147290885448456:
                    if sin_theta <= -0.9751757979393005:
                        return _clip([-1.5634690511188496])
                    else:
                        return _clip([-0.45381464290184803])
                else:
                    if sin_theta <= -0.8597403466701508:
                        return _clip([-1.9813856028801689])
                    else:
                        return _clip([-1.8289706576441922])
    else:
        if theta_dot <= 0.821509599685669:
            if cos_theta <= 0.9277578592300415:
                if theta_dot <= -5.0279457569122314:
                    if theta_dot <= -5.908380746841431:
                        return _clip([-0.5367294230971627])
                    else:
                        return _clip([-1.220268353394858])
                else:
                    if sin_theta <= 0.42543721199035645:
                        return _clip([-1.4967847864482926])
                    else:
                        return _clip([-1.762715298998876])
            else:
                if sin_theta <= -0.005491760792210698:
                    if theta_dot <= -0.27481937408447266:
                        return _clip([1.3672550536420502])
                    else:
                        return _clip([-0.29611787752055485])
                else:
                    if theta_dot <= -0.6141491830348969:
                        return _clip([-0.02972619969012082])
                    else:
                        return _clip([-0.9437946492617325])
        else:
            if cos_theta <= 0.27964840829372406:
                if cos_theta <= -0.6247416138648987:
                    if theta_dot <= 5.2556681632995605:
                        return _clip([1.535699187994861])
                    else:
                        return _clip([0.45234131747949896])
                else:
                    if cos_theta <= -0.17575128376483917:
                        return _clip([0.5330725101555054])
                    else:
                        return _clip([0.09775670326441348])
            else:
                if cos_theta <= 0.45419973134994507:
                    if theta_dot <= 1.9927159547805786:
                        return _clip([-0.8501916317611857])
                    else:
                        return _clip([-0.2659527088205114])
                else:
                    if cos_theta <= 0.9352834820747375:
                        return _clip([-1.3423535911184603])
                    else:
                        return _clip([-1.752383190196891])
