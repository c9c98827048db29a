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
    if sin_theta <= 0.31033311784267426:
        if cos_theta <= 0.561913937330246:
            if theta_dot <= -0.4681154936552048:
                if sin_theta <= -0.518861711025238:
                    if cos_theta <= -0.4817078113555908:
                        if theta_dot <= -2.21217805147171:
                            if cos_theta <= -0.6522371768951416:
                                if sin_theta <= -0.6111162900924683:
                                    return _clip([0.017528544027108153])
                                else:
                                    return _clip([-0.10287319369585451])
                            else:
                                if theta_dot <= -5.30903434753418:
                                    return _clip([0.353888586278096])
                                else:
                                    return _clip([0.14538621016315403])
                        else:
                            if theta_dot <= -1.1855111420154572:
                                if cos_theta <= -0.580636739730835:
                                    return _clip([0.4612531428677978])
                                else:
                                    return _clip([0.518948495388031])
                            else:
                                return _clip([0.6657532453536987])
                    else:
                        if theta_dot <= -2.523961067199707:
                            if cos_theta <= -0.19811157137155533:
                                if theta_dot <= -4.678883790969849:
                                    return _clip([0.5739621386767882])
                                else:
                                    return _clip([0.36314841980811635])
                            else:
                                if cos_theta <= 0.20677576214075089:
                                    return _clip([0.8919469371650702])
                                else:
                                    return _clip([0.9888134764966962])
                        else:
                            if cos_theta <= -0.1314702443778515:
                                if theta_dot <= -1.0884795188903809:
                                    return _clip([0.48130425240935026])
                                else:
                                    return _clip([0.7500998249262458])
                            else:
                                if theta_dot <= -1.7105626463890076:
                                    return _clip([0.47510913158631873])
                                else:
                                    return _clip([0.3236215120970149])
                else:
                    if theta_dot <= -3.346841812133789:
                        if sin_theta <= -0.2120599001646042:
                            if sin_theta <= -0.38362927734851837:
                                if sin_theta <= -0.42245374619960785:
                                    return _clip([-0.2510663947385503])
                                else:
                                    return _clip([-0.3289888791855563])
                            else:
                                if sin_theta <= -0.25708936154842377:
                                    return _clip([-0.4097607195352855])
                                else:
                                    return _clip([-0.4550668013338659])
                        else:
                            if sin_theta <= -0.002292492805281654:
                                if theta_dot <= -4.334569215774536:
                                    return _clip([-0.6617642310250672])
                                else:
                                    return _clip([-0.539267897605896])
                            else:
                                if theta_dot <= -5.5314037799835205:
                                    return _clip([-0.8772589770119288])
                                else:
                                    return _clip([-0.7135836991581851])
                    else:
                        if sin_theta <= -0.21556072682142258:
                            if sin_theta <= -0.46375802159309387:
                                return _clip([-1.2619926929473877])
                            else:
                                if cos_theta <= -0.9343580603599548:
                                    return _clip([-1.6243672370910645])
                                else:
                                    return _clip([-1.4578489065170288])
                        else:
                            if theta_dot <= -3.0508893728256226:
                                if theta_dot <= -3.1953043937683105:
                                    return _clip([-1.9054416418075562])
                                else:
                                    return _clip([-1.8464295864105225])
                            else:
                                return _clip([-1.7543721199035645])
            else:
                if theta_dot <= 0.736290842294693:
                    if sin_theta <= 0.2270183488726616:
                        if cos_theta <= 0.016263671219348907:
                            if sin_theta <= -0.693073570728302:
                                if theta_dot <= 0.0019886232912540436:
                                    return _clip([1.2475270047948555])
                                else:
                                    return _clip([1.661002770328206])
                            else:
                                if sin_theta <= -0.23875851929187775:
                                    return _clip([1.129017949104309])
                                else:
                                    return _clip([1.1901326179504395])
                        else:
                            if theta_dot <= 0.3991597518324852:
                                if theta_dot <= -0.12852711230516434:
                                    return _clip([0.5936892032623291])
                                else:
                                    return _clip([0.6473026275634766])
                            else:
                                return _clip([1.0861254930496216])
                    else:
                        if cos_theta <= -0.9650059938430786:
                            return _clip([-1.365175485610962])
                        else:
                            if sin_theta <= 0.29357729852199554:
                                return _clip([-1.4367364645004272])
                            else:
                                return _clip([-1.511017918586731])
                else:
                    if cos_theta <= 0.48800061643123627:
                        if theta_dot <= 1.9808622002601624:
                            if theta_dot <= 1.216675579547882:
                                if sin_theta <= -0.06777772679924965:
                                    return _clip([1.7182311012133853])
                                else:
                                    return _clip([1.4999645515545088])
                            else:
                                if cos_theta <= 0.2845443859696388:
                                    return _clip([1.8466069701946155])
                                else:
                                    return _clip([1.6110153198242188])
                        else:
                            if sin_theta <= 0.1973937600851059:
                                if cos_theta <= 0.12145915627479553:
                                    return _clip([1.9612996993609895])
                                else:
                                    return _clip([1.8985648900683711])
                            else:
                                if theta_dot <= 5.00626266002655:
                                    return _clip([1.7646633014466404])
                                else:
                                    return _clip([1.9701624549143961])
                    else:
                        if sin_theta <= -0.8308662176132202:
                            if cos_theta <= 0.5167305171489716:
                                if cos_theta <= 0.5000344663858414:
                                    return _clip([0.3834372226238328])
                                else:
                                    return _clip([0.38675327943656135])
                            else:
                                if sin_theta <= -0.8449373841285706:
                                    return _clip([0.3912269040056544])
                                else:
                                    return _clip([0.3948801524855642])
                        else:
                            return _clip([1.6970759630203247])
        else:
            if theta_dot <= 0.6158687770366669:
                if theta_dot <= -2.215501308441162:
                    if sin_theta <= -0.07616151869297028:
                        if sin_theta <= -0.3831261247396469:
                            if theta_dot <= -3.2911906242370605:
                                if theta_dot <= -3.5647542476654053:
                                    return _clip([1.019228717807743])
                                else:
                                    return _clip([0.9379498247278086])
                            else:
                                if theta_dot <= -2.567833185195923:
                                    return _clip([0.8433686932616973])
                                else:
                                    return _clip([0.7260350800548572])
                        else:
                            if theta_dot <= -2.772732734680176:
                                if sin_theta <= -0.15911368280649185:
                                    return _clip([0.786485775088252])
                                else:
                                    return _clip([0.6899523532143798])
                            else:
                                if cos_theta <= 0.9746033549308777:
                                    return _clip([0.6680591802263871])
                                else:
                                    return _clip([0.5917997368313358])
                    else:
                        if sin_theta <= 0.10107286646962166:
                            if theta_dot <= -2.960545301437378:
                                if theta_dot <= -3.4529759883880615:
                                    return _clip([0.6186823112974434])
                                else:
                                    return _clip([0.5588489568989417])
                            else:
                                if sin_theta <= 0.026529794093221426:
                                    return _clip([0.512623431382956])
                                else:
                                    return _clip([0.44269275665283203])
                        else:
                            if sin_theta <= 0.27402177453041077:
                                if theta_dot <= -2.9919185638427734:
                                    return _clip([0.44314089063494444])
                                else:
                                    return _clip([0.3790227849723066])
                            else:
                                if sin_theta <= 0.29713866114616394:
                                    return _clip([0.2755921483039856])
                                else:
                                    return _clip([0.3136553168296814])
                else:
                    if theta_dot <= -0.6332374960184097:
                        if sin_theta <= -0.11102775111794472:
                            if theta_dot <= -1.648705780506134:
                                if theta_dot <= -1.8521338105201721:
                                    return _clip([0.6361274047319795])
                                else:
                                    return _clip([0.5344337039602555])
                            else:
                                if theta_dot <= -0.9949865341186523:
                                    return _clip([0.4310301114684388])
                                else:
                                    return _clip([0.3453842781576244])
                        else:
                            if sin_theta <= 0.11767617985606194:
                                if sin_theta <= -0.0368913970887661:
                                    return _clip([0.3488099169434447])
                                else:
                                    return _clip([0.3043056177334979])
                            else:
                                if theta_dot <= -1.9992383122444153:
                                    return _clip([0.19664803557636773])
                                else:
                                    return _clip([0.24780005580186404])
                    else:
                        if theta_dot <= 0.08354872558265924:
                            if theta_dot <= -0.28735142946243286:
                                if cos_theta <= 0.8413149416446686:
                                    return _clip([0.16596336662769318])
                                else:
                                    return _clip([0.1563706398010254])
                            else:
                                if cos_theta <= 0.8531017899513245:
                                    return _clip([0.12672269344329834])
                                else:
                                    return _clip([0.12197522819042206])
                        else:
                            if theta_dot <= 0.47703786194324493:
                                if theta_dot <= 0.3053152933716774:
                                    return _clip([0.07108329236507416])
                                else:
                                    return _clip([0.058491941541433334])
                            else:
                                return _clip([0.004725711420178413])
            else:
                if theta_dot <= 1.9939448833465576:
                    if sin_theta <= -0.4001253992319107:
                        if theta_dot <= 1.6612571477890015:
                            if cos_theta <= 0.7913362979888916:
                                return _clip([-0.12577518820762634])
                            else:
                                if sin_theta <= -0.5378823280334473:
                                    return _clip([-0.02922222763299942])
                                else:
                                    return _clip([-0.07530446350574493])
                        else:
                            return _clip([-0.23544566333293915])
                    else:
                        if cos_theta <= 0.9795514941215515:
                            if cos_theta <= 0.9666685163974762:
                                if cos_theta <= 0.9570188522338867:
                                    return _clip([-0.3731590211391449])
                                else:
                                    return _clip([-0.39570352435112])
                            else:
                                if sin_theta <= -0.024187259376049042:
                                    return _clip([-0.2996826171875])
                                else:
                                    return _clip([-0.33404672145843506])
                        else:
                            if cos_theta <= 0.9938730597496033:
                                if cos_theta <= 0.9881975948810577:
                                    return _clip([-0.2664692643838536])
                                else:
                                    return _clip([-0.24201779125156483])
                            else:
                                if cos_theta <= 0.9974184036254883:
                                    return _clip([-0.2161651159531469])
                                else:
                                    return _clip([-0.19347411759992378])
                else:
                    if theta_dot <= 5.5684654712677:
                        if theta_dot <= 4.278966188430786:
                            if sin_theta <= -0.7858773469924927:
                                return _clip([1.7861014604568481])
                            else:
                                if sin_theta <= -0.333998367190361:
                                    return _clip([-0.5162350420025767])
                                else:
                                    return _clip([-0.7254728973229232])
                        else:
                            if cos_theta <= 0.7833748161792755:
                                if cos_theta <= 0.6018925309181213:
                                    return _clip([1.8465824127197266])
                                else:
                                    return _clip([0.36572052070995986])
                            else:
                                if sin_theta <= -0.37525975704193115:
                                    return _clip([-0.8284506332883812])
                                else:
                                    return _clip([-1.2168826544390734])
                    else:
                        if sin_theta <= -0.7778342366218567:
                            if theta_dot <= 6.2625415325164795:
                                return _clip([0.38485351749260877])
                            else:
                                if sin_theta <= -0.8063984811306:
                                    return _clip([0.40150634765466614])
                                else:
                                    return _clip([0.4090898319469735])
                        else:
                            if theta_dot <= 5.589749097824097:
                                if cos_theta <= 0.926692396402359:
                                    return _clip([0.4065085907376785])
                                else:
                                    return _clip([0.40032280366911094])
                            else:
                                if sin_theta <= -0.7340134084224701:
                                    return _clip([0.41620472275260534])
                                else:
                                    return _clip([0.42088103856331105])
    else:
        if theta_dot <= 0.15488596260547638:
            if cos_theta <= 0.6518056392669678:
                if theta_dot <= -4.6296796798706055:
                    if cos_theta <= -0.1536681056022644:
                        if theta_dot <= -4.965545892715454:
                            if theta_dot <= -6.620239973068237:
                                if cos_theta <= -0.32123948633670807:
                                    return _clip([-1.0700037499171127])
                                else:
                                    return _clip([-0.9778672774389653])
                            else:
                                if theta_dot <= -5.6863908767700195:
                                    return _clip([-0.9542428416994712])
                                else:
                                    return _clip([-0.8646891613035212])
                        else:
                            if theta_dot <= -4.7287561893463135:
                                if sin_theta <= 0.8962949216365814:
                                    return _clip([-1.937491536140442])
                                else:
                                    return _clip([-1.912117600440979])
                            else:
                                return _clip([-0.7687775492668152])
                    else:
                        if cos_theta <= 0.29412177205085754:
                            if theta_dot <= -6.3142006397247314:
                                if cos_theta <= 0.0011706016957759857:
                                    return _clip([-0.9176659862087948])
                                else:
                                    return _clip([-0.8163304073680512])
                            else:
                                if sin_theta <= 0.9809341728687286:
                                    return _clip([-0.6988762314522426])
                                else:
                                    return _clip([-0.7567042245235049])
                        else:
                            if cos_theta <= 0.4999155253171921:
                                if sin_theta <= 0.9053735136985779:
                                    return _clip([-0.4657619646730673])
                                else:
                                    return _clip([-0.5577826829359616])
                            else:
                                if sin_theta <= 0.8024017810821533:
                                    return _clip([-0.25473098114582093])
                                else:
                                    return _clip([-0.35882888172762345])
                else:
                    if cos_theta <= 0.5104258209466934:
                        if cos_theta <= 0.2089594155550003:
                            if theta_dot <= -0.5209892690181732:
                                if cos_theta <= -0.08509238436818123:
                                    return _clip([-1.948566448868734])
                                else:
                                    return _clip([-1.877152553739425])
                            else:
                                if theta_dot <= -0.0753493681550026:
                                    return _clip([-1.8388375305625924])
                                else:
                                    return _clip([-1.7824583732408212])
                        else:
                            if theta_dot <= -0.7588101923465729:
                                if sin_theta <= 0.9381372630596161:
                                    return _clip([-1.678358162610094])
                                else:
                                    return _clip([-1.7902224566723393])
                            else:
                                if sin_theta <= 0.9184423983097076:
                                    return _clip([-1.3904932737350464])
                                else:
                                    return _clip([-1.576578358098083])
                    else:
                        if theta_dot <= -3.6721277236938477:
                            if cos_theta <= 0.5279626846313477:
                                return _clip([-0.36569949984550476])
                            else:
                                return _clip([-0.35691338777542114])
                        else:
                            if theta_dot <= -0.7935250401496887:
                                if cos_theta <= 0.5801683664321899:
                                    return _clip([-1.5430462126537006])
                                else:
                                    return _clip([-1.3953473711962723])
                            else:
                                if cos_theta <= 0.6209090352058411:
                                    return _clip([-1.1970806121826172])
                                else:
                                    return _clip([-1.04110586643219])
            else:
                if theta_dot <= -2.7706503868103027:
                    if sin_theta <= 0.5650889277458191:
                        if cos_theta <= 0.8965126872062683:
                            if sin_theta <= 0.4857204407453537:
                                if theta_dot <= -3.7846643924713135:
                                    return _clip([0.1500629335641861])
                                else:
                                    return _clip([0.16638275980949402])
                            else:
                                if theta_dot <= -3.8848791122436523:
                                    return _clip([0.09565409506575238])
                                else:
                                    return _clip([0.05782695616095784])
                        else:
                            if cos_theta <= 0.9228992462158203:
                                if theta_dot <= -3.2586257457733154:
                                    return _clip([0.23178703644923043])
                                else:
                                    return _clip([0.16127681732177734])
                            else:
                                if sin_theta <= 0.3533634841442108:
                                    return _clip([0.32108999764027646])
                                else:
                                    return _clip([0.2865222991520749])
                    else:
                        if cos_theta <= 0.7518191039562225:
                            if cos_theta <= 0.6933199167251587:
                                if sin_theta <= 0.749556303024292:
                                    return _clip([-0.193040876316236])
                                else:
                                    return _clip([-0.22721591591835022])
                            else:
                                if sin_theta <= 0.7077195942401886:
                                    return _clip([-0.12368072706850396])
                                else:
                                    return _clip([-0.1610478013753891])
                        else:
                            if cos_theta <= 0.7984064221382141:
                                if cos_theta <= 0.7838375270366669:
                                    return _clip([-0.06058150797574864])
                                else:
                                    return _clip([-0.017523047241664688])
                            else:
                                if sin_theta <= 0.5871902704238892:
                                    return _clip([0.02981410441853153])
                                else:
                                    return _clip([0.015680544078350067])
                else:
                    if sin_theta <= 0.5559006035327911:
                        if cos_theta <= 0.907789945602417:
                            if theta_dot <= -0.5681857764720917:
                                if theta_dot <= -1.564505934715271:
                                    return _clip([-0.855634868144989])
                                else:
                                    return _clip([-0.706850142518265])
                            else:
                                if cos_theta <= 0.8724360466003418:
                                    return _clip([-0.5260854774898894])
                                else:
                                    return _clip([-0.4299933612346649])
                        else:
                            if theta_dot <= -1.7427313923835754:
                                if cos_theta <= 0.918892502784729:
                                    return _clip([0.12482117861509323])
                                else:
                                    return _clip([0.1501195877790451])
                            else:
                                if theta_dot <= -0.6211707442998886:
                                    return _clip([-0.49985712915031283])
                                else:
                                    return _clip([-0.23778587493544104])
                    else:
                        if cos_theta <= 0.766221284866333:
                            if sin_theta <= 0.7154564261436462:
                                if cos_theta <= 0.7395877540111542:
                                    return _clip([-1.2649439573287964])
                                else:
                                    return _clip([-1.2164440155029297])
                            else:
                                return _clip([-1.3935056924819946])
                        else:
                            if theta_dot <= -1.4505172967910767:
                                if theta_dot <= -1.863308608531952:
                                    return _clip([-1.0373408794403076])
                                else:
                                    return _clip([-1.0966637134552002])
                            else:
                                return _clip([-0.9329996109008789])
        else:
            if cos_theta <= -0.834122508764267:
                if theta_dot <= 1.4906357526779175:
                    if cos_theta <= -0.8934421837329865:
                        if theta_dot <= 0.27750031650066376:
                            return _clip([-1.6989638805389404])
                        else:
                            if cos_theta <= -0.9384059607982635:
                                return _clip([-1.5799859762191772])
                            else:
                                return _clip([-1.644903540611267])
                    else:
                        return _clip([-1.2556374073028564])
                else:
                    if theta_dot <= 7.825139045715332:
                        if theta_dot <= 3.8092349767684937:
                            if cos_theta <= -0.9037486910820007:
                                if cos_theta <= -0.9114296436309814:
                                    return _clip([1.534801921527833])
                                else:
                                    return _clip([1.5968722105026245])
                            else:
                                if theta_dot <= 2.281662344932556:
                                    return _clip([1.3344080656858237])
                                else:
                                    return _clip([1.3912886381149292])
                        else:
                            if theta_dot <= 5.9488701820373535:
                                if theta_dot <= 5.112509489059448:
                                    return _clip([1.849895722525287])
                                else:
                                    return _clip([1.8928701562366657])
                            else:
                                if theta_dot <= 7.316422939300537:
                                    return _clip([1.9467912300563617])
                                else:
                                    return _clip([1.9727140665054321])
                    else:
                        if cos_theta <= -0.8979857265949249:
                            return _clip([1.9803078478912999])
                        else:
                            if sin_theta <= 0.5061759501695633:
                                if cos_theta <= -0.8813686966896057:
                                    return _clip([-0.25615476394885206])
                                else:
                                    return _clip([-0.27303983076854443])
                            else:
                                if cos_theta <= -0.848737359046936:
                                    return _clip([-0.2891444923780615])
                                else:
                                    return _clip([-0.2987240467317182])
            else:
                if theta_dot <= 2.3978265523910522:
                    if cos_theta <= 0.4114810675382614:
                        if theta_dot <= 1.6345682740211487:
                            if cos_theta <= 0.08550730440765619:
                                if theta_dot <= 1.1163997054100037:
                                    return _clip([-1.6208547798435462])
                                else:
                                    return _clip([-1.3178406818319464])
                            else:
                                if theta_dot <= 0.6800172626972198:
                                    return _clip([-1.290392420252597])
                                else:
                                    return _clip([-1.040580678089904])
                        else:
                            if cos_theta <= 0.1341303139925003:
                                if sin_theta <= 0.9982742369174957:
                                    return _clip([-0.9698208834406535])
                                else:
                                    return _clip([-0.505279004573822])
                            else:
                                return _clip([-0.48819395899772644])
                    else:
                        if cos_theta <= 0.7759734988212585:
                            if theta_dot <= 0.5472497791051865:
                                return _clip([-0.8452767133712769])
                            else:
                                if theta_dot <= 1.9743310809135437:
                                    return _clip([-0.5749858286121725])
                                else:
                                    return _clip([-0.7406892776485364])
                        else:
                            if theta_dot <= 1.011882483959198:
                                if cos_theta <= 0.8456090986728668:
                                    return _clip([-0.3567011886724234])
                                else:
                                    return _clip([-0.20662477004116447])
                            else:
                                if theta_dot <= 1.3620256185531616:
                                    return _clip([-0.4516710074498107])
                                else:
                                    return _clip([-0.6027227765536084])
                else:
                    if cos_theta <= -0.7492636740207672:
                        if theta_dot <= 5.439333438873291:
                            if theta_dot <= 3.1008944511413574:
                                return _clip([1.1317009925842285])
                            else:
                                if cos_theta <= -0.7962016761302948:
                                    return _clip([1.6414920091629028])
                                else:
                                    return _clip([1.7180790901184082])
                        else:
                            if cos_theta <= -0.7865205705165863:
                                if theta_dot <= 7.402933120727539:
                                    return _clip([-0.27977704868584385])
                                else:
                                    return _clip([-0.33001880390905053])
                            else:
                                if cos_theta <= -0.7689532935619354:
                                    return _clip([-0.34264902650544227])
                                else:
                                    return _clip([-0.3540482309587277])
                    else:
                        if sin_theta <= 0.4856690466403961:
                            if theta_dot <= 4.245265245437622:
                                if theta_dot <= 3.753360867500305:
                                    return _clip([-1.1063791513442993])
                                else:
                                    return _clip([-1.1899540424346924])
                            else:
                                if theta_dot <= 4.917405128479004:
                                    return _clip([-1.2931660276981802])
                                else:
                                    return _clip([-1.30986690600146])
                        else:
                            if cos_theta <= 0.6641587018966675:
                                if theta_dot <= 6.402239799499512:
                                    return _clip([-0.2698571031733662])
                                else:
                                    return _clip([-0.4181205774160115])
                            else:
                                if theta_dot <= 4.341429233551025:
                                    return _clip([-1.0624106791966748])
                                else:
                                    return _clip([0.04075591879603506])
