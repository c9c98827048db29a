"""Pendulum-v1: sac-l seed 1, distilled into tree-d6

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
    if sin_theta <= -0.32852408289909363:
        if theta_dot <= 2.4272786378860474:
            if cos_theta <= -0.28493256866931915:
                if theta_dot <= 0.24210046231746674:
                    if cos_theta <= -0.8104893565177917:
                        if theta_dot <= -3.9488362073898315:
                            return _clip([-1.4252933862349089])
                        else:
                            return _clip([-1.7284767811628512])
                    else:
                        if theta_dot <= -2.353519320487976:
                            return _clip([-1.1737495574507018])
                        else:
                            return _clip([-1.4288607565873148])
                else:
                    if sin_theta <= -0.5376375317573547:
                        if theta_dot <= 0.380005806684494:
                            return _clip([0.4330965578556061])
                        else:
                            return _clip([1.5101488466429607])
                    else:
                        if theta_dot <= 0.7742023169994354:
                            return _clip([1.7860712113914388])
                        else:
                            return _clip([1.8843820654925905])
            else:
                if theta_dot <= -4.308284282684326:
                    if cos_theta <= -0.021072903648018837:
                        if sin_theta <= -0.988790899515152:
                            return _clip([-0.29558074474334717])
                        else:
                            return _clip([-0.5365443369369683])
                    else:
                        if sin_theta <= -0.9979983866214752:
                            return _clip([0.22454401850700378])
                        else:
                            return _clip([0.2994004347206862])
                else:
                    if theta_dot <= 1.5171401500701904:
                        if cos_theta <= -0.1342916339635849:
                            return _clip([-0.6364289392459294])
                        else:
                            return _clip([1.96444972182549])
                    else:
                        if cos_theta <= 0.8720481693744659:
                            return _clip([1.8363487024547391])
                        else:
                            return _clip([-0.4323625555548338])
        else:
            if cos_theta <= 0.6540499627590179:
                if theta_dot <= 5.878894090652466:
                    if cos_theta <= 0.15216882526874542:
                        if sin_theta <= -0.9889759719371796:
                            return _clip([1.5909329210671899])
                        else:
                            return _clip([1.9073946785203064])
                    else:
                        if theta_dot <= 3.7071588039398193:
                            return _clip([1.6507304751178824])
                        else:
                            return _clip([0.15671220272489939])
                else:
                    if cos_theta <= -0.3012951761484146:
                        if theta_dot <= 7.457273244857788:
                            return _clip([1.3547661226022583])
                        else:
                            return _clip([0.6612890544420842])
                    else:
                        if cos_theta <= -0.0036699716438306496:
                            return _clip([-1.4407777438954856])
                        else:
                            return _clip([-1.9563279010452508])
            else:
                if theta_dot <= 3.0103065967559814:
                    if sin_theta <= -0.6379322409629822:
                        if sin_theta <= -0.6890482604503632:
                            return _clip([0.5086957724614104])
                        else:
                            return _clip([-0.1217785720153763])
                    else:
                        if cos_theta <= 0.8356379866600037:
                            return _clip([-1.1591479895745609])
                        else:
                            return _clip([-1.8674143448075937])
                else:
                    if theta_dot <= 4.341472864151001:
                        if cos_theta <= 0.7065337896347046:
                            return _clip([-1.074436095887262])
                        else:
                            return _clip([-1.9165030527806979])
                    else:
                        if sin_theta <= -0.6132486760616302:
                            return _clip([-1.988931984147058])
                        else:
                            return _clip([-1.9936051214267976])
    else:
        if cos_theta <= -0.718945175409317:
            if theta_dot <= -0.03412120044231415:
                if theta_dot <= -5.110206127166748:
                    if theta_dot <= -6.714218854904175:
                        if sin_theta <= -0.06143730878829956:
                            return _clip([-1.4541238231077747])
                        else:
                            return _clip([-1.5352248941288744])
                    else:
                        if sin_theta <= 0.06369652366265655:
                            return _clip([-1.599181796270483])
                        else:
                            return _clip([-1.6806428795345187])
                else:
                    if theta_dot <= -1.4050513692200184:
                        if sin_theta <= -0.11946680769324303:
                            return _clip([-1.7981943316527487])
                        else:
                            return _clip([-1.8687932033912305])
                    else:
                        return _clip([-0.5076720714569092])
            else:
                if theta_dot <= 6.0330493450164795:
                    if theta_dot <= 0.23817120864987373:
                        return _clip([0.9472500681877136])
                    else:
                        if cos_theta <= -0.921652764081955:
                            return _clip([1.8910972801728145])
                        else:
                            return _clip([1.7276218783858346])
                else:
                    if sin_theta <= 0.16461386531591415:
                        if theta_dot <= 7.413110971450806:
                            return _clip([1.470270301772215])
                        else:
                            return _clip([0.9128295982037673])
                    else:
                        if theta_dot <= 7.8920745849609375:
                            return _clip([0.742499578288373])
                        else:
                            return _clip([0.2200605386503228])
        else:
            if theta_dot <= 0.6156170070171356:
                if cos_theta <= 0.8764440417289734:
                    if theta_dot <= -4.823888063430786:
                        if cos_theta <= 0.5459955632686615:
                            return _clip([-1.4507938717380682])
                        else:
                            return _clip([0.37453410956797084])
                    else:
                        if theta_dot <= -1.7403451800346375:
                            return _clip([-1.8092795519655693])
                        else:
                            return _clip([-1.9475606846085283])
                else:
                    if cos_theta <= 0.9948379397392273:
                        if theta_dot <= 0.5096642971038818:
                            return _clip([1.8951839319901809])
                        else:
                            return _clip([1.0983765396042633])
                    else:
                        if theta_dot <= -1.2496111498823543:
                            return _clip([1.9520771735893123])
                        else:
                            return _clip([-0.34464218340593966])
            else:
                if cos_theta <= 0.026371683925390244:
                    if cos_theta <= -0.34666700661182404:
                        if theta_dot <= 5.0269694328308105:
                            return _clip([1.1949125089557742])
                        else:
                            return _clip([0.06872568931899342])
                    else:
                        if theta_dot <= 3.9792540073394775:
                            return _clip([-0.36938954667152374])
                        else:
                            return _clip([-0.7920781479479617])
                else:
                    if cos_theta <= 0.2931116670370102:
                        if sin_theta <= 0.9856917560100555:
                            return _clip([-1.5074096428383776])
                        else:
                            return _clip([-1.2655452123719406])
                    else:
                        if cos_theta <= 0.49759645760059357:
                            return _clip([-1.7880720296391082])
                        else:
                            return _clip([-1.9751313255699618])
