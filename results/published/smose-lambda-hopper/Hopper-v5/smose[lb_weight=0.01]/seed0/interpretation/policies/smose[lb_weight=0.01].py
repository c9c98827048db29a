"""Hopper-v5: smose[lb_weight=0.01] seed 0, its own policy

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
        -1.169814944267273 - 1.8021413087844849 * torso_z + 3.1435294151306152 * torso_angle - 1.505265712738037 * thigh_angle - 1.1894006729125977 * leg_angle + 0.5136996507644653 * foot_angle + 0.9740828275680542 * torso_vx - 0.8907376527786255 * torso_vz + 0.7218778133392334 * torso_angvel - 0.9419441819190979 * thigh_angvel + 0.17681226134300232 * leg_angvel - 1.5246127843856812 * foot_angvel,  # expert 0
        0.8175655007362366 + 1.0913375616073608 * torso_z - 2.785723924636841 * torso_angle + 1.0800167322158813 * thigh_angle - 0.32508233189582825 * leg_angle - 0.014554484747350216 * foot_angle - 2.450385808944702 * torso_vx - 0.22045373916625977 * torso_vz - 1.2167469263076782 * torso_angvel - 0.7774834632873535 * thigh_angvel + 0.3623456656932831 * leg_angvel - 0.8630382418632507 * foot_angvel,  # expert 1
        0.9120585322380066 + 1.0037379264831543 * torso_z - 1.8498708009719849 * torso_angle + 1.3517141342163086 * thigh_angle + 3.1246049404144287 * leg_angle + 1.291210651397705 * foot_angle - 0.7848280668258667 * torso_vx + 0.6343839764595032 * torso_vz + 0.08831052482128143 * torso_angvel - 0.10116671770811081 * thigh_angvel + 0.9940577149391174 * leg_angvel - 0.006034833379089832 * foot_angvel,  # expert 2
        -0.799270749092102 - 0.9726482033729553 * torso_z + 0.9231386780738831 * torso_angle + 2.628509521484375 * thigh_angle + 1.5899850130081177 * leg_angle + 1.3845608234405518 * foot_angle + 0.9838341474533081 * torso_vx + 1.1332073211669922 * torso_vz + 1.1489112377166748 * torso_angvel + 0.33707132935523987 * thigh_angvel + 1.4438382387161255 * leg_angvel + 1.3653643131256104 * foot_angvel,  # expert 3
        -2.2087299823760986 - 2.511704683303833 * torso_z - 2.3309316635131836 * torso_angle + 3.0262789726257324 * thigh_angle + 4.132033824920654 * leg_angle - 1.1397764682769775 * foot_angle - 0.8120182752609253 * torso_vx + 2.4020159244537354 * torso_vz - 0.7534584403038025 * torso_angvel - 0.09812654554843903 * thigh_angvel + 0.3207302391529083 * leg_angvel + 0.45492643117904663 * foot_angvel,  # expert 4
        -1.0829957723617554 - 1.368109941482544 * torso_z - 3.631105422973633 * torso_angle - 0.054071761667728424 * thigh_angle + 0.06615427136421204 * leg_angle - 3.7781822681427 * foot_angle + 2.6238815784454346 * torso_vx + 1.0503830909729004 * torso_vz - 0.8110263347625732 * torso_angvel + 0.621331512928009 * thigh_angvel - 0.4396456480026245 * leg_angvel + 0.8852774500846863 * foot_angvel,  # expert 5
        -1.461890459060669 - 1.0039615631103516 * torso_z - 3.8441574573516846 * torso_angle + 1.203987717628479 * thigh_angle + 2.44791579246521 * leg_angle + 1.6130404472351074 * foot_angle + 0.1990860104560852 * torso_vx + 2.3059804439544678 * torso_vz + 0.737051784992218 * torso_angvel + 0.027516338974237442 * thigh_angvel + 2.1526598930358887 * leg_angvel - 0.34144699573516846 * foot_angvel,  # expert 6
        -0.8401696085929871 - 0.6890426278114319 * torso_z - 1.839927077293396 * torso_angle + 2.789724826812744 * thigh_angle + 1.4725781679153442 * leg_angle + 1.541243553161621 * foot_angle + 0.023565957322716713 * torso_vx + 2.1459789276123047 * torso_vz - 0.6861209869384766 * torso_angvel + 0.1469220221042633 * thigh_angvel - 1.370106816291809 * leg_angvel + 0.8706016540527344 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -1.312217354774475 - 0.9041230082511902 * torso_z - 8.500417709350586 * torso_angle - 2.1778676509857178 * thigh_angle - 0.7005309462547302 * leg_angle - 0.7882298231124878 * foot_angle - 0.1476680338382721 * torso_vx - 0.2453504204750061 * torso_vz + 0.11056417971849442 * torso_angvel - 0.4920453727245331 * thigh_angvel - 0.16915957629680634 * leg_angvel - 0.09868895262479782 * foot_angvel,  # thigh_torque
        -0.2116093933582306 - 0.6961340308189392 * torso_z - 2.8171286582946777 * torso_angle - 1.061225414276123 * thigh_angle - 2.8736231327056885 * leg_angle + 0.7229325771331787 * foot_angle - 0.31485646963119507 * torso_vx + 0.17666272819042206 * torso_vz - 0.5284754037857056 * torso_angvel - 0.042700689285993576 * thigh_angvel - 0.5389425754547119 * leg_angvel + 0.022805608808994293 * foot_angvel,  # leg_torque
        2.478184700012207 + 4.56644344329834 * torso_z - 7.7340264320373535 * torso_angle + 3.3691487312316895 * thigh_angle - 1.8603911399841309 * leg_angle - 0.36398249864578247 * foot_angle - 1.6076902151107788 * torso_vx + 0.3395777940750122 * torso_vz - 1.0602368116378784 * torso_angvel + 1.1094601154327393 * thigh_angvel + 0.33170780539512634 * leg_angvel + 0.3886943757534027 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.31371405720710754 - 0.29108160734176636 * torso_z - 5.982765197753906 * torso_angle - 2.4228265285491943 * thigh_angle - 0.9122678637504578 * leg_angle - 1.0867772102355957 * foot_angle - 0.7122021913528442 * torso_vx + 0.5406469702720642 * torso_vz - 0.6320265531539917 * torso_angvel + 0.01928129233419895 * thigh_angvel + 0.06644175946712494 * leg_angvel + 0.18471448123455048 * foot_angvel,  # thigh_torque
        0.32479366660118103 + 0.3675432503223419 * torso_z - 1.5354127883911133 * torso_angle - 0.17616751790046692 * thigh_angle - 2.768063545227051 * leg_angle - 0.9326556324958801 * foot_angle - 0.548610270023346 * torso_vx - 0.7940468788146973 * torso_vz + 0.11213895678520203 * torso_angvel + 0.12212713062763214 * thigh_angvel - 0.9806444644927979 * leg_angvel + 0.2279772013425827 * foot_angvel,  # leg_torque
        1.4579616785049438 + 0.9595341086387634 * torso_z + 3.543491840362549 * torso_angle + 1.7299296855926514 * thigh_angle + 2.3170127868652344 * leg_angle - 1.436669111251831 * foot_angle + 0.6803324222564697 * torso_vx - 2.777724266052246 * torso_vz + 0.13191714882850647 * torso_angvel - 0.1589249223470688 * thigh_angvel + 0.22262337803840637 * leg_angvel - 1.3725301027297974 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.32655543088912964 - 0.8394148349761963 * torso_z - 3.8596808910369873 * torso_angle - 2.1356523036956787 * thigh_angle + 0.49386775493621826 * leg_angle + 0.259125679731369 * foot_angle - 0.3311074376106262 * torso_vx + 1.1950149536132812 * torso_vz - 0.649244487285614 * torso_angvel - 0.39562323689460754 * thigh_angvel + 0.6642088890075684 * leg_angvel + 0.1480041891336441 * foot_angvel,  # thigh_torque
        0.5445353984832764 + 0.8850918412208557 * torso_z - 1.7240204811096191 * torso_angle + 0.26756519079208374 * thigh_angle - 1.4166717529296875 * leg_angle - 1.50820791721344 * foot_angle - 1.3569809198379517 * torso_vx + 0.369256854057312 * torso_vz - 0.5537087321281433 * torso_angvel + 0.3383867144584656 * thigh_angvel - 0.6864206194877625 * leg_angvel - 0.20351621508598328 * foot_angvel,  # leg_torque
        0.9773194789886475 + 1.343788743019104 * torso_z + 1.2421934604644775 * torso_angle - 0.09349697083234787 * thigh_angle - 0.28036925196647644 * leg_angle - 0.9928557872772217 * foot_angle - 0.6069618463516235 * torso_vx - 1.5929068326950073 * torso_vz + 0.2382429987192154 * torso_angvel - 0.01739070564508438 * thigh_angvel + 0.06716234982013702 * leg_angvel - 1.0121296644210815 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.1755765974521637 - 0.33108142018318176 * torso_z - 5.6086015701293945 * torso_angle - 0.8040521144866943 * thigh_angle - 0.3087632358074188 * leg_angle + 0.21584472060203552 * foot_angle - 0.26218509674072266 * torso_vx + 0.7605287432670593 * torso_vz - 0.6691426634788513 * torso_angvel - 0.29363977909088135 * thigh_angvel + 0.21438749134540558 * leg_angvel + 0.20668819546699524 * foot_angvel,  # thigh_torque
        -0.5161982774734497 - 0.5991639494895935 * torso_z + 0.257828027009964 * torso_angle - 0.1896032840013504 * thigh_angle - 1.3067964315414429 * leg_angle - 0.9109075665473938 * foot_angle + 0.11417055130004883 * torso_vx - 0.7791449427604675 * torso_vz - 0.6855669617652893 * torso_angvel + 0.6314724683761597 * thigh_angvel - 0.4211079478263855 * leg_angvel + 0.236153244972229 * foot_angvel,  # leg_torque
        0.442370742559433 + 0.03903033584356308 * torso_z - 0.19916000962257385 * torso_angle - 1.1716420650482178 * thigh_angle - 2.685581922531128 * leg_angle + 0.06945117563009262 * foot_angle + 0.13530145585536957 * torso_vx - 0.9025964140892029 * torso_vz - 0.7088809609413147 * torso_angvel + 0.4632698893547058 * thigh_angvel - 0.13650934398174286 * leg_angvel - 0.09266042709350586 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.1546868234872818 - 0.02653529867529869 * torso_z - 0.16805969178676605 * torso_angle - 0.07773984968662262 * thigh_angle + 0.3323204815387726 * leg_angle + 0.06938920170068741 * foot_angle + 0.2539174258708954 * torso_vx + 0.23533521592617035 * torso_vz - 0.3625412881374359 * torso_angvel - 0.062224023044109344 * thigh_angvel - 0.12307381629943848 * leg_angvel - 0.012411884032189846 * foot_angvel,  # thigh_torque
        0.09741014987230301 + 0.333170086145401 * torso_z - 0.2677671015262604 * torso_angle - 0.0030795251950621605 * thigh_angle - 0.38084688782691956 * leg_angle + 0.10225308686494827 * foot_angle - 0.16904497146606445 * torso_vx - 0.37750422954559326 * torso_vz + 0.3310864567756653 * torso_angvel + 0.1743139773607254 * thigh_angvel - 0.39449775218963623 * leg_angvel + 0.1334935873746872 * foot_angvel,  # leg_torque
        -0.1482030600309372 - 0.017235757783055305 * torso_z + 0.12493537366390228 * torso_angle + 0.07654036581516266 * thigh_angle - 0.13351662456989288 * leg_angle - 0.008716973476111889 * foot_angle + 0.1491660624742508 * torso_vx - 0.15239264070987701 * torso_vz + 0.4163167178630829 * torso_angvel + 0.05901647359132767 * thigh_angvel - 0.24513879418373108 * leg_angvel - 0.10885994881391525 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.2366565614938736 + 0.03663237392902374 * torso_z - 5.944216251373291 * torso_angle - 0.3483370840549469 * thigh_angle + 0.1410771757364273 * leg_angle + 0.3491761386394501 * foot_angle - 0.018590092658996582 * torso_vx + 0.09486015886068344 * torso_vz - 0.8746312260627747 * torso_angvel + 0.26333391666412354 * thigh_angvel + 0.4032961428165436 * leg_angvel + 0.08023528009653091 * foot_angvel,  # thigh_torque
        0.4594363272190094 + 0.03537493571639061 * torso_z - 5.217138767242432 * torso_angle - 0.4057925045490265 * thigh_angle - 0.48059019446372986 * leg_angle + 0.3094155192375183 * foot_angle - 0.4497113823890686 * torso_vx - 0.719458281993866 * torso_vz - 0.17165429890155792 * torso_angvel + 0.33591213822364807 * thigh_angvel - 0.2513503432273865 * leg_angvel + 0.0699058547616005 * foot_angvel,  # leg_torque
        0.8436352014541626 + 1.1509310007095337 * torso_z - 0.24269168078899384 * torso_angle + 0.299031525850296 * thigh_angle - 1.3221169710159302 * leg_angle + 0.8607226610183716 * foot_angle + 0.17991702258586884 * torso_vx - 0.638434112071991 * torso_vz - 0.3710634112358093 * torso_angvel + 0.1731179803609848 * thigh_angvel - 0.006795988418161869 * leg_angvel - 0.11556121706962585 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.02230377122759819 - 0.2608530521392822 * torso_z - 0.23373928666114807 * torso_angle + 0.4493006467819214 * thigh_angle + 0.02718852460384369 * leg_angle - 0.3250231444835663 * foot_angle - 0.47262564301490784 * torso_vx + 0.028805263340473175 * torso_vz - 0.08372338861227036 * torso_angvel - 0.06306760758161545 * thigh_angvel - 0.10288544744253159 * leg_angvel + 0.03539518639445305 * foot_angvel,  # thigh_torque
        0.011156478896737099 - 0.4420713186264038 * torso_z - 0.6007624268531799 * torso_angle + 0.2994210720062256 * thigh_angle + 0.17282064259052277 * leg_angle - 0.4302862882614136 * foot_angle - 0.7150475978851318 * torso_vx + 0.19231674075126648 * torso_vz - 0.21768103539943695 * torso_angvel - 0.21950331330299377 * thigh_angvel - 0.17638030648231506 * leg_angvel - 0.13765375316143036 * foot_angvel,  # leg_torque
        0.7846996188163757 + 0.35571208596229553 * torso_z + 0.031969379633665085 * torso_angle - 0.10305667668581009 * thigh_angle - 0.39801013469696045 * leg_angle + 0.2749963104724884 * foot_angle + 0.33804839849472046 * torso_vx - 0.12384721636772156 * torso_vz + 0.44098061323165894 * torso_angvel + 0.37900039553642273 * thigh_angvel + 0.526627779006958 * leg_angvel - 0.1954650580883026 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.34043005108833313 - 0.23337550461292267 * torso_z - 3.340270519256592 * torso_angle - 1.580734372138977 * thigh_angle - 0.774301290512085 * leg_angle - 0.17740873992443085 * foot_angle - 0.6201650500297546 * torso_vx + 0.7194714546203613 * torso_vz - 0.994010865688324 * torso_angvel - 0.08687607944011688 * thigh_angvel + 0.09791042655706406 * leg_angvel + 0.22101916372776031 * foot_angvel,  # thigh_torque
        0.3677767813205719 + 0.45450377464294434 * torso_z - 0.0565226785838604 * torso_angle - 0.04135223105549812 * thigh_angle - 0.5238309502601624 * leg_angle - 0.8195841312408447 * foot_angle - 0.9265528321266174 * torso_vx - 0.8758629560470581 * torso_vz - 0.8543605208396912 * torso_angvel + 0.294831246137619 * thigh_angvel - 0.4324707090854645 * leg_angvel - 0.13522043824195862 * foot_angvel,  # leg_torque
        -0.06579603999853134 - 0.2857656478881836 * torso_z + 1.3361482620239258 * torso_angle + 0.09982974082231522 * thigh_angle - 0.058295514434576035 * leg_angle - 0.867989718914032 * foot_angle + 1.1547653675079346 * torso_vx - 1.487042784690857 * torso_vz - 0.02706575207412243 * torso_angvel + 0.2619380056858063 * thigh_angvel - 0.28243643045425415 * leg_angvel - 0.3909223973751068 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
