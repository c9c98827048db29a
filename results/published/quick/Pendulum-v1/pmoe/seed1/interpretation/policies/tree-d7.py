"""Pendulum-v1: pmoe seed 1, distilled into tree-d7

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
    if theta_dot <= 3.0881645679473877:
        if sin_theta <= -0.06770647317171097:
            if cos_theta <= 0.08893131837248802:
                if theta_dot <= 0.5128012746572495:
                    if cos_theta <= -0.5990042686462402:
                        if theta_dot <= -5.296918869018555:
                            if cos_theta <= -0.9936935603618622:
                                return _clip([-0.5141277804510891])
                            else:
                                return _clip([-0.16873134484228602])
                        else:
                            if sin_theta <= -0.6214012801647186:
                                return _clip([-0.8753211307966864])
                            else:
                                return _clip([-1.3093452509136527])
                    else:
                        if sin_theta <= -0.9473823010921478:
                            if theta_dot <= -0.25247134268283844:
                                return _clip([0.09847647710817167])
                            else:
                                return _clip([1.0166268348693848])
                        else:
                            if theta_dot <= -0.5422928854823112:
                                return _clip([-0.33951914226077407])
                            else:
                                return _clip([-0.05351376399117188])
                else:
                    if theta_dot <= 1.3575384020805359:
                        if theta_dot <= 1.2071820497512817:
                            if sin_theta <= -0.8048757314682007:
                                return _clip([1.026793209154672])
                            else:
                                return _clip([1.1130108833312988])
                        else:
                            return _clip([1.309079647064209])
                    else:
                        if theta_dot <= 2.4576393365859985:
                            if cos_theta <= -0.9339480400085449:
                                return _clip([1.7032200676310851])
                            else:
                                return _clip([1.5314747304255953])
                        else:
                            if theta_dot <= 2.8783509731292725:
                                return _clip([1.8219467401504517])
                            else:
                                return _clip([1.826400876045227])
            else:
                if theta_dot <= 0.040434448048472404:
                    if cos_theta <= 0.4113832712173462:
                        if sin_theta <= -0.9499703049659729:
                            if theta_dot <= -5.657282829284668:
                                return _clip([0.5855803489685059])
                            else:
                                return _clip([0.37650559290307845])
                        else:
                            if theta_dot <= -1.2617588639259338:
                                return _clip([0.8233131801315761])
                            else:
                                return _clip([1.2570648193359375])
                    else:
                        if sin_theta <= -0.14223162084817886:
                            if cos_theta <= 0.6135954558849335:
                                return _clip([1.3889549724995263])
                            else:
                                return _clip([1.8021545739898472])
                        else:
                            if theta_dot <= -0.1839732527732849:
                                return _clip([1.7101049266935466])
                            else:
                                return _clip([1.3866975091856126])
                else:
                    if cos_theta <= 0.8437949419021606:
                        if theta_dot <= 2.1782599687576294:
                            if theta_dot <= 1.9556898474693298:
                                return _clip([1.877595066807065])
                            else:
                                return _clip([1.7157087176115002])
                        else:
                            if cos_theta <= 0.652428537607193:
                                return _clip([1.7431214973663307])
                            else:
                                return _clip([0.9291536212296957])
                    else:
                        if theta_dot <= 2.2266942262649536:
                            if theta_dot <= 0.3867022842168808:
                                return _clip([1.2874311803955165])
                            else:
                                return _clip([0.38574971004579706])
                        else:
                            if sin_theta <= -0.4488549679517746:
                                return _clip([-0.7826455235481262])
                            else:
                                return _clip([-1.7899496391560532])
        else:
            if theta_dot <= -3.0665738582611084:
                if cos_theta <= -0.0822155773639679:
                    if theta_dot <= -5.645095586776733:
                        if theta_dot <= -6.85497784614563:
                            if sin_theta <= 0.721918523311615:
                                return _clip([0.007454948636271698])
                            else:
                                return _clip([1.384082089362555])
                        else:
                            if cos_theta <= -0.21597718447446823:
                                return _clip([-0.38510992712967973])
                            else:
                                return _clip([0.6308430433273315])
                    else:
                        if theta_dot <= -4.842892169952393:
                            if cos_theta <= -0.7552745342254639:
                                return _clip([-1.5049262516679407])
                            else:
                                return _clip([-1.1075748681905955])
                        else:
                            if sin_theta <= 0.10350356064736843:
                                return _clip([-1.5017057276536008])
                            else:
                                return _clip([-1.7428782967628413])
                else:
                    if sin_theta <= 0.8545160591602325:
                        if cos_theta <= 0.6229432821273804:
                            if theta_dot <= -4.002718806266785:
                                return _clip([1.5732351101193225])
                            else:
                                return _clip([-0.08268740803747514])
                        else:
                            if sin_theta <= 0.49805279076099396:
                                return _clip([1.8909364183191673])
                            else:
                                return _clip([1.793168715012214])
                    else:
                        if theta_dot <= -4.837529897689819:
                            if cos_theta <= 0.03875453397631645:
                                return _clip([0.956798613643839])
                            else:
                                return _clip([1.49300704519799])
                        else:
                            if cos_theta <= 0.0867573730647564:
                                return _clip([-1.677854061126709])
                            else:
                                return _clip([-0.9678150845859749])
            else:
                if sin_theta <= 0.12605972215533257:
                    if theta_dot <= -1.0327125489711761:
                        if cos_theta <= 0.9951427578926086:
                            return _clip([1.4668302536010742])
                        else:
                            if theta_dot <= -1.0941038727760315:
                                return _clip([1.7280794205320493])
                            else:
                                return _clip([1.8326611518859863])
                    else:
                        if theta_dot <= 0.6028084307909012:
                            if cos_theta <= -0.00012090802192687988:
                                return _clip([-1.5302319766445975])
                            else:
                                return _clip([-0.13013431145676257])
                        else:
                            if cos_theta <= 0.002434372901916504:
                                return _clip([1.5292619632176359])
                            else:
                                return _clip([-1.8204831496457317])
                else:
                    if cos_theta <= -0.1737988442182541:
                        if theta_dot <= 0.3141779601573944:
                            if theta_dot <= -0.5475909560918808:
                                return _clip([-1.5465108288134326])
                            else:
                                return _clip([-0.8089387502711678])
                        else:
                            if sin_theta <= 0.4841817021369934:
                                return _clip([1.4320746670710236])
                            else:
                                return _clip([0.8015686579799765])
                    else:
                        if theta_dot <= -0.14343585819005966:
                            if sin_theta <= 0.44332851469516754:
                                return _clip([-0.6769311967859442])
                            else:
                                return _clip([-1.6716080479303874])
                        else:
                            if sin_theta <= 0.8532231748104095:
                                return _clip([-1.8224195297040693])
                            else:
                                return _clip([-0.800474882336494])
    else:
        if cos_theta <= 0.4306222051382065:
            if theta_dot <= 5.110172748565674:
                if sin_theta <= 0.6509459614753723:
                    if cos_theta <= -0.006834967527538538:
                        if sin_theta <= 0.10019510239362717:
                            if sin_theta <= -0.950142502784729:
                                return _clip([1.503567067462567])
                            else:
                                return _clip([1.726518128668842])
                        else:
                            if sin_theta <= 0.48488540947437286:
                                return _clip([1.2287944493495704])
                            else:
                                return _clip([0.8756698966026306])
                    else:
                        if theta_dot <= 3.6515417098999023:
                            if cos_theta <= 0.24115300923585892:
                                return _clip([1.756788730621338])
                            else:
                                return _clip([1.759037733078003])
                        else:
                            if cos_theta <= 0.4286959320306778:
                                return _clip([1.0308412178767656])
                            else:
                                return _clip([-0.570845365524292])
                else:
                    if cos_theta <= 0.022732166573405266:
                        if cos_theta <= -0.6018012464046478:
                            return _clip([0.7644809484481812])
                        else:
                            if sin_theta <= 0.9648992121219635:
                                return _clip([0.5038609227667299])
                            else:
                                return _clip([0.3011814036269925])
                    else:
                        if sin_theta <= 0.9742359220981598:
                            if sin_theta <= 0.9625652134418488:
                                return _clip([-0.2928122503758385])
                            else:
                                return _clip([-0.18924058973789215])
                        else:
                            if theta_dot <= 3.739391565322876:
                                return _clip([0.2076642493878024])
                            else:
                                return _clip([0.025017236358465846])
            else:
                if cos_theta <= -0.172306589782238:
                    if theta_dot <= 6.941491603851318:
                        if theta_dot <= 5.872180223464966:
                            if sin_theta <= 0.3658418655395508:
                                return _clip([1.3510073061137977])
                            else:
                                return _clip([0.6001004652782218])
                        else:
                            if cos_theta <= -0.5295531153678894:
                                return _clip([0.6669169574517998])
                            else:
                                return _clip([0.3174485102463904])
                    else:
                        if sin_theta <= -0.5847221612930298:
                            if theta_dot <= 7.298115015029907:
                                return _clip([-1.2766427049045646])
                            else:
                                return _clip([-0.9331791376702657])
                        else:
                            if sin_theta <= -0.35892799496650696:
                                return _clip([-0.28773382859622404])
                            else:
                                return _clip([0.12143382696018544])
                else:
                    if sin_theta <= -0.9999955892562866:
                        return _clip([0.5682933330535889])
                    else:
                        if sin_theta <= -0.0036156177520751953:
                            if sin_theta <= -0.9924054145812988:
                                return _clip([-0.9278189019810497])
                            else:
                                return _clip([-1.4713857998329547])
                        else:
                            if sin_theta <= 0.9496449828147888:
                                return _clip([-0.4481452045008063])
                            else:
                                return _clip([0.08230991741194252])
        else:
            if cos_theta <= 0.5959154665470123:
                if theta_dot <= 3.8167331218719482:
                    if theta_dot <= 3.288934350013733:
                        if cos_theta <= 0.5518423020839691:
                            return _clip([1.332633137702942])
                        else:
                            return _clip([1.5027788877487183])
                    else:
                        if cos_theta <= 0.4810546040534973:
                            return _clip([0.9657843708992004])
                        else:
                            if theta_dot <= 3.610889196395874:
                                return _clip([0.8860315590160632])
                            else:
                                return _clip([0.5956663903290802])
                else:
                    if sin_theta <= -0.0021897554397583008:
                        if theta_dot <= 5.324015378952026:
                            if sin_theta <= -0.8561171293258667:
                                return _clip([-1.461242843468171])
                            else:
                                return _clip([-1.699641770082689])
                        else:
                            return _clip([-1.8759218454360962])
                    else:
                        if sin_theta <= 0.8824926316738129:
                            if theta_dot <= 4.2921295166015625:
                                return _clip([-0.3038303852081299])
                            else:
                                return _clip([-0.6539393743937769])
                        else:
                            if cos_theta <= 0.44396354258060455:
                                return _clip([-0.48215678334236145])
                            else:
                                return _clip([-0.1138771632904806])
            else:
                if sin_theta <= 0.5077289491891861:
                    if sin_theta <= -0.7684551179409027:
                        if theta_dot <= 3.576725721359253:
                            return _clip([0.8262850642204285])
                        else:
                            if theta_dot <= 4.341784954071045:
                                return _clip([-0.8232811689376831])
                            else:
                                return _clip([-1.7891031320263304])
                    else:
                        if sin_theta <= 0.3357097953557968:
                            if theta_dot <= 3.425887703895569:
                                return _clip([-1.8438823131006052])
                            else:
                                return _clip([-1.89855398684052])
                        else:
                            if cos_theta <= 0.918265700340271:
                                return _clip([-1.541300742585645])
                            else:
                                return _clip([-1.67517348842462])
                else:
                    if sin_theta <= 0.6886424720287323:
                        if cos_theta <= 0.825668066740036:
                            if cos_theta <= 0.8234644532203674:
                                return _clip([-1.1387030500385578])
                            else:
                                return _clip([-0.9880948066711426])
                        else:
                            if theta_dot <= 3.8751814365386963:
                                return _clip([-1.207908121417301])
                            else:
                                return _clip([-1.400564938788198])
                    else:
                        if theta_dot <= 4.440927982330322:
                            if sin_theta <= 0.709072470664978:
                                return _clip([-0.6732776240419804])
                            else:
                                return _clip([-0.9212323743303812])
                        else:
                            if sin_theta <= 0.7510890662670135:
                                return _clip([-0.5205407898719947])
                            else:
                                return _clip([-0.7406984191662039])
