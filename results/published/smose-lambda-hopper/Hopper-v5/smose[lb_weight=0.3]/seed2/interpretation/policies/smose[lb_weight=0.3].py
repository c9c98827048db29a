"""Hopper-v5: smose[lb_weight=0.3] seed 2, its own policy

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
        1.7122623920440674 + 2.4772603511810303 * torso_z - 2.3212952613830566 * torso_angle + 1.1864222288131714 * thigh_angle - 0.002818766515702009 * leg_angle + 0.5925230979919434 * foot_angle - 1.7406795024871826 * torso_vx - 0.7335381507873535 * torso_vz - 0.06055596470832825 * torso_angvel + 2.0236716270446777 * thigh_angvel + 0.3031214773654938 * leg_angvel + 0.12555181980133057 * foot_angvel,  # expert 0
        1.297236442565918 + 1.4575245380401611 * torso_z - 3.27925181388855 * torso_angle + 0.7681176066398621 * thigh_angle - 1.1487702131271362 * leg_angle - 1.557140827178955 * foot_angle - 4.241150379180908 * torso_vx + 1.8193182945251465 * torso_vz - 2.5664451122283936 * torso_angvel - 0.9712987542152405 * thigh_angvel - 0.1489109992980957 * leg_angvel + 0.8674277067184448 * foot_angvel,  # expert 1
        -2.298604726791382 - 3.4484777450561523 * torso_z + 2.8672337532043457 * torso_angle - 0.7627414464950562 * thigh_angle - 2.31486439704895 * leg_angle - 2.7676570415496826 * foot_angle + 0.8079551458358765 * torso_vx + 0.8958820104598999 * torso_vz + 1.793627381324768 * torso_angvel + 0.26707741618156433 * thigh_angvel - 0.5236881375312805 * leg_angvel - 1.6217132806777954 * foot_angvel,  # expert 2
        0.1426747888326645 + 1.0530891418457031 * torso_z - 1.1985937356948853 * torso_angle + 0.6319805979728699 * thigh_angle + 0.2772424519062042 * leg_angle + 0.9520452618598938 * foot_angle - 0.8611741065979004 * torso_vx - 1.9785667657852173 * torso_vz - 1.0246878862380981 * torso_angvel + 0.5560756921768188 * thigh_angvel + 1.7193063497543335 * leg_angvel - 0.6379060745239258 * foot_angvel,  # expert 3
        -0.3807409107685089 - 0.5806854367256165 * torso_z + 1.1514198780059814 * torso_angle - 1.0466136932373047 * thigh_angle + 5.1037163734436035 * leg_angle + 1.781226396560669 * foot_angle + 1.3384567499160767 * torso_vx + 0.939322829246521 * torso_vz + 1.810045838356018 * torso_angvel - 1.5190699100494385 * thigh_angvel + 0.20745232701301575 * leg_angvel + 0.17960424721240997 * foot_angvel,  # expert 4
        -0.41688722372055054 - 0.7088225483894348 * torso_z + 5.5802435874938965 * torso_angle + 1.3152430057525635 * thigh_angle + 0.5230286717414856 * leg_angle + 1.7147924900054932 * foot_angle + 0.6100080609321594 * torso_vx - 0.4717256724834442 * torso_vz + 1.5795050859451294 * torso_angvel + 1.2746586799621582 * thigh_angvel - 0.7558011412620544 * leg_angvel - 1.3353601694107056 * foot_angvel,  # expert 5
        0.05194873362779617 - 0.30484455823898315 * torso_z + 0.6544898748397827 * torso_angle + 0.6524620056152344 * thigh_angle - 0.04061677306890488 * leg_angle - 3.8792667388916016 * foot_angle + 1.5554076433181763 * torso_vx - 0.49763596057891846 * torso_vz + 0.969024121761322 * torso_angvel + 0.4343630075454712 * thigh_angvel + 0.17590944468975067 * leg_angvel + 0.546944260597229 * foot_angvel,  # expert 6
        -0.5319279432296753 - 0.7368489503860474 * torso_z + 0.7880421876907349 * torso_angle + 0.803456723690033 * thigh_angle + 1.1719236373901367 * leg_angle - 0.9684053063392639 * foot_angle - 0.8533175587654114 * torso_vx + 1.003434658050537 * torso_vz - 0.05438588559627533 * torso_angvel + 1.0671939849853516 * thigh_angvel + 0.043238528072834015 * leg_angvel + 1.6501389741897583 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.696285605430603 + 0.04143115133047104 * torso_z - 4.280128002166748 * torso_angle - 2.6278867721557617 * thigh_angle - 0.29202568531036377 * leg_angle - 0.9050915241241455 * foot_angle - 1.4157532453536987 * torso_vx - 0.17667493224143982 * torso_vz - 0.5534888505935669 * torso_angvel - 0.46623122692108154 * thigh_angvel - 0.03237014263868332 * leg_angvel + 0.10969912260770798 * foot_angvel,  # thigh_torque
        0.27397194504737854 + 0.6587020754814148 * torso_z - 2.4911386966705322 * torso_angle - 0.7810734510421753 * thigh_angle - 2.747373580932617 * leg_angle + 0.506130576133728 * foot_angle - 0.8602651953697205 * torso_vx - 0.3045749366283417 * torso_vz - 1.299532175064087 * torso_angvel + 0.4387461245059967 * thigh_angvel - 0.11431307345628738 * leg_angvel + 0.15942558646202087 * foot_angvel,  # leg_torque
        1.1139379739761353 + 1.04599928855896 * torso_z - 0.9570106863975525 * torso_angle + 0.2940414249897003 * thigh_angle + 0.07425138354301453 * leg_angle - 1.790188193321228 * foot_angle - 0.034488167613744736 * torso_vx - 0.22117243707180023 * torso_vz - 0.10663893818855286 * torso_angvel - 0.3716486394405365 * thigh_angvel - 0.23570367693901062 * leg_angvel - 0.387816458940506 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.5312203764915466 + 0.27240854501724243 * torso_z - 5.686223983764648 * torso_angle - 4.665319919586182 * thigh_angle - 1.5603382587432861 * leg_angle + 0.30933016538619995 * foot_angle - 0.5669298768043518 * torso_vx + 0.2580697536468506 * torso_vz - 0.28855040669441223 * torso_angvel - 0.09229176491498947 * thigh_angvel + 0.1504557579755783 * leg_angvel + 0.12657484412193298 * foot_angvel,  # thigh_torque
        0.5082045793533325 + 0.21757183969020844 * torso_z + 0.8300034999847412 * torso_angle + 1.6177723407745361 * thigh_angle - 2.013032913208008 * leg_angle + 0.6101387143135071 * foot_angle - 1.0784218311309814 * torso_vx + 0.31406986713409424 * torso_vz - 0.34724676609039307 * torso_angvel + 0.05315316095948219 * thigh_angvel - 0.050607651472091675 * leg_angvel + 0.09752533584833145 * foot_angvel,  # leg_torque
        1.5271166563034058 + 1.3531303405761719 * torso_z + 1.237912893295288 * torso_angle - 0.21147596836090088 * thigh_angle + 1.1417473554611206 * leg_angle - 0.6440529823303223 * foot_angle + 1.4250794649124146 * torso_vx - 2.35953950881958 * torso_vz + 0.4048536419868469 * torso_angvel + 0.06440919637680054 * thigh_angvel - 0.003951556980609894 * leg_angvel - 0.6821475625038147 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.7694960236549377 + 1.0830262899398804 * torso_z - 9.631239891052246 * torso_angle - 1.6761080026626587 * thigh_angle + 0.5328325033187866 * leg_angle - 0.2814912796020508 * foot_angle - 0.022744450718164444 * torso_vx + 0.3063510060310364 * torso_vz - 0.3181246519088745 * torso_angvel - 0.6256157159805298 * thigh_angvel + 0.13156329095363617 * leg_angvel + 0.4567561745643616 * foot_angvel,  # thigh_torque
        -0.15980759263038635 + 0.21467290818691254 * torso_z - 6.129360675811768 * torso_angle + 0.9695091247558594 * thigh_angle - 2.4962921142578125 * leg_angle - 0.19823530316352844 * foot_angle - 0.580014169216156 * torso_vx + 0.19400225579738617 * torso_vz - 1.1470837593078613 * torso_angvel + 0.6686606407165527 * thigh_angvel - 0.4724978804588318 * leg_angvel - 0.23178964853286743 * foot_angvel,  # leg_torque
        -0.8733325004577637 - 0.7968193292617798 * torso_z - 4.822538375854492 * torso_angle + 0.8492199778556824 * thigh_angle + 0.5514676570892334 * leg_angle - 1.223612904548645 * foot_angle - 0.5547176599502563 * torso_vx - 0.16753548383712769 * torso_vz - 0.29820969700813293 * torso_angvel + 0.07542672753334045 * thigh_angvel - 0.04828733205795288 * leg_angvel - 0.11961288750171661 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.02724357880651951 - 0.22059936821460724 * torso_z - 7.307585716247559 * torso_angle - 2.2450547218322754 * thigh_angle + 0.22730515897274017 * leg_angle + 0.035158779472112656 * foot_angle - 0.8584706783294678 * torso_vx - 0.31228846311569214 * torso_vz - 0.3077417016029358 * torso_angvel - 0.2907412350177765 * thigh_angvel + 0.05277874693274498 * leg_angvel + 0.06527777016162872 * foot_angvel,  # thigh_torque
        1.079830288887024 + 1.3465269804000854 * torso_z - 4.773892879486084 * torso_angle - 0.272399365901947 * thigh_angle - 2.0997512340545654 * leg_angle - 0.11343343555927277 * foot_angle - 1.033767580986023 * torso_vx + 0.21068696677684784 * torso_vz - 1.4159157276153564 * torso_angvel + 0.822376012802124 * thigh_angvel - 0.3411702811717987 * leg_angvel + 0.030347168445587158 * foot_angvel,  # leg_torque
        2.139606237411499 + 2.4434421062469482 * torso_z - 1.635612964630127 * torso_angle + 1.176897406578064 * thigh_angle + 0.07627370208501816 * leg_angle - 0.5382839441299438 * foot_angle - 1.0304293632507324 * torso_vx + 1.012355923652649 * torso_vz - 0.5013463497161865 * torso_angvel + 0.4107138514518738 * thigh_angvel + 0.0937081128358841 * leg_angvel + 0.21028751134872437 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.5719778537750244 + 0.2223850041627884 * torso_z - 9.964414596557617 * torso_angle - 1.8337829113006592 * thigh_angle - 1.9788906574249268 * leg_angle - 1.540326714515686 * foot_angle - 0.5889144539833069 * torso_vx + 0.6643081903457642 * torso_vz - 0.1905180960893631 * torso_angvel - 0.36163848638534546 * thigh_angvel + 0.1600486785173416 * leg_angvel - 0.0028678677044808865 * foot_angvel,  # thigh_torque
        0.615326464176178 + 1.0044914484024048 * torso_z - 6.074518203735352 * torso_angle + 1.7104417085647583 * thigh_angle - 0.715541422367096 * leg_angle + 0.26940757036209106 * foot_angle - 0.9448535442352295 * torso_vx - 0.2190229594707489 * torso_vz - 0.9657779335975647 * torso_angvel + 0.7976512312889099 * thigh_angvel - 0.3005363643169403 * leg_angvel - 0.4142376780509949 * foot_angvel,  # leg_torque
        1.8573882579803467 + 2.2800145149230957 * torso_z - 5.036642551422119 * torso_angle + 2.3169970512390137 * thigh_angle + 4.675280570983887 * leg_angle + 0.3828293979167938 * foot_angle - 1.2053550481796265 * torso_vx + 0.5826291441917419 * torso_vz - 1.7430988550186157 * torso_angvel + 0.9417316913604736 * thigh_angvel + 0.3870221674442291 * leg_angvel + 0.275264173746109 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.3324977457523346 - 0.22708986699581146 * torso_z - 10.47568416595459 * torso_angle - 1.5591773986816406 * thigh_angle - 0.8659299612045288 * leg_angle + 0.19619756937026978 * foot_angle - 0.8873660564422607 * torso_vx + 0.4452759027481079 * torso_vz + 0.005938506685197353 * torso_angvel - 0.9467914700508118 * thigh_angvel - 0.2134413719177246 * leg_angvel - 0.0755835473537445 * foot_angvel,  # thigh_torque
        0.1602707952260971 + 0.7995843291282654 * torso_z - 5.271842002868652 * torso_angle + 1.7138662338256836 * thigh_angle - 0.32395902276039124 * leg_angle - 0.8215923309326172 * foot_angle + 0.04246858134865761 * torso_vx - 0.28633183240890503 * torso_vz - 1.1180822849273682 * torso_angvel + 0.47899913787841797 * thigh_angvel - 0.4021070599555969 * leg_angvel - 0.08083681762218475 * foot_angvel,  # leg_torque
        1.910927414894104 + 3.0022475719451904 * torso_z - 8.105550765991211 * torso_angle + 3.6498241424560547 * thigh_angle + 2.1098365783691406 * leg_angle + 0.40403488278388977 * foot_angle - 2.228442668914795 * torso_vx - 0.3878766596317291 * torso_vz - 1.629263997077942 * torso_angvel + 1.0737487077713013 * thigh_angvel + 0.618472695350647 * leg_angvel - 0.3525477349758148 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.019556356593966484 + 0.26028940081596375 * torso_z - 6.139802932739258 * torso_angle - 0.604475736618042 * thigh_angle - 0.09134571254253387 * leg_angle + 0.47524315118789673 * foot_angle - 0.24925488233566284 * torso_vx + 0.08160009235143661 * torso_vz - 0.5143219828605652 * torso_angvel - 0.2311026006937027 * thigh_angvel + 0.161775603890419 * leg_angvel + 0.14049851894378662 * foot_angvel,  # thigh_torque
        0.6064603924751282 + 0.4950500428676605 * torso_z - 4.712472915649414 * torso_angle - 0.4172108471393585 * thigh_angle - 1.0576339960098267 * leg_angle + 0.1430797576904297 * foot_angle - 0.7379681468009949 * torso_vx - 0.23125895857810974 * torso_vz - 0.17562726140022278 * torso_angvel + 0.07126268744468689 * thigh_angvel - 0.2719343304634094 * leg_angvel - 0.03392457589507103 * foot_angvel,  # leg_torque
        1.7622840404510498 + 1.4549102783203125 * torso_z - 4.512630939483643 * torso_angle - 0.4887210428714752 * thigh_angle - 1.8554025888442993 * leg_angle - 0.9474045634269714 * foot_angle - 1.1382826566696167 * torso_vx + 0.13483773171901703 * torso_vz - 1.5587362051010132 * torso_angvel + 1.7244617938995361 * thigh_angvel + 0.7217293977737427 * leg_angvel + 0.019652854651212692 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.036927275359630585 - 0.2836211025714874 * torso_z - 6.170611381530762 * torso_angle - 2.2405478954315186 * thigh_angle - 1.268174648284912 * leg_angle + 0.07010722160339355 * foot_angle - 0.34165486693382263 * torso_vx + 0.17975908517837524 * torso_vz + 0.04188079759478569 * torso_angvel - 0.8017397522926331 * thigh_angvel + 0.16601866483688354 * leg_angvel + 0.13319462537765503 * foot_angvel,  # thigh_torque
        0.488417387008667 + 0.7999393939971924 * torso_z - 1.2408758401870728 * torso_angle + 0.7651870846748352 * thigh_angle - 2.1476662158966064 * leg_angle - 1.11402428150177 * foot_angle - 0.5441752672195435 * torso_vx - 1.2118003368377686 * torso_vz - 0.8142296075820923 * torso_angvel + 0.7042354941368103 * thigh_angvel - 0.5789494514465332 * leg_angvel - 0.09632836282253265 * foot_angvel,  # leg_torque
        1.1458500623703003 + 1.5696783065795898 * torso_z - 0.27403682470321655 * torso_angle - 1.3620668649673462 * thigh_angle - 1.2837499380111694 * leg_angle - 0.988857626914978 * foot_angle - 0.16293828189373016 * torso_vx - 0.24953649938106537 * torso_vz - 0.4790298044681549 * torso_angvel + 0.7884870767593384 * thigh_angvel + 0.13311514258384705 * leg_angvel - 0.49948930740356445 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
