"""Hopper-v5: smose[lb_weight=1.0] seed 0, its own policy

act(obs) -> one action per actuator; obs in the order of FEATURES.
"""

import math

FEATURES = ['torso_z', 'torso_angle', 'thigh_angle', 'leg_angle', 'foot_angle', 'torso_vx', 'torso_vz', 'torso_angvel', 'thigh_angvel', 'leg_angvel', 'foot_angvel']
ACTUATORS = ['thigh_torque', 'leg_torque', 'foot_torque']
LOW = [-1.0, -1.0, -1.0]
HIGH = [1.0, 1.0, 1.0]


def _clip(action):
    return [min(max(a, lo), hi) for a, lo, hi in zip(action, LOW, HIGH)]


SCALE = [1.0, 1.0, 1.0]
OFFSET = [0.0, 0.0, 0.0]


def router_logits(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.7246788740158081 - 0.7717283964157104 * torso_z + 1.8644211292266846 * torso_angle + 2.0842742919921875 * thigh_angle + 0.06058403477072716 * leg_angle + 0.8151669502258301 * foot_angle + 0.39189815521240234 * torso_vx - 0.44223976135253906 * torso_vz + 0.05783290043473244 * torso_angvel + 0.20170970261096954 * thigh_angvel - 0.4011841416358948 * leg_angvel - 1.0834662914276123 * foot_angvel,  # expert 0
        0.8791056275367737 + 1.0176855325698853 * torso_z - 1.6908115148544312 * torso_angle - 0.5768200159072876 * thigh_angle + 0.4881559908390045 * leg_angle - 2.387770891189575 * foot_angle - 1.288720965385437 * torso_vx - 0.797497034072876 * torso_vz - 0.5847128033638 * torso_angvel - 0.5142552256584167 * thigh_angvel + 0.7594555616378784 * leg_angvel + 0.03628746047616005 * foot_angvel,  # expert 1
        0.3387315571308136 + 0.3764004111289978 * torso_z + 1.3017418384552002 * torso_angle - 0.6492879390716553 * thigh_angle + 2.588913917541504 * leg_angle - 0.45357567071914673 * foot_angle - 0.1387936770915985 * torso_vx - 1.8743988275527954 * torso_vz + 1.1859151124954224 * torso_angvel + 0.3374703824520111 * thigh_angvel + 0.5030790567398071 * leg_angvel + 0.8340654969215393 * foot_angvel,  # expert 2
        -0.5050007700920105 - 0.8543960452079773 * torso_z + 0.997653067111969 * torso_angle + 0.7946348190307617 * thigh_angle - 0.44689565896987915 * leg_angle - 1.71893310546875 * foot_angle + 0.305108904838562 * torso_vx + 0.7201489806175232 * torso_vz + 0.09598362445831299 * torso_angvel + 0.6521191596984863 * thigh_angvel + 0.8326235413551331 * leg_angvel - 1.269574761390686 * foot_angvel,  # expert 3
        0.30217453837394714 - 0.2478354424238205 * torso_z - 0.8291218280792236 * torso_angle + 2.1948137283325195 * thigh_angle - 1.0554288625717163 * leg_angle + 0.7915149927139282 * foot_angle + 0.6338061690330505 * torso_vx + 2.4311118125915527 * torso_vz + 0.930686891078949 * torso_angvel + 0.46791374683380127 * thigh_angvel + 0.5756341814994812 * leg_angvel + 0.6340389251708984 * foot_angvel,  # expert 4
        0.2948077321052551 - 0.02806827612221241 * torso_z - 2.0585532188415527 * torso_angle + 1.2967461347579956 * thigh_angle - 0.12677069008350372 * leg_angle - 0.8275402784347534 * foot_angle - 1.859216332435608 * torso_vx + 0.7599600553512573 * torso_vz - 1.0396500825881958 * torso_angvel + 0.2782503366470337 * thigh_angvel - 0.7848312258720398 * leg_angvel + 0.17354704439640045 * foot_angvel,  # expert 5
        0.23792067170143127 + 0.6559708118438721 * torso_z + 2.122856378555298 * torso_angle - 0.1253085434436798 * thigh_angle + 2.253685474395752 * leg_angle + 0.8102872967720032 * foot_angle + 0.7541763186454773 * torso_vx + 2.1166903972625732 * torso_vz + 1.2806543111801147 * torso_angvel + 0.4498097896575928 * thigh_angvel - 0.12725737690925598 * leg_angvel + 0.3592957556247711 * foot_angvel,  # expert 6
        -1.2446082830429077 - 1.9948880672454834 * torso_z + 1.6845277547836304 * torso_angle - 2.748567581176758 * thigh_angle - 0.5477858781814575 * leg_angle + 0.3694150745868683 * foot_angle + 1.4108363389968872 * torso_vx - 0.6023660898208618 * torso_vz + 1.4639726877212524 * torso_angvel - 0.8566000461578369 * thigh_angvel + 0.21040502190589905 * leg_angvel - 0.005640808492898941 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.4280245006084442 + 0.1659940481185913 * torso_z - 8.204320907592773 * torso_angle - 1.315895438194275 * thigh_angle - 0.9979467988014221 * leg_angle - 0.9692876935005188 * foot_angle - 0.018147779628634453 * torso_vx + 0.3567715585231781 * torso_vz - 0.7989321947097778 * torso_angvel - 0.8145241141319275 * thigh_angvel + 0.21442145109176636 * leg_angvel - 0.07858192175626755 * foot_angvel,  # thigh_torque
        -0.13081158697605133 - 0.321370929479599 * torso_z - 2.1904499530792236 * torso_angle - 1.3932520151138306 * thigh_angle - 1.9162815809249878 * leg_angle - 0.24012181162834167 * foot_angle - 0.627217710018158 * torso_vx + 0.4137156009674072 * torso_vz - 0.5758070945739746 * torso_angvel - 0.3083896040916443 * thigh_angvel - 1.0504554510116577 * leg_angvel - 0.081505686044693 * foot_angvel,  # leg_torque
        0.4148044288158417 + 1.5729353427886963 * torso_z - 8.187797546386719 * torso_angle + 2.6447417736053467 * thigh_angle + 3.639772415161133 * leg_angle + 1.3807055950164795 * foot_angle - 1.2149310111999512 * torso_vx - 1.8188613653182983 * torso_vz - 0.5369767546653748 * torso_angvel + 0.0809609442949295 * thigh_angvel - 0.032014936208724976 * leg_angvel - 0.2920481562614441 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.36379900574684143 - 0.23475785553455353 * torso_z - 5.548239231109619 * torso_angle - 3.6546361446380615 * thigh_angle - 1.6127530336380005 * leg_angle - 0.4693482518196106 * foot_angle - 1.1119340658187866 * torso_vx + 0.20274129509925842 * torso_vz - 0.613071084022522 * torso_angvel + 0.032921236008405685 * thigh_angvel + 0.31392839550971985 * leg_angvel + 0.2107393443584442 * foot_angvel,  # thigh_torque
        0.734898567199707 + 0.8949163556098938 * torso_z - 3.745744228363037 * torso_angle - 1.4126176834106445 * thigh_angle - 1.8166276216506958 * leg_angle - 1.1280893087387085 * foot_angle - 2.496661901473999 * torso_vx + 0.3276154100894928 * torso_vz - 0.3550545275211334 * torso_angvel - 0.07391207665205002 * thigh_angvel - 0.5942296981811523 * leg_angvel - 0.14541511237621307 * foot_angvel,  # leg_torque
        1.8796806335449219 + 1.3889670372009277 * torso_z + 1.5390403270721436 * torso_angle - 0.2935013175010681 * thigh_angle + 3.422919273376465 * leg_angle - 1.4948948621749878 * foot_angle + 1.1212637424468994 * torso_vx - 0.5387828946113586 * torso_vz + 0.32796457409858704 * torso_angvel - 0.15649525821208954 * thigh_angvel + 0.59458988904953 * leg_angvel - 1.7960107326507568 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.831635594367981 + 0.3701210916042328 * torso_z - 9.180961608886719 * torso_angle - 3.4954776763916016 * thigh_angle - 1.6442781686782837 * leg_angle + 0.22781126201152802 * foot_angle - 1.7546021938323975 * torso_vx - 0.19628828763961792 * torso_vz - 1.0783202648162842 * torso_angvel - 0.4816038906574249 * thigh_angvel + 0.08806759864091873 * leg_angvel - 0.35316482186317444 * foot_angvel,  # thigh_torque
        0.46488073468208313 + 1.1561369895935059 * torso_z - 5.002649784088135 * torso_angle + 0.6242632865905762 * thigh_angle - 2.619288444519043 * leg_angle - 1.998593807220459 * foot_angle - 2.4915573596954346 * torso_vx - 0.9642789959907532 * torso_vz - 1.1650936603546143 * torso_angvel + 0.779835045337677 * thigh_angvel - 0.16184444725513458 * leg_angvel - 0.3100437819957733 * foot_angvel,  # leg_torque
        1.5818498134613037 + 2.0275797843933105 * torso_z - 0.9972476363182068 * torso_angle + 0.4342750012874603 * thigh_angle + 0.24222655594348907 * leg_angle - 4.071018218994141 * foot_angle - 1.5997674465179443 * torso_vx - 0.7644912600517273 * torso_vz - 0.6150703430175781 * torso_angvel + 0.33823129534721375 * thigh_angvel + 1.2255853414535522 * leg_angvel - 0.5495829582214355 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.15021826326847076 + 0.06960737705230713 * torso_z - 6.745659351348877 * torso_angle + 1.3177812099456787 * thigh_angle - 2.203033924102783 * leg_angle - 0.5713838338851929 * foot_angle - 0.16853517293930054 * torso_vx - 0.08221668004989624 * torso_vz - 0.729115903377533 * torso_angvel - 0.8924951553344727 * thigh_angvel - 0.013379622250795364 * leg_angvel + 0.36648574471473694 * foot_angvel,  # thigh_torque
        0.2192336618900299 + 0.16432051360607147 * torso_z - 5.873489856719971 * torso_angle - 2.2933926582336426 * thigh_angle - 1.7605557441711426 * leg_angle + 0.1991180032491684 * foot_angle - 2.064619302749634 * torso_vx + 0.8013430833816528 * torso_vz - 0.7908629775047302 * torso_angvel + 0.013997228816151619 * thigh_angvel - 1.067402958869934 * leg_angvel - 0.5040654540061951 * foot_angvel,  # leg_torque
        0.8405879139900208 + 0.664543628692627 * torso_z - 3.1822211742401123 * torso_angle + 1.4666613340377808 * thigh_angle + 1.2219029664993286 * leg_angle - 1.6655293703079224 * foot_angle - 2.612694263458252 * torso_vx - 0.048412173986434937 * torso_vz - 0.41003990173339844 * torso_angvel + 1.653763771057129 * thigh_angvel + 1.1660420894622803 * leg_angvel - 1.0245951414108276 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.20101316273212433 + 0.16639457643032074 * torso_z - 7.559357643127441 * torso_angle - 1.1751809120178223 * thigh_angle - 0.3521239161491394 * leg_angle - 0.40503448247909546 * foot_angle - 0.7058733105659485 * torso_vx - 0.5821689963340759 * torso_vz - 0.8054875731468201 * torso_angvel - 1.024949550628662 * thigh_angvel + 0.4858132004737854 * leg_angvel - 0.18823733925819397 * foot_angvel,  # thigh_torque
        -0.7969328761100769 - 0.8216720223426819 * torso_z - 1.0957038402557373 * torso_angle - 2.3117105960845947 * thigh_angle - 1.4957817792892456 * leg_angle + 0.20611350238323212 * foot_angle - 0.5858106017112732 * torso_vx - 1.4840466976165771 * torso_vz - 0.4561837613582611 * torso_angvel - 0.6630502343177795 * thigh_angvel - 1.3790472745895386 * leg_angvel - 0.18361197412014008 * foot_angvel,  # leg_torque
        1.0364124774932861 + 1.2552860975265503 * torso_z - 4.066112518310547 * torso_angle + 1.8360675573349 * thigh_angle + 0.4508166015148163 * leg_angle + 0.04090464487671852 * foot_angle - 0.7235119342803955 * torso_vx - 0.26338326930999756 * torso_vz - 0.2627299427986145 * torso_angvel - 0.42169785499572754 * thigh_angvel - 1.2661694288253784 * leg_angvel - 0.7960178852081299 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.4711363911628723 + 0.7470215559005737 * torso_z - 2.598397970199585 * torso_angle - 2.5672600269317627 * thigh_angle - 1.3536434173583984 * leg_angle + 0.6717033982276917 * foot_angle - 0.8755500316619873 * torso_vx - 0.49716416001319885 * torso_vz - 0.1363021731376648 * torso_angvel - 0.8081430196762085 * thigh_angvel + 0.4096032679080963 * leg_angvel - 0.20052750408649445 * foot_angvel,  # thigh_torque
        0.5117877721786499 - 0.3229783773422241 * torso_z - 4.609221458435059 * torso_angle - 3.185257911682129 * thigh_angle - 3.3153703212738037 * leg_angle - 1.5531972646713257 * foot_angle - 3.2294864654541016 * torso_vx - 0.7215557098388672 * torso_vz - 0.6013298034667969 * torso_angvel - 0.3039964735507965 * thigh_angvel - 0.5161828994750977 * leg_angvel - 0.33975863456726074 * foot_angvel,  # leg_torque
        1.3849680423736572 + 1.3827095031738281 * torso_z + 2.660529851913452 * torso_angle + 0.37732255458831787 * thigh_angle + 0.7052079439163208 * leg_angle - 0.1990981549024582 * foot_angle + 1.4020140171051025 * torso_vx - 1.0760494470596313 * torso_vz + 0.2845792770385742 * torso_angvel - 0.01880609057843685 * thigh_angvel + 0.24891798198223114 * leg_angvel - 1.0026415586471558 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.015557726845145226 - 0.1332527995109558 * torso_z - 7.827996253967285 * torso_angle - 1.2678908109664917 * thigh_angle - 0.41015833616256714 * leg_angle - 0.9631094932556152 * foot_angle - 0.8693738579750061 * torso_vx + 0.03498971089720726 * torso_vz - 0.9063341617584229 * torso_angvel - 0.31441012024879456 * thigh_angvel + 0.08958557993173599 * leg_angvel + 0.09804385900497437 * foot_angvel,  # thigh_torque
        -0.06856219470500946 - 0.5105248689651489 * torso_z - 2.9311368465423584 * torso_angle - 2.332629442214966 * thigh_angle - 2.1694045066833496 * leg_angle - 0.49938449263572693 * foot_angle - 1.6506319046020508 * torso_vx + 0.6928912401199341 * torso_vz - 0.1878308802843094 * torso_angvel + 0.15498767793178558 * thigh_angvel - 1.0493946075439453 * leg_angvel - 0.6559274792671204 * foot_angvel,  # leg_torque
        1.5932297706604004 + 1.2638694047927856 * torso_z - 3.746455669403076 * torso_angle + 0.6881117224693298 * thigh_angle - 0.7582889795303345 * leg_angle - 1.9874167442321777 * foot_angle - 1.4467118978500366 * torso_vx - 0.73095703125 * torso_vz - 0.76484215259552 * torso_angvel - 0.10901033133268356 * thigh_angvel + 0.2075878232717514 * leg_angvel - 0.5203889608383179 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.1973665952682495 + 0.01899915188550949 * torso_z - 8.71967601776123 * torso_angle - 1.8258042335510254 * thigh_angle - 0.0783105418086052 * leg_angle + 0.9752262234687805 * foot_angle - 0.4026564061641693 * torso_vx - 0.022623468190431595 * torso_vz - 0.6577777862548828 * torso_angvel - 0.5120712518692017 * thigh_angvel - 0.04591795429587364 * leg_angvel - 0.5312725901603699 * foot_angvel,  # thigh_torque
        0.35346221923828125 + 0.03789695352315903 * torso_z - 5.898033142089844 * torso_angle - 0.628872275352478 * thigh_angle - 1.3853156566619873 * leg_angle - 0.38736721873283386 * foot_angle - 0.4634849727153778 * torso_vx + 0.7417126297950745 * torso_vz - 0.07219718396663666 * torso_angvel - 0.2490519881248474 * thigh_angvel - 0.9934524297714233 * leg_angvel - 0.12136542797088623 * foot_angvel,  # leg_torque
        0.8055078983306885 + 0.6736685633659363 * torso_z - 6.636338233947754 * torso_angle + 0.2027621865272522 * thigh_angle + 0.989815354347229 * leg_angle - 0.09096527099609375 * foot_angle + 0.0303850956261158 * torso_vx + 0.4882345199584961 * torso_vz - 0.7625762224197388 * torso_angvel + 0.05553903430700302 * thigh_angvel + 0.584735095500946 * leg_angvel + 0.11047480255365372 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
