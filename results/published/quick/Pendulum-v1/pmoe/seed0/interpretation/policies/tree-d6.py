"""Pendulum-v1: pmoe seed 0, distilled into tree-d6

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
    if sin_theta <= -0.037332840263843536:
        if theta_dot <= 5.563464641571045:
            if sin_theta <= -0.25294505059719086:
                if cos_theta <= -0.685695081949234:
                    if theta_dot <= 0.152354896068573:
                        if theta_dot <= -3.0499459505081177:
                            return _clip([-0.6300247589889977])
                        else:
                            return _clip([-1.463621096939636])
                    else:
                        if theta_dot <= 0.6072577238082886:
                            return _clip([0.36720265435506494])
                        else:
                            return _clip([1.6623139940593732])
                else:
                    if theta_dot <= 1.480377435684204:
                        if cos_theta <= -0.308254212141037:
                            return _clip([-0.48436811756757325])
                        else:
                            return _clip([1.7061966586096229])
                    else:
                        if sin_theta <= -0.6713166534900665:
                            return _clip([1.4746589168153106])
                        else:
                            return _clip([-0.865560123239371])
            else:
                if theta_dot <= 1.102186143398285:
                    if cos_theta <= -0.9690608382225037:
                        if theta_dot <= -0.02642765361815691:
                            return _clip([-1.457840959078955])
                        else:
                            return _clip([1.4506611980301702])
                    else:
                        if theta_dot <= -0.11354987323284149:
                            return _clip([1.2433676487478498])
                        else:
                            return _clip([0.47332303473804904])
                else:
                    if cos_theta <= -0.0029839277267456055:
                        if cos_theta <= -0.9942547678947449:
                            return _clip([1.4147285289516474])
                        else:
                            return _clip([1.7537766769237602])
                    else:
                        if theta_dot <= 1.601847767829895:
                            return _clip([-1.3010054102112723])
                        else:
                            return _clip([-1.7827761742912243])
        else:
            if cos_theta <= -0.28099559247493744:
                if theta_dot <= 7.2257468700408936:
                    if theta_dot <= 6.407909870147705:
                        if theta_dot <= 5.5896337032318115:
                            return _clip([-0.8145949244499207])
                        else:
                            return _clip([1.1799150108743381])
                    else:
                        if theta_dot <= 6.422114372253418:
                            return _clip([-0.5560702681541443])
                        else:
                            return _clip([0.49217863072103896])
                else:
                    if theta_dot <= 7.411047697067261:
                        if cos_theta <= -0.8716219365596771:
                            return _clip([-1.033671019463236])
                        else:
                            return _clip([0.639990640704481])
                    else:
                        if theta_dot <= 7.796493053436279:
                            return _clip([-1.6198649285029387])
                        else:
                            return _clip([-1.0697327212696797])
            else:
                if cos_theta <= -0.15971998125314713:
                    if theta_dot <= 7.468794822692871:
                        if sin_theta <= -0.9694448709487915:
                            return _clip([-0.826204255624905])
                        else:
                            return _clip([0.9895069003105164])
                    else:
                        if cos_theta <= -0.2623901069164276:
                            return _clip([-1.9395939111709595])
                        else:
                            return _clip([-1.9423075914382935])
                else:
                    if sin_theta <= -0.9998251497745514:
                        return _clip([-0.694414496421814])
                    else:
                        if cos_theta <= 0.4569500535726547:
                            return _clip([-1.7273925209153635])
                        else:
                            return _clip([-1.8574765551408996])
    else:
        if theta_dot <= -3.4693630933761597:
            if cos_theta <= 0.37234872579574585:
                if theta_dot <= -5.6813342571258545:
                    if sin_theta <= 0.9367329180240631:
                        if theta_dot <= -7.151243686676025:
                            return _clip([0.8088898897544797])
                        else:
                            return _clip([-0.48219852592731854])
                    else:
                        if sin_theta <= 0.9955585300922394:
                            return _clip([1.477927001734803])
                        else:
                            return _clip([0.7484120723132722])
                else:
                    if theta_dot <= -5.255916118621826:
                        if cos_theta <= -0.08264512196183205:
                            return _clip([-1.2162908223968842])
                        else:
                            return _clip([1.7971203282108905])
                    else:
                        if sin_theta <= 0.9988011121749878:
                            return _clip([-1.5876218665847166])
                        else:
                            return _clip([1.20608389377594])
            else:
                if sin_theta <= 0.8812030553817749:
                    if theta_dot <= -4.229770183563232:
                        if cos_theta <= 0.8961981534957886:
                            return _clip([1.934326536491445])
                        else:
                            return _clip([1.7420725739897587])
                    else:
                        if sin_theta <= 0.7168153822422028:
                            return _clip([1.7562932498033355])
                        else:
                            return _clip([-0.21841005980968475])
                else:
                    if sin_theta <= 0.9094797372817993:
                        return _clip([-1.1670725345611572])
                    else:
                        if cos_theta <= 0.396016001701355:
                            return _clip([1.2456028461456299])
                        else:
                            return _clip([1.9530596733093262])
        else:
            if cos_theta <= -0.2344394028186798:
                if theta_dot <= -0.09718845412135124:
                    if theta_dot <= -0.49243342876434326:
                        if theta_dot <= -1.8076085448265076:
                            return _clip([-1.76285158161691])
                        else:
                            return _clip([-1.547002407635233])
                    else:
                        if theta_dot <= -0.45670580863952637:
                            return _clip([-1.0975400693146762])
                        else:
                            return _clip([-0.710848470007802])
                else:
                    if theta_dot <= 4.291316032409668:
                        if sin_theta <= 0.8226397931575775:
                            return _clip([1.553877065706319])
                        else:
                            return _clip([0.45128294682451453])
                    else:
                        if theta_dot <= 7.988948822021484:
                            return _clip([0.4734468304353225])
                        else:
                            return _clip([0.01527503627626926])
            else:
                if theta_dot <= 0.3457813858985901:
                    if sin_theta <= 0.3470468521118164:
                        if theta_dot <= -1.6950227618217468:
                            return _clip([1.4681560015309953])
                        else:
                            return _clip([-0.6747635773261523])
                    else:
                        if sin_theta <= 0.928909957408905:
                            return _clip([-1.3742809473254245])
                        else:
                            return _clip([-1.8275139157717848])
                else:
                    if sin_theta <= 0.7605369091033936:
                        if theta_dot <= 2.4137786626815796:
                            return _clip([-1.8240213208246645])
                        else:
                            return _clip([-1.5027056248723232])
                    else:
                        if theta_dot <= 1.8736408948898315:
                            return _clip([-1.3965961432447638])
                        else:
                            return _clip([-0.2446799237547202])
