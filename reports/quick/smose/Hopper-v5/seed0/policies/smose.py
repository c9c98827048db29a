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
        0.323740154504776 + 0.21999265253543854 * torso_z + 0.6303035616874695 * torso_angle + 0.3328319489955902 * thigh_angle + 0.23879559338092804 * leg_angle - 0.46736711263656616 * foot_angle + 0.1669187843799591 * torso_vx + 0.01970994845032692 * torso_vz + 0.5707163214683533 * torso_angvel + 0.203922837972641 * thigh_angvel + 0.4161294996738434 * leg_angvel + 0.03314974531531334 * foot_angvel,  # expert 0
        -0.19791223108768463 - 0.0853327289223671 * torso_z - 0.8857085704803467 * torso_angle - 0.5683413743972778 * thigh_angle - 0.5794256329536438 * leg_angle + 0.04926946759223938 * foot_angle - 0.08315480500459671 * torso_vx + 0.40451112389564514 * torso_vz - 0.42628905177116394 * torso_angvel - 0.4303625822067261 * thigh_angvel + 0.2731967866420746 * leg_angvel + 0.31028664112091064 * foot_angvel,  # expert 1
        0.359873503446579 + 0.18314480781555176 * torso_z + 0.1410057544708252 * torso_angle + 0.15038613975048065 * thigh_angle + 0.5126534700393677 * leg_angle - 0.38074877858161926 * foot_angle - 0.8139591813087463 * torso_vx - 0.1257302463054657 * torso_vz + 0.06634459644556046 * torso_angvel + 0.12143225967884064 * thigh_angvel + 0.49397948384284973 * leg_angvel - 0.5311037302017212 * foot_angvel,  # expert 2
        0.2787545919418335 - 0.013420887291431427 * torso_z - 0.5929955244064331 * torso_angle - 0.42163342237472534 * thigh_angle - 0.3855430781841278 * leg_angle + 0.0620202012360096 * foot_angle + 0.04835619777441025 * torso_vx + 0.20542563498020172 * torso_vz - 0.11647044122219086 * torso_angvel - 0.08238808065652847 * thigh_angvel - 0.3600885272026062 * leg_angvel - 0.5117765665054321 * foot_angvel,  # expert 3
        0.16416198015213013 - 0.2569690942764282 * torso_z + 0.5381345748901367 * torso_angle + 0.16770121455192566 * thigh_angle + 0.4854159951210022 * leg_angle + 0.33896583318710327 * foot_angle + 0.5359744429588318 * torso_vx - 0.019131934270262718 * torso_vz + 0.7009707689285278 * torso_angvel + 0.17431652545928955 * thigh_angvel + 0.07742474973201752 * leg_angvel + 0.221604585647583 * foot_angvel,  # expert 4
        0.14065280556678772 - 0.15013721585273743 * torso_z + 0.0037446697242558002 * torso_angle - 0.16289840638637543 * thigh_angle - 0.21673978865146637 * leg_angle - 0.4093601405620575 * foot_angle - 0.20218420028686523 * torso_vx - 0.02997230924665928 * torso_vz - 0.41168224811553955 * torso_angvel - 0.13375166058540344 * thigh_angvel + 0.07082132250070572 * leg_angvel + 0.203187495470047 * foot_angvel,  # expert 5
        -0.8738329410552979 - 0.5691332817077637 * torso_z + 0.5200297236442566 * torso_angle + 0.3104723393917084 * thigh_angle + 0.3046068847179413 * leg_angle - 0.07289036363363266 * foot_angle + 0.2418040782213211 * torso_vx + 0.5033428072929382 * torso_vz + 0.6151555180549622 * torso_angvel + 0.6275267004966736 * thigh_angvel + 0.4463782012462616 * leg_angvel + 0.32684963941574097 * foot_angvel,  # expert 6
        -0.5273301601409912 - 0.6245503425598145 * torso_z + 0.5688052773475647 * torso_angle - 0.23454193770885468 * thigh_angle - 0.3962242603302002 * leg_angle + 0.7476179003715515 * foot_angle + 0.5702200531959534 * torso_vx - 0.6170709729194641 * torso_vz - 0.30200207233428955 * torso_angvel - 0.4592895805835724 * thigh_angvel - 0.4608709514141083 * leg_angvel + 0.2549828290939331 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.3924027383327484 + 0.7445233464241028 * torso_z - 0.9388137459754944 * torso_angle - 0.4368952512741089 * thigh_angle - 0.5206106901168823 * leg_angle - 0.28078368306159973 * foot_angle - 0.4684482216835022 * torso_vx + 0.3813178539276123 * torso_vz - 0.057165246456861496 * torso_angvel + 0.2569890320301056 * thigh_angvel + 0.009223529137670994 * leg_angvel - 0.17436783015727997 * foot_angvel,  # thigh_torque
        0.3456774055957794 + 0.40910136699676514 * torso_z - 0.9374324083328247 * torso_angle - 0.43035465478897095 * thigh_angle - 0.717559814453125 * leg_angle + 0.351031094789505 * foot_angle - 0.1925986111164093 * torso_vx - 0.26512667536735535 * torso_vz + 0.6432511806488037 * torso_angvel + 0.3631296753883362 * thigh_angvel - 0.0017710840329527855 * leg_angvel - 0.4645676016807556 * foot_angvel,  # leg_torque
        0.41314321756362915 + 0.690838098526001 * torso_z + 0.012748328037559986 * torso_angle - 0.6987817287445068 * thigh_angle - 0.3292619585990906 * leg_angle + 0.6060317754745483 * foot_angle + 0.7962198257446289 * torso_vx - 0.7730430364608765 * torso_vz + 0.6389520168304443 * torso_angvel + 0.6125402450561523 * thigh_angvel + 0.06040795519948006 * leg_angvel - 0.35426896810531616 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.9880015254020691 + 0.4987443685531616 * torso_z - 0.9540253281593323 * torso_angle - 0.6774961352348328 * thigh_angle - 0.8119376301765442 * leg_angle + 0.18394984304904938 * foot_angle - 0.22370630502700806 * torso_vx + 0.11207201331853867 * torso_vz - 0.629978597164154 * torso_angvel - 0.6220638751983643 * thigh_angvel + 0.1501787006855011 * leg_angvel + 0.13419651985168457 * foot_angvel,  # thigh_torque
        0.52998286485672 + 0.6532663702964783 * torso_z - 0.29625555872917175 * torso_angle + 0.14350159466266632 * thigh_angle - 0.6610429286956787 * leg_angle + 0.06921493262052536 * foot_angle - 0.12480206787586212 * torso_vx - 0.06328107416629791 * torso_vz - 0.08747602999210358 * torso_angvel - 0.18554498255252838 * thigh_angvel - 0.43950745463371277 * leg_angvel + 0.04879707843065262 * foot_angvel,  # leg_torque
        0.14399661123752594 - 0.3873302638530731 * torso_z + 0.8036543130874634 * torso_angle + 0.827609121799469 * thigh_angle + 0.8657708168029785 * leg_angle - 0.443865031003952 * foot_angle + 0.3745991289615631 * torso_vx - 0.5124877691268921 * torso_vz + 0.24544362723827362 * torso_angvel + 0.2626444399356842 * thigh_angvel - 0.4883926510810852 * leg_angvel - 0.13970428705215454 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        1.19083571434021 + 0.6770001649856567 * torso_z - 1.2744089365005493 * torso_angle - 0.9926111102104187 * thigh_angle - 0.6242205500602722 * leg_angle - 0.6108316779136658 * foot_angle - 0.7413274049758911 * torso_vx - 0.5480637550354004 * torso_vz - 0.7426096200942993 * torso_angvel - 0.34399688243865967 * thigh_angvel + 0.5005744695663452 * leg_angvel - 0.45625147223472595 * foot_angvel,  # thigh_torque
        0.3169548213481903 + 0.6958239674568176 * torso_z - 0.661066472530365 * torso_angle - 0.012649744749069214 * thigh_angle - 0.5651317834854126 * leg_angle - 0.03828658163547516 * foot_angle - 0.024576552212238312 * torso_vx - 0.7421208620071411 * torso_vz - 0.13465666770935059 * torso_angvel - 0.1489907205104828 * thigh_angvel + 0.11217246204614639 * leg_angvel - 0.36709144711494446 * foot_angvel,  # leg_torque
        0.5339999198913574 + 0.8857916593551636 * torso_z - 0.313376784324646 * torso_angle - 0.16240283846855164 * thigh_angle - 0.12430030107498169 * leg_angle - 1.1436004638671875 * foot_angle - 0.5301405191421509 * torso_vx - 0.3547452986240387 * torso_vz - 0.02346610277891159 * torso_angvel - 0.10270550101995468 * thigh_angvel - 0.05922289565205574 * leg_angvel - 1.0349862575531006 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.6808521747589111 + 0.5620800852775574 * torso_z - 1.121825098991394 * torso_angle - 0.479683518409729 * thigh_angle - 0.7484307885169983 * leg_angle - 0.0514860562980175 * foot_angle - 0.44797155261039734 * torso_vx + 0.16198039054870605 * torso_vz - 0.7173840999603271 * torso_angvel - 0.30397722125053406 * thigh_angvel - 0.5654328465461731 * leg_angvel - 0.23698210716247559 * foot_angvel,  # thigh_torque
        0.6190319061279297 + 0.7031795978546143 * torso_z - 0.6325154900550842 * torso_angle - 0.46156540513038635 * thigh_angle - 0.8108668327331543 * leg_angle + 0.45111146569252014 * foot_angle - 0.4586663246154785 * torso_vx - 0.646634578704834 * torso_vz - 0.5781716108322144 * torso_angvel - 0.025570660829544067 * thigh_angvel - 0.7927888631820679 * leg_angvel - 0.033785250037908554 * foot_angvel,  # leg_torque
        0.7860954403877258 + 0.4193822145462036 * torso_z + 0.5022330284118652 * torso_angle - 0.4786718487739563 * thigh_angle + 0.015113192610442638 * leg_angle + 0.6250864863395691 * foot_angle + 0.32780373096466064 * torso_vx - 0.45636114478111267 * torso_vz - 0.2914150059223175 * torso_angvel + 0.1393459588289261 * thigh_angvel - 0.567524254322052 * leg_angvel - 0.530941903591156 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.2683446705341339 + 0.39110955595970154 * torso_z - 0.9728918671607971 * torso_angle - 0.16768121719360352 * thigh_angle - 0.20870065689086914 * leg_angle - 0.44682562351226807 * foot_angle - 0.3908265233039856 * torso_vx + 0.3452398478984833 * torso_vz - 0.6940191388130188 * torso_angvel + 0.18535897135734558 * thigh_angvel - 0.08080349117517471 * leg_angvel + 0.04197654873132706 * foot_angvel,  # thigh_torque
        0.3804146945476532 + 0.609930694103241 * torso_z - 0.5109049081802368 * torso_angle - 0.3977300226688385 * thigh_angle - 0.6920779347419739 * leg_angle + 0.5192309617996216 * foot_angle + 0.2600591778755188 * torso_vx - 0.5583735108375549 * torso_vz + 0.5435488224029541 * torso_angvel + 0.37172698974609375 * thigh_angvel - 0.4186075031757355 * leg_angvel + 0.32638120651245117 * foot_angvel,  # leg_torque
        0.5258081555366516 + 0.6542458534240723 * torso_z + 0.2771408259868622 * torso_angle - 0.5934620499610901 * thigh_angle - 0.19766296446323395 * leg_angle + 0.4063125252723694 * foot_angle + 0.34422141313552856 * torso_vx - 1.0194573402404785 * torso_vz + 0.4525758624076843 * torso_angvel - 0.12332313507795334 * thigh_angvel - 0.3974432647228241 * leg_angvel - 0.1268676072359085 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.5938929319381714 + 0.9359725713729858 * torso_z - 0.7087981104850769 * torso_angle - 0.542943000793457 * thigh_angle - 0.5400354862213135 * leg_angle - 0.39750900864601135 * foot_angle - 0.8888375163078308 * torso_vx - 0.25701436400413513 * torso_vz - 0.4794016480445862 * torso_angvel - 0.5211642384529114 * thigh_angvel - 0.6654934287071228 * leg_angvel + 0.2015637755393982 * foot_angvel,  # thigh_torque
        0.6638939380645752 + 0.13034777343273163 * torso_z - 0.28783461451530457 * torso_angle - 0.260795533657074 * thigh_angle - 0.8884693384170532 * leg_angle + 0.8817690014839172 * foot_angle - 0.2692717909812927 * torso_vx - 0.5077570676803589 * torso_vz - 0.16723620891571045 * torso_angvel - 0.07166741788387299 * thigh_angvel - 0.7224714756011963 * leg_angvel - 0.09245622158050537 * foot_angvel,  # leg_torque
        0.7743539810180664 + 0.7704687714576721 * torso_z + 0.0610739104449749 * torso_angle + 0.48891863226890564 * thigh_angle - 0.0726117491722107 * leg_angle - 0.303382933139801 * foot_angle - 0.3498150408267975 * torso_vx - 0.4198628067970276 * torso_vz - 0.33624133467674255 * torso_angvel + 0.1501561403274536 * thigh_angvel - 0.3002694845199585 * leg_angvel + 0.28032633662223816 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.3202475607395172 + 0.03722758963704109 * torso_z - 0.3083202540874481 * torso_angle + 0.08376798033714294 * thigh_angle - 0.34087899327278137 * leg_angle + 0.18156909942626953 * foot_angle - 0.0422620065510273 * torso_vx - 0.06646721065044403 * torso_vz + 0.1483665406703949 * torso_angvel - 0.05123789608478546 * thigh_angvel + 0.10508366674184799 * leg_angvel + 0.14757397770881653 * foot_angvel,  # thigh_torque
        0.5299742817878723 + 0.07570252567529678 * torso_z - 0.16804231703281403 * torso_angle - 0.10103566944599152 * thigh_angle - 0.19275449216365814 * leg_angle + 0.11286895722150803 * foot_angle - 0.10349911451339722 * torso_vx + 0.19474059343338013 * torso_vz + 0.3826064169406891 * torso_angvel + 0.21240980923175812 * thigh_angvel + 0.15153804421424866 * leg_angvel + 0.18512801826000214 * foot_angvel,  # leg_torque
        0.35684895515441895 - 0.07106953859329224 * torso_z + 0.2446381151676178 * torso_angle + 0.02352275140583515 * thigh_angle - 0.06559023261070251 * leg_angle + 0.1877860277891159 * foot_angle + 0.19712845981121063 * torso_vx - 0.4386557936668396 * torso_vz + 0.12223454564809799 * torso_angvel + 0.27547189593315125 * thigh_angvel + 0.3964664340019226 * leg_angvel + 0.3344023823738098 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.056409820914268494 - 0.03230641409754753 * torso_z - 0.20201684534549713 * torso_angle - 0.298652708530426 * thigh_angle - 0.28025469183921814 * leg_angle - 0.23001353442668915 * foot_angle + 0.17274336516857147 * torso_vx + 0.15699075162410736 * torso_vz - 0.5383191108703613 * torso_angvel - 0.04197068139910698 * thigh_angvel + 0.19100558757781982 * leg_angvel + 0.28590139746665955 * foot_angvel,  # thigh_torque
        0.4074173867702484 + 0.5324282050132751 * torso_z - 0.24756912887096405 * torso_angle - 0.16400130093097687 * thigh_angle - 0.5643163919448853 * leg_angle + 0.3988341689109802 * foot_angle - 0.16749019920825958 * torso_vx - 0.36981630325317383 * torso_vz - 0.18669791519641876 * torso_angvel + 0.26058727502822876 * thigh_angvel - 0.29630136489868164 * leg_angvel + 0.2403288185596466 * foot_angvel,  # leg_torque
        0.5320090055465698 + 0.36329489946365356 * torso_z + 0.2702251672744751 * torso_angle - 0.0005502949352376163 * thigh_angle - 0.05346451699733734 * leg_angle + 0.3729052245616913 * foot_angle + 0.42411383986473083 * torso_vx - 0.11207082867622375 * torso_vz - 0.11514682322740555 * torso_angvel - 0.13490137457847595 * thigh_angvel - 0.3344917297363281 * leg_angvel + 0.12397996336221695 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
