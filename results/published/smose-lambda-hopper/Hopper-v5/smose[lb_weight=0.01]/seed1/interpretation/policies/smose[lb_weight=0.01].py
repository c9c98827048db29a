"""Hopper-v5: smose[lb_weight=0.01] seed 1, its own policy

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
        -0.16642071306705475 + 0.34308406710624695 * torso_z + 1.955417513847351 * torso_angle + 3.833284854888916 * thigh_angle + 3.336764335632324 * leg_angle + 1.2384264469146729 * foot_angle - 0.3556889295578003 * torso_vx + 0.981521487236023 * torso_vz - 0.2682246267795563 * torso_angvel - 0.26205509901046753 * thigh_angvel + 0.3333260416984558 * leg_angvel + 1.5656052827835083 * foot_angvel,  # expert 0
        -0.109995536506176 + 0.05018084868788719 * torso_z - 0.06385067850351334 * torso_angle + 2.4584290981292725 * thigh_angle + 3.378783702850342 * leg_angle - 1.0338759422302246 * foot_angle - 1.1614617109298706 * torso_vx + 1.1925936937332153 * torso_vz + 0.32671159505844116 * torso_angvel + 0.9861955046653748 * thigh_angvel + 0.6833075881004333 * leg_angvel + 0.6708195805549622 * foot_angvel,  # expert 1
        -2.545381784439087 - 2.4768102169036865 * torso_z - 0.28290703892707825 * torso_angle + 4.677422523498535 * thigh_angle + 3.3014869689941406 * leg_angle + 0.13025137782096863 * foot_angle - 0.8106136322021484 * torso_vx + 1.8318990468978882 * torso_vz + 0.13141992688179016 * torso_angvel + 0.17838211357593536 * thigh_angvel + 0.3167323172092438 * leg_angvel + 0.6705737709999084 * foot_angvel,  # expert 2
        -1.9246419668197632 - 1.6511763334274292 * torso_z - 1.7674087285995483 * torso_angle + 0.8680160045623779 * thigh_angle + 3.302128314971924 * leg_angle - 2.0372164249420166 * foot_angle + 0.113934725522995 * torso_vx + 2.763113021850586 * torso_vz + 0.3951089382171631 * torso_angvel + 0.8900723457336426 * thigh_angvel + 1.1516427993774414 * leg_angvel + 0.6670657396316528 * foot_angvel,  # expert 3
        0.836547315120697 + 0.9596976637840271 * torso_z + 1.1173545122146606 * torso_angle + 1.5926284790039062 * thigh_angle + 0.3562141954898834 * leg_angle + 1.6656270027160645 * foot_angle - 0.7303088903427124 * torso_vx - 1.4390298128128052 * torso_vz - 0.22317001223564148 * torso_angvel - 0.526850700378418 * thigh_angvel - 0.25878530740737915 * leg_angvel - 0.300229012966156 * foot_angvel,  # expert 4
        -1.020355224609375 - 1.6166220903396606 * torso_z - 2.7015488147735596 * torso_angle - 2.6481049060821533 * thigh_angle - 1.5207080841064453 * leg_angle - 2.8814566135406494 * foot_angle + 0.618206262588501 * torso_vx + 0.277156800031662 * torso_vz - 0.5115793943405151 * torso_angvel - 0.17566098272800446 * thigh_angvel + 0.053598374128341675 * leg_angvel + 0.02195199579000473 * foot_angvel,  # expert 5
        -0.4135230481624603 + 0.14980006217956543 * torso_z + 2.9921610355377197 * torso_angle + 6.004873752593994 * thigh_angle + 4.3063764572143555 * leg_angle - 0.027753286063671112 * foot_angle - 0.512237548828125 * torso_vx - 0.41228100657463074 * torso_vz - 0.25197339057922363 * torso_angvel - 0.1632135510444641 * thigh_angvel - 0.0036490459460765123 * leg_angvel + 0.1082373857498169 * foot_angvel,  # expert 6
        0.1174444854259491 + 0.7026136517524719 * torso_z + 3.144820213317871 * torso_angle + 6.147102355957031 * thigh_angle + 4.244979381561279 * leg_angle - 0.49155110120773315 * foot_angle - 0.3223934769630432 * torso_vx - 1.5812195539474487 * torso_vz - 0.013324154540896416 * torso_angvel - 0.7632554173469543 * thigh_angvel - 0.4110557734966278 * leg_angvel - 0.13992419838905334 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.036471545696258545 + 0.15636830031871796 * torso_z - 3.9730989933013916 * torso_angle - 1.0724711418151855 * thigh_angle - 0.6733882427215576 * leg_angle - 0.13825537264347076 * foot_angle - 0.3980763554573059 * torso_vx + 0.08238659799098969 * torso_vz - 1.1906883716583252 * torso_angvel + 0.11666718125343323 * thigh_angvel + 0.3601438105106354 * leg_angvel + 0.0004967153654433787 * foot_angvel,  # thigh_torque
        0.13398393988609314 + 0.8824334740638733 * torso_z - 2.4981303215026855 * torso_angle + 0.482784628868103 * thigh_angle + 0.664649248123169 * leg_angle + 0.04808345437049866 * foot_angle - 0.39222800731658936 * torso_vx + 0.018809543922543526 * torso_vz + 0.0011399607174098492 * torso_angvel + 0.05951477959752083 * thigh_angvel - 0.4581255316734314 * leg_angvel + 0.0653097927570343 * foot_angvel,  # leg_torque
        0.5810703039169312 + 0.15267866849899292 * torso_z - 0.9868186116218567 * torso_angle - 1.2271541357040405 * thigh_angle - 0.8304914236068726 * leg_angle - 0.39305877685546875 * foot_angle + 0.3922123312950134 * torso_vx - 0.8471490144729614 * torso_vz - 0.7620490789413452 * torso_angvel + 0.34460023045539856 * thigh_angvel - 0.029276905581355095 * leg_angvel - 0.28627368807792664 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.17777617275714874 + 0.15234485268592834 * torso_z - 0.8480501770973206 * torso_angle - 0.2614387273788452 * thigh_angle + 0.5373067259788513 * leg_angle - 0.3762701749801636 * foot_angle - 0.3829968273639679 * torso_vx + 0.4373396635055542 * torso_vz - 0.31795910000801086 * torso_angvel - 0.3427806496620178 * thigh_angvel - 0.009762199595570564 * leg_angvel - 0.059144891798496246 * foot_angvel,  # thigh_torque
        0.4207823574542999 + 0.15085968375205994 * torso_z - 0.935417115688324 * torso_angle - 0.16864168643951416 * thigh_angle - 0.6726589798927307 * leg_angle + 0.2396104633808136 * foot_angle - 0.5937920212745667 * torso_vx + 0.14022302627563477 * torso_vz - 0.11116642504930496 * torso_angvel + 0.1774872988462448 * thigh_angvel - 0.131540909409523 * leg_angvel + 0.3219541907310486 * foot_angvel,  # leg_torque
        0.5497259497642517 + 0.8252965807914734 * torso_z - 0.036568451672792435 * torso_angle - 0.40804216265678406 * thigh_angle - 0.3478560745716095 * leg_angle - 0.5054553151130676 * foot_angle - 0.05755484104156494 * torso_vx - 0.25110918283462524 * torso_vz + 0.6198906898498535 * torso_angvel + 0.3186524510383606 * thigh_angvel + 0.03482278436422348 * leg_angvel - 0.16468492150306702 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.5108535289764404 - 0.13363784551620483 * torso_z + 0.128961980342865 * torso_angle - 0.11082755774259567 * thigh_angle + 0.1711612343788147 * leg_angle - 0.30674731731414795 * foot_angle - 0.20391662418842316 * torso_vx - 0.22524282336235046 * torso_vz - 0.2833883464336395 * torso_angvel - 0.0818258747458458 * thigh_angvel - 0.01941022463142872 * leg_angvel - 0.03288808837532997 * foot_angvel,  # thigh_torque
        -0.04955583065748215 + 0.1715724766254425 * torso_z + 0.39083802700042725 * torso_angle + 0.32276883721351624 * thigh_angle + 0.015139169991016388 * leg_angle - 0.020981816574931145 * foot_angle + 0.058974817395210266 * torso_vx + 0.2658722400665283 * torso_vz + 0.03262254223227501 * torso_angvel - 0.02957938425242901 * thigh_angvel - 0.12036014348268509 * leg_angvel - 0.12993980944156647 * foot_angvel,  # leg_torque
        0.47380128502845764 + 0.1933038830757141 * torso_z + 0.1036502793431282 * torso_angle - 0.4376930892467499 * thigh_angle - 0.5896987318992615 * leg_angle - 0.09096139669418335 * foot_angle + 0.19483070075511932 * torso_vx + 0.287581205368042 * torso_vz + 0.2841041088104248 * torso_angvel + 0.07777994126081467 * thigh_angvel + 0.3483801782131195 * leg_angvel + 0.049250662326812744 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.017367294058203697 - 0.0824846401810646 * torso_z - 1.9535367488861084 * torso_angle + 0.07024039328098297 * thigh_angle - 0.26186347007751465 * leg_angle - 0.6155604720115662 * foot_angle - 0.08291909098625183 * torso_vx + 0.20515841245651245 * torso_vz - 0.31149861216545105 * torso_angvel - 0.44532889127731323 * thigh_angvel + 0.11865165829658508 * leg_angvel + 0.015673793852329254 * foot_angvel,  # thigh_torque
        -0.21741321682929993 + 0.06983579695224762 * torso_z - 1.5382153987884521 * torso_angle + 0.029034163802862167 * thigh_angle - 0.641015887260437 * leg_angle - 0.29091379046440125 * foot_angle + 0.0379745252430439 * torso_vx + 0.5544167160987854 * torso_vz - 0.3364327549934387 * torso_angvel + 0.5149964094161987 * thigh_angvel - 0.4786871075630188 * leg_angvel - 0.03253621235489845 * foot_angvel,  # leg_torque
        0.5819513201713562 + 0.2738964259624481 * torso_z + 0.16407904028892517 * torso_angle - 0.054011035710573196 * thigh_angle - 0.24179954826831818 * leg_angle - 0.2814119756221771 * foot_angle + 0.10287642478942871 * torso_vx + 0.5345895290374756 * torso_vz + 0.39035484194755554 * torso_angvel - 0.16765965521335602 * thigh_angvel + 0.1591019183397293 * leg_angvel - 0.35472509264945984 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.057861268520355225 - 0.41813012957572937 * torso_z - 8.61878776550293 * torso_angle - 0.9143262505531311 * thigh_angle - 0.25089138746261597 * leg_angle - 0.45802316069602966 * foot_angle - 0.06614787876605988 * torso_vx + 0.013422849588096142 * torso_vz - 0.4989984333515167 * torso_angvel - 0.2763378322124481 * thigh_angvel + 0.1232239305973053 * leg_angvel + 0.034158702939748764 * foot_angvel,  # thigh_torque
        0.7128518223762512 + 0.5031507015228271 * torso_z - 4.318510055541992 * torso_angle - 0.9469236731529236 * thigh_angle + 0.27613937854766846 * leg_angle + 0.19395343959331512 * foot_angle - 0.7291316986083984 * torso_vx - 0.12694434821605682 * torso_vz - 0.10196547955274582 * torso_angvel + 0.010014045983552933 * thigh_angvel - 0.3398832678794861 * leg_angvel + 0.05625615268945694 * foot_angvel,  # leg_torque
        0.3332325518131256 + 1.6806374788284302 * torso_z - 4.212680339813232 * torso_angle + 3.3371334075927734 * thigh_angle + 1.053336501121521 * leg_angle + 1.7973650693893433 * foot_angle - 1.4959146976470947 * torso_vx - 0.31013861298561096 * torso_vz - 0.3283442258834839 * torso_angvel + 0.07592419534921646 * thigh_angvel + 0.197798952460289 * leg_angvel + 0.00695372000336647 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.4425961971282959 + 0.3810829222202301 * torso_z - 7.767350196838379 * torso_angle - 0.4468958079814911 * thigh_angle - 0.6638765931129456 * leg_angle - 1.482555627822876 * foot_angle - 0.4085049033164978 * torso_vx + 0.061592765152454376 * torso_vz - 0.638113260269165 * torso_angvel - 0.18918868899345398 * thigh_angvel + 0.03588422015309334 * leg_angvel + 0.029146956279873848 * foot_angvel,  # thigh_torque
        0.19605013728141785 + 1.2751373052597046 * torso_z - 5.443091869354248 * torso_angle + 0.6380056738853455 * thigh_angle - 1.4831266403198242 * leg_angle + 0.10784948617219925 * foot_angle - 0.7876918315887451 * torso_vx + 0.8325812220573425 * torso_vz + 0.7138248085975647 * torso_angvel - 0.3856463134288788 * thigh_angvel - 0.47434332966804504 * leg_angvel + 0.15466313064098358 * foot_angvel,  # leg_torque
        1.212812900543213 + 2.1663947105407715 * torso_z - 7.73829460144043 * torso_angle + 0.9397901296615601 * thigh_angle + 0.8862324357032776 * leg_angle - 2.8052666187286377 * foot_angle - 0.9876416325569153 * torso_vx - 0.08563163131475449 * torso_vz - 1.0755397081375122 * torso_angvel + 0.9793983697891235 * thigh_angvel + 0.7284237146377563 * leg_angvel + 0.45336130261421204 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.19829532504081726 + 0.05768205597996712 * torso_z - 0.27630800008773804 * torso_angle - 0.20544567704200745 * thigh_angle + 0.047148093581199646 * leg_angle - 0.18647503852844238 * foot_angle - 0.14728491008281708 * torso_vx - 0.0967889055609703 * torso_vz - 0.1741584986448288 * torso_angvel - 0.09293008595705032 * thigh_angvel - 0.0727405697107315 * leg_angvel - 0.022859329357743263 * foot_angvel,  # thigh_torque
        -0.012877408415079117 - 0.18475814163684845 * torso_z - 0.23345650732517242 * torso_angle + 0.3034910559654236 * thigh_angle + 0.08120743930339813 * leg_angle + 0.41304561495780945 * foot_angle - 0.05064564570784569 * torso_vx - 0.12145207822322845 * torso_vz - 0.3545916974544525 * torso_angvel - 0.07920964807271957 * thigh_angvel + 0.0628298819065094 * leg_angvel - 0.2694844901561737 * foot_angvel,  # leg_torque
        0.075042225420475 + 0.029568687081336975 * torso_z + 0.24147939682006836 * torso_angle + 0.05104844272136688 * thigh_angle + 0.07351241260766983 * leg_angle + 0.0887170061469078 * foot_angle + 0.06852664798498154 * torso_vx - 0.14104919135570526 * torso_vz - 0.07663056999444962 * torso_angvel - 0.014466718770563602 * thigh_angvel + 0.047342605888843536 * leg_angvel - 0.03514986112713814 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.07439664751291275 + 0.2621055841445923 * torso_z - 0.5569301843643188 * torso_angle - 0.29824098944664 * thigh_angle + 0.05078445002436638 * leg_angle + 0.1868712455034256 * foot_angle + 0.2905002236366272 * torso_vx - 0.3534703254699707 * torso_vz - 0.3542497456073761 * torso_angvel - 0.3420058786869049 * thigh_angvel - 0.18289382755756378 * leg_angvel + 0.030794933438301086 * foot_angvel,  # thigh_torque
        0.2509036362171173 + 0.10554763674736023 * torso_z - 0.19699634611606598 * torso_angle - 0.07899979501962662 * thigh_angle - 0.1364099532365799 * leg_angle - 0.16222387552261353 * foot_angle + 0.15661564469337463 * torso_vx - 0.0028828687500208616 * torso_vz - 0.16013836860656738 * torso_angvel - 0.10248283296823502 * thigh_angvel - 0.4133181869983673 * leg_angvel - 0.17889294028282166 * foot_angvel,  # leg_torque
        0.10338094085454941 - 0.00581582635641098 * torso_z - 0.0888715460896492 * torso_angle - 0.11998575180768967 * thigh_angle - 0.2007303684949875 * leg_angle + 0.24396954476833344 * foot_angle + 0.21649287641048431 * torso_vx + 0.010380021296441555 * torso_vz + 0.029276447370648384 * torso_angvel - 0.09309181571006775 * thigh_angvel + 0.10577300190925598 * leg_angvel + 0.14797288179397583 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
