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
    if sin_theta <= 0.0011107440514024347:
        if theta_dot <= 2.246218681335449:
            if sin_theta <= -0.20663246512413025:
                if theta_dot <= -1.0965203642845154:
                    if cos_theta <= 0.014030969236046076:
                        if theta_dot <= -2.9960176944732666:
                            if theta_dot <= -4.886529207229614:
                                if sin_theta <= -0.6996780633926392:
                                    return _clip([-0.1666943113330482])
                                else:
                                    return _clip([-0.39730485700586615])
                            else:
                                if sin_theta <= -0.641210675239563:
                                    return _clip([-0.42686135618304805])
                                else:
                                    return _clip([-0.9202195038604981])
                        else:
                            if sin_theta <= -0.7901665568351746:
                                if cos_theta <= -0.26974982768297195:
                                    return _clip([-0.9664923449289587])
                                else:
                                    return _clip([-0.31837877819969906])
                            else:
                                if cos_theta <= -0.9282888472080231:
                                    return _clip([-1.7343252176924042])
                                else:
                                    return _clip([-1.58041527500448])
                    else:
                        if sin_theta <= -0.8657056093215942:
                            if sin_theta <= -0.9689391255378723:
                                if theta_dot <= -2.244852364063263:
                                    return _clip([0.2781852584824127])
                                else:
                                    return _clip([-0.11209852496723266])
                            else:
                                if cos_theta <= 0.4235537201166153:
                                    return _clip([0.6099287274185317])
                                else:
                                    return _clip([0.8676662135940865])
                        else:
                            if theta_dot <= -1.3277749419212341:
                                if cos_theta <= 0.5138111412525177:
                                    return _clip([1.0577489137649536])
                                else:
                                    return _clip([1.405713719344525])
                            else:
                                if theta_dot <= -1.244871199131012:
                                    return _clip([1.9086997509002686])
                                else:
                                    return _clip([1.688619613647461])
                else:
                    if cos_theta <= -0.5295600593090057:
                        if theta_dot <= 0.2533871605992317:
                            if sin_theta <= -0.6512609124183655:
                                if theta_dot <= -0.3109847381711006:
                                    return _clip([-0.9394830004996786])
                                else:
                                    return _clip([-0.423658360352219])
                            else:
                                if theta_dot <= -0.925894558429718:
                                    return _clip([-1.7757682800292969])
                                else:
                                    return _clip([-1.4731913927321536])
                        else:
                            if cos_theta <= -0.7293504178524017:
                                if theta_dot <= 1.0696450471878052:
                                    return _clip([1.4260804178415334])
                                else:
                                    return _clip([1.7133491399327094])
                            else:
                                if sin_theta <= -0.6969636976718903:
                                    return _clip([0.8405975738046092])
                                else:
                                    return _clip([0.6133134365081787])
                    else:
                        if sin_theta <= -0.2870396673679352:
                            if theta_dot <= 2.1812773942947388:
                                if theta_dot <= -0.12303876876831055:
                                    return _clip([1.892505909191306])
                                else:
                                    return _clip([1.7572740063734071])
                            else:
                                if theta_dot <= 2.2006179094314575:
                                    return _clip([-1.6691547632217407])
                                else:
                                    return _clip([1.9559125900268555])
                        else:
                            if theta_dot <= 0.10425672680139542:
                                if sin_theta <= -0.2707689702510834:
                                    return _clip([1.76543246049385])
                                else:
                                    return _clip([1.4166946767879458])
                            else:
                                if cos_theta <= 0.9639736711978912:
                                    return _clip([0.9625949752741771])
                                else:
                                    return _clip([1.2986931843667515])
            else:
                if theta_dot <= -2.1054347157478333:
                    if theta_dot <= -4.1630836725234985:
                        if theta_dot <= -5.5067138671875:
                            if cos_theta <= -0.9967609941959381:
                                if theta_dot <= -6.26911997795105:
                                    return _clip([-0.7208293080329895])
                                else:
                                    return _clip([-0.8139544725418091])
                            else:
                                if theta_dot <= -6.470290184020996:
                                    return _clip([-0.32245019124426977])
                                else:
                                    return _clip([-0.5206295140139882])
                        else:
                            return _clip([-1.133116602897644])
                    else:
                        if sin_theta <= -0.15593993291258812:
                            return _clip([-1.6361243724822998])
                        else:
                            if sin_theta <= -0.07632261328399181:
                                return _clip([-1.7444428205490112])
                            else:
                                return _clip([-1.747204065322876])
                else:
                    if theta_dot <= -0.06439346820116043:
                        if theta_dot <= -0.2998114228248596:
                            if theta_dot <= -0.8701850473880768:
                                if theta_dot <= -1.0865405797958374:
                                    return _clip([1.9473660430695057])
                                else:
                                    return _clip([1.6985377632497027])
                            else:
                                if sin_theta <= -0.09503447264432907:
                                    return _clip([1.53917525058164])
                                else:
                                    return _clip([1.0991916673270707])
                        else:
                            if cos_theta <= 0.9992830753326416:
                                if sin_theta <= -0.08484506607055664:
                                    return _clip([1.1649992464827632])
                                else:
                                    return _clip([0.7642591863248276])
                            else:
                                if sin_theta <= -0.0338186863809824:
                                    return _clip([-0.8757504431352211])
                                else:
                                    return _clip([0.040146417197453245])
                    else:
                        if cos_theta <= 0.9973344802856445:
                            if cos_theta <= -0.0012124180793762207:
                                if sin_theta <= -0.04720051772892475:
                                    return _clip([1.7308165139405218])
                                else:
                                    return _clip([1.444858193397522])
                            else:
                                if cos_theta <= 0.9943885505199432:
                                    return _clip([0.8492993886822252])
                                else:
                                    return _clip([0.47034384946884356])
                        else:
                            if theta_dot <= 0.24573051929473877:
                                if theta_dot <= 0.0806051678955555:
                                    return _clip([0.1439771974289234])
                                else:
                                    return _clip([-0.2917535335451195])
                            else:
                                if theta_dot <= 0.30442729592323303:
                                    return _clip([-1.1639864484571965])
                                else:
                                    return _clip([-0.806238098494057])
        else:
            if cos_theta <= 0.03083680011332035:
                if theta_dot <= 5.692004680633545:
                    if sin_theta <= -0.9997493028640747:
                        return _clip([-0.1424136757850647])
                    else:
                        if theta_dot <= 5.018226385116577:
                            if theta_dot <= 3.2161266803741455:
                                if cos_theta <= -0.10151909291744232:
                                    return _clip([1.878032317149468])
                                else:
                                    return _clip([1.9437163431848157])
                            else:
                                if theta_dot <= 3.258444905281067:
                                    return _clip([0.5081824660301208])
                                else:
                                    return _clip([1.71935259251702])
                        else:
                            if theta_dot <= 5.214152097702026:
                                if theta_dot <= 5.116199731826782:
                                    return _clip([1.2852598428726196])
                                else:
                                    return _clip([-0.04979841411113739])
                            else:
                                if sin_theta <= -0.31557347625494003:
                                    return _clip([1.6288547592240243])
                                else:
                                    return _clip([1.1949249468172245])
                else:
                    if sin_theta <= -0.9162828624248505:
                        if cos_theta <= -0.018849510001018643:
                            if theta_dot <= 6.509347677230835:
                                if cos_theta <= -0.15812630206346512:
                                    return _clip([0.5240254772449456])
                                else:
                                    return _clip([-1.0896546162150003])
                            else:
                                if theta_dot <= 6.649074554443359:
                                    return _clip([-1.8481958891991705])
                                else:
                                    return _clip([-1.3766704108203744])
                        else:
                            if theta_dot <= 6.570443391799927:
                                if theta_dot <= 5.931415319442749:
                                    return _clip([-1.8557182550430298])
                                else:
                                    return _clip([-1.9019869663109101])
                            else:
                                return _clip([-1.9636187553405762])
                    else:
                        if theta_dot <= 7.153154373168945:
                            if theta_dot <= 6.594408273696899:
                                if sin_theta <= -0.6438992619514465:
                                    return _clip([1.2966642379760742])
                                else:
                                    return _clip([1.1435541455501907])
                            else:
                                if sin_theta <= -0.7672405540943146:
                                    return _clip([0.48112153009319664])
                                else:
                                    return _clip([-0.8681482855262708])
                        else:
                            if sin_theta <= -0.5225782096385956:
                                if theta_dot <= 7.772445201873779:
                                    return _clip([-0.954722816933963])
                                else:
                                    return _clip([-1.4273003547476382])
                            else:
                                if theta_dot <= 7.867787599563599:
                                    return _clip([-0.10912572820992134])
                                else:
                                    return _clip([-0.7493366385223839])
            else:
                if cos_theta <= 0.4494418650865555:
                    if theta_dot <= 4.899480104446411:
                        if cos_theta <= 0.31758294999599457:
                            if theta_dot <= 4.210206866264343:
                                if sin_theta <= -0.9914993643760681:
                                    return _clip([1.6621240377426147])
                                else:
                                    return _clip([1.8603599529210213])
                            else:
                                if theta_dot <= 4.826594829559326:
                                    return _clip([1.079969882965088])
                                else:
                                    return _clip([1.1941395998001099])
                        else:
                            if cos_theta <= 0.3321715295314789:
                                return _clip([0.474231094121933])
                            else:
                                if theta_dot <= 3.2942394018173218:
                                    return _clip([1.829695126009658])
                                else:
                                    return _clip([1.2257800089667148])
                    else:
                        if theta_dot <= 5.248707056045532:
                            if sin_theta <= -0.9462125599384308:
                                if cos_theta <= 0.22744597494602203:
                                    return _clip([-1.830154538154602])
                                else:
                                    return _clip([-0.05218848963378604])
                            else:
                                return _clip([-1.8728036880493164])
                        else:
                            if sin_theta <= -0.9768770635128021:
                                if theta_dot <= 6.030318021774292:
                                    return _clip([-0.6867951438469923])
                                else:
                                    return _clip([-1.7616854508484334])
                            else:
                                if cos_theta <= 0.36911536753177643:
                                    return _clip([-1.9721936451461293])
                                else:
                                    return _clip([-1.7830134900433867])
                else:
                    if theta_dot <= 4.119402885437012:
                        if cos_theta <= 0.7684613168239594:
                            if theta_dot <= 3.2709966897964478:
                                if sin_theta <= -0.7350993752479553:
                                    return _clip([1.0721528146720831])
                                else:
                                    return _clip([0.029299074801194595])
                            else:
                                if theta_dot <= 3.6969319581985474:
                                    return _clip([-0.7506395058684278])
                                else:
                                    return _clip([0.18380129850043278])
                        else:
                            if cos_theta <= 0.9566113352775574:
                                if theta_dot <= 2.8306005001068115:
                                    return _clip([-1.1641536562280534])
                                else:
                                    return _clip([-1.7659865387828988])
                            else:
                                if theta_dot <= 2.994381308555603:
                                    return _clip([-1.8652282174755488])
                                else:
                                    return _clip([-1.33286452293396])
                    else:
                        if sin_theta <= -0.8680454194545746:
                            if cos_theta <= 0.47732727229595184:
                                if sin_theta <= -0.882759690284729:
                                    return _clip([-1.641015562480657])
                                else:
                                    return _clip([-1.9801656007766724])
                            else:
                                return _clip([-0.5551254153251648])
                        else:
                            if sin_theta <= -0.7510575950145721:
                                if theta_dot <= 5.914583206176758:
                                    return _clip([-1.980360835671603])
                                else:
                                    return _clip([-1.7645225011711614])
                            else:
                                if cos_theta <= 0.6809863746166229:
                                    return _clip([-1.3157931474949403])
                                else:
                                    return _clip([-1.857286577275048])
    else:
        if cos_theta <= -0.6825981140136719:
            if theta_dot <= -0.1555100902915001:
                if theta_dot <= -5.462746620178223:
                    if theta_dot <= -6.569711208343506:
                        if sin_theta <= 0.1499222368001938:
                            return _clip([-0.012851569469194116])
                        else:
                            if sin_theta <= 0.5252938866615295:
                                if cos_theta <= -0.8807547390460968:
                                    return _clip([-0.42727915989428084])
                                else:
                                    return _clip([-0.7168084383010864])
                            else:
                                if theta_dot <= -6.683974742889404:
                                    return _clip([-0.1408509882493614])
                                else:
                                    return _clip([-0.3093701899051666])
                    else:
                        if cos_theta <= -0.9848942160606384:
                            return _clip([-0.5123085975646973])
                        else:
                            if sin_theta <= 0.626474142074585:
                                if theta_dot <= -6.164126634597778:
                                    return _clip([-0.9077000135387371])
                                else:
                                    return _clip([-0.5056618452072144])
                            else:
                                if cos_theta <= -0.7129244208335876:
                                    return _clip([-0.9637558460235596])
                                else:
                                    return _clip([-0.965884268283844])
                else:
                    if theta_dot <= -1.672672688961029:
                        if theta_dot <= -4.919519424438477:
                            return _clip([-1.5290888547897339])
                        else:
                            if theta_dot <= -4.6911187171936035:
                                return _clip([-1.703748106956482])
                            else:
                                if theta_dot <= -2.12728214263916:
                                    return _clip([-1.8283550552590024])
                                else:
                                    return _clip([-1.7584002017974854])
                    else:
                        if theta_dot <= -0.35766635090112686:
                            if sin_theta <= 0.7062181532382965:
                                if theta_dot <= -0.9731696546077728:
                                    return _clip([-1.4335100650787354])
                                else:
                                    return _clip([-1.3598616123199463])
                            else:
                                if cos_theta <= -0.6882351636886597:
                                    return _clip([-1.1953774690628052])
                                else:
                                    return _clip([-1.0900709629058838])
                        else:
                            return _clip([-0.08451102674007416])
            else:
                if theta_dot <= 5.650559425354004:
                    if theta_dot <= 4.33160400390625:
                        if theta_dot <= 0.5917059928178787:
                            if theta_dot <= 0.005675163120031357:
                                return _clip([0.08542466163635254])
                            else:
                                if sin_theta <= 0.5191688537597656:
                                    return _clip([0.935752876823598])
                                else:
                                    return _clip([0.6341433691633356])
                        else:
                            if sin_theta <= 0.7125661969184875:
                                if cos_theta <= -0.9652597904205322:
                                    return _clip([1.7144077272255345])
                                else:
                                    return _clip([1.5805913730021612])
                            else:
                                if sin_theta <= 0.7220630347728729:
                                    return _clip([0.4979059100151062])
                                else:
                                    return _clip([1.1308609247207642])
                    else:
                        if cos_theta <= -0.9694730937480927:
                            if cos_theta <= -0.9961444735527039:
                                return _clip([1.431365966796875])
                            else:
                                return _clip([1.2433252334594727])
                        else:
                            if sin_theta <= 0.3467128723859787:
                                return _clip([1.030417799949646])
                            else:
                                if sin_theta <= 0.6069749295711517:
                                    return _clip([0.7799000437942911])
                                else:
                                    return _clip([0.3848085403442383])
                else:
                    if cos_theta <= -0.9896142780780792:
                        if theta_dot <= 7.377387523651123:
                            if theta_dot <= 6.752573013305664:
                                return _clip([0.2394113689661026])
                            else:
                                return _clip([0.35023123025894165])
                        else:
                            if sin_theta <= 0.020428655669093132:
                                return _clip([0.20922123932210943])
                            else:
                                if sin_theta <= 0.032261233776807785:
                                    return _clip([-0.793196439743042])
                                else:
                                    return _clip([-0.47845799604558975])
                    else:
                        if theta_dot <= 7.522228002548218:
                            if cos_theta <= -0.7162829637527466:
                                if theta_dot <= 6.667743444442749:
                                    return _clip([0.47529049218852576])
                                else:
                                    return _clip([0.34661578236563156])
                            else:
                                if sin_theta <= 0.7061412632465363:
                                    return _clip([0.227132186293602])
                                else:
                                    return _clip([0.19055666029453278])
                        else:
                            if sin_theta <= 0.5192609131336212:
                                if cos_theta <= -0.9688609540462494:
                                    return _clip([0.24416412553713918])
                                else:
                                    return _clip([0.05050611757495997])
                            else:
                                if sin_theta <= 0.6052616536617279:
                                    return _clip([0.1962803387596775])
                                else:
                                    return _clip([0.34035312991697103])
        else:
            if sin_theta <= 0.1747613623738289:
                if theta_dot <= -0.40486450493335724:
                    if theta_dot <= -0.9239110946655273:
                        if sin_theta <= 0.08152254298329353:
                            if sin_theta <= 0.05728263221681118:
                                return _clip([0.9872739315032959])
                            else:
                                return _clip([1.3052624464035034])
                        else:
                            if cos_theta <= 0.9900073111057281:
                                return _clip([1.911862850189209])
                            else:
                                if cos_theta <= 0.9930347502231598:
                                    return _clip([1.7549151182174683])
                                else:
                                    return _clip([1.8149170875549316])
                    else:
                        if cos_theta <= 0.9995611906051636:
                            if theta_dot <= -0.576141893863678:
                                if cos_theta <= 0.9885637164115906:
                                    return _clip([0.06327585130929947])
                                else:
                                    return _clip([0.28723005009214664])
                            else:
                                if theta_dot <= -0.5036894083023071:
                                    return _clip([-0.41300442814826965])
                                else:
                                    return _clip([-0.8178616166114807])
                        else:
                            if cos_theta <= 0.9997712969779968:
                                return _clip([1.651434063911438])
                            else:
                                return _clip([0.2528224289417267])
                else:
                    if theta_dot <= 0.2900172173976898:
                        if sin_theta <= 0.16822373867034912:
                            if cos_theta <= 0.9933862686157227:
                                if theta_dot <= -0.2198210135102272:
                                    return _clip([-1.02832499693066])
                                else:
                                    return _clip([-1.555016697006702])
                            else:
                                if theta_dot <= 0.006228769663721323:
                                    return _clip([-0.23545980460007654])
                                else:
                                    return _clip([-0.9550872724760543])
                        else:
                            if theta_dot <= 0.07933488395065069:
                                if cos_theta <= 0.9850025773048401:
                                    return _clip([0.01367737924905049])
                                else:
                                    return _clip([0.2737912750053759])
                            else:
                                return _clip([-0.3718080222606659])
                    else:
                        if cos_theta <= 0.9943113923072815:
                            if theta_dot <= 5.141591310501099:
                                if theta_dot <= 2.6550456285476685:
                                    return _clip([-1.9433690688024492])
                                else:
                                    return _clip([-1.9317550757230173])
                            else:
                                if theta_dot <= 5.151218414306641:
                                    return _clip([-1.2283983961083949])
                                else:
                                    return _clip([-1.9146334524162536])
                        else:
                            if theta_dot <= 3.009867787361145:
                                if cos_theta <= 0.998923122882843:
                                    return _clip([-1.522600518692302])
                                else:
                                    return _clip([-1.6979566373454813])
                            else:
                                if sin_theta <= 0.08947301656007767:
                                    return _clip([-1.8935563582380106])
                                else:
                                    return _clip([-1.122875690460205])
            else:
                if theta_dot <= 5.388615369796753:
                    if theta_dot <= -1.6274223327636719:
                        if cos_theta <= 0.8553835153579712:
                            if theta_dot <= -4.8109681606292725:
                                if sin_theta <= 0.9971668720245361:
                                    return _clip([-0.8281309946841617])
                                else:
                                    return _clip([1.2217689808715637])
                            else:
                                if sin_theta <= 0.6382598280906677:
                                    return _clip([-0.6964469551087804])
                                else:
                                    return _clip([-1.5515990501752612])
                        else:
                            if sin_theta <= 0.42806191742420197:
                                if cos_theta <= 0.9531362354755402:
                                    return _clip([0.14645443135172953])
                                else:
                                    return _clip([1.3252149750406024])
                            else:
                                if cos_theta <= 0.8799773156642914:
                                    return _clip([1.7463139295578003])
                                else:
                                    return _clip([1.5699329376220703])
                    else:
                        if cos_theta <= 0.609900563955307:
                            if theta_dot <= 1.5998001098632812:
                                if cos_theta <= -0.19946018606424332:
                                    return _clip([0.22855961923094775])
                                else:
                                    return _clip([-1.6456607872622298])
                            else:
                                if cos_theta <= 0.13028447329998016:
                                    return _clip([0.5568816755740235])
                                else:
                                    return _clip([-0.41833438445312027])
                        else:
                            if sin_theta <= 0.3758752644062042:
                                if theta_dot <= -0.6141491830348969:
                                    return _clip([-0.4081918994213327])
                                else:
                                    return _clip([-1.5949683729026574])
                            else:
                                if theta_dot <= 2.5787729024887085:
                                    return _clip([-1.8166132812785256])
                                else:
                                    return _clip([-1.2747257187308467])
                else:
                    if cos_theta <= 0.3534003645181656:
                        if cos_theta <= -0.1171347014605999:
                            if theta_dot <= 6.904212236404419:
                                if theta_dot <= 5.786828994750977:
                                    return _clip([0.33149810307620814])
                                else:
                                    return _clip([0.47501408717776544])
                            else:
                                if sin_theta <= 0.8674584031105042:
                                    return _clip([0.22072983846108954])
                                else:
                                    return _clip([0.318301805606])
                        else:
                            if sin_theta <= 0.9943354725837708:
                                if theta_dot <= 6.473158359527588:
                                    return _clip([0.24306585457950122])
                                else:
                                    return _clip([-0.059366389766212474])
                            else:
                                if theta_dot <= 6.937654495239258:
                                    return _clip([0.0978756469237699])
                                else:
                                    return _clip([0.21719552093945307])
                    else:
                        if cos_theta <= 0.5593568384647369:
                            if theta_dot <= 6.113094091415405:
                                if theta_dot <= 5.933633089065552:
                                    return _clip([-0.24943107733131004])
                                else:
                                    return _clip([-0.41023162634557786])
                            else:
                                return _clip([0.12560129165649414])
                        else:
                            if theta_dot <= 5.454861879348755:
                                if cos_theta <= 0.703121691942215:
                                    return _clip([-0.08327264338731766])
                                else:
                                    return _clip([-0.3536315108923726])
                            else:
                                if cos_theta <= 0.6274173557758331:
                                    return _clip([-0.6402129704244546])
                                else:
                                    return _clip([-1.1937255268238987])
