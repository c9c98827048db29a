"""Hopper-v5: smose seed 0, its own policy

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
        0.17450660467147827 + 0.07196375727653503 * torso_z + 0.8336364030838013 * torso_angle + 0.2299289107322693 * thigh_angle + 0.17644190788269043 * leg_angle - 0.14072801172733307 * foot_angle + 0.38691845536231995 * torso_vx - 0.07092732191085815 * torso_vz + 0.5702284574508667 * torso_angvel + 0.21233823895454407 * thigh_angvel + 0.1715211570262909 * leg_angvel - 0.1714828759431839 * foot_angvel,  # expert 0
        -0.23964011669158936 - 0.12888187170028687 * torso_z - 0.744242250919342 * torso_angle - 0.5940616726875305 * thigh_angle - 0.5215149521827698 * leg_angle + 0.35009971261024475 * foot_angle + 0.22967393696308136 * torso_vx + 0.19337192177772522 * torso_vz - 0.3678315281867981 * torso_angvel - 0.4492120146751404 * thigh_angvel + 0.28230488300323486 * leg_angvel + 0.3784850239753723 * foot_angvel,  # expert 1
        0.36173126101493835 + 0.18239356577396393 * torso_z + 0.01956886798143387 * torso_angle + 0.05776584893465042 * thigh_angle + 0.5048242211341858 * leg_angle - 0.3201262950897217 * foot_angle - 0.8064537048339844 * torso_vx - 0.052886225283145905 * torso_vz + 0.053376831114292145 * torso_angvel + 0.08680068701505661 * thigh_angvel + 0.6111034154891968 * leg_angvel - 0.40041428804397583 * foot_angvel,  # expert 2
        0.18333567678928375 - 0.09558195620775223 * torso_z - 0.11868618428707123 * torso_angle - 0.23886609077453613 * thigh_angle - 0.31446751952171326 * leg_angle + 0.3369463384151459 * foot_angle + 0.3418898284435272 * torso_vx + 0.030562624335289 * torso_vz - 0.13250376284122467 * torso_angvel - 0.20145651698112488 * thigh_angvel - 0.34252679347991943 * leg_angvel - 0.543993353843689 * foot_angvel,  # expert 3
        0.1359439641237259 - 0.3041969835758209 * torso_z + 0.3779855966567993 * torso_angle + 0.18915501236915588 * thigh_angle + 0.4054618179798126 * leg_angle + 0.13558554649353027 * foot_angle + 0.41004666686058044 * torso_vx - 0.04168498516082764 * torso_vz + 0.6199685335159302 * torso_angvel + 0.13090181350708008 * thigh_angvel + 0.07857124507427216 * leg_angvel + 0.4122166633605957 * foot_angvel,  # expert 4
        0.38292205333709717 + 0.08844489604234695 * torso_z - 0.3158363997936249 * torso_angle - 0.4268924593925476 * thigh_angle - 0.17741583287715912 * leg_angle - 0.6478287577629089 * foot_angle - 0.36331984400749207 * torso_vx + 0.24478964507579803 * torso_vz - 0.32670700550079346 * torso_angvel + 0.030689235776662827 * thigh_angvel + 0.14932093024253845 * leg_angvel - 0.002864150796085596 * foot_angvel,  # expert 5
        -0.8442120552062988 - 0.5375664830207825 * torso_z + 0.5703714489936829 * torso_angle + 0.34002920985221863 * thigh_angle + 0.3623497188091278 * leg_angle + 0.024319330230355263 * foot_angle + 0.26898089051246643 * torso_vx + 0.30201640725135803 * torso_vz + 0.5773748159408569 * torso_angvel + 0.5750292539596558 * thigh_angvel + 0.3901482820510864 * leg_angvel + 0.029996288940310478 * foot_angvel,  # expert 6
        -0.513126015663147 - 0.5783387422561646 * torso_z + 0.14727753400802612 * torso_angle + 0.17229501903057098 * thigh_angle - 0.5207116603851318 * leg_angle + 0.5013324618339539 * foot_angle + 0.057712387293577194 * torso_vx - 0.4645121693611145 * torso_vz - 0.40751883387565613 * torso_angvel - 0.2999116778373718 * thigh_angvel - 0.5213990807533264 * leg_angvel + 0.22869323194026947 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.0024123387411236763 + 0.35906141996383667 * torso_z - 0.7756195068359375 * torso_angle - 0.21586044132709503 * thigh_angle - 0.4801967740058899 * leg_angle - 0.19704478979110718 * foot_angle - 0.45675766468048096 * torso_vx + 0.441156268119812 * torso_vz - 0.4453408718109131 * torso_angvel - 0.2286095768213272 * thigh_angvel - 0.23819176852703094 * leg_angvel - 0.17596301436424255 * foot_angvel,  # thigh_torque
        0.37092888355255127 + 0.43636173009872437 * torso_z - 0.731170654296875 * torso_angle - 0.5219568014144897 * thigh_angle - 0.7232322692871094 * leg_angle + 0.6539647579193115 * foot_angle + 0.07689870893955231 * torso_vx - 0.283695787191391 * torso_vz + 0.43739256262779236 * torso_angvel - 0.010878131724894047 * thigh_angvel - 0.08737196773290634 * leg_angvel - 0.3131503164768219 * foot_angvel,  # leg_torque
        0.2554585933685303 + 0.5347609519958496 * torso_z - 0.2964562773704529 * torso_angle - 0.36075684428215027 * thigh_angle - 0.3877566158771515 * leg_angle + 0.21888481080532074 * foot_angle + 0.3230619430541992 * torso_vx - 0.2865561544895172 * torso_vz + 0.481208473443985 * torso_angvel + 0.7002702355384827 * thigh_angvel - 0.11216114461421967 * leg_angvel - 0.6583912968635559 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.6635544896125793 + 0.1942000687122345 * torso_z - 1.0165048837661743 * torso_angle - 0.2020614892244339 * thigh_angle - 0.7655636668205261 * leg_angle - 0.07124876230955124 * foot_angle - 0.4995272755622864 * torso_vx + 0.5685046911239624 * torso_vz - 0.5230854749679565 * torso_angvel - 0.3644174039363861 * thigh_angvel + 0.24253298342227936 * leg_angvel + 0.005405560601502657 * foot_angvel,  # thigh_torque
        0.6196955442428589 + 0.7520501613616943 * torso_z - 0.4795890152454376 * torso_angle + 0.2496151477098465 * thigh_angle - 0.7657741904258728 * leg_angle + 0.1493920534849167 * foot_angle - 0.12989407777786255 * torso_vx + 0.2646394371986389 * torso_vz - 0.13109073042869568 * torso_angvel - 0.2295842319726944 * thigh_angvel - 0.40820547938346863 * leg_angvel + 0.21120227873325348 * foot_angvel,  # leg_torque
        0.27601358294487 - 0.23550011217594147 * torso_z + 0.4442455470561981 * torso_angle + 0.9571001529693604 * thigh_angle + 0.7097484469413757 * leg_angle - 0.9789684414863586 * foot_angle - 0.3671001195907593 * torso_vx - 0.08071828633546829 * torso_vz + 0.08118081837892532 * torso_angvel + 0.29044315218925476 * thigh_angvel - 0.45582252740859985 * leg_angvel - 0.15935416519641876 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        1.0330781936645508 + 0.5177155137062073 * torso_z - 1.1655564308166504 * torso_angle - 0.8882580399513245 * thigh_angle - 0.528624951839447 * leg_angle - 0.5376482009887695 * foot_angle - 0.6199950575828552 * torso_vx - 0.3046647608280182 * torso_vz - 0.6510636210441589 * torso_angvel - 0.3380294442176819 * thigh_angvel + 0.5699657201766968 * leg_angvel - 0.30119919776916504 * foot_angvel,  # thigh_torque
        0.2589856684207916 + 0.6361056566238403 * torso_z - 0.7028876543045044 * torso_angle - 0.09212242811918259 * thigh_angle - 0.6290337443351746 * leg_angle + 0.23677238821983337 * foot_angle + 0.14169146120548248 * torso_vx - 0.6578872799873352 * torso_vz + 0.08525405079126358 * torso_angvel - 0.1126093715429306 * thigh_angvel + 0.41118353605270386 * leg_angvel - 0.08264370262622833 * foot_angvel,  # leg_torque
        0.6084519624710083 + 0.9591434001922607 * torso_z - 0.6000348925590515 * torso_angle - 0.41446653008461 * thigh_angle - 0.3164546489715576 * leg_angle - 1.250876545906067 * foot_angle - 0.6992301344871521 * torso_vx - 0.3388100564479828 * torso_vz - 0.1485193818807602 * torso_angvel - 0.11188528686761856 * thigh_angvel + 0.1935383677482605 * leg_angvel - 0.9729850888252258 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.4186825454235077 + 0.31675466895103455 * torso_z - 0.9672356843948364 * torso_angle - 0.1799379587173462 * thigh_angle - 0.638327956199646 * leg_angle + 0.0527629591524601 * foot_angle - 0.33856791257858276 * torso_vx + 0.20899392664432526 * torso_vz - 0.6450451016426086 * torso_angvel - 0.39792075753211975 * thigh_angvel - 0.34992715716362 * leg_angvel - 0.3011053502559662 * foot_angvel,  # thigh_torque
        0.5113857388496399 + 0.5968997478485107 * torso_z - 0.29750004410743713 * torso_angle - 0.30916720628738403 * thigh_angle - 0.7683294415473938 * leg_angle + 0.823628306388855 * foot_angle + 0.12524719536304474 * torso_vx - 0.5147877931594849 * torso_vz - 0.3207663595676422 * torso_angvel + 0.06448523700237274 * thigh_angvel - 0.7065893411636353 * leg_angvel + 0.046297673135995865 * foot_angvel,  # leg_torque
        0.6855878829956055 + 0.32967251539230347 * torso_z + 0.41581445932388306 * torso_angle - 0.1407073438167572 * thigh_angle + 0.14155380427837372 * leg_angle + 0.17039024829864502 * foot_angle + 0.05452493578195572 * torso_vx + 0.031373679637908936 * torso_vz - 0.22464409470558167 * torso_angvel + 0.3456331193447113 * thigh_angvel - 0.33710741996765137 * leg_angvel - 0.6021298766136169 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.19785639643669128 + 0.34418389201164246 * torso_z - 0.9012047648429871 * torso_angle + 0.06848863512277603 * thigh_angle - 0.0649121105670929 * leg_angle - 0.4281730055809021 * foot_angle - 0.44247713685035706 * torso_vx + 0.34008073806762695 * torso_vz - 0.8301658034324646 * torso_angvel - 0.062090665102005005 * thigh_angvel - 0.13401995599269867 * leg_angvel - 0.16609497368335724 * foot_angvel,  # thigh_torque
        0.39321228861808777 + 0.6345841288566589 * torso_z - 0.7955987453460693 * torso_angle - 0.11945269256830215 * thigh_angle - 0.7926241755485535 * leg_angle + 0.2948492169380188 * foot_angle - 0.19074416160583496 * torso_vx - 0.25740617513656616 * torso_vz + 0.3080270290374756 * torso_angvel + 0.41726288199424744 * thigh_angvel - 0.48163336515426636 * leg_angvel + 0.3327421247959137 * foot_angvel,  # leg_torque
        0.30081307888031006 + 0.4599420130252838 * torso_z - 0.6426642537117004 * torso_angle + 0.18211793899536133 * thigh_angle - 0.21686258912086487 * leg_angle - 0.5445528626441956 * foot_angle - 0.5909786224365234 * torso_vx - 0.23517674207687378 * torso_vz + 0.06911031156778336 * torso_angvel + 0.1228618398308754 * thigh_angvel - 0.20484429597854614 * leg_angvel - 0.16749078035354614 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.654098391532898 + 0.9951161742210388 * torso_z - 0.7990999817848206 * torso_angle - 0.6624615788459778 * thigh_angle - 0.4323318898677826 * leg_angle - 0.5776457786560059 * foot_angle - 0.9515355825424194 * torso_vx - 0.11220993101596832 * torso_vz - 0.505240797996521 * torso_angvel - 0.5650932788848877 * thigh_angvel - 0.5220354795455933 * leg_angvel + 0.13055896759033203 * foot_angvel,  # thigh_torque
        0.9289029836654663 + 0.3930739164352417 * torso_z - 0.6234464049339294 * torso_angle - 0.36358848214149475 * thigh_angle - 1.0248193740844727 * leg_angle + 0.5718802809715271 * foot_angle - 0.7066779136657715 * torso_vx - 0.6014211177825928 * torso_vz - 0.06845061480998993 * torso_angvel + 0.33772772550582886 * thigh_angvel - 0.8674746155738831 * leg_angvel + 0.3585030436515808 * foot_angvel,  # leg_torque
        1.0327986478805542 + 1.0263404846191406 * torso_z - 0.5416500568389893 * torso_angle - 0.07491444796323776 * thigh_angle - 0.38944387435913086 * leg_angle - 0.6171334385871887 * foot_angle - 0.7378242611885071 * torso_vx - 0.3782087564468384 * torso_vz - 0.530817449092865 * torso_angvel + 0.07954006642103195 * thigh_angvel - 0.2614887058734894 * leg_angvel + 0.11657175421714783 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.04711653292179108 - 0.23505333065986633 * torso_z - 0.3765484392642975 * torso_angle + 0.34715673327445984 * thigh_angle - 0.060889262706041336 * leg_angle - 0.08365346491336823 * foot_angle - 0.30912455916404724 * torso_vx + 0.03818933293223381 * torso_vz - 0.11956728994846344 * torso_angvel - 0.2998405396938324 * thigh_angvel - 0.1398233324289322 * leg_angvel - 0.03056202083826065 * foot_angvel,  # thigh_torque
        0.4641752243041992 + 0.009357364848256111 * torso_z - 0.1343747228384018 * torso_angle - 0.05333411321043968 * thigh_angle - 0.13353048264980316 * leg_angle + 0.07135097682476044 * foot_angle - 0.14206650853157043 * torso_vx + 0.09603714942932129 * torso_vz + 0.3128766119480133 * torso_angvel + 0.13336271047592163 * thigh_angvel + 0.16538888216018677 * leg_angvel + 0.14848703145980835 * foot_angvel,  # leg_torque
        0.3306911885738373 - 0.09567668288946152 * torso_z + 0.1481630802154541 * torso_angle + 0.09402672946453094 * thigh_angle - 0.0243979524821043 * leg_angle + 0.10055133700370789 * foot_angle + 0.10998107492923737 * torso_vx - 0.3306998908519745 * torso_vz + 0.07877899706363678 * torso_angvel + 0.25886616110801697 * thigh_angvel + 0.3114139139652252 * leg_angvel + 0.17413388192653656 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.03795727714896202 + 0.08058429509401321 * torso_z + 0.11477156728506088 * torso_angle + 0.057659782469272614 * thigh_angle - 0.30136236548423767 * leg_angle - 0.247064009308815 * foot_angle + 0.28885674476623535 * torso_vx + 0.22529293596744537 * torso_vz - 0.19398842751979828 * torso_angvel + 0.07673058658838272 * thigh_angvel + 0.2421169877052307 * leg_angvel + 0.27948617935180664 * foot_angvel,  # thigh_torque
        0.713709831237793 + 0.8436047434806824 * torso_z - 0.3021033704280853 * torso_angle - 0.22569803893566132 * thigh_angle - 0.644363522529602 * leg_angle + 0.815564751625061 * foot_angle - 0.2604656517505646 * torso_vx - 0.6343505382537842 * torso_vz - 0.21332326531410217 * torso_angvel + 0.10359761863946915 * thigh_angvel - 0.31404703855514526 * leg_angvel + 0.29730069637298584 * foot_angvel,  # leg_torque
        0.29873350262641907 + 0.12615594267845154 * torso_z - 0.09886083751916885 * torso_angle + 0.3227013349533081 * thigh_angle - 0.0030601476319134235 * leg_angle + 0.023024829104542732 * foot_angle + 0.0623989962041378 * torso_vx + 0.15246358513832092 * torso_vz - 0.06860927492380142 * torso_angvel + 0.07390124350786209 * thigh_angvel - 0.17856475710868835 * leg_angvel + 0.0010778704890981317 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
