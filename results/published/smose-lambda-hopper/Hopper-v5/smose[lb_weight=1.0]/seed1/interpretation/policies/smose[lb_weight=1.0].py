"""Hopper-v5: smose[lb_weight=1.0] seed 1, its own policy

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
        -0.6308907866477966 - 0.33502399921417236 * torso_z + 2.7291100025177 * torso_angle + 1.0439118146896362 * thigh_angle + 1.855228304862976 * leg_angle - 2.7121591567993164 * foot_angle + 0.4255635440349579 * torso_vx - 0.4526018500328064 * torso_vz - 0.505539059638977 * torso_angvel + 0.02805442549288273 * thigh_angvel + 0.49005722999572754 * leg_angvel + 0.7950478792190552 * foot_angvel,  # expert 0
        -0.07307596504688263 - 0.19656266272068024 * torso_z + 2.3135061264038086 * torso_angle + 0.9113320708274841 * thigh_angle - 0.851159393787384 * leg_angle + 1.8902685642242432 * foot_angle + 1.0641342401504517 * torso_vx + 1.3488346338272095 * torso_vz + 1.3817263841629028 * torso_angvel + 0.3604728877544403 * thigh_angvel - 0.4703233540058136 * leg_angvel - 0.8265405297279358 * foot_angvel,  # expert 1
        -0.37002870440483093 - 0.18951250612735748 * torso_z + 2.3723576068878174 * torso_angle - 0.5108417272567749 * thigh_angle + 3.539231538772583 * leg_angle - 3.397808313369751 * foot_angle + 0.1732466071844101 * torso_vx - 0.494401216506958 * torso_vz + 0.5387349128723145 * torso_angvel + 0.20124629139900208 * thigh_angvel + 0.40152230858802795 * leg_angvel - 1.3896979093551636 * foot_angvel,  # expert 2
        -0.6326474547386169 - 0.7646353840827942 * torso_z - 1.761886477470398 * torso_angle - 1.3489494323730469 * thigh_angle + 0.5827765464782715 * leg_angle + 1.3505038022994995 * foot_angle + 0.5207862257957458 * torso_vx + 0.330159068107605 * torso_vz + 1.1123522520065308 * torso_angvel - 0.860649049282074 * thigh_angvel + 2.46517014503479 * leg_angvel - 0.5644423961639404 * foot_angvel,  # expert 3
        -0.767848789691925 - 1.2562755346298218 * torso_z - 0.4411938190460205 * torso_angle - 0.9937182068824768 * thigh_angle - 0.5543187856674194 * leg_angle + 0.9394822716712952 * foot_angle - 0.21575580537319183 * torso_vx - 2.0734760761260986 * torso_vz - 0.1648152470588684 * torso_angvel - 0.027359746396541595 * thigh_angvel - 0.3484558165073395 * leg_angvel - 0.2820439040660858 * foot_angvel,  # expert 4
        0.43693169951438904 + 0.552790641784668 * torso_z + 0.2893620729446411 * torso_angle + 0.07129953801631927 * thigh_angle - 0.9274686574935913 * leg_angle - 3.053997039794922 * foot_angle + 0.6713941693305969 * torso_vx + 1.0989774465560913 * torso_vz - 0.061832599341869354 * torso_angvel + 1.56638765335083 * thigh_angvel - 0.22207099199295044 * leg_angvel + 0.12253367900848389 * foot_angvel,  # expert 5
        0.6099814772605896 + 0.8560171127319336 * torso_z + 1.606282353401184 * torso_angle + 3.263889789581299 * thigh_angle + 0.2629868984222412 * leg_angle + 1.5050501823425293 * foot_angle - 0.42177557945251465 * torso_vx + 3.4703714847564697 * torso_vz + 0.6059252023696899 * torso_angvel + 0.1975320428609848 * thigh_angvel - 0.24800994992256165 * leg_angvel + 0.35846731066703796 * foot_angvel,  # expert 6
        0.8748300671577454 + 1.1440315246582031 * torso_z - 2.4711670875549316 * torso_angle + 0.6074654459953308 * thigh_angle - 0.40085726976394653 * leg_angle - 1.0310806035995483 * foot_angle - 3.847118616104126 * torso_vx - 0.19327841699123383 * torso_vz - 0.5361931324005127 * torso_angvel + 0.08673276752233505 * thigh_angvel - 0.4961985647678375 * leg_angvel + 0.20705805718898773 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.24864113330841064 + 0.040294304490089417 * torso_z - 7.648870468139648 * torso_angle - 1.3250383138656616 * thigh_angle + 0.058301351964473724 * leg_angle + 0.14161917567253113 * foot_angle - 0.25276103615760803 * torso_vx + 0.25651222467422485 * torso_vz - 1.4069440364837646 * torso_angvel + 0.02694019302725792 * thigh_angvel + 0.026043247431516647 * leg_angvel + 0.043620817363262177 * foot_angvel,  # thigh_torque
        0.6562486290931702 + 0.39016133546829224 * torso_z - 1.820919394493103 * torso_angle - 0.4001748859882355 * thigh_angle - 0.6617475152015686 * leg_angle + 0.2593058943748474 * foot_angle - 0.2745959758758545 * torso_vx + 0.11809539794921875 * torso_vz - 1.4713118076324463 * torso_angvel + 1.1145954132080078 * thigh_angvel - 0.11307848244905472 * leg_angvel + 0.058028753846883774 * foot_angvel,  # leg_torque
        2.1196494102478027 + 1.6123186349868774 * torso_z - 0.3976684808731079 * torso_angle - 1.1149909496307373 * thigh_angle + 0.85568767786026 * leg_angle + 0.7533107995986938 * foot_angle - 0.5579271912574768 * torso_vx - 0.9503560066223145 * torso_vz - 0.7462572455406189 * torso_angvel + 1.4024779796600342 * thigh_angvel + 1.0256295204162598 * leg_angvel - 0.2428170144557953 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.6732359528541565 - 0.6332927346229553 * torso_z - 4.525123596191406 * torso_angle - 1.3939547538757324 * thigh_angle - 0.12518806755542755 * leg_angle - 0.08948957175016403 * foot_angle - 0.35848939418792725 * torso_vx - 0.6533226370811462 * torso_vz - 0.9753187298774719 * torso_angvel - 0.09773796051740646 * thigh_angvel + 0.346867173910141 * leg_angvel - 0.2223910093307495 * foot_angvel,  # thigh_torque
        0.5379641652107239 + 0.012050732970237732 * torso_z - 2.3694210052490234 * torso_angle - 1.3512636423110962 * thigh_angle - 3.2110955715179443 * leg_angle - 0.005992962513118982 * foot_angle - 1.4569060802459717 * torso_vx + 0.10238920152187347 * torso_vz - 0.6340888738632202 * torso_angvel + 0.3621310889720917 * thigh_angvel - 0.7399437427520752 * leg_angvel - 0.211353600025177 * foot_angvel,  # leg_torque
        1.911902666091919 + 3.3439760208129883 * torso_z - 3.426090717315674 * torso_angle + 5.443615436553955 * thigh_angle + 1.5505894422531128 * leg_angle + 0.08702099323272705 * foot_angle - 2.0684540271759033 * torso_vx - 0.8552191853523254 * torso_vz - 0.267539381980896 * torso_angvel + 0.3874528706073761 * thigh_angvel + 0.12533977627754211 * leg_angvel + 0.003538270015269518 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.1773657500743866 + 0.3553726375102997 * torso_z - 7.850243091583252 * torso_angle - 1.5181103944778442 * thigh_angle - 0.24540314078330994 * leg_angle + 0.18293030560016632 * foot_angle - 0.3876568377017975 * torso_vx - 0.25814178586006165 * torso_vz - 2.248652219772339 * torso_angvel + 0.8242143988609314 * thigh_angvel + 0.42991307377815247 * leg_angvel - 0.06708627939224243 * foot_angvel,  # thigh_torque
        1.102476954460144 + 0.691569983959198 * torso_z - 3.633254289627075 * torso_angle - 0.5498371124267578 * thigh_angle - 3.5255730152130127 * leg_angle - 0.2735616862773895 * foot_angle - 1.2572803497314453 * torso_vx + 0.5697709918022156 * torso_vz - 0.7707890272140503 * torso_angvel + 0.44026198983192444 * thigh_angvel - 0.7645777463912964 * leg_angvel - 0.10984277725219727 * foot_angvel,  # leg_torque
        1.8418103456497192 + 2.719940662384033 * torso_z - 8.388877868652344 * torso_angle + 2.4832818508148193 * thigh_angle - 1.7152416706085205 * leg_angle - 2.977754831314087 * foot_angle - 2.2045528888702393 * torso_vx - 0.6050955057144165 * torso_vz + 0.039459552615880966 * torso_angvel - 0.004060346633195877 * thigh_angvel - 0.20874299108982086 * leg_angvel + 0.07955995947122574 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.44212624430656433 - 0.39593306183815 * torso_z - 9.98193359375 * torso_angle - 2.5479085445404053 * thigh_angle - 1.967750072479248 * leg_angle - 0.9436042904853821 * foot_angle - 0.6707688570022583 * torso_vx - 0.05639017000794411 * torso_vz - 0.8176166415214539 * torso_angvel - 0.12961874902248383 * thigh_angvel + 0.03293081372976303 * leg_angvel + 0.15985138714313507 * foot_angvel,  # thigh_torque
        0.2575382590293884 + 0.7028397917747498 * torso_z - 5.901937007904053 * torso_angle - 0.010236992500722408 * thigh_angle - 2.6214404106140137 * leg_angle + 0.5398585200309753 * foot_angle - 1.8654508590698242 * torso_vx + 0.7611461877822876 * torso_vz - 0.7532245516777039 * torso_angvel - 0.013030405156314373 * thigh_angvel - 0.32391244173049927 * leg_angvel - 0.196841299533844 * foot_angvel,  # leg_torque
        2.1001758575439453 + 3.1778616905212402 * torso_z - 4.503867149353027 * torso_angle + 3.355499505996704 * thigh_angle + 1.7683783769607544 * leg_angle - 0.8252069354057312 * foot_angle - 2.477715492248535 * torso_vx - 1.2646679878234863 * torso_vz - 0.4913443624973297 * torso_angvel + 0.5779294371604919 * thigh_angvel + 0.3075679540634155 * leg_angvel - 0.11844629794359207 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.09251389652490616 - 0.3227507174015045 * torso_z - 8.191170692443848 * torso_angle - 2.3707287311553955 * thigh_angle - 2.0263185501098633 * leg_angle - 0.31115278601646423 * foot_angle + 0.22128213942050934 * torso_vx + 0.5216639041900635 * torso_vz - 0.7005475759506226 * torso_angvel - 0.18465502560138702 * thigh_angvel + 0.1780223250389099 * leg_angvel - 0.02032487280666828 * foot_angvel,  # thigh_torque
        0.8968371152877808 + 0.7482902407646179 * torso_z - 6.312343120574951 * torso_angle + 0.2438298612833023 * thigh_angle - 2.999052047729492 * leg_angle + 0.1815941035747528 * foot_angle - 1.1551153659820557 * torso_vx + 0.08467083424329758 * torso_vz - 1.7008988857269287 * torso_angvel + 1.00448739528656 * thigh_angvel - 0.3192463517189026 * leg_angvel - 0.4250028729438782 * foot_angvel,  # leg_torque
        1.4977926015853882 + 3.1849725246429443 * torso_z - 5.52717399597168 * torso_angle + 2.401956081390381 * thigh_angle + 0.40796419978141785 * leg_angle - 1.4944485425949097 * foot_angle - 2.83079195022583 * torso_vx - 0.814552903175354 * torso_vz - 0.8835278749465942 * torso_angvel + 0.22752536833286285 * thigh_angvel + 0.13826125860214233 * leg_angvel + 0.15716734528541565 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.023833712562918663 - 0.15354585647583008 * torso_z - 5.654592514038086 * torso_angle - 1.915600061416626 * thigh_angle - 1.9860384464263916 * leg_angle - 0.2765849232673645 * foot_angle - 0.49468857049942017 * torso_vx - 0.2385253757238388 * torso_vz - 0.9442811012268066 * torso_angvel + 0.11050719022750854 * thigh_angvel + 0.24828170239925385 * leg_angvel + 0.002240526955574751 * foot_angvel,  # thigh_torque
        0.1786413937807083 + 0.6053073406219482 * torso_z + 0.9074863791465759 * torso_angle - 0.03207661211490631 * thigh_angle - 1.7559263706207275 * leg_angle - 0.22430846095085144 * foot_angle - 0.4141099750995636 * torso_vx + 0.4057329595088959 * torso_vz - 1.2577813863754272 * torso_angvel + 0.6070126295089722 * thigh_angvel - 0.08150878548622131 * leg_angvel + 0.09811639040708542 * foot_angvel,  # leg_torque
        2.0183093547821045 + 1.562391757965088 * torso_z + 0.7561588287353516 * torso_angle - 0.5400049090385437 * thigh_angle + 1.1254944801330566 * leg_angle + 1.8815369606018066 * foot_angle - 0.34571391344070435 * torso_vx - 0.15008389949798584 * torso_vz - 0.4536897540092468 * torso_angvel + 0.6507229804992676 * thigh_angvel + 0.6014492511749268 * leg_angvel - 0.24172012507915497 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.31736332178115845 + 0.058064743876457214 * torso_z - 4.6019463539123535 * torso_angle - 1.8020801544189453 * thigh_angle - 2.0508198738098145 * leg_angle - 0.3223503828048706 * foot_angle - 1.3027361631393433 * torso_vx + 0.7646092176437378 * torso_vz - 0.6734437346458435 * torso_angvel + 0.07474308460950851 * thigh_angvel + 0.5282782316207886 * leg_angvel + 0.2088237702846527 * foot_angvel,  # thigh_torque
        1.2634000778198242 + 1.0549747943878174 * torso_z - 2.30025577545166 * torso_angle + 0.7549505233764648 * thigh_angle - 0.5388703346252441 * leg_angle + 0.26987558603286743 * foot_angle - 1.9864869117736816 * torso_vx + 0.04544360190629959 * torso_vz - 1.1330586671829224 * torso_angvel + 0.8639078140258789 * thigh_angvel + 0.0984063446521759 * leg_angvel - 0.06480950862169266 * foot_angvel,  # leg_torque
        0.5220932960510254 + 0.454507976770401 * torso_z + 0.018832847476005554 * torso_angle + 0.06846018880605698 * thigh_angle - 1.3035500049591064 * leg_angle - 0.27331462502479553 * foot_angle - 0.41517627239227295 * torso_vx - 0.19954301416873932 * torso_vz + 0.30099648237228394 * torso_angvel - 0.21863088011741638 * thigh_angvel - 0.050644729286432266 * leg_angvel - 0.32638126611709595 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.3963037133216858 + 0.7002061009407043 * torso_z - 4.202988624572754 * torso_angle - 3.424656629562378 * thigh_angle - 1.4111104011535645 * leg_angle + 0.9684479832649231 * foot_angle - 0.44006165862083435 * torso_vx + 0.7396036386489868 * torso_vz - 0.3288588523864746 * torso_angvel - 0.10170499980449677 * thigh_angvel + 0.20222821831703186 * leg_angvel + 0.24401836097240448 * foot_angvel,  # thigh_torque
        0.8097399473190308 + 0.598041296005249 * torso_z - 2.9652764797210693 * torso_angle - 2.9875426292419434 * thigh_angle - 1.2225291728973389 * leg_angle + 0.0001138915540650487 * foot_angle - 0.07147964090108871 * torso_vx - 0.24041372537612915 * torso_vz - 0.17612949013710022 * torso_angvel + 0.08837024122476578 * thigh_angvel - 0.029828976839780807 * leg_angvel - 0.06540805101394653 * foot_angvel,  # leg_torque
        1.6080044507980347 + 1.5528817176818848 * torso_z + 0.3243158459663391 * torso_angle - 1.8269751071929932 * thigh_angle + 1.4200514554977417 * leg_angle - 0.028342710807919502 * foot_angle + 0.8357264399528503 * torso_vx - 2.134807825088501 * torso_vz + 0.5260636210441589 * torso_angvel - 0.4023627042770386 * thigh_angvel + 0.31973931193351746 * leg_angvel - 0.35844260454177856 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
