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
        -0.23242129385471344 - 0.030289150774478912 * torso_z - 0.027684221044182777 * torso_angle - 0.034918006509542465 * thigh_angle + 0.40590575337409973 * leg_angle - 0.5482175946235657 * foot_angle + 0.056457165628671646 * torso_vx + 0.017392002046108246 * torso_vz - 0.013359414413571358 * torso_angvel - 0.1398155242204666 * thigh_angvel - 0.0007117594359442592 * leg_angvel + 0.30038803815841675 * foot_angvel,  # expert 0
        0.026780471205711365 - 0.08534462749958038 * torso_z + 0.9092103242874146 * torso_angle + 0.08015159517526627 * thigh_angle + 0.2305547147989273 * leg_angle + 0.22299736738204956 * foot_angle + 0.2704053223133087 * torso_vx + 0.028323760256171227 * torso_vz + 0.5548935532569885 * torso_angvel + 0.1833939403295517 * thigh_angvel - 0.019494693726301193 * leg_angvel - 0.16821205615997314 * foot_angvel,  # expert 1
        -0.02017160691320896 - 0.1573679894208908 * torso_z + 0.4349927604198456 * torso_angle + 0.321194052696228 * thigh_angle - 0.15659958124160767 * leg_angle + 0.2966383397579193 * foot_angle + 0.29209432005882263 * torso_vx - 0.357178658246994 * torso_vz + 0.47507530450820923 * torso_angvel + 0.18395870923995972 * thigh_angvel + 0.2562870979309082 * leg_angvel + 0.15582290291786194 * foot_angvel,  # expert 2
        -0.3095153272151947 - 0.4339164197444916 * torso_z - 0.5374444127082825 * torso_angle - 0.6330539584159851 * thigh_angle - 0.11075960844755173 * leg_angle + 0.22040383517742157 * foot_angle + 0.3666626214981079 * torso_vx - 0.17658768594264984 * torso_vz + 0.2246600240468979 * torso_angvel - 0.4316527545452118 * thigh_angvel + 0.5275878310203552 * leg_angvel - 0.3627074956893921 * foot_angvel,  # expert 3
        -0.10722139477729797 - 0.35785576701164246 * torso_z + 0.21489973366260529 * torso_angle - 0.5014775991439819 * thigh_angle + 0.2876264452934265 * leg_angle - 0.05055923014879227 * foot_angle - 0.04886982589960098 * torso_vx - 0.5793442130088806 * torso_vz - 0.21898025274276733 * torso_angvel + 0.14375944435596466 * thigh_angvel - 0.22016194462776184 * leg_angvel + 0.3419002592563629 * foot_angvel,  # expert 4
        0.6322300434112549 + 0.8012427687644958 * torso_z - 0.7806265950202942 * torso_angle - 0.20275571942329407 * thigh_angle + 0.5614078044891357 * leg_angle - 0.5611183047294617 * foot_angle - 0.7467206120491028 * torso_vx + 0.16044607758522034 * torso_vz + 0.03525460883975029 * torso_angvel + 0.3573143482208252 * thigh_angvel + 0.1467197984457016 * leg_angvel - 0.06520796567201614 * foot_angvel,  # expert 5
        -0.14940804243087769 + 0.0317954421043396 * torso_z - 0.5317880511283875 * torso_angle - 0.5239433646202087 * thigh_angle - 0.6436902284622192 * leg_angle + 0.2822396159172058 * foot_angle - 0.23638448119163513 * torso_vx + 0.40964969992637634 * torso_vz - 0.08843272924423218 * torso_angvel + 0.09481141716241837 * thigh_angvel - 0.2441949099302292 * leg_angvel + 0.18646375834941864 * foot_angvel,  # expert 6
        -0.3991840183734894 - 0.08225733786821365 * torso_z - 0.2812342047691345 * torso_angle + 0.3508218824863434 * thigh_angle - 0.34991028904914856 * leg_angle + 0.006092543713748455 * foot_angle + 0.20618733763694763 * torso_vx + 0.17406389117240906 * torso_vz + 0.18863962590694427 * torso_angvel - 0.13547097146511078 * thigh_angvel - 0.3941195011138916 * leg_angvel + 0.16882139444351196 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.1761210560798645 + 0.09006691724061966 * torso_z - 0.5974225997924805 * torso_angle - 0.716027021408081 * thigh_angle - 0.3260813355445862 * leg_angle + 0.6490676403045654 * foot_angle + 0.25342658162117004 * torso_vx + 0.037737369537353516 * torso_vz - 0.2655735909938812 * torso_angvel - 0.61048823595047 * thigh_angvel - 0.34695202112197876 * leg_angvel + 0.4046120345592499 * foot_angvel,  # thigh_torque
        0.051246583461761475 + 0.3682139217853546 * torso_z - 0.46620211005210876 * torso_angle - 0.3874179422855377 * thigh_angle + 0.06456883251667023 * leg_angle + 0.26466313004493713 * foot_angle + 0.0777590349316597 * torso_vx - 0.5348866581916809 * torso_vz - 0.7029120922088623 * torso_angvel - 0.4286526143550873 * thigh_angvel + 0.23188886046409607 * leg_angvel + 0.2456323355436325 * foot_angvel,  # leg_torque
        0.7480614185333252 + 0.34255531430244446 * torso_z - 0.6956220865249634 * torso_angle - 0.3018049895763397 * thigh_angle - 0.5559150576591492 * leg_angle + 0.42254751920700073 * foot_angle - 0.3141634166240692 * torso_vx - 0.3499235212802887 * torso_vz - 0.6367872357368469 * torso_angvel - 0.508819580078125 * thigh_angvel - 0.618752121925354 * leg_angvel + 0.34767746925354004 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.550379753112793 - 0.24986067414283752 * torso_z - 1.1342048645019531 * torso_angle - 0.4201204776763916 * thigh_angle + 0.7330554127693176 * leg_angle - 0.040196992456912994 * foot_angle - 0.046905145049095154 * torso_vx + 0.5366812944412231 * torso_vz - 0.0388316810131073 * torso_angvel - 0.12193688005208969 * thigh_angvel + 0.12357224524021149 * leg_angvel - 0.16852013766765594 * foot_angvel,  # thigh_torque
        -0.15528415143489838 - 0.3712712526321411 * torso_z - 0.3622768521308899 * torso_angle + 0.5072665214538574 * thigh_angle - 0.3763571083545685 * leg_angle - 0.22641915082931519 * foot_angle - 0.5169098973274231 * torso_vx + 0.35554268956184387 * torso_vz - 0.3159067928791046 * torso_angvel + 0.12103980034589767 * thigh_angvel + 0.06036024168133736 * leg_angvel - 0.342944473028183 * foot_angvel,  # leg_torque
        0.31560254096984863 + 0.6957122087478638 * torso_z - 0.11013619601726532 * torso_angle + 0.33111435174942017 * thigh_angle - 0.4754217565059662 * leg_angle + 0.12341570854187012 * foot_angle - 0.035910461097955704 * torso_vx + 0.0684877559542656 * torso_vz + 0.31639453768730164 * torso_angvel - 0.07562198489904404 * thigh_angvel - 0.2081977128982544 * leg_angvel - 0.35889896750450134 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.7873347401618958 - 0.4174845218658447 * torso_z - 0.48603445291519165 * torso_angle - 0.5984520316123962 * thigh_angle + 0.5426176190376282 * leg_angle - 0.2977856397628784 * foot_angle - 0.3340164124965668 * torso_vx + 0.03770489990711212 * torso_vz - 0.4197409749031067 * torso_angvel + 0.11114663630723953 * thigh_angvel - 0.19911761581897736 * leg_angvel + 0.18323394656181335 * foot_angvel,  # thigh_torque
        0.19409625232219696 + 0.371542364358902 * torso_z + 0.3140907883644104 * torso_angle + 0.4104672968387604 * thigh_angle - 0.5657578110694885 * leg_angle + 0.3191521167755127 * foot_angle - 0.01690279319882393 * torso_vx - 0.4337916076183319 * torso_vz - 0.5386119484901428 * torso_angvel - 0.5827312469482422 * thigh_angvel - 0.08601003140211105 * leg_angvel - 0.35563012957572937 * foot_angvel,  # leg_torque
        0.6637869477272034 + 0.42500385642051697 * torso_z - 0.17125290632247925 * torso_angle - 0.10935201495885849 * thigh_angle - 0.3055402934551239 * leg_angle + 0.08269520848989487 * foot_angle - 0.16216279566287994 * torso_vx - 0.04088599234819412 * torso_vz - 0.1960797905921936 * torso_angvel + 0.02928953431546688 * thigh_angvel - 0.07048963755369186 * leg_angvel + 0.31427860260009766 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.0604657381772995 - 0.20895779132843018 * torso_z - 0.8497441411018372 * torso_angle - 0.01623663678765297 * thigh_angle + 0.3457190692424774 * leg_angle - 0.33549436926841736 * foot_angle - 0.22085413336753845 * torso_vx - 0.14997819066047668 * torso_vz - 0.6273494362831116 * torso_angvel - 0.2202313244342804 * thigh_angvel + 0.0028241805266588926 * leg_angvel - 0.10584395378828049 * foot_angvel,  # thigh_torque
        -0.0644107460975647 + 0.19111871719360352 * torso_z - 0.13403110206127167 * torso_angle + 0.2537887394428253 * thigh_angle - 0.5606558322906494 * leg_angle + 0.25733664631843567 * foot_angle + 0.19982507824897766 * torso_vx - 0.20555494725704193 * torso_vz - 0.503880500793457 * torso_angvel + 0.08192844688892365 * thigh_angvel - 0.06704548746347427 * leg_angvel + 0.1381414830684662 * foot_angvel,  # leg_torque
        0.24774248898029327 - 0.06084858253598213 * torso_z - 1.0700682401657104 * torso_angle + 0.05444478243589401 * thigh_angle - 0.036562927067279816 * leg_angle + 0.2125585377216339 * foot_angle - 0.39625805616378784 * torso_vx + 0.15422698855400085 * torso_vz - 0.3687290549278259 * torso_angvel - 0.2615085244178772 * thigh_angvel - 0.13371437788009644 * leg_angvel - 0.3027319014072418 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.04773428663611412 + 0.16143867373466492 * torso_z - 0.5905219316482544 * torso_angle - 0.5941691994667053 * thigh_angle - 0.10403566062450409 * leg_angle + 0.22739280760288239 * foot_angle - 0.34009259939193726 * torso_vx + 0.1013999804854393 * torso_vz - 0.49121734499931335 * torso_angvel - 0.6352737545967102 * thigh_angvel + 0.11790148168802261 * leg_angvel + 0.32003024220466614 * foot_angvel,  # thigh_torque
        -0.2676413059234619 - 0.3022109270095825 * torso_z - 0.8512250185012817 * torso_angle + 0.6464688777923584 * thigh_angle + 0.14915290474891663 * leg_angle - 0.5272330045700073 * foot_angle - 0.8117853403091431 * torso_vx + 0.44420087337493896 * torso_vz - 0.6448682546615601 * torso_angvel - 0.05109395459294319 * thigh_angvel - 0.2475699484348297 * leg_angvel + 0.37189629673957825 * foot_angvel,  # leg_torque
        0.6021966338157654 + 0.7828747034072876 * torso_z - 0.6524748206138611 * torso_angle + 0.16368968784809113 * thigh_angle - 0.15012043714523315 * leg_angle + 0.005913667380809784 * foot_angle - 0.7401268482208252 * torso_vx - 0.23938381671905518 * torso_vz - 0.3125149607658386 * torso_angvel - 0.1909095197916031 * thigh_angvel - 0.2742837369441986 * leg_angvel + 0.303659051656723 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.3284940719604492 + 0.5180020332336426 * torso_z - 1.2973628044128418 * torso_angle - 0.42851749062538147 * thigh_angle - 0.27642738819122314 * leg_angle - 0.3405929505825043 * foot_angle - 0.48824119567871094 * torso_vx + 0.34043487906455994 * torso_vz - 0.25265687704086304 * torso_angvel - 0.46259966492652893 * thigh_angvel - 0.21207743883132935 * leg_angvel + 0.2892134189605713 * foot_angvel,  # thigh_torque
        -0.2459830492734909 - 0.07253222167491913 * torso_z - 0.4986947476863861 * torso_angle - 0.2799842357635498 * thigh_angle - 0.5363433957099915 * leg_angle - 0.5222353935241699 * foot_angle - 0.4962939918041229 * torso_vx + 0.16373921930789948 * torso_vz - 0.19489295780658722 * torso_angvel + 0.10373605787754059 * thigh_angvel - 0.25482654571533203 * leg_angvel + 0.10518304258584976 * foot_angvel,  # leg_torque
        1.431058645248413 + 1.252197027206421 * torso_z - 1.1167125701904297 * torso_angle - 1.0296046733856201 * thigh_angle - 1.0804942846298218 * leg_angle + 0.7770658135414124 * foot_angle - 0.02788606286048889 * torso_vx - 0.2988986074924469 * torso_vz - 0.13930253684520721 * torso_angvel - 0.06251256167888641 * thigh_angvel - 0.5011650919914246 * leg_angvel + 0.3281919062137604 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.5836673974990845 + 0.4194974899291992 * torso_z - 1.0155400037765503 * torso_angle - 0.926616370677948 * thigh_angle - 0.730622410774231 * leg_angle + 0.5549616813659668 * foot_angle + 0.20543347299098969 * torso_vx - 0.715590238571167 * torso_vz - 0.6533189415931702 * torso_angvel - 0.542843759059906 * thigh_angvel - 0.4372992217540741 * leg_angvel + 0.14220398664474487 * foot_angvel,  # thigh_torque
        0.29054346680641174 + 0.12170608341693878 * torso_z - 0.5657159686088562 * torso_angle + 0.3197125494480133 * thigh_angle - 0.42181968688964844 * leg_angle + 0.44617846608161926 * foot_angle - 0.2668364346027374 * torso_vx - 0.21510152518749237 * torso_vz - 0.46131667494773865 * torso_angvel - 0.12137417495250702 * thigh_angvel - 0.25205785036087036 * leg_angvel + 0.25290149450302124 * foot_angvel,  # leg_torque
        0.7740501165390015 + 0.7247772812843323 * torso_z - 0.6543741822242737 * torso_angle - 0.4407074451446533 * thigh_angle - 0.7826619148254395 * leg_angle + 0.5847247242927551 * foot_angle - 0.24403521418571472 * torso_vx - 0.7215854525566101 * torso_vz - 0.7382583022117615 * torso_angvel - 0.4247748851776123 * thigh_angvel - 0.6548054814338684 * leg_angvel + 0.20196306705474854 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.23343336582183838 + 0.06364918500185013 * torso_z - 1.1486810445785522 * torso_angle - 0.5169453620910645 * thigh_angle + 0.009568476118147373 * leg_angle + 0.11243344098329544 * foot_angle + 0.1940188705921173 * torso_vx - 0.16116811335086823 * torso_vz - 0.5380545258522034 * torso_angvel - 0.5278468132019043 * thigh_angvel - 0.15071122348308563 * leg_angvel - 0.01828165166079998 * foot_angvel,  # thigh_torque
        0.37779638171195984 + 0.2357598841190338 * torso_z - 0.3772391676902771 * torso_angle + 0.07968965917825699 * thigh_angle - 0.5007419586181641 * leg_angle - 0.06789327412843704 * foot_angle + 0.21461236476898193 * torso_vx - 0.1587655395269394 * torso_vz - 0.13149704039096832 * torso_angvel + 0.026872506365180016 * thigh_angvel - 0.4301513135433197 * leg_angvel - 0.16226686537265778 * foot_angvel,  # leg_torque
        0.3761633038520813 + 0.2976120710372925 * torso_z - 0.10874759405851364 * torso_angle + 0.1379716843366623 * thigh_angle - 0.5925863981246948 * leg_angle + 0.48412007093429565 * foot_angle + 0.5256999731063843 * torso_vx - 0.1913256198167801 * torso_vz + 0.05560539662837982 * torso_angvel + 0.001229215762577951 * thigh_angvel - 0.3655153810977936 * leg_angvel + 0.24497759342193604 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
