"""Pendulum-v1: pmoe seed 0, distilled into tree-d8

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
    if theta_dot <= -4.756397485733032:
        if cos_theta <= -0.3958909809589386:
            if theta_dot <= -6.988262891769409:
                if sin_theta <= 0.4240693002939224:
                    if sin_theta <= 0.10274920985102654:
                        if cos_theta <= -0.5931099951267242:
                            if cos_theta <= -0.994562566280365:
                                if sin_theta <= 0.03802074119448662:
                                    return _clip([0.2763262695966143])
                                else:
                                    return _clip([0.3716683389892968])
                            else:
                                if theta_dot <= -7.840973138809204:
                                    return _clip([0.1315059100259192])
                                else:
                                    return _clip([-0.04610924640731978])
                        else:
                            if sin_theta <= -0.851017951965332:
                                if cos_theta <= -0.4829176664352417:
                                    return _clip([0.3414110498859555])
                                else:
                                    return _clip([0.377734842087948])
                            else:
                                if cos_theta <= -0.5606586933135986:
                                    return _clip([0.27058483403189715])
                                else:
                                    return _clip([0.2912927160389236])
                    else:
                        if sin_theta <= 0.253984697163105:
                            if sin_theta <= 0.1805880218744278:
                                if sin_theta <= 0.13280785083770752:
                                    return _clip([0.42194363596381085])
                                else:
                                    return _clip([0.46750867932763435])
                            else:
                                if sin_theta <= 0.2225169688463211:
                                    return _clip([0.5558186287084839])
                                else:
                                    return _clip([0.5864335216207625])
                        else:
                            if cos_theta <= -0.9499723613262177:
                                if sin_theta <= 0.2701972872018814:
                                    return _clip([0.6239316463470459])
                                else:
                                    return _clip([0.6520326728951598])
                            else:
                                if cos_theta <= -0.9324666559696198:
                                    return _clip([0.7438818216323853])
                                else:
                                    return _clip([0.8404960991488184])
                else:
                    if cos_theta <= -0.7540397047996521:
                        if cos_theta <= -0.8353366255760193:
                            if cos_theta <= -0.8873273134231567:
                                if cos_theta <= -0.8958263993263245:
                                    return _clip([0.9259348511695862])
                                else:
                                    return _clip([0.8141828179359436])
                            else:
                                if sin_theta <= 0.5082796514034271:
                                    return _clip([1.0113504732601248])
                                else:
                                    return _clip([1.0706006778336454])
                        else:
                            if cos_theta <= -0.7919095754623413:
                                if cos_theta <= -0.8112941980361938:
                                    return _clip([1.1721786426238003])
                                else:
                                    return _clip([1.2161409466238509])
                            else:
                                if sin_theta <= 0.623790979385376:
                                    return _clip([1.2587918043136597])
                                else:
                                    return _clip([1.287614637191787])
                    else:
                        if sin_theta <= 0.8238641023635864:
                            if sin_theta <= 0.751634806394577:
                                if cos_theta <= -0.7194682657718658:
                                    return _clip([1.36905038356781])
                                else:
                                    return _clip([1.4137735694044105])
                            else:
                                if theta_dot <= -7.76941442489624:
                                    return _clip([1.4917145018798872])
                                else:
                                    return _clip([1.529938825648971])
                        else:
                            if sin_theta <= 0.8630987107753754:
                                if sin_theta <= 0.8468180298805237:
                                    return _clip([1.5869310990400585])
                                else:
                                    return _clip([1.6125483375752703])
                            else:
                                if theta_dot <= -7.660510301589966:
                                    return _clip([1.6492902117784387])
                                else:
                                    return _clip([1.7055350542068481])
            else:
                if sin_theta <= -0.16259513050317764:
                    if cos_theta <= -0.8711917400360107:
                        if theta_dot <= -5.629464626312256:
                            if sin_theta <= -0.3755190372467041:
                                if theta_dot <= -5.778147220611572:
                                    return _clip([-0.6205582618713379])
                                else:
                                    return _clip([-0.5793127417564392])
                            else:
                                if cos_theta <= -0.9559157192707062:
                                    return _clip([-0.660815954208374])
                                else:
                                    return _clip([-0.6455221772193909])
                        else:
                            return _clip([-0.8471194505691528])
                    else:
                        if sin_theta <= -0.7207662761211395:
                            return _clip([-0.15573890507221222])
                        else:
                            if theta_dot <= -5.102526664733887:
                                if sin_theta <= -0.6233516931533813:
                                    return _clip([-0.3382095536955811])
                                else:
                                    return _clip([-0.3962463438510895])
                            else:
                                return _clip([-0.5144615173339844])
                else:
                    if theta_dot <= -5.712278604507446:
                        if theta_dot <= -6.100346803665161:
                            if theta_dot <= -6.435864210128784:
                                if sin_theta <= 0.5874814093112946:
                                    return _clip([-0.8301262774713656])
                                else:
                                    return _clip([-0.7278742790222168])
                            else:
                                if sin_theta <= 0.08099814504384995:
                                    return _clip([-0.7774285075890048])
                                else:
                                    return _clip([-0.9618524093274763])
                        else:
                            if theta_dot <= -5.801770925521851:
                                if sin_theta <= 0.3947186693549156:
                                    return _clip([-1.0773323774337769])
                                else:
                                    return _clip([-1.1039071083068848])
                            else:
                                return _clip([-1.1843677759170532])
                    else:
                        if theta_dot <= -5.128108501434326:
                            if sin_theta <= 0.3454567939043045:
                                if sin_theta <= -0.014404736459255219:
                                    return _clip([-1.1834509372711182])
                                else:
                                    return _clip([-1.3617686918890834])
                            else:
                                if sin_theta <= 0.8350116312503815:
                                    return _clip([-1.5506489797647462])
                                else:
                                    return _clip([-1.2706819772720337])
                        else:
                            if cos_theta <= -0.5260296612977982:
                                return _clip([-1.7167779207229614])
                            else:
                                return _clip([-1.708095908164978])
        else:
            if sin_theta <= -0.9094056487083435:
                if cos_theta <= 0.06548640178516507:
                    if theta_dot <= -6.9311683177948:
                        if sin_theta <= -0.9881338775157928:
                            if theta_dot <= -7.115281820297241:
                                if theta_dot <= -7.173530340194702:
                                    return _clip([0.7258802258804056])
                                else:
                                    return _clip([0.7792887643092402])
                            else:
                                return _clip([0.8649787902832031])
                        else:
                            if sin_theta <= -0.9789893925189972:
                                if sin_theta <= -0.980986088514328:
                                    return _clip([0.5762010310548958])
                                else:
                                    return _clip([0.5360051989555359])
                            else:
                                if theta_dot <= -7.78109335899353:
                                    return _clip([0.4163818955421448])
                                else:
                                    return _clip([0.5021730914055514])
                    else:
                        if cos_theta <= -0.06355591304600239:
                            if theta_dot <= -5.789917945861816:
                                if theta_dot <= -6.219054460525513:
                                    return _clip([0.05457226543624681])
                                else:
                                    return _clip([-0.0944981649518013])
                            else:
                                return _clip([0.16686996817588806])
                        else:
                            if sin_theta <= -0.9993433058261871:
                                return _clip([0.40546348690986633])
                            else:
                                return _clip([0.38958850502967834])
                else:
                    if cos_theta <= 0.24536461383104324:
                        if theta_dot <= -5.043090343475342:
                            if sin_theta <= -0.9754586517810822:
                                if sin_theta <= -0.9865661859512329:
                                    return _clip([1.0936254176532894])
                                else:
                                    return _clip([1.1732617005058104])
                            else:
                                return _clip([0.9425799250602722])
                        else:
                            return _clip([0.6377567052841187])
                    else:
                        if theta_dot <= -5.716150522232056:
                            if theta_dot <= -6.568610429763794:
                                if cos_theta <= 0.2701777517795563:
                                    return _clip([1.326551183001336])
                                else:
                                    return _clip([1.3399183721386014])
                            else:
                                if sin_theta <= -0.9426752030849457:
                                    return _clip([1.3867963994874872])
                                else:
                                    return _clip([1.4640740156173706])
                        else:
                            return _clip([0.9319810271263123])
            else:
                if cos_theta <= -0.14739252626895905:
                    if theta_dot <= -5.450042963027954:
                        if theta_dot <= -6.435922145843506:
                            if cos_theta <= -0.235004723072052:
                                if sin_theta <= 0.9392902851104736:
                                    return _clip([1.727355024837761])
                                else:
                                    return _clip([1.7797278238258167])
                            else:
                                if theta_dot <= -7.267665147781372:
                                    return _clip([1.8274558631087388])
                                else:
                                    return _clip([1.842619087029914])
                        else:
                            return _clip([1.085868000984192])
                    else:
                        if sin_theta <= 0.9872766435146332:
                            return _clip([-1.3625364303588867])
                        else:
                            return _clip([-1.2708152532577515])
                else:
                    if sin_theta <= -0.741399496793747:
                        if sin_theta <= -0.8446319401264191:
                            if theta_dot <= -5.459621429443359:
                                if sin_theta <= -0.8756267726421356:
                                    return _clip([1.6325464225564432])
                                else:
                                    return _clip([1.6814513253041827])
                            else:
                                return _clip([1.4672096967697144])
                        else:
                            if cos_theta <= 0.6174964904785156:
                                if cos_theta <= 0.5898657441139221:
                                    return _clip([1.7630388486618425])
                                else:
                                    return _clip([1.7764648850651408])
                            else:
                                return _clip([1.8080296516418457])
                    else:
                        if sin_theta <= -0.5154015570878983:
                            if cos_theta <= 0.7701312899589539:
                                if cos_theta <= 0.7245698273181915:
                                    return _clip([1.8559265840395147])
                                else:
                                    return _clip([1.878300075212715])
                            else:
                                if sin_theta <= -0.5670780837535858:
                                    return _clip([1.9115214188332574])
                                else:
                                    return _clip([1.9258753061294556])
                        else:
                            if cos_theta <= 0.1382918581366539:
                                if theta_dot <= -5.914277791976929:
                                    return _clip([1.903655580660045])
                                else:
                                    return _clip([1.3895701169967651])
                            else:
                                if sin_theta <= -0.23652321845293045:
                                    return _clip([1.954665832693602])
                                else:
                                    return _clip([1.9809730848993843])
    else:
        if theta_dot <= 4.369275093078613:
            if sin_theta <= 0.07083670794963837:
                if sin_theta <= -0.21346807479858398:
                    if theta_dot <= 3.766404628753662:
                        if cos_theta <= -0.5731999576091766:
                            if theta_dot <= 0.06010418199002743:
                                if theta_dot <= -3.41901171207428:
                                    return _clip([-0.6910080609098942])
                                else:
                                    return _clip([-1.651395717646108])
                            else:
                                if theta_dot <= 0.5564060509204865:
                                    return _clip([0.9064633543701824])
                                else:
                                    return _clip([1.8545932227678352])
                        else:
                            if theta_dot <= -1.2995328307151794:
                                if cos_theta <= 0.264071948826313:
                                    return _clip([-0.501819792188175])
                                else:
                                    return _clip([1.8532424757595503])
                            else:
                                if cos_theta <= 0.9582569897174835:
                                    return _clip([1.8753137998226372])
                                else:
                                    return _clip([1.4284507067106569])
                    else:
                        if cos_theta <= -0.18250321596860886:
                            if sin_theta <= -0.47520098090171814:
                                if theta_dot <= 4.057692766189575:
                                    return _clip([1.9147084496909716])
                                else:
                                    return _clip([1.8908225793914073])
                            else:
                                if sin_theta <= -0.28145749866962433:
                                    return _clip([1.8615875357120701])
                                else:
                                    return _clip([1.838346242904663])
                        else:
                            if theta_dot <= 4.178004026412964:
                                if theta_dot <= 4.088544607162476:
                                    return _clip([-1.9719615928595096])
                                else:
                                    return _clip([-1.975193738937378])
                            else:
                                if theta_dot <= 4.259302854537964:
                                    return _clip([-1.9608733654022217])
                                else:
                                    return _clip([-1.5602766275405884])
                else:
                    if theta_dot <= 0.07937325909733772:
                        if cos_theta <= -0.0021080970764160156:
                            if theta_dot <= -3.2165911197662354:
                                if sin_theta <= -0.03450854867696762:
                                    return _clip([-1.658463478088379])
                                else:
                                    return _clip([-1.6943578720092773])
                            else:
                                if sin_theta <= -0.11790507286787033:
                                    return _clip([-1.7916635274887085])
                                else:
                                    return _clip([-1.8165253400802612])
                        else:
                            if theta_dot <= -0.8550036624073982:
                                if theta_dot <= -2.2689737677574158:
                                    return _clip([1.9746591690709152])
                                else:
                                    return _clip([1.9667440425030047])
                            else:
                                if theta_dot <= -0.04195562191307545:
                                    return _clip([1.0245880404464367])
                                else:
                                    return _clip([0.686556343381839])
                    else:
                        if cos_theta <= -0.001179724931716919:
                            if theta_dot <= 1.077224463224411:
                                if theta_dot <= 0.8580552935600281:
                                    return _clip([1.6463305950164795])
                                else:
                                    return _clip([1.741099238395691])
                            else:
                                if theta_dot <= 3.9213420152664185:
                                    return _clip([1.8692792376138858])
                                else:
                                    return _clip([1.7865804109321146])
                        else:
                            if theta_dot <= 2.2820050716400146:
                                if sin_theta <= 0.005176628357730806:
                                    return _clip([-0.7689327731170892])
                                else:
                                    return _clip([-1.5768338774253123])
                            else:
                                if cos_theta <= 0.9929631352424622:
                                    return _clip([-1.963820705009445])
                                else:
                                    return _clip([-1.9470492705660802])
            else:
                if theta_dot <= 1.2561602592468262:
                    if theta_dot <= -0.03397764917463064:
                        if cos_theta <= 0.6894434690475464:
                            if theta_dot <= -3.5578774213790894:
                                if cos_theta <= 0.44697216153144836:
                                    return _clip([-1.6813662512767447])
                                else:
                                    return _clip([1.6709313913360762])
                            else:
                                if sin_theta <= 0.7482386827468872:
                                    return _clip([-1.736132165562343])
                                else:
                                    return _clip([-1.9079891380543519])
                        else:
                            if theta_dot <= -1.7305890321731567:
                                if sin_theta <= 0.6344591975212097:
                                    return _clip([1.9119317515734828])
                                else:
                                    return _clip([0.4819957676546378])
                            else:
                                if sin_theta <= 0.07369732484221458:
                                    return _clip([0.814032895887059])
                                else:
                                    return _clip([-0.9741076117562117])
                    else:
                        if cos_theta <= -0.4558508098125458:
                            if cos_theta <= -0.9132897853851318:
                                if theta_dot <= 0.8354731202125549:
                                    return _clip([1.6416555643081665])
                                else:
                                    return _clip([1.757279634475708])
                            else:
                                if sin_theta <= 0.8657312393188477:
                                    return _clip([1.2481279440751205])
                                else:
                                    return _clip([0.5919893383979797])
                        else:
                            if cos_theta <= 0.9169175326824188:
                                if cos_theta <= 0.22554141283035278:
                                    return _clip([-1.3914176161200476])
                                else:
                                    return _clip([-1.9263521024192318])
                            else:
                                if theta_dot <= 0.1101161539554596:
                                    return _clip([-1.5944537718684932])
                                else:
                                    return _clip([-1.6313652848649411])
                else:
                    if cos_theta <= -0.027368553914129734:
                        if sin_theta <= 0.8662007451057434:
                            if sin_theta <= 0.5788000822067261:
                                if cos_theta <= -0.9535904824733734:
                                    return _clip([1.7879570336142687])
                                else:
                                    return _clip([1.6183041481932814])
                            else:
                                if theta_dot <= 1.364780068397522:
                                    return _clip([1.6509965215037226])
                                else:
                                    return _clip([1.2053700620677195])
                        else:
                            if cos_theta <= -0.23410527408123016:
                                if sin_theta <= 0.944880485534668:
                                    return _clip([0.27027303619308])
                                else:
                                    return _clip([0.23658710718154907])
                            else:
                                if sin_theta <= 0.9973674118518829:
                                    return _clip([0.20788671875217696])
                                else:
                                    return _clip([0.14042463898658752])
                    else:
                        if cos_theta <= 0.48067669570446014:
                            if theta_dot <= 2.3905705213546753:
                                if sin_theta <= 0.9192596077919006:
                                    return _clip([-1.3627647161483765])
                                else:
                                    return _clip([-0.5771676855574914])
                            else:
                                if cos_theta <= 0.30893488228321075:
                                    return _clip([-0.005592047327915742])
                                else:
                                    return _clip([-0.29013380368280656])
                        else:
                            if cos_theta <= 0.8562874794006348:
                                if theta_dot <= 3.858427047729492:
                                    return _clip([-1.5149194284698326])
                                else:
                                    return _clip([-1.0153607099241615])
                            else:
                                if cos_theta <= 0.9353663623332977:
                                    return _clip([-1.7764695068149685])
                                else:
                                    return _clip([-1.9016657430715584])
        else:
            if cos_theta <= -0.37404319643974304:
                if theta_dot <= 6.401540279388428:
                    if sin_theta <= -0.24767356365919113:
                        if sin_theta <= -0.5272434800863266:
                            if theta_dot <= 5.911871433258057:
                                if cos_theta <= -0.4230920672416687:
                                    return _clip([1.6358734004362345])
                                else:
                                    return _clip([1.6940817832946777])
                            else:
                                if cos_theta <= -0.7558843195438385:
                                    return _clip([1.5660595893859863])
                                else:
                                    return _clip([1.5565303564071655])
                        else:
                            if theta_dot <= 6.184438467025757:
                                return _clip([1.3720375299453735])
                            else:
                                return _clip([1.4480088949203491])
                    else:
                        if cos_theta <= -0.9866934716701508:
                            if sin_theta <= 0.062077668379060924:
                                return _clip([1.0800520181655884])
                            else:
                                return _clip([0.8595530986785889])
                        else:
                            if cos_theta <= -0.9672841429710388:
                                return _clip([0.003911400679498911])
                            else:
                                if cos_theta <= -0.931889533996582:
                                    return _clip([0.7338405251502991])
                                else:
                                    return _clip([0.3922400897394174])
                else:
                    if sin_theta <= 0.018192937597632408:
                        if cos_theta <= -0.7039928138256073:
                            if cos_theta <= -0.9068212807178497:
                                if cos_theta <= -0.9916987717151642:
                                    return _clip([-0.9025755089154954])
                                else:
                                    return _clip([-1.173515577762112])
                            else:
                                if cos_theta <= -0.7889249920845032:
                                    return _clip([-1.5428819669730138])
                                else:
                                    return _clip([-1.3627553328466144])
                        else:
                            if theta_dot <= 7.2701239585876465:
                                if cos_theta <= -0.5088841766119003:
                                    return _clip([-1.731919288635254])
                                else:
                                    return _clip([-1.6186149144774828])
                            else:
                                if theta_dot <= 7.778348445892334:
                                    return _clip([-1.8388345876365866])
                                else:
                                    return _clip([-1.787802962120781])
                    else:
                        if cos_theta <= -0.76754230260849:
                            if sin_theta <= 0.387611448764801:
                                if cos_theta <= -0.9694719910621643:
                                    return _clip([-0.47796517455210724])
                                else:
                                    return _clip([-0.20785267002174818])
                            else:
                                if theta_dot <= 7.939257383346558:
                                    return _clip([0.09967782308073332])
                                else:
                                    return _clip([0.03998031793161538])
                        else:
                            if theta_dot <= 7.606527090072632:
                                if theta_dot <= 7.199279308319092:
                                    return _clip([0.43312628952993626])
                                else:
                                    return _clip([0.39787099620453964])
                            else:
                                if cos_theta <= -0.6181553900241852:
                                    return _clip([0.1875877681506702])
                                else:
                                    return _clip([0.3035384180768052])
            else:
                if sin_theta <= 0.73269984126091:
                    if cos_theta <= 0.07788974419236183:
                        if theta_dot <= 5.672339200973511:
                            if sin_theta <= -0.9982500374317169:
                                return _clip([1.5647886991500854])
                            else:
                                if theta_dot <= 5.175551891326904:
                                    return _clip([1.674956887768779])
                                else:
                                    return _clip([1.6088417768478394])
                        else:
                            if theta_dot <= 6.709457874298096:
                                if cos_theta <= -0.21236475557088852:
                                    return _clip([-1.8573429584503174])
                                else:
                                    return _clip([-1.7771003418591436])
                            else:
                                if theta_dot <= 7.1523895263671875:
                                    return _clip([-1.9649856545586748])
                                else:
                                    return _clip([-1.930278166552354])
                    else:
                        if sin_theta <= 0.42088383436203003:
                            if sin_theta <= 0.11146905459463596:
                                if cos_theta <= 0.08927901089191437:
                                    return _clip([-1.901369477777113])
                                else:
                                    return _clip([-1.9742571209641875])
                            else:
                                if sin_theta <= 0.33442845940589905:
                                    return _clip([-1.8835534876338764])
                                else:
                                    return _clip([-1.7789994817430836])
                        else:
                            if cos_theta <= 0.8376785218715668:
                                if sin_theta <= 0.6574583947658539:
                                    return _clip([-1.4381983320882572])
                                else:
                                    return _clip([-1.290677188936199])
                            else:
                                if cos_theta <= 0.8769529163837433:
                                    return _clip([-1.6622976589668617])
                                else:
                                    return _clip([-1.7118279336670565])
                else:
                    if sin_theta <= 0.9331004321575165:
                        if cos_theta <= 0.5476988852024078:
                            if cos_theta <= 0.44946643710136414:
                                if sin_theta <= 0.9152426421642303:
                                    return _clip([-0.3402027189731598])
                                else:
                                    return _clip([-0.28939521312713623])
                            else:
                                if theta_dot <= 4.862326622009277:
                                    return _clip([-0.4978634715080261])
                                else:
                                    return _clip([-0.6548094309463715])
                        else:
                            if cos_theta <= 0.5890064537525177:
                                return _clip([-0.7915786504745483])
                            else:
                                if theta_dot <= 4.9300572872161865:
                                    return _clip([-0.9722520709037781])
                                else:
                                    return _clip([-0.9194671511650085])
                    else:
                        if cos_theta <= 0.16055411845445633:
                            if cos_theta <= -0.17133138328790665:
                                if theta_dot <= 6.185243368148804:
                                    return _clip([0.29981068136597117])
                                else:
                                    return _clip([0.45812995418373637])
                            else:
                                if cos_theta <= 0.06565726269036531:
                                    return _clip([0.30126200583746804])
                                else:
                                    return _clip([0.1594427712504344])
                        else:
                            if theta_dot <= 5.328508138656616:
                                if cos_theta <= 0.27840566635131836:
                                    return _clip([0.06674614548683167])
                                else:
                                    return _clip([-0.011074399575591087])
                            else:
                                if sin_theta <= 0.965625137090683:
                                    return _clip([-0.14071872237935124])
                                else:
                                    return _clip([-0.05304758761718881])
