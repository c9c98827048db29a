"""Pendulum-v1: smose seed 1, distilled into tree-d7

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
    if sin_theta <= -0.0912012867629528:
        if theta_dot <= 4.426899671554565:
            if theta_dot <= 0.6017709970474243:
                if cos_theta <= -0.4417514353990555:
                    if theta_dot <= -1.425966739654541:
                        if cos_theta <= -0.9891485869884491:
                            if cos_theta <= -0.9918920397758484:
                                return _clip([-1.5879034996032715])
                            else:
                                return _clip([-1.5706287622451782])
                        else:
                            if theta_dot <= -5.551335334777832:
                                return _clip([0.9584222514362659])
                            else:
                                return _clip([-0.2675554064449444])
                    else:
                        if theta_dot <= -0.21888509392738342:
                            if theta_dot <= -0.9795927703380585:
                                return _clip([1.1050493460126203])
                            else:
                                return _clip([1.3882164799746877])
                        else:
                            if theta_dot <= 0.4978106766939163:
                                return _clip([1.6021457535451649])
                            else:
                                return _clip([1.7413257360458374])
                else:
                    if theta_dot <= -0.6869370639324188:
                        if sin_theta <= -0.4515162706375122:
                            if cos_theta <= -0.28254854679107666:
                                return _clip([1.4178473244115324])
                            else:
                                return _clip([1.8463152294779699])
                        else:
                            if theta_dot <= -1.208145260810852:
                                return _clip([1.761084994392126])
                            else:
                                return _clip([1.6848599055614675])
                    else:
                        if cos_theta <= 0.9914507269859314:
                            if cos_theta <= 0.3529517129063606:
                                return _clip([1.3042448260622148])
                            else:
                                return _clip([1.6092983221976047])
                        else:
                            if cos_theta <= 0.9945316910743713:
                                return _clip([1.3770244121551514])
                            else:
                                return _clip([1.1969567895170097])
            else:
                if cos_theta <= 0.9816727340221405:
                    if cos_theta <= 0.15134453773498535:
                        if sin_theta <= -0.76524817943573:
                            if sin_theta <= -0.9969243109226227:
                                return _clip([1.4939738255380162])
                            else:
                                return _clip([1.2454520153604773])
                        else:
                            if sin_theta <= -0.6168612241744995:
                                return _clip([1.8546531130745822])
                            else:
                                return _clip([1.9205470121641792])
                    else:
                        if theta_dot <= 0.9905019402503967:
                            if theta_dot <= 0.8883032500743866:
                                return _clip([1.3173897445970135])
                            else:
                                return _clip([1.255605697631836])
                        else:
                            if theta_dot <= 3.9967427253723145:
                                return _clip([0.819375762557413])
                            else:
                                return _clip([1.1579667048237532])
                else:
                    if theta_dot <= 0.9831996262073517:
                        if sin_theta <= -0.1495061255991459:
                            return _clip([-0.982588529586792])
                        else:
                            return _clip([-0.957379937171936])
                    else:
                        return _clip([-1.053757905960083])
        else:
            if theta_dot <= 6.113264799118042:
                if cos_theta <= 0.15425637364387512:
                    if theta_dot <= 4.911065578460693:
                        if sin_theta <= -0.21257665753364563:
                            if sin_theta <= -0.8359517753124237:
                                return _clip([1.6182528764489743])
                            else:
                                return _clip([1.521724993538713])
                        else:
                            return _clip([1.9263938665390015])
                    else:
                        if theta_dot <= 5.472130060195923:
                            if theta_dot <= 5.135472536087036:
                                return _clip([1.694131594951195])
                            else:
                                return _clip([1.7217062870048128])
                        else:
                            if sin_theta <= -0.7841934561729431:
                                return _clip([1.8224500794949081])
                            else:
                                return _clip([1.757572940769353])
                else:
                    if theta_dot <= 4.50909423828125:
                        if theta_dot <= 4.4823527336120605:
                            return _clip([1.192580223083496])
                        else:
                            return _clip([1.370703101158142])
                    else:
                        if theta_dot <= 5.954824686050415:
                            if cos_theta <= 0.9770153164863586:
                                return _clip([1.5724145949292552])
                            else:
                                return _clip([1.5029978835813802])
                        else:
                            if sin_theta <= -0.4164118319749832:
                                return _clip([1.69257760224002])
                            else:
                                return _clip([1.6146788451812555])
            else:
                if theta_dot <= 6.331345558166504:
                    if cos_theta <= 0.7102697789669037:
                        if sin_theta <= -0.8545585572719574:
                            return _clip([1.8808914422988892])
                        else:
                            if theta_dot <= 6.132602214813232:
                                return _clip([1.8526455163955688])
                            else:
                                return _clip([1.832151778236123])
                    else:
                        if cos_theta <= 0.7773119807243347:
                            if sin_theta <= -0.6742666065692902:
                                return _clip([1.7975520919754333])
                            else:
                                return _clip([1.7770707308755693])
                        else:
                            if cos_theta <= 0.8124451637268066:
                                return _clip([1.7586059440799502])
                            else:
                                return _clip([1.741599381896989])
                else:
                    if theta_dot <= 7.041232109069824:
                        if theta_dot <= 6.517130374908447:
                            if sin_theta <= -0.8712883293628693:
                                return _clip([1.8967237200559763])
                            else:
                                return _clip([1.8542577305398509])
                        else:
                            if cos_theta <= -0.9454861879348755:
                                return _clip([1.8938962716499161])
                            else:
                                return _clip([1.915065193828058])
                    else:
                        if theta_dot <= 7.36878514289856:
                            if theta_dot <= 7.2361156940460205:
                                return _clip([1.9424226059140306])
                            else:
                                return _clip([1.9498529486364742])
                        else:
                            if cos_theta <= -0.981905460357666:
                                return _clip([1.9606795694577648])
                            else:
                                return _clip([1.963071190356599])
    else:
        if theta_dot <= 4.653815269470215:
            if cos_theta <= -0.8997932076454163:
                if theta_dot <= -0.26001938432455063:
                    if sin_theta <= 0.004230286809615791:
                        if sin_theta <= -0.036819497123360634:
                            return _clip([-1.3269941806793213])
                        else:
                            if theta_dot <= -6.037441968917847:
                                return _clip([1.0122350899905646])
                            else:
                                return _clip([0.9570051898502816])
                    else:
                        if theta_dot <= -1.5716805458068848:
                            if theta_dot <= -3.4194560050964355:
                                return _clip([-1.888481747610898])
                            else:
                                return _clip([-1.744720461604017])
                        else:
                            if theta_dot <= -0.723299503326416:
                                return _clip([-1.5703041068425523])
                            else:
                                return _clip([-1.3560232308707851])
                else:
                    if theta_dot <= 1.856389582157135:
                        if sin_theta <= 0.34408681094646454:
                            if theta_dot <= 0.19705433398485184:
                                return _clip([1.2625566661693908])
                            else:
                                return _clip([1.3952545325330596])
                        else:
                            if theta_dot <= 0.9209766685962677:
                                return _clip([1.2407323191844288])
                            else:
                                return _clip([1.3298453701012944])
                    else:
                        if theta_dot <= 2.333160877227783:
                            return _clip([1.6369826793670654])
                        else:
                            if sin_theta <= 0.15938791260123253:
                                return _clip([1.8775282306389434])
                            else:
                                return _clip([1.784830618259173])
            else:
                if theta_dot <= 0.1359800398349762:
                    if sin_theta <= 0.14705560356378555:
                        if theta_dot <= -1.378597378730774:
                            return _clip([1.575150728225708])
                        else:
                            if cos_theta <= 0.9955472350120544:
                                return _clip([1.301719069480896])
                            else:
                                return _clip([1.43867027759552])
                    else:
                        if cos_theta <= -0.06983428448438644:
                            if theta_dot <= -2.0059497952461243:
                                return _clip([-1.910933882289767])
                            else:
                                return _clip([-1.6834119634279254])
                        else:
                            if theta_dot <= -3.359786629676819:
                                return _clip([1.164841484041382])
                            else:
                                return _clip([-1.0597015207174965])
                else:
                    if cos_theta <= -0.5630757510662079:
                        if theta_dot <= 1.3786741495132446:
                            if theta_dot <= 0.6332098245620728:
                                return _clip([-1.2772357702656054])
                            else:
                                return _clip([-1.010108198600879])
                        else:
                            if cos_theta <= -0.723301351070404:
                                return _clip([1.3040725355853002])
                            else:
                                return _clip([0.4356968334814192])
                    else:
                        if theta_dot <= 0.6671105325222015:
                            if cos_theta <= 0.8730406165122986:
                                return _clip([-1.5775599215237868])
                            else:
                                return _clip([-1.4215931680574858])
                        else:
                            if sin_theta <= -0.03786781523376703:
                                return _clip([-1.4148840381521823])
                            else:
                                return _clip([-1.848400379243371])
        else:
            if theta_dot <= 7.230749845504761:
                if theta_dot <= 4.7917280197143555:
                    if theta_dot <= 4.738793849945068:
                        if cos_theta <= -0.7822887003421783:
                            return _clip([1.3635810613632202])
                        else:
                            return _clip([1.032728910446167])
                    else:
                        if sin_theta <= 0.8767878115177155:
                            return _clip([-1.9748964309692383])
                        else:
                            return _clip([-1.9571003782669532])
                else:
                    if sin_theta <= 0.8890949189662933:
                        if cos_theta <= -0.8982417285442352:
                            if theta_dot <= 5.709194660186768:
                                return _clip([1.5418898713527043])
                            else:
                                return _clip([1.7748338552481444])
                        else:
                            if cos_theta <= -0.7242124676704407:
                                return _clip([1.521513778881814])
                            else:
                                return _clip([1.3782848990357601])
                    else:
                        if theta_dot <= 5.898655891418457:
                            if cos_theta <= -0.1186299566179514:
                                return _clip([-1.9036359077983431])
                            else:
                                return _clip([-1.977077132512241])
                        else:
                            return _clip([1.3679766654968262])
            else:
                if cos_theta <= -0.31284670531749725:
                    if sin_theta <= 0.6962747275829315:
                        if theta_dot <= 7.478891134262085:
                            if theta_dot <= 7.352926015853882:
                                return _clip([1.8934096326760324])
                            else:
                                return _clip([1.909776695189539])
                        else:
                            if cos_theta <= -0.9159617722034454:
                                return _clip([1.949581537943642])
                            else:
                                return _clip([1.929636823913856])
                    else:
                        if cos_theta <= -0.4791771024465561:
                            if cos_theta <= -0.607142984867096:
                                return _clip([1.900738417770922])
                            else:
                                return _clip([1.8819940553408538])
                        else:
                            if sin_theta <= 0.8845979869365692:
                                return _clip([1.775219202041626])
                            else:
                                return _clip([1.8472345968448283])
                else:
                    if cos_theta <= 0.2990795820951462:
                        if cos_theta <= -0.03883468359708786:
                            if cos_theta <= -0.17902465164661407:
                                return _clip([1.8168737629463108])
                            else:
                                return _clip([1.78975509506751])
                        else:
                            if sin_theta <= 0.9802743196487427:
                                return _clip([1.7043473770543192])
                            else:
                                return _clip([1.74694504678597])
                    else:
                        if theta_dot <= 7.503804683685303:
                            if sin_theta <= 0.8714405298233032:
                                return _clip([1.525206176203092])
                            else:
                                return _clip([1.5590608009339642])
                        else:
                            if cos_theta <= 0.3366159200668335:
                                return _clip([1.6537646629018727])
                            else:
                                return _clip([1.610432486651156])
