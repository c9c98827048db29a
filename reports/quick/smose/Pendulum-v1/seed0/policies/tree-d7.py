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
    if sin_theta <= 0.006017913809046149:
        if theta_dot <= 0.5940928161144257:
            if cos_theta <= -0.855511873960495:
                if theta_dot <= -0.04441987723112106:
                    if theta_dot <= -3.74680495262146:
                        if cos_theta <= -0.9203795790672302:
                            if cos_theta <= -0.9926854968070984:
                                return _clip([-0.983916135118052])
                            else:
                                return _clip([-0.7206632713917354])
                        else:
                            if sin_theta <= -0.43384768068790436:
                                return _clip([-0.384588686587867])
                            else:
                                return _clip([-0.486508206722112])
                    else:
                        if sin_theta <= -0.4504173696041107:
                            return _clip([0.588846743106842])
                        else:
                            if theta_dot <= -1.9512460827827454:
                                return _clip([-1.7071741925129609])
                            else:
                                return _clip([-1.4769660714375659])
                else:
                    if cos_theta <= -0.9976637065410614:
                        return _clip([1.345999836921692])
                    else:
                        return _clip([1.1280953884124756])
            else:
                if theta_dot <= -1.8306367993354797:
                    if cos_theta <= -0.3982377350330353:
                        if sin_theta <= -0.7250602543354034:
                            if cos_theta <= -0.5485941767692566:
                                return _clip([0.1492002948894805])
                            else:
                                return _clip([0.3373379655660032])
                        else:
                            if cos_theta <= -0.7855204939842224:
                                return _clip([-0.24009228105733246])
                            else:
                                return _clip([-0.0790012649708742])
                    else:
                        if cos_theta <= 0.964112401008606:
                            if cos_theta <= -0.068311408162117:
                                return _clip([0.669594979638133])
                            else:
                                return _clip([0.9461703077452357])
                        else:
                            if cos_theta <= 0.9927807748317719:
                                return _clip([0.7327547355142842])
                            else:
                                return _clip([0.5941984064455714])
                else:
                    if cos_theta <= -0.41451081447303295:
                        if sin_theta <= -0.5588259398937225:
                            if sin_theta <= -0.5660522282123566:
                                return _clip([1.6204403638839722])
                            else:
                                return _clip([1.429233431816101])
                        else:
                            if sin_theta <= -0.537641316652298:
                                return _clip([1.17168128490448])
                            else:
                                return _clip([0.8754302859306335])
                    else:
                        if cos_theta <= 0.8763994872570038:
                            if theta_dot <= -0.20254415832459927:
                                return _clip([0.40969638261587804])
                            else:
                                return _clip([0.9853723506874159])
                        else:
                            if theta_dot <= -0.8854275345802307:
                                return _clip([0.3176899359451335])
                            else:
                                return _clip([0.09369322566238326])
        else:
            if cos_theta <= 0.5374732315540314:
                if theta_dot <= 1.4515761733055115:
                    if cos_theta <= 0.3150347173213959:
                        if cos_theta <= 0.055507717654109:
                            if cos_theta <= -0.9372619092464447:
                                return _clip([1.5005565881729126])
                            else:
                                return _clip([1.805948023890133])
                        else:
                            if theta_dot <= 0.8157193958759308:
                                return _clip([1.3559918554486126])
                            else:
                                return _clip([1.5925383874947456])
                    else:
                        if sin_theta <= -0.942470908164978:
                            return _clip([1.2133464813232422])
                        else:
                            return _clip([1.242363691329956])
                else:
                    if theta_dot <= 2.2245665788650513:
                        if cos_theta <= 0.07960959896445274:
                            if sin_theta <= -0.06010434357449412:
                                return _clip([1.8892966824352297])
                            else:
                                return _clip([1.8180010318756104])
                        else:
                            if sin_theta <= -0.9729152619838715:
                                return _clip([1.7899746308871862])
                            else:
                                return _clip([1.8025429248809814])
                    else:
                        if sin_theta <= -0.4409082531929016:
                            if cos_theta <= -0.131597138941288:
                                return _clip([1.9814156588211276])
                            else:
                                return _clip([1.9294139169602482])
                        else:
                            if theta_dot <= 3.900386691093445:
                                return _clip([1.8306329549668587])
                            else:
                                return _clip([1.9184335695920534])
            else:
                if sin_theta <= -0.4694325625896454:
                    if theta_dot <= 5.677745819091797:
                        if cos_theta <= 0.8737563490867615:
                            if sin_theta <= -0.7150952219963074:
                                return _clip([0.27789205380364373])
                            else:
                                return _clip([-0.700995222414595])
                        else:
                            return _clip([-0.06055765599012375])
                    else:
                        if theta_dot <= 6.3881213665008545:
                            if cos_theta <= 0.6004341840744019:
                                return _clip([1.7904525995254517])
                            else:
                                return _clip([0.26511899882670215])
                        else:
                            if sin_theta <= -0.8071484863758087:
                                return _clip([0.24956041412841617])
                            else:
                                return _clip([0.2580586979291508])
                else:
                    if theta_dot <= 3.5237120389938354:
                        if sin_theta <= -0.2565091922879219:
                            if sin_theta <= -0.373494490981102:
                                return _clip([-0.6470047235488892])
                            else:
                                return _clip([-0.6223089098930359])
                        else:
                            if cos_theta <= 0.9874087870121002:
                                return _clip([-0.5949252843856812])
                            else:
                                return _clip([-0.5694990298439161])
                    else:
                        if theta_dot <= 5.658967971801758:
                            if sin_theta <= -0.25142642855644226:
                                return _clip([-1.105635859606414])
                            else:
                                return _clip([-1.1861766993091811])
                        else:
                            return _clip([0.25229349614040125])
    else:
        if sin_theta <= 0.6194362044334412:
            if theta_dot <= 1.1078273057937622:
                if cos_theta <= -0.006190896034240723:
                    if theta_dot <= -4.2195281982421875:
                        if sin_theta <= 0.18152017891407013:
                            if theta_dot <= -7.566224575042725:
                                return _clip([-1.1192683623547366])
                            else:
                                return _clip([-0.9808331883542228])
                        else:
                            if theta_dot <= -7.440776824951172:
                                return _clip([-1.3237167800881107])
                            else:
                                return _clip([-1.1454058680889008])
                    else:
                        if theta_dot <= -1.3969619870185852:
                            if cos_theta <= -0.9705232083797455:
                                return _clip([-1.8824690861922042])
                            else:
                                return _clip([-1.9452308303532624])
                        else:
                            if theta_dot <= 0.35461438447237015:
                                return _clip([-1.79499530681562])
                            else:
                                return _clip([-1.3482704862261319])
                else:
                    if theta_dot <= -2.728733777999878:
                        if cos_theta <= 0.9440381824970245:
                            if sin_theta <= 0.47590357065200806:
                                return _clip([0.05409560489630721])
                            else:
                                return _clip([-0.16226537157872364])
                        else:
                            if sin_theta <= 0.18539930880069733:
                                return _clip([0.4594477017300754])
                            else:
                                return _clip([0.27584013868068896])
                    else:
                        if sin_theta <= 0.4362143278121948:
                            if cos_theta <= 0.9778968989849091:
                                return _clip([-0.389521784445797])
                            else:
                                return _clip([-0.2209988581959492])
                        else:
                            if theta_dot <= -0.009899891912937164:
                                return _clip([-0.7217736798964922])
                            else:
                                return _clip([-0.3760624498494313])
            else:
                if cos_theta <= -0.8259318768978119:
                    if theta_dot <= 7.826132535934448:
                        if theta_dot <= 3.207134962081909:
                            if sin_theta <= 0.4911724776029587:
                                return _clip([1.6166501948256369])
                            else:
                                return _clip([1.308426876618664])
                        else:
                            if theta_dot <= 3.9366378784179688:
                                return _clip([1.7434835441307364])
                            else:
                                return _clip([1.8997016258188089])
                    else:
                        if sin_theta <= 0.5092579126358032:
                            return _clip([1.986849432487635])
                        else:
                            if sin_theta <= 0.5344516038894653:
                                return _clip([-0.5262818217184476])
                            else:
                                return _clip([-0.5557146410321324])
                else:
                    if sin_theta <= 0.5288805663585663:
                        if theta_dot <= 2.828431248664856:
                            if cos_theta <= 0.947998583316803:
                                return _clip([-0.7057358872815399])
                            else:
                                return _clip([-0.5951008809477301])
                        else:
                            if theta_dot <= 4.051778435707092:
                                return _clip([-1.1003036216755007])
                            else:
                                return _clip([-1.2565029879889635])
                    else:
                        if sin_theta <= 0.5825712382793427:
                            if theta_dot <= 4.988324403762817:
                                return _clip([-0.8780393150818466])
                            else:
                                return _clip([-0.32620255670416254])
                        else:
                            if sin_theta <= 0.5841995477676392:
                                return _clip([1.2930681705474854])
                            else:
                                return _clip([-0.45565076217694267])
        else:
            if theta_dot <= 0.19712381809949875:
                if theta_dot <= -4.633189678192139:
                    if cos_theta <= 0.38779543340206146:
                        if theta_dot <= -6.819901466369629:
                            if theta_dot <= -7.3932318687438965:
                                return _clip([-1.3824348283786025])
                            else:
                                return _clip([-1.294680549899562])
                        else:
                            if cos_theta <= -0.4510968178510666:
                                return _clip([-1.1510111540908483])
                            else:
                                return _clip([-1.0139930564429107])
                    else:
                        if sin_theta <= 0.7730428874492645:
                            if cos_theta <= 0.7077749371528625:
                                return _clip([-0.517341624685357])
                            else:
                                return _clip([-0.3791439879456629])
                        else:
                            if cos_theta <= 0.516530454158783:
                                return _clip([-0.8082258369939767])
                            else:
                                return _clip([-0.6330873030352141])
                else:
                    if cos_theta <= 0.6351968050003052:
                        if cos_theta <= 0.12682126834988594:
                            if sin_theta <= 0.9865008294582367:
                                return _clip([-1.9468268649903486])
                            else:
                                return _clip([-1.873942370168098])
                        else:
                            if theta_dot <= -4.366688966751099:
                                return _clip([-0.8104414939880371])
                            else:
                                return _clip([-1.6277940096203736])
                    else:
                        if theta_dot <= -2.7539321184158325:
                            if theta_dot <= -3.5350537300109863:
                                return _clip([-0.32608386874198914])
                            else:
                                return _clip([-0.27296531200408936])
                        else:
                            if theta_dot <= -1.1712319254875183:
                                return _clip([-1.2921907477597567])
                            else:
                                return _clip([-0.993180859815162])
            else:
                if sin_theta <= 0.6872260272502899:
                    if sin_theta <= 0.6686643064022064:
                        if cos_theta <= 4.2557716369628906e-05:
                            if theta_dot <= 3.5528513193130493:
                                return _clip([-1.5395413602366506])
                            else:
                                return _clip([-0.6118877127496701])
                        else:
                            if theta_dot <= 4.4618871212005615:
                                return _clip([-0.4144111165925794])
                            else:
                                return _clip([-0.16970236360313792])
                    else:
                        if theta_dot <= 3.219194531440735:
                            if theta_dot <= 1.8040560483932495:
                                return _clip([-0.5036232269102947])
                            else:
                                return _clip([1.004762431806078])
                        else:
                            if theta_dot <= 6.279066324234009:
                                return _clip([-0.29096208538660234])
                            else:
                                return _clip([-0.6146448140259452])
                else:
                    if cos_theta <= 0.3396421819925308:
                        if theta_dot <= 2.0768982768058777:
                            if theta_dot <= 1.0484863817691803:
                                return _clip([-1.498759777826171])
                            else:
                                return _clip([-1.1202351220749367])
                        else:
                            if theta_dot <= 6.222926139831543:
                                return _clip([-0.5142628170795926])
                            else:
                                return _clip([-0.705508691757799])
                    else:
                        if theta_dot <= 4.085949420928955:
                            if theta_dot <= 2.0569854974746704:
                                return _clip([-0.5464421749635411])
                            else:
                                return _clip([-0.8585734432239136])
                        else:
                            if cos_theta <= 0.5634823739528656:
                                return _clip([-0.41389945504768816])
                            else:
                                return _clip([-0.25675781224670874])
