"""Pendulum-v1: pmoe seed 1, distilled into tree-d8

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
    if theta_dot <= -3.4765844345092773:
        if cos_theta <= -0.26933982968330383:
            if theta_dot <= -6.509014129638672:
                if sin_theta <= 0.5549970269203186:
                    if theta_dot <= -7.649173736572266:
                        if theta_dot <= -7.6801393032073975:
                            if cos_theta <= -0.9965066611766815:
                                return _clip([0.3628127872943878])
                            else:
                                if sin_theta <= 0.2664600908756256:
                                    return _clip([-0.1265078973285697])
                                else:
                                    return _clip([0.04640456170788281])
                        else:
                            if theta_dot <= -7.6556055545806885:
                                if theta_dot <= -7.666237115859985:
                                    return _clip([0.34183862805366516])
                                else:
                                    return _clip([0.13027554750442505])
                            else:
                                return _clip([0.7351580262184143])
                    else:
                        if cos_theta <= -0.626412034034729:
                            if theta_dot <= -6.930616855621338:
                                if theta_dot <= -6.956730604171753:
                                    return _clip([-0.416525868179594])
                                else:
                                    return _clip([-0.1252920759000621])
                            else:
                                if theta_dot <= -6.668870449066162:
                                    return _clip([-0.7462573735917356])
                                else:
                                    return _clip([-0.36907209381753])
                        else:
                            if theta_dot <= -7.323253870010376:
                                if cos_theta <= -0.6137398183345795:
                                    return _clip([0.28215140104293823])
                                else:
                                    return _clip([-0.3569167786406602])
                            else:
                                if cos_theta <= -0.3115350902080536:
                                    return _clip([0.318857283410607])
                                else:
                                    return _clip([-0.13865878755986674])
                else:
                    if cos_theta <= -0.5106536746025085:
                        if theta_dot <= -7.315740585327148:
                            if sin_theta <= 0.6362528502941132:
                                if sin_theta <= 0.5807189643383026:
                                    return _clip([1.0662989616394043])
                                else:
                                    return _clip([0.49313037734272047])
                            else:
                                if theta_dot <= -7.484199523925781:
                                    return _clip([0.9291270055641024])
                                else:
                                    return _clip([1.3368829488754272])
                        else:
                            if sin_theta <= 0.806845098733902:
                                if theta_dot <= -6.845911026000977:
                                    return _clip([0.4237722642612555])
                                else:
                                    return _clip([0.580460786819458])
                            else:
                                return _clip([-0.12434946745634079])
                    else:
                        if theta_dot <= -7.515536785125732:
                            if theta_dot <= -7.548748731613159:
                                if sin_theta <= 0.8641418218612671:
                                    return _clip([1.223246455192566])
                                else:
                                    return _clip([1.6463572978973389])
                            else:
                                if sin_theta <= 0.8753152787685394:
                                    return _clip([1.254084587097168])
                                else:
                                    return _clip([1.2805906534194946])
                        else:
                            if cos_theta <= -0.39141058921813965:
                                if cos_theta <= -0.46603919565677643:
                                    return _clip([1.0030320882797241])
                                else:
                                    return _clip([0.8566774129867554])
                            else:
                                if theta_dot <= -6.836560010910034:
                                    return _clip([1.1771299839019775])
                                else:
                                    return _clip([1.0822432041168213])
            else:
                if sin_theta <= -0.30348822474479675:
                    if theta_dot <= -4.504625558853149:
                        if cos_theta <= -0.598161518573761:
                            if theta_dot <= -5.402756690979004:
                                if theta_dot <= -6.240008592605591:
                                    return _clip([-0.5408861547859567])
                                else:
                                    return _clip([-0.31560917989354653])
                            else:
                                if sin_theta <= -0.6890276968479156:
                                    return _clip([-0.4922700822353363])
                                else:
                                    return _clip([-0.6766689419746399])
                        else:
                            if theta_dot <= -5.423680305480957:
                                if theta_dot <= -5.550236225128174:
                                    return _clip([0.1298700310973581])
                                else:
                                    return _clip([-0.11166700720787048])
                            else:
                                if theta_dot <= -5.145806312561035:
                                    return _clip([-0.2808319628238678])
                                else:
                                    return _clip([-0.3751349427877048])
                    else:
                        if sin_theta <= -0.7788085639476776:
                            if sin_theta <= -0.9288788437843323:
                                return _clip([0.05661133676767349])
                            else:
                                return _clip([-0.4790307581424713])
                        else:
                            if cos_theta <= -0.8854707777500153:
                                return _clip([-1.1718149185180664])
                            else:
                                if sin_theta <= -0.5630872547626495:
                                    return _clip([-0.8923372030258179])
                                else:
                                    return _clip([-0.9697872400283813])
                else:
                    if theta_dot <= -5.644551038742065:
                        if cos_theta <= -0.3964526355266571:
                            if sin_theta <= 0.7737754285335541:
                                if cos_theta <= -0.8998360633850098:
                                    return _clip([-1.0174306428236313])
                                else:
                                    return _clip([-1.1737330448515184])
                            else:
                                if sin_theta <= 0.8447076380252838:
                                    return _clip([-0.9134823083877563])
                                else:
                                    return _clip([-0.8103249669075012])
                        else:
                            if sin_theta <= 0.9373098313808441:
                                return _clip([0.23614099621772766])
                            else:
                                return _clip([-0.2285991907119751])
                    else:
                        if cos_theta <= -0.8971201777458191:
                            if sin_theta <= -0.20544259995222092:
                                if sin_theta <= -0.25250643491744995:
                                    return _clip([-1.2903043031692505])
                                else:
                                    return _clip([-1.2689690589904785])
                            else:
                                if cos_theta <= -0.9920953512191772:
                                    return _clip([-1.4453292242687865])
                                else:
                                    return _clip([-1.5584698665774668])
                        else:
                            if theta_dot <= -5.323768138885498:
                                if cos_theta <= -0.625268816947937:
                                    return _clip([-1.4109697341918945])
                                else:
                                    return _clip([-1.1922847032546997])
                            else:
                                if theta_dot <= -3.929288148880005:
                                    return _clip([-1.7382477983957971])
                                else:
                                    return _clip([-1.8539304151606941])
        else:
            if cos_theta <= 0.37593163549900055:
                if theta_dot <= -5.3299171924591064:
                    if theta_dot <= -5.499946355819702:
                        if sin_theta <= -0.01419687271118164:
                            if cos_theta <= 0.10587916895747185:
                                if cos_theta <= -0.23696620762348175:
                                    return _clip([0.37465859620462216])
                                else:
                                    return _clip([0.13515023094847547])
                            else:
                                if theta_dot <= -5.909463167190552:
                                    return _clip([0.6959013908682604])
                                else:
                                    return _clip([0.6081339120864868])
                        else:
                            if cos_theta <= 0.07287095487117767:
                                if theta_dot <= -6.8648576736450195:
                                    return _clip([1.5521327349259209])
                                else:
                                    return _clip([1.3113234577900326])
                            else:
                                if sin_theta <= 0.9373158812522888:
                                    return _clip([1.856217861175537])
                                else:
                                    return _clip([1.664083773994214])
                    else:
                        if sin_theta <= 0.9767004251480103:
                            if theta_dot <= -5.459267616271973:
                                return _clip([0.8596031069755554])
                            else:
                                if theta_dot <= -5.423225402832031:
                                    return _clip([0.7149045467376709])
                                else:
                                    return _clip([0.7780233268365564])
                        else:
                            return _clip([-0.9956932067871094])
                else:
                    if sin_theta <= 0.0021784305572509766:
                        if cos_theta <= -0.1322867050766945:
                            if theta_dot <= -4.421586275100708:
                                return _clip([-0.2076917141675949])
                            else:
                                return _clip([-0.15678712725639343])
                        else:
                            if cos_theta <= 0.28759461641311646:
                                if theta_dot <= -3.703394293785095:
                                    return _clip([0.33735058298778975])
                                else:
                                    return _clip([0.102119579911232])
                            else:
                                return _clip([0.6399440169334412])
                    else:
                        if theta_dot <= -3.8882460594177246:
                            if cos_theta <= 0.058347126469016075:
                                if theta_dot <= -5.280168771743774:
                                    return _clip([-0.8614006638526917])
                                else:
                                    return _clip([-1.029449178518082])
                            else:
                                if sin_theta <= 0.9898858070373535:
                                    return _clip([-0.8970222511844497])
                                else:
                                    return _clip([-0.7316697368297541])
                        else:
                            if sin_theta <= 0.9688017964363098:
                                return _clip([-1.1407102346420288])
                            else:
                                if cos_theta <= 0.07693500071763992:
                                    return _clip([-1.654957890510559])
                                else:
                                    return _clip([-1.6618422269821167])
            else:
                if cos_theta <= 0.5890958905220032:
                    if sin_theta <= 0.005746364593505859:
                        if cos_theta <= 0.494769424200058:
                            if theta_dot <= -5.408074378967285:
                                if sin_theta <= -0.9045586884021759:
                                    return _clip([0.9773355875165998])
                                else:
                                    return _clip([0.8354341387748718])
                            else:
                                if theta_dot <= -4.455645561218262:
                                    return _clip([0.6850287318229675])
                                else:
                                    return _clip([0.640347421169281])
                        else:
                            if cos_theta <= 0.5565518438816071:
                                return _clip([1.2209312915802002])
                            else:
                                if sin_theta <= -0.8205826282501221:
                                    return _clip([1.262858510017395])
                                else:
                                    return _clip([1.297502817458862])
                    else:
                        if theta_dot <= -4.85634446144104:
                            if sin_theta <= 0.9117671251296997:
                                if cos_theta <= 0.4582967907190323:
                                    return _clip([1.7657227725457292])
                                else:
                                    return _clip([1.5696069373997932])
                            else:
                                if sin_theta <= 0.9208362400531769:
                                    return _clip([1.4869906024556934])
                                else:
                                    return _clip([1.6051166071572265])
                        else:
                            return _clip([1.1222151517868042])
                else:
                    if sin_theta <= -0.5550845563411713:
                        if cos_theta <= 0.7575029134750366:
                            if cos_theta <= 0.6406723260879517:
                                if theta_dot <= -5.310207366943359:
                                    return _clip([1.2905513048171997])
                                else:
                                    return _clip([1.3932958578809562])
                            else:
                                if theta_dot <= -5.230461120605469:
                                    return _clip([1.4604339571750429])
                                else:
                                    return _clip([1.509538338258161])
                        else:
                            if theta_dot <= -4.724802494049072:
                                return _clip([1.557482361793518])
                            else:
                                if theta_dot <= -4.71397590637207:
                                    return _clip([1.746508002281189])
                                else:
                                    return _clip([1.64204018021756])
                    else:
                        if cos_theta <= 0.7740825712680817:
                            if theta_dot <= -4.425813913345337:
                                if theta_dot <= -4.962023973464966:
                                    return _clip([1.7849024143857595])
                                else:
                                    return _clip([1.8560311941870675])
                            else:
                                if sin_theta <= 0.7050538063049316:
                                    return _clip([1.7767444849014282])
                                else:
                                    return _clip([1.7442291975021362])
                        else:
                            if sin_theta <= -0.28400376439094543:
                                if sin_theta <= -0.449655681848526:
                                    return _clip([1.736872840359097])
                                else:
                                    return _clip([1.820563048018338])
                            else:
                                if sin_theta <= 0.29491962492465973:
                                    return _clip([1.9150636842993836])
                                else:
                                    return _clip([1.8936842149060034])
    else:
        if sin_theta <= -0.6746101081371307:
            if theta_dot <= 4.231738567352295:
                if theta_dot <= -1.322629153728485:
                    if cos_theta <= 0.1846194565296173:
                        if cos_theta <= -0.5477026104927063:
                            if theta_dot <= -2.7293965816497803:
                                return _clip([-0.576378583908081])
                            else:
                                if theta_dot <= -1.8508838415145874:
                                    return _clip([-1.0442967414855957])
                                else:
                                    return _clip([-0.9680910954897036])
                        else:
                            if sin_theta <= -0.9765822887420654:
                                if theta_dot <= -3.3073105812072754:
                                    return _clip([-0.10006050020456314])
                                else:
                                    return _clip([0.18736605053725983])
                            else:
                                if cos_theta <= -0.3094678893685341:
                                    return _clip([-0.3608338268195429])
                                else:
                                    return _clip([-0.27274051308631897])
                    else:
                        if cos_theta <= 0.39098452031612396:
                            if cos_theta <= 0.26551303267478943:
                                if sin_theta <= -0.9787923395633698:
                                    return _clip([0.447514146566391])
                                else:
                                    return _clip([0.559824526309967])
                            else:
                                if theta_dot <= -1.94527006149292:
                                    return _clip([0.8345858049119823])
                                else:
                                    return _clip([0.889891505241394])
                        else:
                            if cos_theta <= 0.6075199544429779:
                                if theta_dot <= -1.8158060908317566:
                                    return _clip([1.2008583449714554])
                                else:
                                    return _clip([1.3854348512439423])
                            else:
                                if sin_theta <= -0.7422566711902618:
                                    return _clip([1.5540083646774292])
                                else:
                                    return _clip([1.6270755529403687])
                else:
                    if theta_dot <= 2.848012924194336:
                        if cos_theta <= -0.19516368210315704:
                            if theta_dot <= 0.34331873059272766:
                                if sin_theta <= -0.842290610074997:
                                    return _clip([0.21828414417966366])
                                else:
                                    return _clip([-0.680533439711109])
                            else:
                                if theta_dot <= 1.7765177488327026:
                                    return _clip([1.2444475249064484])
                                else:
                                    return _clip([1.7920657174853942])
                        else:
                            if theta_dot <= -0.8259637653827667:
                                if cos_theta <= 0.24134616181254387:
                                    return _clip([0.6097062230110168])
                                else:
                                    return _clip([1.5961907766677799])
                            else:
                                if theta_dot <= 2.2323875427246094:
                                    return _clip([1.8466406384227523])
                                else:
                                    return _clip([1.7460477813543478])
                    else:
                        if cos_theta <= 0.5521672368049622:
                            if cos_theta <= 0.35173313319683075:
                                if theta_dot <= 3.4609286785125732:
                                    return _clip([1.8235638389545765])
                                else:
                                    return _clip([1.7351654567856187])
                            else:
                                if theta_dot <= 3.6826528310775757:
                                    return _clip([1.5893731094602743])
                                else:
                                    return _clip([0.9388662020978767])
                        else:
                            if cos_theta <= 0.5768206417560577:
                                if sin_theta <= -0.8304682075977325:
                                    return _clip([-0.6065309047698975])
                                else:
                                    return _clip([-0.22050708532333374])
                            else:
                                if cos_theta <= 0.6552026569843292:
                                    return _clip([0.917355653640756])
                                else:
                                    return _clip([0.4828929113632522])
            else:
                if cos_theta <= 0.2942564785480499:
                    if theta_dot <= 5.6989312171936035:
                        if cos_theta <= 0.08666303753852844:
                            if sin_theta <= -0.9994007647037506:
                                return _clip([-0.010658364742994308])
                            else:
                                if sin_theta <= -0.7873031497001648:
                                    return _clip([1.513018418290124])
                                else:
                                    return _clip([0.8444557785987854])
                        else:
                            if theta_dot <= 4.9941301345825195:
                                if theta_dot <= 4.476928949356079:
                                    return _clip([1.174999713897705])
                                else:
                                    return _clip([0.8714387554953594])
                            else:
                                if cos_theta <= 0.16775771975517273:
                                    return _clip([-0.6491376757621765])
                                else:
                                    return _clip([-1.3497365713119507])
                    else:
                        if sin_theta <= -0.9575099349021912:
                            if sin_theta <= -0.9929502308368683:
                                if cos_theta <= -0.0026669129729270935:
                                    return _clip([-1.679505705833435])
                                else:
                                    return _clip([-1.6595531985523015])
                            else:
                                if cos_theta <= -0.24736836552619934:
                                    return _clip([-1.6720565557479858])
                                else:
                                    return _clip([-0.7959148747513627])
                        else:
                            if theta_dot <= 6.937261343002319:
                                if theta_dot <= 6.296841382980347:
                                    return _clip([0.9383396623902216])
                                else:
                                    return _clip([0.24204367569123045])
                            else:
                                if cos_theta <= -0.45706719160079956:
                                    return _clip([-1.0276041813876666])
                                else:
                                    return _clip([-0.39867002276319025])
                else:
                    if cos_theta <= 0.3367212116718292:
                        if sin_theta <= -0.9463049173355103:
                            if theta_dot <= 5.345292568206787:
                                return _clip([-1.32620108127594])
                            else:
                                return _clip([-0.9732330441474915])
                        else:
                            return _clip([-0.3618723750114441])
                    else:
                        if theta_dot <= 4.304125547409058:
                            return _clip([-0.5257557034492493])
                        else:
                            if cos_theta <= 0.5346193611621857:
                                if theta_dot <= 5.381244421005249:
                                    return _clip([-1.5384323134130633])
                                else:
                                    return _clip([-1.7946371215480064])
                            else:
                                if cos_theta <= 0.630237340927124:
                                    return _clip([-1.811350786670835])
                                else:
                                    return _clip([-1.6512946980899796])
        else:
            if cos_theta <= -0.3093981444835663:
                if theta_dot <= 0.2755574509501457:
                    if theta_dot <= -0.4111707955598831:
                        if sin_theta <= -0.31423428654670715:
                            if sin_theta <= -0.5545529425144196:
                                if cos_theta <= -0.7922216057777405:
                                    return _clip([-1.0606330633163452])
                                else:
                                    return _clip([-1.3024495840072632])
                            else:
                                if cos_theta <= -0.9239384829998016:
                                    return _clip([-1.5236353425548708])
                                else:
                                    return _clip([-1.4172538380678106])
                        else:
                            if theta_dot <= -2.028428792953491:
                                if theta_dot <= -2.2993571758270264:
                                    return _clip([-1.8144312469567263])
                                else:
                                    return _clip([-1.7600323679916094])
                            else:
                                if theta_dot <= -1.232016146183014:
                                    return _clip([-1.6870452102564857])
                                else:
                                    return _clip([-1.5301846259967278])
                    else:
                        if theta_dot <= -0.0038176849484443665:
                            if theta_dot <= -0.3363046199083328:
                                return _clip([-0.6835326552391052])
                            else:
                                if theta_dot <= -0.26423168927431107:
                                    return _clip([-1.3371580839157104])
                                else:
                                    return _clip([-0.9235409937108656])
                        else:
                            if cos_theta <= -0.9117127060890198:
                                return _clip([0.03693998232483864])
                            else:
                                return _clip([-0.6562904119491577])
                else:
                    if theta_dot <= 5.952741622924805:
                        if sin_theta <= 0.40120092034339905:
                            if cos_theta <= -0.9999359250068665:
                                return _clip([0.7141018509864807])
                            else:
                                if sin_theta <= 0.1417664960026741:
                                    return _clip([1.660349784041037])
                                else:
                                    return _clip([1.4146292294954588])
                        else:
                            if cos_theta <= -0.7841497957706451:
                                if theta_dot <= 1.02744859457016:
                                    return _clip([0.5169954421681242])
                                else:
                                    return _clip([1.227852053253352])
                            else:
                                if theta_dot <= 0.6758591830730438:
                                    return _clip([0.058174023261646814])
                                else:
                                    return _clip([0.6683295292726221])
                    else:
                        if theta_dot <= 7.742058515548706:
                            if theta_dot <= 6.994720935821533:
                                if sin_theta <= -0.029339805245399475:
                                    return _clip([0.7515068299956824])
                                else:
                                    return _clip([0.34315560416185303])
                            else:
                                if theta_dot <= 7.1247398853302:
                                    return _clip([-0.03284319796867298])
                                else:
                                    return _clip([0.4209237833309087])
                        else:
                            if sin_theta <= -0.3909844905138016:
                                if theta_dot <= 7.87162709236145:
                                    return _clip([-0.49944298000466136])
                                else:
                                    return _clip([-0.9343140761040494])
                            else:
                                if cos_theta <= -0.9677830934524536:
                                    return _clip([-0.28305066785689])
                                else:
                                    return _clip([0.033065937021205964])
            else:
                if theta_dot <= 2.8536444902420044:
                    if sin_theta <= -0.05773303657770157:
                        if theta_dot <= 0.7777663767337799:
                            if cos_theta <= 0.989594042301178:
                                if theta_dot <= 0.15854289382696152:
                                    return _clip([1.878372748188809])
                                else:
                                    return _clip([1.6282464993819616])
                            else:
                                if theta_dot <= -0.008539617992937565:
                                    return _clip([1.3807332275119728])
                                else:
                                    return _clip([0.2742877488651953])
                        else:
                            if sin_theta <= -0.366399809718132:
                                if theta_dot <= 2.0389503240585327:
                                    return _clip([1.4466704045169947])
                                else:
                                    return _clip([0.2140242250667877])
                            else:
                                if cos_theta <= 0.9819923937320709:
                                    return _clip([-0.8590205573603756])
                                else:
                                    return _clip([-1.3020781257754717])
                    else:
                        if cos_theta <= 0.9986109733581543:
                            if cos_theta <= 0.9871966242790222:
                                if cos_theta <= 0.34966158866882324:
                                    return _clip([-1.734300973450149])
                                else:
                                    return _clip([-1.4541312246799094])
                            else:
                                if theta_dot <= 0.18267191015183926:
                                    return _clip([-0.3795799547006234])
                                else:
                                    return _clip([-1.6344215706681127])
                        else:
                            if theta_dot <= 0.3736589848995209:
                                if theta_dot <= -0.03796417824923992:
                                    return _clip([0.12779278611574635])
                                else:
                                    return _clip([-0.1487157894448474])
                            else:
                                if theta_dot <= 0.5659274458885193:
                                    return _clip([-1.092860303476501])
                                else:
                                    return _clip([-1.6377195466582786])
                else:
                    if sin_theta <= 0.6298057436943054:
                        if sin_theta <= 0.3165954500436783:
                            if sin_theta <= -0.5321108102798462:
                                if sin_theta <= -0.6723604202270508:
                                    return _clip([-1.9418902397155762])
                                else:
                                    return _clip([-1.8328707014899093])
                            else:
                                if sin_theta <= 0.18377015739679337:
                                    return _clip([-1.8990622773517867])
                                else:
                                    return _clip([-1.7636068805428247])
                        else:
                            if theta_dot <= 3.523647665977478:
                                if theta_dot <= 3.4528799057006836:
                                    return _clip([-1.6384623532513383])
                                else:
                                    return _clip([-1.4961781241218093])
                            else:
                                if sin_theta <= 0.5624434500932693:
                                    return _clip([-1.3508029966907602])
                                else:
                                    return _clip([-1.133931279182434])
                    else:
                        if sin_theta <= 0.9382528364658356:
                            if sin_theta <= 0.7861012816429138:
                                if cos_theta <= 0.7665330767631531:
                                    return _clip([-1.0348042939284434])
                                else:
                                    return _clip([-0.7838655114173889])
                            else:
                                if sin_theta <= 0.870250016450882:
                                    return _clip([-0.6293892936257379])
                                else:
                                    return _clip([-0.4135323937098811])
                        else:
                            if cos_theta <= -0.09056250378489494:
                                if theta_dot <= 3.0652174949645996:
                                    return _clip([0.20675243437290192])
                                else:
                                    return _clip([0.43692697384897844])
                            else:
                                if theta_dot <= 3.173713445663452:
                                    return _clip([0.19675971567630768])
                                else:
                                    return _clip([0.06707624835832217])
