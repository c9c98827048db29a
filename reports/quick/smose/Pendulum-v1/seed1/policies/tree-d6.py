"""Pendulum-v1: smose seed 1, distilled into tree-d6

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
    if sin_theta <= -0.001979151158593595:
        if cos_theta <= 0.9902294278144836:
            if theta_dot <= 5.967351675033569:
                if theta_dot <= 0.9010523557662964:
                    if cos_theta <= -0.9837110042572021:
                        if theta_dot <= -1.5880610197782516:
                            return _clip([-1.0215831782617055])
                        else:
                            return _clip([1.5085490640622712])
                    else:
                        if theta_dot <= -4.840299844741821:
                            return _clip([1.0140963005397876])
                        else:
                            return _clip([1.6013496421375932])
                else:
                    if theta_dot <= 4.144129514694214:
                        if sin_theta <= -0.9120400547981262:
                            return _clip([1.2585948961608018])
                        else:
                            return _clip([0.7635064273789993])
                    else:
                        if cos_theta <= -0.16604968905448914:
                            return _clip([1.6727425406304077])
                        else:
                            return _clip([1.4449919617294542])
            else:
                if theta_dot <= 6.288250684738159:
                    if cos_theta <= 0.7625534534454346:
                        if sin_theta <= -0.9518760442733765:
                            return _clip([1.8371293213032849])
                        else:
                            return _clip([1.7683162103102885])
                    else:
                        if sin_theta <= -0.5508416891098022:
                            return _clip([1.6818377042237307])
                        else:
                            return _clip([1.622470387630527])
                else:
                    if theta_dot <= 6.828246355056763:
                        if cos_theta <= -0.9612727463245392:
                            return _clip([1.8013829466022557])
                        else:
                            return _clip([1.8576613333452894])
                    else:
                        if theta_dot <= 7.350654125213623:
                            return _clip([1.9029412138055906])
                        else:
                            return _clip([1.9395660373272419])
        else:
            if cos_theta <= 0.9946918189525604:
                if theta_dot <= 4.576663374900818:
                    if sin_theta <= -0.116751279681921:
                        if sin_theta <= -0.13070256263017654:
                            return _clip([-1.6592514514923096])
                        else:
                            return _clip([-1.6746795177459717])
                    else:
                        return _clip([-1.7179633378982544])
                else:
                    if sin_theta <= -0.11142804473638535:
                        return _clip([1.3563127517700195])
                    else:
                        return _clip([1.346130609512329])
            else:
                if theta_dot <= -3.3102723360061646:
                    if theta_dot <= -3.9112037420272827:
                        return _clip([1.590047001838684])
                    else:
                        return _clip([1.520700454711914])
                else:
                    if theta_dot <= 5.4150590896606445:
                        if theta_dot <= 0.8331954479217529:
                            return _clip([1.2612252235412598])
                        else:
                            return _clip([0.9072211449869156])
                    else:
                        if sin_theta <= -0.020279058255255222:
                            return _clip([1.3309458796620695])
                        else:
                            return _clip([1.2965671365756115])
    else:
        if theta_dot <= -2.497441530227661:
            if cos_theta <= -0.09838688746094704:
                if theta_dot <= -6.160055637359619:
                    if cos_theta <= -0.8076068758964539:
                        if theta_dot <= -6.656789302825928:
                            return _clip([1.449151971321757])
                        else:
                            return _clip([1.1719722711834415])
                    else:
                        if sin_theta <= 0.9474287331104279:
                            return _clip([1.611192218020881])
                        else:
                            return _clip([1.7565201359546259])
                else:
                    if cos_theta <= -0.9684630632400513:
                        if sin_theta <= 0.043999332934617996:
                            return _clip([-1.8072620620184057])
                        else:
                            return _clip([-1.8906585509809062])
                    else:
                        if theta_dot <= -2.936401128768921:
                            return _clip([-1.9659148700318996])
                        else:
                            return _clip([-1.9299140707111422])
            else:
                if sin_theta <= 0.9094528555870056:
                    if theta_dot <= -3.4797054529190063:
                        if theta_dot <= -4.607419967651367:
                            return _clip([1.7135272399858483])
                        else:
                            return _clip([1.5589291935909653])
                    else:
                        if theta_dot <= -3.1441032886505127:
                            return _clip([1.3977473072093778])
                        else:
                            return _clip([1.1811387304121874])
                else:
                    if theta_dot <= -3.8047502040863037:
                        if theta_dot <= -5.2715537548065186:
                            return _clip([1.7796005249374092])
                        else:
                            return _clip([1.2192312071525888])
                    else:
                        if cos_theta <= 0.2519862726330757:
                            return _clip([-1.786476492881775])
                        else:
                            return _clip([-0.8510779471033443])
        else:
            if theta_dot <= 7.020305633544922:
                if cos_theta <= -0.9101249575614929:
                    if theta_dot <= -0.21020100265741348:
                        if sin_theta <= 0.24568025767803192:
                            return _clip([-1.3708518855585503])
                        else:
                            return _clip([-1.5990070153004305])
                    else:
                        if theta_dot <= 2.2317691445350647:
                            return _clip([1.3583710937880775])
                        else:
                            return _clip([1.6772303914878042])
                else:
                    if theta_dot <= 5.2598748207092285:
                        if theta_dot <= -0.934327632188797:
                            return _clip([-1.042199510094866])
                        else:
                            return _clip([-1.6356950682908116])
                    else:
                        if theta_dot <= 6.251051902770996:
                            return _clip([1.1894811533825644])
                        else:
                            return _clip([-1.9024421296939065])
            else:
                if cos_theta <= -0.23102179914712906:
                    if sin_theta <= 0.7670207023620605:
                        if cos_theta <= -0.8077313303947449:
                            return _clip([1.9164342387419864])
                        else:
                            return _clip([1.8646624684144013])
                    else:
                        if theta_dot <= 7.7350146770477295:
                            return _clip([1.6456779245099196])
                        else:
                            return _clip([1.7741295788406986])
                else:
                    if theta_dot <= 7.149118185043335:
                        return _clip([-1.982957190772664])
                    else:
                        if cos_theta <= -0.08669658377766609:
                            return _clip([1.5753032281560317])
                        else:
                            return _clip([1.4503788256828305])
