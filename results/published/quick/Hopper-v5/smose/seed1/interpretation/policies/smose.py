"""Hopper-v5: smose seed 1, its own policy

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
        -0.30409467220306396 - 0.11557094007730484 * torso_z - 0.003648188663646579 * torso_angle - 0.23790231347084045 * thigh_angle + 0.15764398872852325 * leg_angle - 0.25032761693000793 * foot_angle + 0.36122629046440125 * torso_vx + 0.13234232366085052 * torso_vz + 0.019053621217608452 * torso_angvel - 0.17656610906124115 * thigh_angvel - 0.14345042407512665 * leg_angvel + 0.2711507976055145 * foot_angvel,  # expert 0
        0.7746047973632812 + 0.6451978087425232 * torso_z + 0.3193565309047699 * torso_angle + 0.6124202013015747 * thigh_angle + 0.43982213735580444 * leg_angle - 0.40483391284942627 * foot_angle - 0.16813476383686066 * torso_vx - 0.029632212594151497 * torso_vz + 0.30839142203330994 * torso_angvel + 0.29322007298469543 * thigh_angvel + 0.26173490285873413 * leg_angvel - 0.05817374959588051 * foot_angvel,  # expert 1
        0.025164538994431496 - 0.12531778216362 * torso_z + 0.45050686597824097 * torso_angle + 0.016594955697655678 * thigh_angle + 0.08175729960203171 * leg_angle + 0.05249869078397751 * foot_angle + 0.12351193279027939 * torso_vx - 0.6989936828613281 * torso_vz + 0.3222258687019348 * torso_angvel + 0.20223425328731537 * thigh_angvel + 0.18246300518512726 * leg_angvel + 0.23418910801410675 * foot_angvel,  # expert 2
        -0.47609129548072815 - 0.5531736612319946 * torso_z - 0.35103821754455566 * torso_angle - 0.4947432577610016 * thigh_angle - 0.12069527059793472 * leg_angle + 0.18644025921821594 * foot_angle + 0.36193516850471497 * torso_vx - 0.22101810574531555 * torso_vz + 0.29813048243522644 * torso_angvel - 0.3530629575252533 * thigh_angvel + 0.6344785690307617 * leg_angvel - 0.2634276747703552 * foot_angvel,  # expert 3
        -0.14616036415100098 - 0.37485161423683167 * torso_z + 0.11004063487052917 * torso_angle - 0.3275192379951477 * thigh_angle - 0.02722971700131893 * leg_angle + 0.12792383134365082 * foot_angle + 0.0028390386141836643 * torso_vx - 0.6263430714607239 * torso_vz - 0.26718372106552124 * torso_angvel + 0.07881007343530655 * thigh_angvel - 0.29368558526039124 * leg_angvel + 0.28807273507118225 * foot_angvel,  # expert 4
        0.19066904485225677 + 0.3986925780773163 * torso_z + 0.401064932346344 * torso_angle + 0.014551497995853424 * thigh_angle + 0.4277852475643158 * leg_angle + 0.2606460154056549 * foot_angle - 0.03277653828263283 * torso_vx + 0.745400607585907 * torso_vz + 0.568010687828064 * torso_angvel + 0.5191130042076111 * thigh_angvel - 0.09822438657283783 * leg_angvel - 0.45228877663612366 * foot_angvel,  # expert 5
        0.08884336799383163 + 0.2573864758014679 * torso_z - 0.5623276829719543 * torso_angle - 0.537919819355011 * thigh_angle - 0.6920981407165527 * leg_angle + 0.09878028184175491 * foot_angle - 0.47814929485321045 * torso_vx + 0.5213742852210999 * torso_vz - 0.13688835501670837 * torso_angvel + 0.012635143473744392 * thigh_angvel + 0.040820106863975525 * leg_angvel + 0.1634901762008667 * foot_angvel,  # expert 6
        -0.4624698758125305 - 0.19484162330627441 * torso_z - 0.5008593201637268 * torso_angle - 0.14619436860084534 * thigh_angle - 0.45836833119392395 * leg_angle - 0.011309677734971046 * foot_angle + 0.2939642071723938 * torso_vx + 0.09009711444377899 * torso_vz + 0.14558294415473938 * torso_angvel - 0.23243050277233124 * thigh_angvel - 0.41783377528190613 * leg_angvel + 0.218196302652359 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.28404688835144043 - 0.026045190170407295 * torso_z - 0.6788455247879028 * torso_angle - 0.7930498719215393 * thigh_angle - 0.5125455260276794 * leg_angle + 0.7763225436210632 * foot_angle + 0.2670086622238159 * torso_vx + 0.08125518262386322 * torso_vz - 0.305159330368042 * torso_angvel - 0.6809033751487732 * thigh_angvel - 0.30113381147384644 * leg_angvel + 0.25762104988098145 * foot_angvel,  # thigh_torque
        0.12206064909696579 + 0.47613778710365295 * torso_z - 0.339091956615448 * torso_angle - 0.04983322322368622 * thigh_angle + 0.27576950192451477 * leg_angle + 0.15279383957386017 * foot_angle - 0.07208676636219025 * torso_vx - 0.21252161264419556 * torso_vz - 0.4818299114704132 * torso_angvel - 0.12036199122667313 * thigh_angvel - 0.16579508781433105 * leg_angvel + 0.30180492997169495 * foot_angvel,  # leg_torque
        0.7659086585044861 + 0.3661631643772125 * torso_z - 0.8521796464920044 * torso_angle - 0.48868823051452637 * thigh_angle - 0.4662405550479889 * leg_angle + 0.6625692248344421 * foot_angle + 0.15698833763599396 * torso_vx - 0.3412609100341797 * torso_vz - 0.7057741284370422 * torso_angvel - 0.6215000748634338 * thigh_angvel - 0.6550766229629517 * leg_angvel + 0.4747016131877899 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.8774175047874451 - 0.5690085291862488 * torso_z - 1.03890061378479 * torso_angle - 0.14136546850204468 * thigh_angle + 0.7399446964263916 * leg_angle - 0.2918548285961151 * foot_angle - 0.2849591374397278 * torso_vx + 0.711519718170166 * torso_vz - 0.3106883764266968 * torso_angvel - 0.23797452449798584 * thigh_angvel + 0.35679081082344055 * leg_angvel + 0.025514811277389526 * foot_angvel,  # thigh_torque
        0.4951677620410919 + 0.24008163809776306 * torso_z - 0.38843196630477905 * torso_angle - 0.37602394819259644 * thigh_angle - 0.1265186071395874 * leg_angle + 0.27803197503089905 * foot_angle - 0.03404642269015312 * torso_vx + 0.0805845782160759 * torso_vz - 0.16477595269680023 * torso_angvel - 0.2394840568304062 * thigh_angvel - 0.15351642668247223 * leg_angvel + 0.4112200140953064 * foot_angvel,  # leg_torque
        1.0136946439743042 + 1.295123815536499 * torso_z - 0.4750576317310333 * torso_angle - 0.2665320634841919 * thigh_angle - 0.5930365324020386 * leg_angle + 0.20292922854423523 * foot_angle + 0.16175983846187592 * torso_vx - 0.6530480980873108 * torso_vz + 0.22201856970787048 * torso_angvel - 0.4569788873195648 * thigh_angvel - 0.36243173480033875 * leg_angvel + 0.3050896227359772 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.898935079574585 - 0.4998435974121094 * torso_z - 0.45790761709213257 * torso_angle - 0.31827017664909363 * thigh_angle + 0.43349525332450867 * leg_angle - 0.24745412170886993 * foot_angle - 0.21405386924743652 * torso_vx + 0.45963233709335327 * torso_vz - 0.6266049146652222 * torso_angvel - 0.2506222724914551 * thigh_angvel + 0.3164222240447998 * leg_angvel + 0.17822931706905365 * foot_angvel,  # thigh_torque
        0.3122601807117462 + 0.5277379155158997 * torso_z + 0.13224922120571136 * torso_angle + 0.031717922538518906 * thigh_angle + 0.09364115446805954 * leg_angle + 0.09365048259496689 * foot_angle - 0.1947450190782547 * torso_vx + 0.011806144379079342 * torso_vz - 0.2019396871328354 * torso_angvel + 0.024508604779839516 * thigh_angvel - 0.5709973573684692 * leg_angvel + 0.1713128238916397 * foot_angvel,  # leg_torque
        0.8120390176773071 + 0.5628153681755066 * torso_z - 0.48425784707069397 * torso_angle - 0.43950775265693665 * thigh_angle - 0.313407301902771 * leg_angle + 0.15350061655044556 * foot_angle - 0.03247328847646713 * torso_vx - 0.4466451108455658 * torso_vz - 0.6060194969177246 * torso_angvel - 0.49039122462272644 * thigh_angvel + 0.23356495797634125 * leg_angvel + 0.7651267051696777 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.06799641996622086 - 0.0075355758890509605 * torso_z - 0.5452700257301331 * torso_angle - 0.1394309252500534 * thigh_angle + 0.5739955306053162 * leg_angle - 0.10367611795663834 * foot_angle - 0.07132374495267868 * torso_vx - 0.3539823591709137 * torso_vz - 0.3523769974708557 * torso_angvel - 0.3710502088069916 * thigh_angvel + 0.19334131479263306 * leg_angvel - 0.28474196791648865 * foot_angvel,  # thigh_torque
        -0.5571484565734863 - 0.2428635060787201 * torso_z - 0.40539002418518066 * torso_angle + 0.09540512412786484 * thigh_angle + 0.5589230060577393 * leg_angle - 0.20817142724990845 * foot_angle - 0.2671859562397003 * torso_vx - 0.14796492457389832 * torso_vz - 0.08928300440311432 * torso_angvel + 0.3357917070388794 * thigh_angvel - 0.09055494517087936 * leg_angvel + 0.32969075441360474 * foot_angvel,  # leg_torque
        0.48201432824134827 + 0.18744345009326935 * torso_z - 0.5414025783538818 * torso_angle + 0.18272921442985535 * thigh_angle - 0.2316625416278839 * leg_angle + 0.4017508327960968 * foot_angle - 0.17960086464881897 * torso_vx - 0.025531785562634468 * torso_vz - 0.13502730429172516 * torso_angvel - 0.4769696593284607 * thigh_angvel + 0.3134678602218628 * leg_angvel - 0.17730914056301117 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.1710050404071808 - 0.0051001631654798985 * torso_z - 0.7113820910453796 * torso_angle - 0.6963769197463989 * thigh_angle - 0.2608702778816223 * leg_angle + 0.23901711404323578 * foot_angle - 0.2526175379753113 * torso_vx + 0.3658100664615631 * torso_vz - 0.5569115281105042 * torso_angvel - 0.835658073425293 * thigh_angvel + 0.22677181661128998 * leg_angvel + 0.3317793309688568 * foot_angvel,  # thigh_torque
        0.21455588936805725 + 0.05954284220933914 * torso_z - 0.6675342321395874 * torso_angle - 0.4822360575199127 * thigh_angle - 0.10882386565208435 * leg_angle + 0.12598226964473724 * foot_angle - 0.1835288256406784 * torso_vx - 0.279217392206192 * torso_vz - 0.4107830226421356 * torso_angvel - 0.31475383043289185 * thigh_angvel - 0.5814722180366516 * leg_angvel + 0.25556251406669617 * foot_angvel,  # leg_torque
        0.7034205198287964 + 0.9052417278289795 * torso_z - 0.8453961610794067 * torso_angle + 0.01362556591629982 * thigh_angle - 0.0021069340873509645 * leg_angle + 0.07260602712631226 * foot_angle - 0.7305848598480225 * torso_vx - 0.18930530548095703 * torso_vz - 0.455377995967865 * torso_angvel - 0.4659888744354248 * thigh_angvel - 0.31414270401000977 * leg_angvel + 0.595626950263977 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.2564353942871094 - 0.08603569865226746 * torso_z - 1.1621791124343872 * torso_angle - 0.16866333782672882 * thigh_angle - 0.006666523404419422 * leg_angle - 0.7388532757759094 * foot_angle - 0.3991968333721161 * torso_vx + 0.0148424431681633 * torso_vz - 0.18519121408462524 * torso_angvel - 0.449908584356308 * thigh_angvel + 0.31695157289505005 * leg_angvel - 0.09678574651479721 * foot_angvel,  # thigh_torque
        0.26685938239097595 + 0.4740285873413086 * torso_z - 0.2041400969028473 * torso_angle - 0.24710139632225037 * thigh_angle - 0.10473418980836868 * leg_angle - 0.23446229100227356 * foot_angle - 0.25466442108154297 * torso_vx + 0.6577974557876587 * torso_vz - 0.2531164884567261 * torso_angvel - 0.12642601132392883 * thigh_angvel - 0.1961062103509903 * leg_angvel + 0.20837700366973877 * foot_angvel,  # leg_torque
        0.9527064561843872 + 0.7799161672592163 * torso_z - 0.9382547736167908 * torso_angle - 0.19688411056995392 * thigh_angle - 0.17238512635231018 * leg_angle - 0.061060234904289246 * foot_angle - 0.5694788694381714 * torso_vx + 0.162112757563591 * torso_vz - 0.13716824352741241 * torso_angvel + 0.016668882220983505 * thigh_angvel + 0.11789955943822861 * leg_angvel - 0.040731318295001984 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.5722399353981018 + 0.4216810464859009 * torso_z - 1.0130966901779175 * torso_angle - 0.9265793561935425 * thigh_angle - 0.7467548847198486 * leg_angle + 0.6607516407966614 * foot_angle + 0.04282907396554947 * torso_vx - 0.46798717975616455 * torso_vz - 0.5813931822776794 * torso_angvel - 0.46205422282218933 * thigh_angvel - 0.43373069167137146 * leg_angvel + 0.22327813506126404 * foot_angvel,  # thigh_torque
        -0.09827066957950592 - 0.23866507411003113 * torso_z + 0.0050721364095807076 * torso_angle + 0.3026098310947418 * thigh_angle + 0.5105279088020325 * leg_angle + 0.05490700155496597 * foot_angle - 0.16719961166381836 * torso_vx - 0.11589226126670837 * torso_vz - 0.2792784869670868 * torso_angvel - 0.20975945889949799 * thigh_angvel + 0.4371725916862488 * leg_angvel + 0.22182437777519226 * foot_angvel,  # leg_torque
        1.0148990154266357 + 0.9662758111953735 * torso_z - 0.7482733726501465 * torso_angle - 0.6510230898857117 * thigh_angle - 0.9129175543785095 * leg_angle + 0.8214619159698486 * foot_angle - 0.05720051750540733 * torso_vx - 0.8204393982887268 * torso_vz - 0.8550131320953369 * torso_angvel - 0.5849481821060181 * thigh_angvel - 0.8383293747901917 * leg_angvel + 0.619710385799408 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.25910794734954834 + 0.022806918248534203 * torso_z - 1.259524941444397 * torso_angle - 0.6943677067756653 * thigh_angle + 0.1626291126012802 * leg_angle + 0.1207711398601532 * foot_angle + 0.18775086104869843 * torso_vx + 0.02565164305269718 * torso_vz - 0.6261735558509827 * torso_angvel - 0.487018883228302 * thigh_angvel - 0.07016264647245407 * leg_angvel + 0.16752341389656067 * foot_angvel,  # thigh_torque
        0.2637684643268585 + 0.1518644392490387 * torso_z - 0.6002911925315857 * torso_angle - 0.35348549485206604 * thigh_angle + 0.05657590925693512 * leg_angle - 0.31763574481010437 * foot_angle + 0.015380028635263443 * torso_vx + 0.16370607912540436 * torso_vz - 0.05551028624176979 * torso_angvel + 0.353227823972702 * thigh_angvel - 0.5402734875679016 * leg_angvel + 0.14908187091350555 * foot_angvel,  # leg_torque
        0.09065723419189453 + 0.09180016070604324 * torso_z - 0.36689943075180054 * torso_angle + 0.49046313762664795 * thigh_angle + 0.002108055865392089 * leg_angle - 0.07051108777523041 * foot_angle + 0.02455991506576538 * torso_vx + 0.5131963491439819 * torso_vz - 0.09223262965679169 * torso_angvel - 0.01717824675142765 * thigh_angvel + 0.010373994708061218 * leg_angvel + 0.4176650047302246 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
