"""Pendulum-v1: smose seed 0, distilled into tree-d8

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
    if sin_theta <= -0.04311693646013737:
        if cos_theta <= 0.5301320552825928:
            if theta_dot <= 0.0641474798321724:
                if cos_theta <= -0.8815696239471436:
                    if theta_dot <= -3.2568122148513794:
                        if cos_theta <= -0.9576070010662079:
                            if theta_dot <= -5.1588075160980225:
                                if sin_theta <= -0.12066230922937393:
                                    return _clip([-0.7611244290081529])
                                else:
                                    return _clip([-0.9555890840519982])
                            else:
                                return _clip([-0.5830193758010864])
                        else:
                            if sin_theta <= -0.39240747690200806:
                                if theta_dot <= -6.665929555892944:
                                    return _clip([-0.48717496902695656])
                                else:
                                    return _clip([-0.3970126080111131])
                            else:
                                if cos_theta <= -0.9470837414264679:
                                    return _clip([-0.5497734491392322])
                                else:
                                    return _clip([-0.605781072278535])
                    else:
                        if theta_dot <= -1.9495325088500977:
                            if sin_theta <= -0.17606358602643013:
                                return _clip([-1.6488792896270752])
                            else:
                                return _clip([-1.765172004699707])
                        else:
                            if sin_theta <= -0.378214031457901:
                                return _clip([-1.3062644004821777])
                            else:
                                if theta_dot <= -0.13490499136969447:
                                    return _clip([-1.457194775390874])
                                else:
                                    return _clip([1.0458605289459229])
                else:
                    if cos_theta <= -0.33574190735816956:
                        if theta_dot <= -2.230466604232788:
                            if cos_theta <= -0.680714339017868:
                                if cos_theta <= -0.8085253238677979:
                                    return _clip([-0.2888088996667655])
                                else:
                                    return _clip([-0.07974198068490802])
                            else:
                                if sin_theta <= -0.8547594249248505:
                                    return _clip([0.36735842092171767])
                                else:
                                    return _clip([0.17758504600380312])
                        else:
                            if theta_dot <= -0.8205263912677765:
                                if sin_theta <= -0.6864960938692093:
                                    return _clip([0.500009354606877])
                                else:
                                    return _clip([0.588846743106842])
                            else:
                                if sin_theta <= -0.537641316652298:
                                    return _clip([1.1969102483434775])
                                else:
                                    return _clip([0.8754302859306335])
                    else:
                        if theta_dot <= -2.654173493385315:
                            if cos_theta <= -0.013233985169790685:
                                if sin_theta <= -0.9759955108165741:
                                    return _clip([0.7921321105695593])
                                else:
                                    return _clip([0.6047554448284436])
                            else:
                                if theta_dot <= -3.9815648794174194:
                                    return _clip([1.0051862623714167])
                                else:
                                    return _clip([0.8080272983064087])
                        else:
                            if theta_dot <= -0.46078765392303467:
                                if cos_theta <= -0.2859128266572952:
                                    return _clip([0.8520292639732361])
                                else:
                                    return _clip([0.35990342177654727])
                            else:
                                if cos_theta <= 0.10152297094464302:
                                    return _clip([0.9269193611737183])
                                else:
                                    return _clip([0.6830055560639573])
            else:
                if theta_dot <= 1.3556634187698364:
                    if theta_dot <= 0.7803106009960175:
                        if cos_theta <= 0.001140272244811058:
                            if cos_theta <= -0.9150942862033844:
                                if sin_theta <= -0.05619284138083458:
                                    return _clip([1.3560550643696834])
                                else:
                                    return _clip([1.5005565881729126])
                            else:
                                if sin_theta <= -0.9601556062698364:
                                    return _clip([1.3895490633082146])
                                else:
                                    return _clip([1.7011334189678784])
                        else:
                            if sin_theta <= -0.9528096318244934:
                                if theta_dot <= 0.47358374297618866:
                                    return _clip([1.257914662361145])
                                else:
                                    return _clip([1.232847809791565])
                            else:
                                return _clip([1.2025935649871826])
                    else:
                        if cos_theta <= 0.0006410786882042885:
                            if theta_dot <= 0.9429068565368652:
                                return _clip([1.6809604167938232])
                            else:
                                if sin_theta <= -0.5040433257818222:
                                    return _clip([1.7989594997547362])
                                else:
                                    return _clip([1.8682301044464111])
                        else:
                            if sin_theta <= -0.9625252485275269:
                                if cos_theta <= 0.14364620856940746:
                                    return _clip([1.5939841270446777])
                                else:
                                    return _clip([1.5887260437011719])
                            else:
                                return _clip([1.5671247243881226])
                else:
                    if theta_dot <= 2.4622182846069336:
                        if cos_theta <= 0.1597500704228878:
                            if theta_dot <= 1.392471432685852:
                                return _clip([1.8258219957351685])
                            else:
                                if theta_dot <= 2.0017334818840027:
                                    return _clip([1.8956338197124907])
                                else:
                                    return _clip([1.9211949716562606])
                        else:
                            if cos_theta <= 0.2075471505522728:
                                return _clip([1.8046557903289795])
                            else:
                                return _clip([1.7924244403839111])
                    else:
                        if theta_dot <= 4.47243857383728:
                            if sin_theta <= -0.17792511731386185:
                                if cos_theta <= -0.08155850041657686:
                                    return _clip([1.9821641587765613])
                                else:
                                    return _clip([1.9496324775757905])
                            else:
                                if cos_theta <= -0.9919179081916809:
                                    return _clip([1.9508271853719532])
                                else:
                                    return _clip([1.9034029245376587])
                        else:
                            if cos_theta <= 0.3421458303928375:
                                if theta_dot <= 6.254364013671875:
                                    return _clip([1.9176324106624105])
                                else:
                                    return _clip([1.9834669421090076])
                            else:
                                if theta_dot <= 5.576513051986694:
                                    return _clip([1.7679291594768158])
                                else:
                                    return _clip([1.8600809770352764])
        else:
            if theta_dot <= 0.7167982757091522:
                if theta_dot <= -1.3037262558937073:
                    if theta_dot <= -4.423815011978149:
                        if sin_theta <= -0.5461142063140869:
                            if theta_dot <= -4.657831907272339:
                                if cos_theta <= 0.6837519109249115:
                                    return _clip([1.093686036472897])
                                else:
                                    return _clip([1.0730182886643498])
                            else:
                                if sin_theta <= -0.6388205885887146:
                                    return _clip([1.0623378934652639])
                                else:
                                    return _clip([1.0383026538442757])
                        else:
                            if cos_theta <= 0.8654683828353882:
                                return _clip([0.9974731206893921])
                            else:
                                if sin_theta <= -0.4816610813140869:
                                    return _clip([0.9849156737327576])
                                else:
                                    return _clip([0.9741647839546204])
                    else:
                        if theta_dot <= -2.8768692016601562:
                            if sin_theta <= -0.3726219981908798:
                                if theta_dot <= -3.201703190803528:
                                    return _clip([0.9308988742678931])
                                else:
                                    return _clip([0.8074774146080017])
                            else:
                                if sin_theta <= -0.1247808039188385:
                                    return _clip([0.776879413347099])
                                else:
                                    return _clip([0.6585196049340488])
                        else:
                            if sin_theta <= -0.6537435352802277:
                                if sin_theta <= -0.7283097803592682:
                                    return _clip([0.701206624507904])
                                else:
                                    return _clip([0.6071983575820923])
                            else:
                                if cos_theta <= 0.9855309128761292:
                                    return _clip([0.5560008323144153])
                                else:
                                    return _clip([0.501915693283081])
                else:
                    if theta_dot <= -0.6245465278625488:
                        if theta_dot <= -0.9580875933170319:
                            return _clip([0.4121237099170685])
                        else:
                            return _clip([0.32696613669395447])
                    else:
                        if theta_dot <= 0.027241334319114685:
                            if sin_theta <= -0.4664812982082367:
                                return _clip([0.1638643741607666])
                            else:
                                return _clip([0.1309545785188675])
                        else:
                            if theta_dot <= 0.3606968894600868:
                                return _clip([0.0818580761551857])
                            else:
                                return _clip([0.017502397298812866])
            else:
                if sin_theta <= -0.4695754796266556:
                    if theta_dot <= 4.828099250793457:
                        if theta_dot <= 2.244356095790863:
                            return _clip([-0.06055765599012375])
                        else:
                            if sin_theta <= -0.6859491765499115:
                                if cos_theta <= 0.5812255144119263:
                                    return _clip([1.8545516729354858])
                                else:
                                    return _clip([-0.6263978097826022])
                            else:
                                if theta_dot <= 4.3024632930755615:
                                    return _clip([-0.6778031085494407])
                                else:
                                    return _clip([-0.7452744881900673])
                    else:
                        if theta_dot <= 5.398165464401245:
                            if theta_dot <= 5.143689155578613:
                                return _clip([1.6059125661849976])
                            else:
                                return _clip([1.665764331817627])
                        else:
                            if theta_dot <= 5.715543508529663:
                                if sin_theta <= -0.5876735746860504:
                                    return _clip([-0.8842441439628601])
                                else:
                                    return _clip([-1.0067324295819844])
                            else:
                                if cos_theta <= 0.6138219833374023:
                                    return _clip([0.2506430925428351])
                                else:
                                    return _clip([0.2638402477695147])
                else:
                    if theta_dot <= 3.2417492866516113:
                        if theta_dot <= 2.4081109762191772:
                            if theta_dot <= 2.1923052072525024:
                                return _clip([-0.5738410353660583])
                            else:
                                return _clip([-0.5949252843856812])
                        else:
                            if theta_dot <= 3.092350125312805:
                                if cos_theta <= 0.9585928320884705:
                                    return _clip([-0.6339232612517245])
                                else:
                                    return _clip([-0.6821282178127773])
                            else:
                                return _clip([-0.6950584650039673])
                    else:
                        if theta_dot <= 5.655943155288696:
                            if theta_dot <= 4.982221364974976:
                                if cos_theta <= 0.8972883820533752:
                                    return _clip([-0.8672251543534062])
                                else:
                                    return _clip([-1.0019198367281141])
                            else:
                                if cos_theta <= 0.9536262154579163:
                                    return _clip([-1.10444515052252])
                                else:
                                    return _clip([-1.179633510951617])
                        else:
                            if cos_theta <= 0.9100064933300018:
                                return _clip([0.25235071259662034])
                            else:
                                return _clip([0.2434272298117813])
    else:
        if theta_dot <= -0.37029239535331726:
            if cos_theta <= 0.7807235419750214:
                if theta_dot <= -4.7068517208099365:
                    if cos_theta <= 0.3877160996198654:
                        if sin_theta <= 0.27554260194301605:
                            if theta_dot <= -5.419176816940308:
                                if theta_dot <= -7.484792709350586:
                                    return _clip([-1.1058522698901998])
                                else:
                                    return _clip([-1.0035623341017417])
                            else:
                                if sin_theta <= 0.15145736280828714:
                                    return _clip([-0.7955671426346703])
                                else:
                                    return _clip([-0.9076405167579651])
                        else:
                            if cos_theta <= -0.2826826274394989:
                                if theta_dot <= -4.8609607219696045:
                                    return _clip([-1.1837088029754677])
                                else:
                                    return _clip([-1.9287171363830566])
                            else:
                                if theta_dot <= -6.415561199188232:
                                    return _clip([-1.246847845758897])
                                else:
                                    return _clip([-0.972954857056182])
                    else:
                        if cos_theta <= 0.5758152306079865:
                            if cos_theta <= 0.5181450545787811:
                                if theta_dot <= -6.2153401374816895:
                                    return _clip([-0.8859235048294067])
                                else:
                                    return _clip([-0.8024824596427863])
                            else:
                                if sin_theta <= 0.8389639556407928:
                                    return _clip([-0.7039533257484436])
                                else:
                                    return _clip([-0.7383561730384827])
                        else:
                            if sin_theta <= 0.7333458662033081:
                                if sin_theta <= 0.6816404163837433:
                                    return _clip([-0.37258920107267357])
                                else:
                                    return _clip([-0.44709907551800465])
                            else:
                                if cos_theta <= 0.6012375354766846:
                                    return _clip([-0.5674383640289307])
                                else:
                                    return _clip([-0.5941983000379748])
                else:
                    if cos_theta <= 0.4320681244134903:
                        if cos_theta <= 0.21785540133714676:
                            if sin_theta <= 0.0051482366397976875:
                                if theta_dot <= -0.6314378976821899:
                                    return _clip([-1.670407772064209])
                                else:
                                    return _clip([-1.5652031898498535])
                            else:
                                if cos_theta <= 0.14716189354658127:
                                    return _clip([-1.9200415671337003])
                                else:
                                    return _clip([-1.8429270924417862])
                        else:
                            if theta_dot <= -1.5705076456069946:
                                if sin_theta <= 0.9458235502243042:
                                    return _clip([-1.7550766575693673])
                                else:
                                    return _clip([-1.8215928815575295])
                            else:
                                if theta_dot <= -0.9691948890686035:
                                    return _clip([-1.715753812461737])
                                else:
                                    return _clip([-1.659318518025361])
                    else:
                        if sin_theta <= 0.7632915377616882:
                            if theta_dot <= -3.3452800512313843:
                                return _clip([-0.32608386874198914])
                            else:
                                if theta_dot <= -2.2223148345947266:
                                    return _clip([-1.3704441479590868])
                                else:
                                    return _clip([-1.2008317154226396])
                        else:
                            if theta_dot <= -2.970533013343811:
                                if cos_theta <= 0.4803158640861511:
                                    return _clip([-1.6707156896591187])
                                else:
                                    return _clip([-1.6515106203253702])
                            else:
                                if theta_dot <= -0.862177848815918:
                                    return _clip([-1.5439178803881142])
                                else:
                                    return _clip([-1.3922346183725847])
            else:
                if theta_dot <= -2.384344696998596:
                    if sin_theta <= 0.31729960441589355:
                        if sin_theta <= 0.18539930880069733:
                            if sin_theta <= 0.05251622200012207:
                                if sin_theta <= 0.004331957548856735:
                                    return _clip([0.5801544785499573])
                                else:
                                    return _clip([0.5489084441196748])
                            else:
                                if cos_theta <= 0.9981483221054077:
                                    return _clip([0.4365222347664688])
                                else:
                                    return _clip([0.3838333189487457])
                        else:
                            if sin_theta <= 0.2576419487595558:
                                if cos_theta <= 0.9782981276512146:
                                    return _clip([0.3062022810075788])
                                else:
                                    return _clip([0.24840708076953888])
                            else:
                                if cos_theta <= 0.9606754779815674:
                                    return _clip([0.2334117293357849])
                                else:
                                    return _clip([0.2568676769733429])
                    else:
                        if sin_theta <= 0.4544142037630081:
                            if sin_theta <= 0.4019912928342819:
                                if cos_theta <= 0.9362506866455078:
                                    return _clip([0.09447098060847936])
                                else:
                                    return _clip([0.1431213617324829])
                            else:
                                if sin_theta <= 0.4301757663488388:
                                    return _clip([0.03341187909245491])
                                else:
                                    return _clip([-0.0029384291265159845])
                        else:
                            if cos_theta <= 0.8437173366546631:
                                if sin_theta <= 0.5910603404045105:
                                    return _clip([-0.21855032608814642])
                                else:
                                    return _clip([-0.27554628327092523])
                            else:
                                if cos_theta <= 0.8791261315345764:
                                    return _clip([-0.09224561155237461])
                                else:
                                    return _clip([-0.03738505765795708])
                else:
                    if theta_dot <= -1.0434802174568176:
                        if sin_theta <= 0.5507626831531525:
                            if cos_theta <= 0.8692925870418549:
                                if cos_theta <= 0.8519830703735352:
                                    return _clip([-0.8966366648674011])
                                else:
                                    return _clip([-0.851245061130397])
                            else:
                                if sin_theta <= 0.47153638303279877:
                                    return _clip([-0.7081044370290552])
                                else:
                                    return _clip([-0.7491893172264099])
                        else:
                            if theta_dot <= -1.7384966611862183:
                                if cos_theta <= 0.8252557516098022:
                                    return _clip([-1.0215613842010498])
                                else:
                                    return _clip([-1.0089216232299805])
                            else:
                                return _clip([-1.0582544803619385])
                    else:
                        if cos_theta <= 0.9229808449745178:
                            if theta_dot <= -0.7329817414283752:
                                if theta_dot <= -0.8924330472946167:
                                    return _clip([-0.562775448223139])
                                else:
                                    return _clip([-0.6195864677429199])
                            else:
                                return _clip([-0.5087215900421143])
                        else:
                            if cos_theta <= 0.9339777827262878:
                                if theta_dot <= -0.6810155510902405:
                                    return _clip([-0.4645344913005829])
                                else:
                                    return _clip([-0.4395926892757416])
                            else:
                                if theta_dot <= -0.5065171122550964:
                                    return _clip([-0.3874998390674591])
                                else:
                                    return _clip([-0.3679260015487671])
        else:
            if cos_theta <= -0.8604123294353485:
                if theta_dot <= 1.0450192987918854:
                    if theta_dot <= 0.35461438447237015:
                        if theta_dot <= 0.006167888641357422:
                            return _clip([-1.79530930519104])
                        else:
                            return _clip([-1.695979118347168])
                    else:
                        if theta_dot <= 0.6905308961868286:
                            return _clip([-1.5408531427383423])
                        else:
                            if sin_theta <= 0.3745221197605133:
                                return _clip([-1.3299357891082764])
                            else:
                                return _clip([-1.489569067955017])
                else:
                    if theta_dot <= 1.5798887610435486:
                        if cos_theta <= -0.9817061722278595:
                            return _clip([1.6139953136444092])
                        else:
                            if theta_dot <= 1.5260209441184998:
                                if sin_theta <= 0.312472827732563:
                                    return _clip([1.427681565284729])
                                else:
                                    return _clip([1.3713130950927734])
                            else:
                                if theta_dot <= 1.5412092804908752:
                                    return _clip([1.5575939416885376])
                                else:
                                    return _clip([1.4827064275741577])
                    else:
                        if cos_theta <= -0.9274722635746002:
                            if theta_dot <= 2.1750927567481995:
                                if cos_theta <= -0.9986180663108826:
                                    return _clip([1.8180010318756104])
                                else:
                                    return _clip([1.755859886494756])
                            else:
                                if cos_theta <= -0.9706855416297913:
                                    return _clip([1.9082612394043539])
                                else:
                                    return _clip([1.8038690945121514])
                        else:
                            if theta_dot <= 4.202117919921875:
                                if theta_dot <= 1.9676505327224731:
                                    return _clip([1.357973337173462])
                                else:
                                    return _clip([1.5532899895139929])
                            else:
                                if theta_dot <= 5.846921920776367:
                                    return _clip([1.8942111227410443])
                                else:
                                    return _clip([1.9492030800234246])
            else:
                if sin_theta <= 0.6934627592563629:
                    if theta_dot <= 2.8518906831741333:
                        if theta_dot <= 2.653896927833557:
                            if sin_theta <= 0.6668948531150818:
                                if cos_theta <= -0.001726984977722168:
                                    return _clip([-1.557079937754162])
                                else:
                                    return _clip([-0.2899142196702852])
                            else:
                                if cos_theta <= -0.7350696921348572:
                                    return _clip([1.004284654922211])
                                else:
                                    return _clip([-0.5651718352775655])
                        else:
                            if cos_theta <= 0.0338594913482666:
                                if theta_dot <= 2.691781759262085:
                                    return _clip([1.2912155389785767])
                                else:
                                    return _clip([1.327148199081421])
                            else:
                                return _clip([-0.903734564781189])
                    else:
                        if cos_theta <= 0.8496440649032593:
                            if theta_dot <= 7.674703121185303:
                                if cos_theta <= -0.7877896428108215:
                                    return _clip([1.192432900302086])
                                else:
                                    return _clip([-0.33100797780661684])
                            else:
                                if cos_theta <= -0.7909073531627655:
                                    return _clip([-0.5667993159627052])
                                else:
                                    return _clip([-0.6230662248727048])
                        else:
                            if theta_dot <= 4.1087188720703125:
                                if theta_dot <= 3.128447651863098:
                                    return _clip([-0.9220941827256397])
                                else:
                                    return _clip([-1.0742494672310676])
                            else:
                                if sin_theta <= 0.20849821716547012:
                                    return _clip([-1.2393580207705048])
                                else:
                                    return _clip([-1.2799333529611585])
                else:
                    if theta_dot <= 1.215325117111206:
                        if cos_theta <= -0.15577135980129242:
                            if theta_dot <= 0.5343713164329529:
                                if theta_dot <= -0.18954695761203766:
                                    return _clip([-1.9138084916238398])
                                else:
                                    return _clip([-1.8862447281177277])
                            else:
                                if cos_theta <= -0.5300605893135071:
                                    return _clip([-1.689555041454672])
                                else:
                                    return _clip([-1.6491612195968628])
                        else:
                            if sin_theta <= 0.9187361598014832:
                                if theta_dot <= 0.36028262972831726:
                                    return _clip([-1.172577452251646])
                                else:
                                    return _clip([-0.8920429403341888])
                            else:
                                if theta_dot <= 0.14774106070399284:
                                    return _clip([-1.531833189669292])
                                else:
                                    return _clip([-1.3001434881527378])
                    else:
                        if theta_dot <= 6.3259289264678955:
                            if theta_dot <= 1.9174141883850098:
                                if cos_theta <= 0.3077686205506325:
                                    return _clip([-1.06633203815628])
                                else:
                                    return _clip([-0.5758056357312658])
                            else:
                                if theta_dot <= 5.938873291015625:
                                    return _clip([-0.47551497753470695])
                                else:
                                    return _clip([-0.5899717781535265])
                        else:
                            if theta_dot <= 6.875645637512207:
                                if theta_dot <= 6.596063852310181:
                                    return _clip([-0.6552180171509854])
                                else:
                                    return _clip([-0.6921789751767544])
                            else:
                                if sin_theta <= 0.8188939690589905:
                                    return _clip([-0.6910809850486704])
                                else:
                                    return _clip([-0.7372499717164399])
