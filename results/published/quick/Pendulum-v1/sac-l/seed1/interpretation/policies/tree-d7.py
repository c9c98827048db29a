"""Pendulum-v1: sac-l seed 1, distilled into tree-d7

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
    if sin_theta <= -0.044530194252729416:
        if theta_dot <= 4.173475503921509:
            if sin_theta <= -0.3272315114736557:
                if theta_dot <= -1.2786015272140503:
                    if cos_theta <= -0.013826487585902214:
                        if cos_theta <= -0.7924257516860962:
                            if theta_dot <= -3.9729164838790894:
                                return _clip([-1.4233563382253394])
                            else:
                                return _clip([-1.7055897469854804])
                        else:
                            if sin_theta <= -0.9449403285980225:
                                return _clip([-0.6655295688890749])
                            else:
                                return _clip([-1.2138925167882897])
                    else:
                        if sin_theta <= -0.9341621994972229:
                            if sin_theta <= -0.9777131080627441:
                                return _clip([0.3714434424883157])
                            else:
                                return _clip([1.117215083886189])
                        else:
                            if cos_theta <= 0.5257188677787781:
                                return _clip([1.5936304945936723])
                            else:
                                return _clip([1.924670728932854])
                else:
                    if theta_dot <= 3.8167272806167603:
                        if theta_dot <= 1.4076165556907654:
                            if cos_theta <= -0.05609070137143135:
                                return _clip([0.9727160856461277])
                            else:
                                return _clip([1.9623407936020016])
                        else:
                            if cos_theta <= 0.717663437128067:
                                return _clip([1.749303124399159])
                            else:
                                return _clip([1.0355643692548084])
                    else:
                        if cos_theta <= 0.6767190396785736:
                            if cos_theta <= 0.2894393429160118:
                                return _clip([1.8577918639696533])
                            else:
                                return _clip([0.45557754116968574])
                        else:
                            return _clip([-1.9814997911453247])
            else:
                if theta_dot <= 1.1796869039535522:
                    if theta_dot <= -2.582391858100891:
                        if cos_theta <= 0.00471082329750061:
                            if theta_dot <= -4.79565167427063:
                                return _clip([-1.529318549821109])
                            else:
                                return _clip([-1.8137685338796135])
                        else:
                            return _clip([1.956701173115184])
                    else:
                        if theta_dot <= -0.07918959110975266:
                            if theta_dot <= -1.143306165933609:
                                return _clip([1.96338346921443])
                            else:
                                return _clip([1.7645456907991042])
                        else:
                            if cos_theta <= 0.9676984250545502:
                                return _clip([1.8712007475413326])
                            else:
                                return _clip([1.4222470324588843])
                else:
                    if cos_theta <= -0.019615620374679565:
                        return _clip([1.9490158557891846])
                    else:
                        if sin_theta <= -0.21226952224969864:
                            if theta_dot <= 1.6575759053230286:
                                return _clip([-1.2780896788768288])
                            else:
                                return _clip([-1.7960236638542013])
                        else:
                            if cos_theta <= 0.9874346554279327:
                                return _clip([-1.7820014984535755])
                            else:
                                return _clip([-1.9178958403072601])
        else:
            if cos_theta <= -0.18104548752307892:
                if theta_dot <= 6.199662208557129:
                    if sin_theta <= -0.9784221649169922:
                        return _clip([1.6239134073257446])
                    else:
                        if theta_dot <= 5.290392637252808:
                            if theta_dot <= 5.087735176086426:
                                return _clip([1.9195012346489244])
                            else:
                                return _clip([1.9409577139361638])
                        else:
                            if sin_theta <= -0.9356019794940948:
                                return _clip([1.647910237312317])
                            else:
                                return _clip([1.8566067920189557])
                else:
                    if sin_theta <= -0.9464145600795746:
                        if theta_dot <= 6.967284440994263:
                            if cos_theta <= -0.21001805365085602:
                                return _clip([-0.0059113491253937715])
                            else:
                                return _clip([-0.35552313114651274])
                        else:
                            if theta_dot <= 7.458428621292114:
                                return _clip([-1.5821317365774719])
                            else:
                                return _clip([-1.3474271481287305])
                    else:
                        if theta_dot <= 7.526629209518433:
                            if sin_theta <= -0.8271794617176056:
                                return _clip([0.6924416868954943])
                            else:
                                return _clip([1.425968419716919])
                        else:
                            if sin_theta <= -0.7926079332828522:
                                return _clip([-0.7133617845794838])
                            else:
                                return _clip([0.8262516831772432])
            else:
                if sin_theta <= -0.9989736676216125:
                    if theta_dot <= 5.2844038009643555:
                        if sin_theta <= -0.9995747804641724:
                            return _clip([1.411258578300476])
                        else:
                            return _clip([1.8085098266601562])
                    else:
                        if cos_theta <= -0.011551223695278168:
                            if sin_theta <= -0.9994218945503235:
                                return _clip([-0.9235267043113708])
                            else:
                                return _clip([-0.2897642254829407])
                        else:
                            if cos_theta <= 0.008175011884304695:
                                return _clip([-1.8196132589327767])
                            else:
                                return _clip([-1.8370360121372797])
                else:
                    if sin_theta <= -0.9221111834049225:
                        if theta_dot <= 6.109776973724365:
                            if cos_theta <= 0.29405348002910614:
                                return _clip([-0.31425391618950693])
                            else:
                                return _clip([0.28502648984898754])
                        else:
                            if cos_theta <= -0.11862768605351448:
                                return _clip([-1.4673003084755183])
                            else:
                                return _clip([-1.9057132018443672])
                    else:
                        if sin_theta <= -0.7866318821907043:
                            if cos_theta <= 0.4043862372636795:
                                return _clip([-1.9477315941472384])
                            else:
                                return _clip([-1.9673256542734117])
                        else:
                            if cos_theta <= 0.8032583296298981:
                                return _clip([-1.981051862414818])
                            else:
                                return _clip([-1.9918346623214696])
    else:
        if cos_theta <= -0.5651209950447083:
            if theta_dot <= -0.024671312421560287:
                if theta_dot <= -5.258178234100342:
                    if theta_dot <= -6.971768140792847:
                        if sin_theta <= 0.7360538840293884:
                            if theta_dot <= -7.916033029556274:
                                return _clip([-1.5284032842925734])
                            else:
                                return _clip([-1.547859733353125])
                        else:
                            if sin_theta <= 0.7520548403263092:
                                return _clip([-1.4719209585038346])
                            else:
                                return _clip([-1.468177091463411])
                    else:
                        if theta_dot <= -6.189701795578003:
                            if sin_theta <= 0.18653336446732283:
                                return _clip([-1.6252628564834595])
                            else:
                                return _clip([-1.6404296208401739])
                        else:
                            if sin_theta <= 0.26364915817976:
                                return _clip([-1.6763842105865479])
                            else:
                                return _clip([-1.7112059214474133])
                else:
                    if theta_dot <= -1.8127891011536121:
                        if theta_dot <= -4.098894715309143:
                            if sin_theta <= 0.6086523830890656:
                                return _clip([-1.8363406272555827])
                            else:
                                return _clip([-1.8811503648757935])
                        else:
                            if sin_theta <= 0.49993573129177094:
                                return _clip([-1.8822329284739958])
                            else:
                                return _clip([-1.9233554543201756])
                    else:
                        return _clip([-0.5076720714569092])
            else:
                if theta_dot <= 5.745887041091919:
                    if cos_theta <= -0.8160116076469421:
                        if theta_dot <= 4.6328654289245605:
                            if cos_theta <= -0.9356697499752045:
                                return _clip([1.926112648530792])
                            else:
                                return _clip([1.8640580431191203])
                        else:
                            if cos_theta <= -0.9287870526313782:
                                return _clip([1.8263680463758845])
                            else:
                                return _clip([1.708208427724528])
                    else:
                        if theta_dot <= 4.94420862197876:
                            if theta_dot <= 0.9164659008383751:
                                return _clip([1.074530839920044])
                            else:
                                return _clip([1.5736249172091157])
                        else:
                            if sin_theta <= 0.6876152455806732:
                                return _clip([1.0412724018096924])
                            else:
                                return _clip([0.7644974589347839])
                else:
                    if theta_dot <= 7.632931709289551:
                        if sin_theta <= 0.486477330327034:
                            if theta_dot <= 6.563778638839722:
                                return _clip([1.4414022935835096])
                            else:
                                return _clip([1.0098274025497318])
                        else:
                            if cos_theta <= -0.7199627161026001:
                                return _clip([0.5954344450773877])
                            else:
                                return _clip([0.3810011459322193])
                    else:
                        if cos_theta <= -0.8755297362804413:
                            if cos_theta <= -0.9736515283584595:
                                return _clip([0.49130016090116707])
                            else:
                                return _clip([0.324919232373028])
                        else:
                            if theta_dot <= 7.999478816986084:
                                return _clip([-0.2790594360247725])
                            else:
                                return _clip([0.0703563256776737])
        else:
            if theta_dot <= 0.23403286188840866:
                if cos_theta <= 0.8874100744724274:
                    if theta_dot <= -4.36843204498291:
                        if cos_theta <= 0.5459955632686615:
                            if theta_dot <= -6.1935694217681885:
                                return _clip([-1.251164126101599])
                            else:
                                return _clip([-1.7794524371186797])
                        else:
                            if sin_theta <= 0.6667371988296509:
                                return _clip([1.5044176977632084])
                            else:
                                return _clip([0.028216992443905926])
                    else:
                        if theta_dot <= 0.18326210230588913:
                            if cos_theta <= 0.7642854154109955:
                                return _clip([-1.9178942844803066])
                            else:
                                return _clip([-1.694070575653622])
                        else:
                            return _clip([0.6117196083068848])
                else:
                    if theta_dot <= -0.03734188467768629:
                        if cos_theta <= 0.9201558232307434:
                            if cos_theta <= 0.9053412973880768:
                                return _clip([1.788230400175876])
                            else:
                                return _clip([1.795379483228402])
                        else:
                            if theta_dot <= -1.4571112804114819:
                                return _clip([1.9204004791988416])
                            else:
                                return _clip([1.5404850244522095])
                    else:
                        if sin_theta <= -0.02389400638639927:
                            if theta_dot <= 0.04053034633398056:
                                return _clip([1.3070439100265503])
                            else:
                                return _clip([1.0065491719122117])
                        else:
                            if sin_theta <= 0.05462805740535259:
                                return _clip([-0.26131749986447567])
                            else:
                                return _clip([-0.3524614683188461])
            else:
                if cos_theta <= 0.07014198414981365:
                    if cos_theta <= -0.2531576082110405:
                        if theta_dot <= 3.5828452110290527:
                            if sin_theta <= 0.9364866018295288:
                                return _clip([1.223809490278691])
                            else:
                                return _clip([0.43917717968440323])
                        else:
                            if theta_dot <= 6.54479455947876:
                                return _clip([0.18340344279500806])
                            else:
                                return _clip([-0.46366753758857987])
                    else:
                        if cos_theta <= -0.11133863404393196:
                            if theta_dot <= 5.9387757778167725:
                                return _clip([-0.32162052293754895])
                            else:
                                return _clip([-0.906988895963145])
                        else:
                            if theta_dot <= 0.7210933268070221:
                                return _clip([-1.5064882040023804])
                            else:
                                return _clip([-0.8396623145700903])
                else:
                    if cos_theta <= 0.29083894193172455:
                        if cos_theta <= 0.2176487296819687:
                            if sin_theta <= 0.9945730566978455:
                                return _clip([-1.3685024975384144])
                            else:
                                return _clip([-1.1931660979652179])
                        else:
                            if theta_dot <= 2.9365506172180176:
                                return _clip([-1.6750145397108331])
                            else:
                                return _clip([-1.5459803937729766])
                    else:
                        if sin_theta <= 0.8642257153987885:
                            if sin_theta <= -0.018641903065145016:
                                return _clip([-1.923317776370693])
                            else:
                                return _clip([-1.975718611952306])
                        else:
                            if theta_dot <= 3.194933295249939:
                                return _clip([-1.8757733849465854])
                            else:
                                return _clip([-1.7345908672888515])
