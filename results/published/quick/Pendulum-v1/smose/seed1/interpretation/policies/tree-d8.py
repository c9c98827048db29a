"""Pendulum-v1: smose seed 1, distilled into tree-d8

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
    if sin_theta <= 0.1263202615082264:
        if cos_theta <= 0.9958832859992981:
            if sin_theta <= 0.0038933134637773037:
                if theta_dot <= 0.7343701124191284:
                    if cos_theta <= -0.2849542498588562:
                        if theta_dot <= -1.5486661791801453:
                            if theta_dot <= -5.4620890617370605:
                                if theta_dot <= -6.153921604156494:
                                    return _clip([1.1466557936009947])
                                else:
                                    return _clip([1.0024538899742041])
                            else:
                                if sin_theta <= -0.17726107314229012:
                                    return _clip([-0.23210013346858563])
                                else:
                                    return _clip([-1.5879034996032715])
                        else:
                            if sin_theta <= -0.20257911831140518:
                                if theta_dot <= -0.18655211478471756:
                                    return _clip([1.4236146356995354])
                                else:
                                    return _clip([1.684820198654705])
                            else:
                                if theta_dot <= 0.15705789625644684:
                                    return _clip([1.4730073845427067])
                                else:
                                    return _clip([1.5759022998472583])
                    else:
                        if theta_dot <= -0.649526834487915:
                            if theta_dot <= -2.691174864768982:
                                if cos_theta <= -0.0498124910518527:
                                    return _clip([1.809979722110316])
                                else:
                                    return _clip([1.930302726632666])
                            else:
                                if cos_theta <= 0.14757725596427917:
                                    return _clip([1.650194826864791])
                                else:
                                    return _clip([1.8185393502082199])
                        else:
                            if theta_dot <= 0.34076498448848724:
                                if cos_theta <= 0.3656916543841362:
                                    return _clip([1.3822674171307079])
                                else:
                                    return _clip([1.6477962358156306])
                            else:
                                if cos_theta <= 0.3764217868447304:
                                    return _clip([1.1618640422821045])
                                else:
                                    return _clip([1.448417296729125])
                else:
                    if theta_dot <= 4.068543910980225:
                        if sin_theta <= -0.33648382127285004:
                            if cos_theta <= 0.15005066990852356:
                                if theta_dot <= 2.4055882692337036:
                                    return _clip([1.5788147044212806])
                                else:
                                    return _clip([1.1987487255384468])
                            else:
                                if theta_dot <= 1.4338271617889404:
                                    return _clip([1.1603351667801085])
                                else:
                                    return _clip([0.7587012460378122])
                        else:
                            if theta_dot <= 2.864267945289612:
                                if theta_dot <= 2.1143391132354736:
                                    return _clip([-1.3282558917999268])
                                else:
                                    return _clip([-1.2104498147964478])
                            else:
                                if sin_theta <= -0.2507079020142555:
                                    return _clip([0.6724218726158142])
                                else:
                                    return _clip([0.7494173872601133])
                    else:
                        if theta_dot <= 6.08205246925354:
                            if theta_dot <= 4.387789964675903:
                                if cos_theta <= 0.7413599491119385:
                                    return _clip([1.4433680604604258])
                                else:
                                    return _clip([1.0422280459901507])
                            else:
                                if cos_theta <= -0.047956740483641624:
                                    return _clip([1.690271514449773])
                                else:
                                    return _clip([1.5333249835841376])
                        else:
                            if theta_dot <= 6.517432451248169:
                                if cos_theta <= 0.7122836112976074:
                                    return _clip([1.8557320229455554])
                                else:
                                    return _clip([1.753083491517941])
                            else:
                                if theta_dot <= 7.005151033401489:
                                    return _clip([1.9048710642738544])
                                else:
                                    return _clip([1.9534348267418928])
            else:
                if theta_dot <= -0.6143575012683868:
                    if sin_theta <= 0.10172095149755478:
                        if theta_dot <= -5.8371593952178955:
                            if theta_dot <= -6.288174867630005:
                                return _clip([1.1461126804351807])
                            else:
                                return _clip([0.9716034531593323])
                        else:
                            if theta_dot <= -2.1184321343898773:
                                if cos_theta <= -0.9994564056396484:
                                    return _clip([-1.8233511644532692])
                                else:
                                    return _clip([-1.7712101936340332])
                            else:
                                if sin_theta <= 0.07705805450677872:
                                    return _clip([-1.2533040538449232])
                                else:
                                    return _clip([-1.368956190376906])
                    else:
                        if sin_theta <= 0.11100944131612778:
                            if cos_theta <= 0.9944551587104797:
                                return _clip([1.4921239614486694])
                            else:
                                return _clip([1.4973207712173462])
                        else:
                            return _clip([1.477914571762085])
                else:
                    if theta_dot <= 6.215900182723999:
                        if sin_theta <= 0.12088211998343468:
                            if cos_theta <= -0.0006442368030548096:
                                if sin_theta <= 0.03204603958874941:
                                    return _clip([1.585066736076609])
                                else:
                                    return _clip([1.6031498558836015])
                            else:
                                if theta_dot <= 5.98768949508667:
                                    return _clip([1.3866370168817599])
                                else:
                                    return _clip([1.404276077159369])
                        else:
                            return _clip([1.8841711282730103])
                    else:
                        if theta_dot <= 7.107560157775879:
                            if sin_theta <= 0.08880319446325302:
                                if cos_theta <= -0.9984188377857208:
                                    return _clip([1.8324809074401855])
                                else:
                                    return _clip([1.8243540465258201])
                            else:
                                return _clip([1.8647980690002441])
                        else:
                            if theta_dot <= 7.749300956726074:
                                if sin_theta <= 0.06756690517067909:
                                    return _clip([1.9300113916397095])
                                else:
                                    return _clip([1.9258571863174438])
                            else:
                                if cos_theta <= -0.997073620557785:
                                    return _clip([1.9554317575134577])
                                else:
                                    return _clip([1.9535716640579825])
        else:
            if theta_dot <= -0.2231534719467163:
                if sin_theta <= 0.0488334596157074:
                    if sin_theta <= -0.01927343080751598:
                        if sin_theta <= -0.06502963602542877:
                            return _clip([1.7303311824798584])
                        else:
                            return _clip([1.7321654558181763])
                    else:
                        if sin_theta <= 0.022603893652558327:
                            if sin_theta <= 0.015829355455935:
                                if cos_theta <= 0.9999562799930573:
                                    return _clip([1.62418532371521])
                                else:
                                    return _clip([1.629018783569336])
                            else:
                                return _clip([1.6105763912200928])
                        else:
                            return _clip([1.66275155544281])
                else:
                    return _clip([1.0207014083862305])
            else:
                if theta_dot <= 4.142409920692444:
                    if theta_dot <= 3.579073905944824:
                        if theta_dot <= 2.5921173095703125:
                            if sin_theta <= -0.04689723253250122:
                                return _clip([-1.4518520832061768])
                            else:
                                if theta_dot <= 1.5828789472579956:
                                    return _clip([-1.4761477708816528])
                                else:
                                    return _clip([-1.471455454826355])
                        else:
                            if theta_dot <= 3.308738946914673:
                                return _clip([-1.7694154977798462])
                            else:
                                return _clip([-1.6668916940689087])
                    else:
                        if sin_theta <= -0.02535948040895164:
                            if sin_theta <= -0.052001940086483955:
                                return _clip([0.6069687604904175])
                            else:
                                return _clip([0.6132707595825195])
                        else:
                            return _clip([-1.7607886791229248])
                else:
                    if theta_dot <= 5.300406455993652:
                        if cos_theta <= 0.9980245530605316:
                            return _clip([0.8075947165489197])
                        else:
                            return _clip([0.9684383273124695])
                    else:
                        if sin_theta <= 0.009520529885776341:
                            if cos_theta <= 0.9997240006923676:
                                if cos_theta <= 0.9977038204669952:
                                    return _clip([1.483224290311179])
                                else:
                                    return _clip([1.4683727540498694])
                            else:
                                if sin_theta <= -0.0072047177236527205:
                                    return _clip([1.4507618489637568])
                                else:
                                    return _clip([1.4592911612451853])
                        else:
                            if sin_theta <= 0.03628952708095312:
                                if theta_dot <= 5.982630491256714:
                                    return _clip([1.4305800120675862])
                                else:
                                    return _clip([1.4430825625892403])
                            else:
                                if sin_theta <= 0.058568429201841354:
                                    return _clip([1.4273067992627162])
                                else:
                                    return _clip([1.4146970109859316])
    else:
        if theta_dot <= 5.442286014556885:
            if sin_theta <= 0.4471513032913208:
                if theta_dot <= 0.9746330082416534:
                    if theta_dot <= -1.4706538319587708:
                        if cos_theta <= -0.9150785803794861:
                            if theta_dot <= -6.370171070098877:
                                if theta_dot <= -6.54207968711853:
                                    return _clip([1.1670679645235438])
                                else:
                                    return _clip([1.132332682609558])
                            else:
                                if sin_theta <= 0.2259749248623848:
                                    return _clip([-1.877838134765625])
                                else:
                                    return _clip([-1.927444997623722])
                        else:
                            if theta_dot <= -1.9732757806777954:
                                if cos_theta <= -0.007592916488647461:
                                    return _clip([1.2443289756774902])
                                else:
                                    return _clip([0.9998694715483216])
                            else:
                                if sin_theta <= 0.39872339367866516:
                                    return _clip([0.8379418566571323])
                                else:
                                    return _clip([0.8528353427293466])
                    else:
                        if theta_dot <= -1.1494565606117249:
                            if sin_theta <= 0.2978578954935074:
                                if cos_theta <= -0.9707878828048706:
                                    return _clip([-1.5573545448128803])
                                else:
                                    return _clip([-1.6225662865315553])
                            else:
                                if sin_theta <= 0.3563055992126465:
                                    return _clip([-1.6700810839525588])
                                else:
                                    return _clip([-1.7073530435535764])
                        else:
                            if sin_theta <= 0.37658336758613586:
                                if theta_dot <= -1.104992687702179:
                                    return _clip([-1.5528314113616943])
                                else:
                                    return _clip([-1.4763179919350065])
                            else:
                                if cos_theta <= 0.9140190184116364:
                                    return _clip([-1.537960171699524])
                                else:
                                    return _clip([-1.5122934579849243])
                else:
                    if cos_theta <= 0.020577728748321533:
                        if sin_theta <= 0.3605893552303314:
                            if sin_theta <= 0.32714663445949554:
                                if sin_theta <= 0.31138329207897186:
                                    return _clip([1.5359354325089252])
                                else:
                                    return _clip([1.788051724433899])
                            else:
                                if theta_dot <= 1.2274906635284424:
                                    return _clip([1.4273436578120693])
                                else:
                                    return _clip([1.4333076686786967])
                        else:
                            if cos_theta <= -0.9094482064247131:
                                if theta_dot <= 1.1582717299461365:
                                    return _clip([1.3390638230808782])
                                else:
                                    return _clip([1.3445988026225346])
                            else:
                                if theta_dot <= 1.0495685338974:
                                    return _clip([1.236744253237681])
                                else:
                                    return _clip([1.2412768006371004])
                    else:
                        if theta_dot <= 4.769597768783569:
                            if theta_dot <= 2.0263906717300415:
                                if theta_dot <= 1.145585060119629:
                                    return _clip([-1.4726548194885254])
                                else:
                                    return _clip([-1.4763553142547607])
                            else:
                                if sin_theta <= 0.25684983283281326:
                                    return _clip([-1.843005248408917])
                                else:
                                    return _clip([-1.89968138261971])
                        else:
                            return _clip([0.9010934829711914])
            else:
                if theta_dot <= 4.195628643035889:
                    if theta_dot <= -1.119117558002472:
                        if cos_theta <= 0.36503665149211884:
                            if cos_theta <= -0.0677499882876873:
                                if theta_dot <= -6.321822166442871:
                                    return _clip([1.3598839836532228])
                                else:
                                    return _clip([-1.8721244511128632])
                            else:
                                if theta_dot <= -3.359786629676819:
                                    return _clip([1.2945302488329202])
                                else:
                                    return _clip([-1.4431137071235902])
                        else:
                            if theta_dot <= -2.113930821418762:
                                if theta_dot <= -2.3647594451904297:
                                    return _clip([1.0947025013636815])
                                else:
                                    return _clip([0.5181690142203844])
                            else:
                                if cos_theta <= 0.720395416021347:
                                    return _clip([-0.7431581223716198])
                                else:
                                    return _clip([0.8810118569149649])
                    else:
                        if cos_theta <= 0.04866801667958498:
                            if theta_dot <= 2.140442728996277:
                                if theta_dot <= -0.8521407842636108:
                                    return _clip([-1.7097400336805662])
                                else:
                                    return _clip([-1.3629898288365816])
                            else:
                                if cos_theta <= -0.6864386200904846:
                                    return _clip([1.4639322948255349])
                                else:
                                    return _clip([-1.7578976884246995])
                        else:
                            if theta_dot <= 0.1805671751499176:
                                if theta_dot <= -0.5399311631917953:
                                    return _clip([-1.1542522785496152])
                                else:
                                    return _clip([-1.425832755405454])
                            else:
                                if theta_dot <= 1.0265774428844452:
                                    return _clip([-1.6541698116573165])
                                else:
                                    return _clip([-1.897453276907053])
                else:
                    if cos_theta <= -0.38621649146080017:
                        if theta_dot <= 4.855854511260986:
                            if sin_theta <= 0.8647699952125549:
                                if theta_dot <= 4.309319019317627:
                                    return _clip([1.092712288649052])
                                else:
                                    return _clip([0.9646100390629161])
                            else:
                                return _clip([-1.7684481143951416])
                        else:
                            if cos_theta <= -0.7300702035427094:
                                if theta_dot <= 5.2438578605651855:
                                    return _clip([1.3571838808244443])
                                else:
                                    return _clip([1.3954768342596564])
                            else:
                                if cos_theta <= -0.5788527578115463:
                                    return _clip([1.2749954462051392])
                                else:
                                    return _clip([1.183624505996704])
                    else:
                        if cos_theta <= 0.7577695548534393:
                            if cos_theta <= -0.08426029607653618:
                                return _clip([-1.9133429213728443])
                            else:
                                if sin_theta <= 0.9809753596782684:
                                    return _clip([-1.9738775409827476])
                                else:
                                    return _clip([-1.95696710026981])
                        else:
                            if theta_dot <= 5.150376796722412:
                                return _clip([-1.960566759109497])
                            else:
                                return _clip([-1.9526978731155396])
        else:
            if cos_theta <= 0.4225657135248184:
                if theta_dot <= 6.505946397781372:
                    if cos_theta <= 0.02700449526309967:
                        if cos_theta <= -0.6054425835609436:
                            if theta_dot <= 5.553283452987671:
                                return _clip([1.4267537593841553])
                            else:
                                if theta_dot <= 6.172079563140869:
                                    return _clip([1.6550615392596544])
                                else:
                                    return _clip([1.7205819879021984])
                        else:
                            if cos_theta <= -0.49339787662029266:
                                return _clip([1.3882664442062378])
                            else:
                                if sin_theta <= 0.9405072629451752:
                                    return _clip([1.318794321910067])
                                else:
                                    return _clip([1.3300687074661255])
                    else:
                        return _clip([-1.9700015783309937])
                else:
                    if cos_theta <= -0.47949305176734924:
                        if theta_dot <= 7.088596820831299:
                            if cos_theta <= -0.8309963941574097:
                                if theta_dot <= 6.677019119262695:
                                    return _clip([1.8222534656524658])
                                else:
                                    return _clip([1.8382827672615387])
                            else:
                                return _clip([1.7489389181137085])
                        else:
                            if sin_theta <= 0.6214892864227295:
                                if theta_dot <= 7.695127487182617:
                                    return _clip([1.897172292654772])
                                else:
                                    return _clip([1.9406081554105419])
                            else:
                                if cos_theta <= -0.6621876955032349:
                                    return _clip([1.9106149208461973])
                                else:
                                    return _clip([1.8910726992895452])
                    else:
                        if cos_theta <= 0.0008233673870563507:
                            if sin_theta <= 0.9840927124023438:
                                if cos_theta <= -0.46937866508960724:
                                    return _clip([1.753710389137268])
                                else:
                                    return _clip([1.8251403385514724])
                            else:
                                if sin_theta <= 0.9969445168972015:
                                    return _clip([1.7918689581431442])
                                else:
                                    return _clip([1.7715136778221463])
                        else:
                            if theta_dot <= 7.866635322570801:
                                if sin_theta <= 0.9379186034202576:
                                    return _clip([1.5967655829577365])
                                else:
                                    return _clip([1.6597041540425188])
                            else:
                                if cos_theta <= 0.14889288693666458:
                                    return _clip([1.7462588145008624])
                                else:
                                    return _clip([1.7192886677246486])
            else:
                if theta_dot <= 5.868836164474487:
                    if sin_theta <= 0.42812150716781616:
                        return _clip([1.3179023265838623])
                    else:
                        return _clip([-1.9721497297286987])
                else:
                    if theta_dot <= 6.958972930908203:
                        if theta_dot <= 6.657201528549194:
                            if cos_theta <= 0.9443248212337494:
                                if theta_dot <= 6.165605068206787:
                                    return _clip([1.267881155014038])
                                else:
                                    return _clip([1.3433595783801453])
                            else:
                                if theta_dot <= 5.958673715591431:
                                    return _clip([1.3270084857940674])
                                else:
                                    return _clip([1.3683811977767573])
                        else:
                            if theta_dot <= 6.803727865219116:
                                if theta_dot <= 6.778372287750244:
                                    return _clip([1.3772174068264258])
                                else:
                                    return _clip([1.3874472800765978])
                            else:
                                if cos_theta <= 0.703813374042511:
                                    return _clip([1.4131093262736836])
                                else:
                                    return _clip([1.399046106394804])
                    else:
                        if cos_theta <= 0.5568616092205048:
                            if theta_dot <= 7.394857883453369:
                                if sin_theta <= 0.8438291251659393:
                                    return _clip([1.510983083568044])
                                else:
                                    return _clip([1.5328939823567065])
                            else:
                                if theta_dot <= 7.465169906616211:
                                    return _clip([1.5555670226684863])
                                else:
                                    return _clip([1.5735775621510935])
                        else:
                            if sin_theta <= 0.7945816218852997:
                                if cos_theta <= 0.6375956833362579:
                                    return _clip([1.4555769381161707])
                                else:
                                    return _clip([1.4335292658926462])
                            else:
                                if cos_theta <= 0.581756591796875:
                                    return _clip([1.4953045908416462])
                                else:
                                    return _clip([1.4721490648485387])
