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
    if theta_dot <= -4.008983731269836:
        if cos_theta <= -0.45071062445640564:
            if theta_dot <= -5.918255090713501:
                if sin_theta <= 0.6885707974433899:
                    if theta_dot <= -7.090263366699219:
                        if sin_theta <= 0.6060391366481781:
                            if sin_theta <= 0.3168831616640091:
                                return _clip([-0.39073054385878553])
                            else:
                                return _clip([-0.237553028571052])
                        else:
                            if sin_theta <= 0.6491522789001465:
                                return _clip([0.37113073468208313])
                            else:
                                return _clip([0.587274432182312])
                    else:
                        if sin_theta <= 0.0011163949966430664:
                            if sin_theta <= -0.34108586609363556:
                                return _clip([-0.5461919000606069])
                            else:
                                return _clip([-0.7320370457233107])
                        else:
                            if theta_dot <= -6.749545335769653:
                                return _clip([-0.7869356679579259])
                            else:
                                return _clip([-0.9599239474091306])
                else:
                    if theta_dot <= -7.125820636749268:
                        if sin_theta <= 0.8004732728004456:
                            if sin_theta <= 0.721588134765625:
                                return _clip([0.6595778810218804])
                            else:
                                return _clip([0.7778112053396918])
                        else:
                            return _clip([1.1309399604797363])
                    else:
                        if cos_theta <= -0.6438498795032501:
                            return _clip([-0.35842135548591614])
                        else:
                            if cos_theta <= -0.512664183974266:
                                return _clip([0.066952809340143])
                            else:
                                return _clip([-0.07078368961811066])
            else:
                if sin_theta <= -0.41288967430591583:
                    if theta_dot <= -4.3661463260650635:
                        if cos_theta <= -0.6507849097251892:
                            if sin_theta <= -0.6161338090896606:
                                return _clip([-0.618089497089386])
                            else:
                                return _clip([-0.6720417141914368])
                        else:
                            if sin_theta <= -0.8316655457019806:
                                return _clip([-0.46708605351684845])
                            else:
                                return _clip([-0.5351260900497437])
                    else:
                        return _clip([-1.0392409563064575])
                else:
                    if sin_theta <= -0.01380892377346754:
                        if sin_theta <= -0.1980942040681839:
                            if theta_dot <= -4.494442701339722:
                                return _clip([-1.2210543155670166])
                            else:
                                return _clip([-1.4040329456329346])
                        else:
                            if theta_dot <= -4.890605449676514:
                                return _clip([-1.4054874181747437])
                            else:
                                return _clip([-1.5358519554138184])
                    else:
                        if theta_dot <= -5.324668645858765:
                            if sin_theta <= 0.5467763692140579:
                                return _clip([-1.5359972715377808])
                            else:
                                return _clip([-1.269178032875061])
                        else:
                            if theta_dot <= -4.7989537715911865:
                                return _clip([-1.7130156487928947])
                            else:
                                return _clip([-1.8192038477319885])
        else:
            if cos_theta <= 0.08881079778075218:
                if theta_dot <= -5.784658670425415:
                    if sin_theta <= -0.0017277896404266357:
                        if sin_theta <= -0.9812203347682953:
                            if cos_theta <= -0.0031534401859971695:
                                return _clip([0.20283711733536441])
                            else:
                                return _clip([0.24146375401753165])
                        else:
                            if cos_theta <= -0.4121876507997513:
                                return _clip([-0.3493070058405945])
                            else:
                                return _clip([-0.12198287932870763])
                    else:
                        if theta_dot <= -6.313533306121826:
                            if theta_dot <= -7.02054238319397:
                                return _clip([1.2971337972752526])
                            else:
                                return _clip([1.5100678535564322])
                        else:
                            if sin_theta <= 0.9565437436103821:
                                return _clip([0.18052035570144653])
                            else:
                                return _clip([0.2081868201494217])
                else:
                    if theta_dot <= -4.453472375869751:
                        if cos_theta <= -0.24831145256757736:
                            if cos_theta <= -0.32148556411266327:
                                return _clip([-0.4086359143257141])
                            else:
                                return _clip([-1.508089303970337])
                        else:
                            if sin_theta <= 0.004105806350708008:
                                return _clip([-0.16927644279405848])
                            else:
                                return _clip([-0.7521006908239707])
                    else:
                        if sin_theta <= 0.9624063074588776:
                            return _clip([-1.854842185974121])
                        else:
                            return _clip([-1.7078800201416016])
            else:
                if sin_theta <= -0.7116453349590302:
                    if sin_theta <= -0.8685486316680908:
                        if sin_theta <= -0.970754086971283:
                            if cos_theta <= 0.1428592950105667:
                                return _clip([0.1779337376356125])
                            else:
                                return _clip([0.20332598686218262])
                        else:
                            if sin_theta <= -0.9304806292057037:
                                return _clip([0.7739111747681032])
                            else:
                                return _clip([0.9197455644607544])
                    else:
                        if cos_theta <= 0.5897315442562103:
                            if theta_dot <= -5.008033037185669:
                                return _clip([1.3826257156919943])
                            else:
                                return _clip([1.2946703433990479])
                        else:
                            if sin_theta <= -0.7791727781295776:
                                return _clip([1.4175254577911585])
                            else:
                                return _clip([1.4981398582458496])
                else:
                    if cos_theta <= 0.42088089883327484:
                        if theta_dot <= -5.13409423828125:
                            if sin_theta <= 0.9466999769210815:
                                return _clip([1.791250467300415])
                            else:
                                return _clip([1.7046560317472574])
                        else:
                            if cos_theta <= 0.3349006026983261:
                                return _clip([-0.8133319282294262])
                            else:
                                return _clip([-0.609106649454122])
                    else:
                        if theta_dot <= -4.404615163803101:
                            if sin_theta <= -0.49238236248493195:
                                return _clip([1.722681810009057])
                            else:
                                return _clip([1.8447496588923036])
                        else:
                            if sin_theta <= -0.4300714284181595:
                                return _clip([1.6567076444625854])
                            else:
                                return _clip([1.9374020045106268])
    else:
        if theta_dot <= 3.4869784116744995:
            if sin_theta <= -0.3720654398202896:
                if theta_dot <= -1.7787870168685913:
                    if cos_theta <= 0.19067677855491638:
                        if sin_theta <= -0.8509293496608734:
                            if cos_theta <= -0.12359365820884705:
                                return _clip([-0.4277210476093051])
                            else:
                                return _clip([0.09485547455619801])
                        else:
                            if sin_theta <= -0.6353477835655212:
                                return _clip([-0.952613987603259])
                            else:
                                return _clip([-1.3638071214611696])
                    else:
                        if sin_theta <= -0.7899109721183777:
                            if sin_theta <= -0.9126193225383759:
                                return _clip([0.6503282391155203])
                            else:
                                return _clip([1.220957522546175])
                        else:
                            if sin_theta <= -0.694102019071579:
                                return _clip([1.6274245441654729])
                            else:
                                return _clip([1.8037638039564916])
                else:
                    if theta_dot <= 2.740995764732361:
                        if cos_theta <= -0.634401798248291:
                            if theta_dot <= -0.1609577313065529:
                                return _clip([-1.0015893494931387])
                            else:
                                return _clip([0.8854801860030413])
                        else:
                            if cos_theta <= -0.08178881742060184:
                                return _clip([1.1829447156585633])
                            else:
                                return _clip([1.7987713261670693])
                    else:
                        if cos_theta <= 0.7061744630336761:
                            if cos_theta <= 0.37545252591371536:
                                return _clip([1.860386619417306])
                            else:
                                return _clip([1.4042268433320362])
                        else:
                            if cos_theta <= 0.7588624060153961:
                                return _clip([-0.49979454278945923])
                            else:
                                return _clip([-1.7430215107979485])
            else:
                if sin_theta <= 0.5146731734275818:
                    if theta_dot <= 1.5811258554458618:
                        if cos_theta <= -0.887240082025528:
                            if theta_dot <= -0.5686325877904892:
                                return _clip([-1.7556892200364642])
                            else:
                                return _clip([0.9607092124177395])
                        else:
                            if theta_dot <= -2.156476855278015:
                                return _clip([1.882701556039524])
                            else:
                                return _clip([-0.06111222298311227])
                    else:
                        if cos_theta <= 0.0005582273006439209:
                            if cos_theta <= -0.9310148656368256:
                                return _clip([1.7948569713183102])
                            else:
                                return _clip([1.587218327297771])
                        else:
                            if cos_theta <= 0.9601991772651672:
                                return _clip([-1.7784429628832676])
                            else:
                                return _clip([-1.9147312494092645])
                else:
                    if theta_dot <= 1.7855677008628845:
                        if cos_theta <= -0.8147186040878296:
                            if theta_dot <= 0.6936057209968567:
                                return _clip([0.08771847933530807])
                            else:
                                return _clip([1.1765644550323486])
                        else:
                            if theta_dot <= 0.9308746457099915:
                                return _clip([-1.7549541607793357])
                            else:
                                return _clip([-1.067835673377413])
                    else:
                        if cos_theta <= 0.3244842290878296:
                            if cos_theta <= -0.4812413454055786:
                                return _clip([1.1289014909345882])
                            else:
                                return _clip([0.3185684049524749])
                        else:
                            if sin_theta <= 0.7135814726352692:
                                return _clip([-1.4704967737197876])
                            else:
                                return _clip([-0.7801065935437361])
        else:
            if cos_theta <= -0.11828957498073578:
                if theta_dot <= 6.901220083236694:
                    if theta_dot <= 5.793830394744873:
                        if sin_theta <= 0.47792433202266693:
                            if theta_dot <= 5.558687448501587:
                                return _clip([1.7513495994873214])
                            else:
                                return _clip([1.3347132042906131])
                        else:
                            if theta_dot <= 4.179805040359497:
                                return _clip([1.0802003865240795])
                            else:
                                return _clip([0.6696923059864662])
                    else:
                        if sin_theta <= -0.6914190649986267:
                            if theta_dot <= 6.163009166717529:
                                return _clip([0.23225987781055246])
                            else:
                                return _clip([-0.7295497334017765])
                        else:
                            if sin_theta <= 0.10335318744182587:
                                return _clip([1.110808434197229])
                            else:
                                return _clip([0.7171330464971531])
                else:
                    if sin_theta <= -0.6870549917221069:
                        if sin_theta <= -0.8426644206047058:
                            if theta_dot <= 7.003845691680908:
                                return _clip([-1.8036466836929321])
                            else:
                                return _clip([-1.7012241960979828])
                        else:
                            if cos_theta <= -0.6454576253890991:
                                return _clip([-1.3250413704388646])
                            else:
                                return _clip([-1.4348171228925817])
                    else:
                        if sin_theta <= -0.38972310721874237:
                            if theta_dot <= 7.721292018890381:
                                return _clip([-0.5740447496326424])
                            else:
                                return _clip([-0.9469712291104669])
                        else:
                            if theta_dot <= 7.984041690826416:
                                return _clip([0.7017229688830454])
                            else:
                                return _clip([-0.3048721179749256])
            else:
                if cos_theta <= 0.45859065651893616:
                    if theta_dot <= 5.25523567199707:
                        if sin_theta <= -0.9570887982845306:
                            if theta_dot <= 3.932273268699646:
                                return _clip([1.8424718379974365])
                            else:
                                return _clip([1.3568871279083938])
                        else:
                            if theta_dot <= 4.5234222412109375:
                                return _clip([1.00020729967755])
                            else:
                                return _clip([-1.377617255731533])
                    else:
                        if sin_theta <= 0.007962733507156372:
                            if theta_dot <= 5.695008754730225:
                                return _clip([-1.6173720507635074])
                            else:
                                return _clip([-1.792845692659539])
                        else:
                            if sin_theta <= 0.9829561710357666:
                                return _clip([-0.39242536587779875])
                            else:
                                return _clip([0.24710169803008686])
                else:
                    if sin_theta <= 0.5125478208065033:
                        if sin_theta <= 0.3266248404979706:
                            if sin_theta <= -0.7584265172481537:
                                return _clip([-1.8279001793325553])
                            else:
                                return _clip([-1.9392472112871575])
                        else:
                            if cos_theta <= 0.9262765645980835:
                                return _clip([-1.5799816708418828])
                            else:
                                return _clip([-1.751911997795105])
                    else:
                        if cos_theta <= 0.6894697546958923:
                            if cos_theta <= 0.561955600976944:
                                return _clip([-0.7110307588089126])
                            else:
                                return _clip([-0.8276582756563639])
                        else:
                            if sin_theta <= 0.5905369520187378:
                                return _clip([-1.4175417577781004])
                            else:
                                return _clip([-1.152944681417633])
