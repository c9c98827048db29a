"""Pendulum-v1: smose seed 0, distilled into tree-d7

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
    if sin_theta <= 0.313182070851326:
        if cos_theta <= 0.6151565611362457:
            if theta_dot <= -0.15023189038038254:
                if sin_theta <= -0.5213468074798584:
                    if cos_theta <= -0.4579778015613556:
                        if theta_dot <= -2.260288894176483:
                            if cos_theta <= -0.6303246021270752:
                                return _clip([-0.00913708929880099])
                            else:
                                return _clip([0.3227204294919936])
                        else:
                            if theta_dot <= -1.1198203563690186:
                                return _clip([0.48946760009477996])
                            else:
                                return _clip([0.8295122196189745])
                    else:
                        if theta_dot <= -2.229285717010498:
                            if cos_theta <= -0.16139084845781326:
                                return _clip([0.596147869498582])
                            else:
                                return _clip([0.9455245843761225])
                        else:
                            if cos_theta <= -0.40930965542793274:
                                return _clip([1.2494796514511108])
                            else:
                                return _clip([0.3744446285507566])
                else:
                    if theta_dot <= -3.165977358818054:
                        if sin_theta <= -0.2235482707619667:
                            if sin_theta <= -0.39554397761821747:
                                return _clip([-0.26405791826475655])
                            else:
                                return _clip([-0.4169303350960373])
                        else:
                            if sin_theta <= 0.027830415638163686:
                                return _clip([-0.6454281113967646])
                            else:
                                return _clip([-0.8535814873463424])
                    else:
                        if cos_theta <= -0.9529213011264801:
                            if theta_dot <= -2.7195465564727783:
                                return _clip([-1.8867124118997036])
                            else:
                                return _clip([-1.7229817869403692])
                        else:
                            if cos_theta <= -0.8743380606174469:
                                return _clip([-1.4289963527780756])
                            else:
                                return _clip([-1.1199818849563599])
            else:
                if cos_theta <= 0.39061398804187775:
                    if theta_dot <= 0.742317259311676:
                        if sin_theta <= 0.225824773311615:
                            if sin_theta <= 0.08220190554857254:
                                return _clip([1.5521956774321697])
                            else:
                                return _clip([1.1926809549331665])
                        else:
                            if sin_theta <= 0.260563388466835:
                                return _clip([-1.3623270988464355])
                            else:
                                return _clip([-1.4750340689566492])
                    else:
                        if theta_dot <= 1.8565510511398315:
                            if sin_theta <= -0.16627457737922668:
                                return _clip([1.7900185245068831])
                            else:
                                return _clip([1.6281416655574508])
                        else:
                            if sin_theta <= -0.030718755908310413:
                                return _clip([1.9525053741305394])
                            else:
                                return _clip([1.8311054946131373])
                else:
                    if theta_dot <= 4.970196723937988:
                        if sin_theta <= -0.9093776643276215:
                            if cos_theta <= 0.4030114710330963:
                                return _clip([1.1687918901443481])
                            else:
                                return _clip([0.862787663936615])
                        else:
                            if cos_theta <= 0.5803243815898895:
                                return _clip([1.7550541486235076])
                            else:
                                return _clip([1.490900993347168])
                    else:
                        if cos_theta <= 0.487467885017395:
                            if theta_dot <= 6.019782543182373:
                                return _clip([1.7737913131713867])
                            else:
                                return _clip([1.8611247666751556])
                        else:
                            if theta_dot <= 5.755406141281128:
                                return _clip([0.36093419790267944])
                            else:
                                return _clip([0.3909532894346283])
        else:
            if theta_dot <= 1.9113482236862183:
                if theta_dot <= -0.5488861352205276:
                    if sin_theta <= -0.07766999676823616:
                        if theta_dot <= -2.1497234106063843:
                            if cos_theta <= 0.8990788757801056:
                                return _clip([0.8956083074619346])
                            else:
                                return _clip([0.7022022542415551])
                        else:
                            if theta_dot <= -1.6086342930793762:
                                return _clip([0.5486694529499468])
                            else:
                                return _clip([0.37962381245211146])
                    else:
                        if theta_dot <= -2.1929590702056885:
                            if sin_theta <= 0.11668052896857262:
                                return _clip([0.5311998883872435])
                            else:
                                return _clip([0.3731500621593182])
                        else:
                            if cos_theta <= 0.9973816275596619:
                                return _clip([0.23564724806959012])
                            else:
                                return _clip([0.34309086273933465])
                else:
                    if theta_dot <= 0.5806930065155029:
                        if theta_dot <= 0.11921688728034496:
                            if theta_dot <= -0.22786523401737213:
                                return _clip([0.15329962130910674])
                            else:
                                return _clip([0.11507492722981986])
                        else:
                            if theta_dot <= 0.5282089412212372:
                                return _clip([0.05690057309194728])
                            else:
                                return _clip([0.004725711420178413])
                    else:
                        if theta_dot <= 1.2245685458183289:
                            if cos_theta <= 0.8870846033096313:
                                return _clip([-0.08321950820604078])
                            else:
                                return _clip([-0.022317631170153618])
                        else:
                            if sin_theta <= -0.6056644916534424:
                                return _clip([-0.1640331140645942])
                            else:
                                return _clip([-0.187824085354805])
            else:
                if sin_theta <= -0.38442452251911163:
                    if theta_dot <= 5.181227684020996:
                        if theta_dot <= 2.977054715156555:
                            if sin_theta <= -0.6154425740242004:
                                return _clip([-0.37379672985304463])
                            else:
                                return _clip([-0.29439669847488403])
                        else:
                            if theta_dot <= 4.327672004699707:
                                return _clip([-0.698046079135886])
                            else:
                                return _clip([-0.8661224466180801])
                    else:
                        if theta_dot <= 5.6150102615356445:
                            return _clip([0.40743648139353955])
                        else:
                            if sin_theta <= -0.7554105818271637:
                                return _clip([0.41251278360248733])
                            else:
                                return _clip([0.4199516213303609])
                else:
                    if theta_dot <= 2.9922021627426147:
                        if cos_theta <= 0.975773274898529:
                            if sin_theta <= -0.004072785377502441:
                                return _clip([-0.691440761089325])
                            else:
                                return _clip([-0.7148487567901611])
                        else:
                            if cos_theta <= 0.9932104051113129:
                                return _clip([-0.6779205698705988])
                            else:
                                return _clip([-0.6636077759889559])
                    else:
                        if theta_dot <= 4.183005332946777:
                            if sin_theta <= 0.08530567958950996:
                                return _clip([-0.9533712186662916])
                            else:
                                return _clip([-1.0257163986787474])
                        else:
                            if sin_theta <= -0.1333031728863716:
                                return _clip([-1.1844573468473663])
                            else:
                                return _clip([-1.2530423341508028])
    else:
        if theta_dot <= 0.1300014778971672:
            if cos_theta <= 0.6518056392669678:
                if theta_dot <= -4.396571397781372:
                    if cos_theta <= -0.06859307736158371:
                        if theta_dot <= -4.930598497390747:
                            if theta_dot <= -6.6939473152160645:
                                return _clip([-1.0709008318598217])
                            else:
                                return _clip([-0.9058656944400904])
                        else:
                            if cos_theta <= -0.33796267211437225:
                                return _clip([-1.9354530919687187])
                            else:
                                return _clip([-1.9009716017856668])
                    else:
                        if cos_theta <= 0.39006364345550537:
                            if cos_theta <= 0.18265847861766815:
                                return _clip([-0.777452110414145])
                            else:
                                return _clip([-0.6360519980722538])
                        else:
                            if cos_theta <= 0.510089784860611:
                                return _clip([-0.47262913385752914])
                            else:
                                return _clip([-0.3245399824873959])
                else:
                    if cos_theta <= 0.5089452862739563:
                        if cos_theta <= 0.20746161043643951:
                            if theta_dot <= -0.5251075029373169:
                                return _clip([-1.9236163500337868])
                            else:
                                return _clip([-1.832472189820284])
                        else:
                            if sin_theta <= 0.8918680548667908:
                                return _clip([-1.6266906282554612])
                            else:
                                return _clip([-1.740321908353161])
                    else:
                        if theta_dot <= -3.3276753425598145:
                            return _clip([-0.3054690659046173])
                        else:
                            if theta_dot <= -1.1171429753303528:
                                return _clip([-1.5140492360848883])
                            else:
                                return _clip([-1.2433411076726388])
            else:
                if theta_dot <= -2.4413437843322754:
                    if cos_theta <= 0.8249979913234711:
                        if cos_theta <= 0.7400216460227966:
                            if cos_theta <= 0.6948675811290741:
                                return _clip([-0.1934931076745931])
                            else:
                                return _clip([-0.1440785130555566])
                        else:
                            if cos_theta <= 0.7776999473571777:
                                return _clip([-0.0749331859019058])
                            else:
                                return _clip([-0.005115274277227287])
                    else:
                        if sin_theta <= 0.4650926887989044:
                            if cos_theta <= 0.9241426289081573:
                                return _clip([0.1814486977732357])
                            else:
                                return _clip([0.2718860337540796])
                        else:
                            if theta_dot <= -3.5682342052459717:
                                return _clip([0.09364023160034834])
                            else:
                                return _clip([0.06843504537224757])
                else:
                    if sin_theta <= 0.5500761270523071:
                        if theta_dot <= -1.8175048232078552:
                            return _clip([0.1277286559343338])
                        else:
                            if theta_dot <= -0.904569000005722:
                                return _clip([-0.7484799316121717])
                            else:
                                return _clip([-0.48087997166750795])
                    else:
                        if theta_dot <= -1.8304927945137024:
                            if sin_theta <= 0.6594520807266235:
                                return _clip([-1.1414551734924316])
                            else:
                                return _clip([-1.289651872349337])
                        else:
                            if theta_dot <= -1.4505172967910767:
                                return _clip([-1.0370414671098362])
                            else:
                                return _clip([-0.9476707680306015])
        else:
            if cos_theta <= -0.7326616942882538:
                if theta_dot <= 1.5600733757019043:
                    if theta_dot <= 1.3197867274284363:
                        if theta_dot <= 1.0222715437412262:
                            if theta_dot <= 0.738021045923233:
                                return _clip([-1.6971598569825217])
                            else:
                                return _clip([-1.6143543720245361])
                        else:
                            return _clip([-1.4537565464565836])
                    else:
                        if theta_dot <= 1.4634857773780823:
                            return _clip([-1.2640831470489502])
                        else:
                            return _clip([-1.2402256727218628])
                else:
                    if theta_dot <= 7.879775524139404:
                        if theta_dot <= 3.364550471305847:
                            if sin_theta <= 0.6665736138820648:
                                return _clip([1.407467068230263])
                            else:
                                return _clip([0.9838821291923523])
                        else:
                            if cos_theta <= -0.7626913785934448:
                                return _clip([1.810014831667457])
                            else:
                                return _clip([-0.23495772961876468])
                    else:
                        if cos_theta <= -0.9015225470066071:
                            return _clip([1.9838650630576697])
                        else:
                            if sin_theta <= 0.5859884917736053:
                                return _clip([-0.2971701105586332])
                            else:
                                return _clip([-0.34834988665366845])
            else:
                if theta_dot <= 3.4583888053894043:
                    if sin_theta <= 0.6132207810878754:
                        if theta_dot <= 0.9824941754341125:
                            if theta_dot <= 0.167642243206501:
                                return _clip([-0.12008070419294141])
                            else:
                                return _clip([-0.30106342750674886])
                        else:
                            if theta_dot <= 1.7698271870613098:
                                return _clip([-0.471249998029252])
                            else:
                                return _clip([-0.9950153199556876])
                    else:
                        if theta_dot <= 0.6158308386802673:
                            if cos_theta <= 0.36721646040678024:
                                return _clip([-1.573256833556808])
                            else:
                                return _clip([-0.8212412639229748])
                        else:
                            if cos_theta <= -0.6533574759960175:
                                return _clip([-1.294268808346887])
                            else:
                                return _clip([-0.6509858638627279])
                else:
                    if cos_theta <= 0.2625225782394409:
                        if theta_dot <= 6.643320798873901:
                            if theta_dot <= 4.606359481811523:
                                return _clip([-0.2343639937873544])
                            else:
                                return _clip([-0.32808222866056197])
                        else:
                            if theta_dot <= 6.913095951080322:
                                return _clip([-0.40275878452159586])
                            else:
                                return _clip([-0.43851491653248137])
                    else:
                        if sin_theta <= 0.48625780642032623:
                            if theta_dot <= 4.624007940292358:
                                return _clip([-1.2487694025039673])
                            else:
                                return _clip([-1.2994248900018246])
                        else:
                            if sin_theta <= 0.7573661506175995:
                                return _clip([0.03438017123464791])
                            else:
                                return _clip([-0.20082441577957508])
