"""Pendulum-v1: smose seed 0, distilled into tree-d6

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
    if sin_theta <= 0.28865134716033936:
        if sin_theta <= -0.5208079218864441:
            if theta_dot <= 0.23607812821865082:
                if cos_theta <= -0.37694256007671356:
                    if theta_dot <= -1.7331281900405884:
                        if cos_theta <= -0.685250848531723:
                            return _clip([-0.13739655921734273])
                        else:
                            return _clip([0.2117321393062153])
                    else:
                        if cos_theta <= -0.8430081307888031:
                            return _clip([0.8754302859306335])
                        else:
                            return _clip([1.4240700384864395])
                else:
                    if theta_dot <= -2.6876720190048218:
                        if cos_theta <= -0.013233985169790685:
                            return _clip([0.7124191066348741])
                        else:
                            return _clip([0.9939221970212081])
                    else:
                        if theta_dot <= -0.2086684051901102:
                            return _clip([0.4371309833195362])
                        else:
                            return _clip([0.8816646858568313])
            else:
                if cos_theta <= 0.5495126247406006:
                    if theta_dot <= 1.4626168012619019:
                        if cos_theta <= 0.30439046025276184:
                            return _clip([1.6698430434446556])
                        else:
                            return _clip([1.2302371548491526])
                    else:
                        if theta_dot <= 2.1573309898376465:
                            return _clip([1.8465946819865762])
                        else:
                            return _clip([1.965210981329564])
                else:
                    if theta_dot <= 5.372437238693237:
                        if cos_theta <= 0.6647989451885223:
                            return _clip([0.26266375184059143])
                        else:
                            return _clip([-0.7160354762919363])
                    else:
                        if cos_theta <= 0.6148889064788818:
                            return _clip([0.25141632057206653])
                        else:
                            return _clip([0.26375839794744443])
        else:
            if theta_dot <= 0.3808283805847168:
                if cos_theta <= -0.9079701900482178:
                    if theta_dot <= -3.9065401554107666:
                        if sin_theta <= -0.12066230922937393:
                            return _clip([-0.6889820847197663])
                        else:
                            return _clip([-0.9936136192316085])
                    else:
                        if theta_dot <= -0.007332362234592438:
                            return _clip([-1.7099638867048508])
                        else:
                            return _clip([1.1534370183944702])
                else:
                    if theta_dot <= -0.7459454536437988:
                        if theta_dot <= -4.887209415435791:
                            return _clip([-0.38198493573142955])
                        else:
                            return _clip([0.5120967876482163])
                    else:
                        if sin_theta <= 0.19240552186965942:
                            return _clip([0.05374702257174476])
                        else:
                            return _clip([-0.19027449119873469])
            else:
                if cos_theta <= -0.0018223226070404053:
                    if theta_dot <= 1.193274199962616:
                        if sin_theta <= 0.24944747239351273:
                            return _clip([1.4405237962761426])
                        else:
                            return _clip([-1.3299357891082764])
                    else:
                        if sin_theta <= -0.015322305727750063:
                            return _clip([1.9225823049186437])
                        else:
                            return _clip([1.770758620058882])
                else:
                    if theta_dot <= 3.0667985677719116:
                        if theta_dot <= 1.3543657064437866:
                            return _clip([-0.01955949068328682])
                        else:
                            return _clip([-0.61689663889866])
                    else:
                        if theta_dot <= 5.672122240066528:
                            return _clip([-1.1653415089449883])
                        else:
                            return _clip([0.25765879782934287])
    else:
        if theta_dot <= -0.1633836179971695:
            if cos_theta <= 0.7047890424728394:
                if theta_dot <= -4.8545145988464355:
                    if theta_dot <= -6.784281492233276:
                        if sin_theta <= 0.9921902716159821:
                            return _clip([-1.3497632036717244])
                        else:
                            return _clip([-1.2000580651590456])
                    else:
                        if cos_theta <= -0.12689145654439926:
                            return _clip([-1.1017172989324695])
                        else:
                            return _clip([-0.8937470103170947])
                else:
                    if cos_theta <= 0.5366246402263641:
                        if cos_theta <= 0.09023528918623924:
                            return _clip([-1.9269206223348931])
                        else:
                            return _clip([-1.7106715913729724])
                    else:
                        if theta_dot <= -0.9382733404636383:
                            return _clip([-1.4320082094270807])
                        else:
                            return _clip([-1.1206427422162297])
            else:
                if sin_theta <= 0.5392374396324158:
                    if theta_dot <= -2.5941102504730225:
                        if sin_theta <= 0.4544142037630081:
                            return _clip([0.07324118258035536])
                        else:
                            return _clip([-0.09295156312103169])
                    else:
                        if theta_dot <= -1.1139185428619385:
                            return _clip([-0.7538327424726206])
                        else:
                            return _clip([-0.47440672229183345])
                else:
                    if theta_dot <= -3.289971113204956:
                        if sin_theta <= 0.6394655108451843:
                            return _clip([-0.259579748299229])
                        else:
                            return _clip([-0.38595546343719284])
                    else:
                        if cos_theta <= 0.8191330432891846:
                            return _clip([-1.1101643989733436])
                        else:
                            return _clip([-0.9654152463232469])
        else:
            if cos_theta <= -0.8173640668392181:
                if theta_dot <= 7.693676471710205:
                    if theta_dot <= 1.1384563744068146:
                        if cos_theta <= -0.9437236487865448:
                            return _clip([-1.5408531427383423])
                        else:
                            return _clip([-1.695979118347168])
                    else:
                        if theta_dot <= 4.1854939460754395:
                            return _clip([1.4352397052598111])
                        else:
                            return _clip([1.922933247044892])
                else:
                    if cos_theta <= -0.8635472059249878:
                        return _clip([1.9826075421655294])
                    else:
                        if cos_theta <= -0.8459688425064087:
                            return _clip([-0.5271876204499975])
                        else:
                            return _clip([-0.5568356695781885])
            else:
                if sin_theta <= 0.6879633665084839:
                    if theta_dot <= 2.3142294883728027:
                        if theta_dot <= 2.202796220779419:
                            return _clip([-0.38577091245611])
                        else:
                            return _clip([1.014001513665139])
                    else:
                        if sin_theta <= 0.529236763715744:
                            return _clip([-1.2582685600068986])
                        else:
                            return _clip([-0.4288653261416342])
                else:
                    if theta_dot <= 0.5982499420642853:
                        if cos_theta <= 0.4382679909467697:
                            return _clip([-1.5980487781925334])
                        else:
                            return _clip([-0.8367392152151226])
                    else:
                        if theta_dot <= 6.366684913635254:
                            return _clip([-0.5470290280378967])
                        else:
                            return _clip([-0.7158649723624377])
