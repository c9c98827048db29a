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
    if sin_theta <= -0.21143079549074173:
        if cos_theta <= 0.8491204679012299:
            if theta_dot <= -3.3479702472686768:
                if sin_theta <= -0.9079874455928802:
                    if cos_theta <= -0.27430254966020584:
                        if cos_theta <= -0.3697103410959244:
                            return _clip([1.5017176866531372])
                        else:
                            return _clip([1.6579512004831765])
                    else:
                        if sin_theta <= -0.98512202501297:
                            return _clip([1.829930305480957])
                        else:
                            return _clip([1.7488057613372803])
                else:
                    if theta_dot <= -5.421180963516235:
                        if sin_theta <= -0.23840323835611343:
                            if theta_dot <= -5.775667905807495:
                                return _clip([0.9963319301605225])
                            else:
                                if theta_dot <= -5.5229551792144775:
                                    return _clip([0.9763342064460502])
                                else:
                                    return _clip([0.9601696729660034])
                        else:
                            return _clip([0.9158738851547241])
                    else:
                        if theta_dot <= -4.452228307723999:
                            if theta_dot <= -4.823398590087891:
                                if theta_dot <= -5.216213226318359:
                                    return _clip([-0.7324270606040955])
                                else:
                                    return _clip([-0.6939491392602276])
                            else:
                                if cos_theta <= -0.7252581715583801:
                                    return _clip([-0.6380798934168245])
                                else:
                                    return _clip([-0.6706738471984863])
                        else:
                            if theta_dot <= -4.351189613342285:
                                return _clip([1.5949923992156982])
                            else:
                                if theta_dot <= -3.801908850669861:
                                    return _clip([-0.5491920183085527])
                                else:
                                    return _clip([-0.41672234218671744])
            else:
                if theta_dot <= 5.061848878860474:
                    if sin_theta <= -0.5065267086029053:
                        if cos_theta <= -0.8569507002830505:
                            return _clip([-0.04255323484539986])
                        else:
                            if cos_theta <= 0.7625944912433624:
                                if sin_theta <= -0.9886875748634338:
                                    return _clip([1.5744515168716304])
                                else:
                                    return _clip([1.3707235431582108])
                            else:
                                if theta_dot <= 4.292433977127075:
                                    return _clip([0.8046013745492193])
                                else:
                                    return _clip([1.2950895794756387])
                    else:
                        if theta_dot <= -2.067553758621216:
                            if theta_dot <= -2.594286322593689:
                                return _clip([-0.1797579973936081])
                            else:
                                return _clip([-0.12289309501647949])
                        else:
                            if theta_dot <= -0.43475089967250824:
                                if theta_dot <= -1.330501139163971:
                                    return _clip([1.0004480337299089])
                                else:
                                    return _clip([1.2448441657315739])
                            else:
                                if theta_dot <= 4.708452224731445:
                                    return _clip([1.804347931740478])
                                else:
                                    return _clip([1.454911708831787])
                else:
                    if theta_dot <= 5.710552930831909:
                        if sin_theta <= -0.9717914164066315:
                            if theta_dot <= 5.458327293395996:
                                if sin_theta <= -0.9934052526950836:
                                    return _clip([1.7080470413366817])
                                else:
                                    return _clip([1.6792356967926025])
                            else:
                                return _clip([1.7456476728786066])
                        else:
                            if cos_theta <= 0.6381904184818268:
                                if theta_dot <= 5.3121421337127686:
                                    return _clip([1.6527314084476146])
                                else:
                                    return _clip([1.6372302944217034])
                            else:
                                if sin_theta <= -0.6575518250465393:
                                    return _clip([1.5487103924743744])
                                else:
                                    return _clip([1.4786505699157715])
                    else:
                        if cos_theta <= 0.6734914183616638:
                            if theta_dot <= 6.671218156814575:
                                if theta_dot <= 6.0858154296875:
                                    return _clip([1.7999762456205253])
                                else:
                                    return _clip([1.8499042735615276])
                            else:
                                if theta_dot <= 7.088613033294678:
                                    return _clip([1.8944570925118653])
                                else:
                                    return _clip([1.925118345157714])
                        else:
                            if theta_dot <= 6.148885011672974:
                                if cos_theta <= 0.8357918858528137:
                                    return _clip([1.6641468937125234])
                                else:
                                    return _clip([1.6407295798153039])
                            else:
                                if sin_theta <= -0.6636085212230682:
                                    return _clip([1.746516970834955])
                                else:
                                    return _clip([1.6991873119591572])
        else:
            if theta_dot <= 2.5096384286880493:
                return _clip([-1.34559965133667])
            else:
                if theta_dot <= 4.614673137664795:
                    if theta_dot <= 3.5252668857574463:
                        if cos_theta <= 0.9078210294246674:
                            if theta_dot <= 3.1284464597702026:
                                if sin_theta <= -0.495189368724823:
                                    return _clip([0.5137201547622681])
                                else:
                                    return _clip([0.5286550521850586])
                            else:
                                if cos_theta <= 0.8947207629680634:
                                    return _clip([0.5875777736085136])
                                else:
                                    return _clip([0.6324099068353197])
                        else:
                            if cos_theta <= 0.9520121812820435:
                                if sin_theta <= -0.33247168362140656:
                                    return _clip([0.37060597450821453])
                                else:
                                    return _clip([0.4261462663252376])
                            else:
                                if cos_theta <= 0.9621461629867554:
                                    return _clip([0.4678185478084418])
                                else:
                                    return _clip([0.5386249423027039])
                    else:
                        if theta_dot <= 3.9834442138671875:
                            if cos_theta <= 0.9287354648113251:
                                return _clip([0.7145358324050903])
                            else:
                                return _clip([0.7313151359558105])
                        else:
                            if sin_theta <= -0.24267400801181793:
                                if sin_theta <= -0.27305471897125244:
                                    return _clip([0.9533967302343378])
                                else:
                                    return _clip([0.9775306918791362])
                            else:
                                return _clip([0.8308041095733643])
                else:
                    if theta_dot <= 5.500767230987549:
                        if theta_dot <= 4.984133005142212:
                            if cos_theta <= 0.9124139249324799:
                                if theta_dot <= 4.692661762237549:
                                    return _clip([1.169935703277588])
                                else:
                                    return _clip([1.199168232949589])
                            else:
                                if cos_theta <= 0.9571712613105774:
                                    return _clip([1.0925487279891968])
                                else:
                                    return _clip([1.117108702659607])
                        else:
                            if sin_theta <= -0.448127806186676:
                                return _clip([1.3355035781860352])
                            else:
                                return _clip([1.2571653127670288])
                    else:
                        if sin_theta <= -0.31202198565006256:
                            if sin_theta <= -0.4007819592952728:
                                if theta_dot <= 6.006098747253418:
                                    return _clip([1.5641119923704294])
                                else:
                                    return _clip([1.617681577972285])
                            else:
                                if sin_theta <= -0.35400842130184174:
                                    return _clip([1.5295428365055121])
                                else:
                                    return _clip([1.5082653205550722])
                        else:
                            if sin_theta <= -0.2521341145038605:
                                if sin_theta <= -0.271256759762764:
                                    return _clip([1.4799791770798911])
                                else:
                                    return _clip([1.4551314266414817])
                            else:
                                if cos_theta <= 0.9724715650081635:
                                    return _clip([1.4418149870229202])
                                else:
                                    return _clip([1.4201844636508665])
    else:
        if cos_theta <= -0.8594498038291931:
            if theta_dot <= -0.3089635372161865:
                if sin_theta <= -0.13623406738042831:
                    if sin_theta <= -0.18885311484336853:
                        if sin_theta <= -0.19551201909780502:
                            if sin_theta <= -0.2014908790588379:
                                return _clip([1.149944543838501])
                            else:
                                if theta_dot <= -5.3885650634765625:
                                    return _clip([0.9148268103599548])
                                else:
                                    return _clip([-0.6343352198600769])
                        else:
                            return _clip([-1.2588706016540527])
                    else:
                        if theta_dot <= -3.4285581707954407:
                            return _clip([0.8982315063476562])
                        else:
                            if theta_dot <= -1.1504533290863037:
                                if cos_theta <= -0.982895016670227:
                                    return _clip([1.0113171339035034])
                                else:
                                    return _clip([1.0426726341247559])
                            else:
                                if theta_dot <= -0.8787356913089752:
                                    return _clip([1.1246857643127441])
                                else:
                                    return _clip([1.2554265611432534])
                else:
                    if theta_dot <= -1.7867520451545715:
                        if cos_theta <= -0.9996185898780823:
                            if theta_dot <= -3.9320185780525208:
                                return _clip([0.9920521974563599])
                            else:
                                return _clip([-1.5667728185653687])
                        else:
                            if sin_theta <= 0.20074108242988586:
                                if theta_dot <= -4.276266813278198:
                                    return _clip([-1.8758964257255903])
                                else:
                                    return _clip([-1.6995146664321281])
                            else:
                                if theta_dot <= -3.6211841106414795:
                                    return _clip([-1.9496627951565073])
                                else:
                                    return _clip([-1.8670415205378845])
                    else:
                        if theta_dot <= -0.9834654033184052:
                            if theta_dot <= -1.5661371946334839:
                                if sin_theta <= -0.06854973174631596:
                                    return _clip([-1.3806730508804321])
                                else:
                                    return _clip([-1.4699928760528564])
                            else:
                                if cos_theta <= -0.9959822595119476:
                                    return _clip([-1.346935542372993])
                                else:
                                    return _clip([-1.2722961990524118])
                        else:
                            if sin_theta <= 0.06427984870970249:
                                if theta_dot <= -0.7289773523807526:
                                    return _clip([1.103812589964237])
                                else:
                                    return _clip([1.2333523971274882])
                            else:
                                if cos_theta <= -0.9918269217014313:
                                    return _clip([-1.3253048416504267])
                                else:
                                    return _clip([-1.221572756767273])
            else:
                if theta_dot <= 6.305109262466431:
                    if cos_theta <= -0.8677736222743988:
                        if sin_theta <= 0.36206209659576416:
                            if theta_dot <= 0.5007041096687317:
                                if theta_dot <= 0.2453535571694374:
                                    return _clip([1.3757062888484735])
                                else:
                                    return _clip([1.5051993930351815])
                            else:
                                if theta_dot <= 4.7174975872039795:
                                    return _clip([1.7559497091540748])
                                else:
                                    return _clip([1.5995101032433754])
                        else:
                            if theta_dot <= 1.9589170217514038:
                                if theta_dot <= 1.2544239163398743:
                                    return _clip([1.2597756385803223])
                                else:
                                    return _clip([1.3926419019699097])
                            else:
                                if theta_dot <= 5.813366413116455:
                                    return _clip([1.4981306968238322])
                                else:
                                    return _clip([1.641810774388188])
                    else:
                        return _clip([-0.9923039078712463])
                else:
                    if theta_dot <= 6.998371124267578:
                        if sin_theta <= 0.21020715683698654:
                            if theta_dot <= 6.556808948516846:
                                if theta_dot <= 6.3592448234558105:
                                    return _clip([1.793645360299595])
                                else:
                                    return _clip([1.8015202254793126])
                            else:
                                if cos_theta <= -0.9953232407569885:
                                    return _clip([1.8429671998874104])
                                else:
                                    return _clip([1.8188888326532608])
                        else:
                            if theta_dot <= 6.459795236587524:
                                return _clip([1.7318793535232544])
                            else:
                                if theta_dot <= 6.636343717575073:
                                    return _clip([1.7663899660110474])
                                else:
                                    return _clip([1.7889323009798064])
                    else:
                        if theta_dot <= 7.916792392730713:
                            if theta_dot <= 7.11155366897583:
                                return _clip([1.874377965927124])
                            else:
                                if sin_theta <= 0.46950334310531616:
                                    return _clip([1.8976955341050687])
                                else:
                                    return _clip([1.8775183568761646])
                        else:
                            if sin_theta <= 0.2276868000626564:
                                if sin_theta <= 0.048467960208654404:
                                    return _clip([1.9423545635483312])
                                else:
                                    return _clip([1.934145071163503])
                            else:
                                if sin_theta <= 0.3921405076980591:
                                    return _clip([1.921683540342635])
                                else:
                                    return _clip([1.9092794856309157])
        else:
            if theta_dot <= 7.018715858459473:
                if theta_dot <= 4.63696026802063:
                    if theta_dot <= 0.4138991981744766:
                        if cos_theta <= 0.01369304908439517:
                            if theta_dot <= -0.8522986471652985:
                                if theta_dot <= -1.8641157746315002:
                                    return _clip([-1.9505864673796933])
                                else:
                                    return _clip([-1.824254150846687])
                            else:
                                if cos_theta <= -0.04325266368687153:
                                    return _clip([-1.6023034027183152])
                                else:
                                    return _clip([-1.186043743528925])
                        else:
                            if theta_dot <= -3.9511911869049072:
                                if theta_dot <= -4.440208911895752:
                                    return _clip([1.2849145053881565])
                                else:
                                    return _clip([1.2250621857027297])
                            else:
                                if theta_dot <= -0.6094101667404175:
                                    return _clip([-0.9895770115837792])
                                else:
                                    return _clip([-1.4249754778803039])
                    else:
                        if cos_theta <= -0.7622399628162384:
                            if theta_dot <= 1.320253700017929:
                                if cos_theta <= -0.8326614499092102:
                                    return _clip([-1.14569890499115])
                                else:
                                    return _clip([-1.292708396911621])
                            else:
                                if theta_dot <= 3.0884592533111572:
                                    return _clip([1.2702141609292397])
                                else:
                                    return _clip([1.6215527367181748])
                        else:
                            if sin_theta <= -0.025926090078428388:
                                if sin_theta <= -0.058105966076254845:
                                    return _clip([-1.6204320881197012])
                                else:
                                    return _clip([0.7961417570263661])
                            else:
                                if theta_dot <= 1.8582976460456848:
                                    return _clip([-1.7140752201202936])
                                else:
                                    return _clip([-1.8530923328543072])
                else:
                    if theta_dot <= 6.273842811584473:
                        if theta_dot <= 5.2598748207092285:
                            if theta_dot <= 4.940865993499756:
                                if theta_dot <= 4.743506193161011:
                                    return _clip([-0.8360933121831239])
                                else:
                                    return _clip([0.7935040817812513])
                            else:
                                if cos_theta <= -0.5701595842838287:
                                    return _clip([1.1024059934818524])
                                else:
                                    return _clip([-1.9661731922468835])
                        else:
                            if sin_theta <= 0.8409726619720459:
                                if theta_dot <= 5.955323219299316:
                                    return _clip([1.3298260513253102])
                                else:
                                    return _clip([1.193675707778752])
                            else:
                                if cos_theta <= -0.34277497231960297:
                                    return _clip([1.2721356708755545])
                                else:
                                    return _clip([-1.987193941845743])
                    else:
                        if cos_theta <= -0.08805277198553085:
                            if theta_dot <= 6.799750566482544:
                                if sin_theta <= 0.9208689033985138:
                                    return _clip([1.5061485767364502])
                                else:
                                    return _clip([1.3972148028348348])
                            else:
                                if sin_theta <= 0.7678301930427551:
                                    return _clip([1.6891053915023804])
                                else:
                                    return _clip([1.6491422173225974])
                        else:
                            if sin_theta <= 0.6024121344089508:
                                if theta_dot <= 6.428147554397583:
                                    return _clip([-1.973625923774276])
                                else:
                                    return _clip([-1.9785929966925973])
                            else:
                                if cos_theta <= 0.7033054232597351:
                                    return _clip([-1.9872098601915482])
                                else:
                                    return _clip([-1.9825833575163412])
            else:
                if cos_theta <= -0.21692544221878052:
                    if sin_theta <= 0.8813219368457794:
                        if theta_dot <= 7.843518257141113:
                            if theta_dot <= 7.44939112663269:
                                if sin_theta <= 0.7550629079341888:
                                    return _clip([1.7095221281051636])
                                else:
                                    return _clip([1.7529534101486206])
                            else:
                                if theta_dot <= 7.6272873878479:
                                    return _clip([1.8278318643569946])
                                else:
                                    return _clip([1.7953484058380127])
                        else:
                            if cos_theta <= -0.6944670379161835:
                                if sin_theta <= 0.6278668940067291:
                                    return _clip([1.8920486458640968])
                                else:
                                    return _clip([1.8736918463654064])
                            else:
                                if sin_theta <= 0.8143625557422638:
                                    return _clip([1.8534958512407298])
                                else:
                                    return _clip([1.815084820199283])
                    else:
                        if theta_dot <= 7.721949100494385:
                            if sin_theta <= 0.9612601697444916:
                                if sin_theta <= 0.9534871578216553:
                                    return _clip([1.648807406425476])
                                else:
                                    return _clip([1.6279714219363213])
                            else:
                                return _clip([1.6036505699157715])
                        else:
                            if cos_theta <= -0.35951271653175354:
                                if cos_theta <= -0.4176061153411865:
                                    return _clip([1.7905779723793154])
                                else:
                                    return _clip([1.7739736067745573])
                            else:
                                if cos_theta <= -0.3155629187822342:
                                    return _clip([1.7565058953320773])
                                else:
                                    return _clip([1.735053042601389])
                else:
                    if cos_theta <= 0.14956466853618622:
                        if cos_theta <= -0.06241957098245621:
                            if theta_dot <= 7.464909791946411:
                                if cos_theta <= -0.09172455593943596:
                                    return _clip([1.548914276174242])
                                else:
                                    return _clip([1.5087084129839372])
                            else:
                                if cos_theta <= -0.18041951954364777:
                                    return _clip([1.6160810328906217])
                                else:
                                    return _clip([1.5864061162691234])
                        else:
                            if theta_dot <= 7.060201644897461:
                                return _clip([-1.9782292982677991])
                            else:
                                if theta_dot <= 7.221320629119873:
                                    return _clip([1.4138699297670818])
                                else:
                                    return _clip([1.458075490187969])
                    else:
                        return _clip([-1.9833941023089046])
