"""Hopper-v5: smose[lb_weight=1.0] seed 2, its own policy

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
        -0.5494430065155029 - 0.6682131886482239 * torso_z + 0.5075498223304749 * torso_angle + 0.6388231515884399 * thigh_angle - 0.8912427425384521 * leg_angle + 0.4472464621067047 * foot_angle - 0.5927884578704834 * torso_vx - 0.10847291350364685 * torso_vz + 0.8984922170639038 * torso_angvel + 0.2821536660194397 * thigh_angvel - 1.003896713256836 * leg_angvel - 0.8889732360839844 * foot_angvel,  # expert 0
        0.5640117526054382 + 0.7619532942771912 * torso_z - 1.9511256217956543 * torso_angle + 1.1820167303085327 * thigh_angle - 0.4446415305137634 * leg_angle - 1.314906120300293 * foot_angle - 2.140410900115967 * torso_vx + 0.2078244537115097 * torso_vz - 1.047406554222107 * torso_angvel - 0.1063992977142334 * thigh_angvel - 0.45979875326156616 * leg_angvel + 0.5546846985816956 * foot_angvel,  # expert 1
        -1.1231799125671387 - 1.6320037841796875 * torso_z - 0.08039811253547668 * torso_angle - 1.2870728969573975 * thigh_angle - 1.1712656021118164 * leg_angle - 1.7989435195922852 * foot_angle + 0.4396189749240875 * torso_vx + 0.5974271297454834 * torso_vz + 0.38590624928474426 * torso_angvel + 1.3212158679962158 * thigh_angvel - 0.39152291417121887 * leg_angvel - 1.0142894983291626 * foot_angvel,  # expert 2
        -0.45517653226852417 - 0.2903980612754822 * torso_z - 2.9365649223327637 * torso_angle - 1.8035184144973755 * thigh_angle + 0.8554048538208008 * leg_angle + 0.584449052810669 * foot_angle + 0.154682457447052 * torso_vx + 0.1789204180240631 * torso_vz + 1.6637765169143677 * torso_angvel - 0.5791323184967041 * thigh_angvel + 0.7407779693603516 * leg_angvel + 0.09399256110191345 * foot_angvel,  # expert 3
        0.16020268201828003 + 0.3089991509914398 * torso_z + 4.862860679626465 * torso_angle + 1.7716000080108643 * thigh_angle + 2.2276132106781006 * leg_angle + 1.5587505102157593 * foot_angle + 0.544837474822998 * torso_vx + 2.466681957244873 * torso_vz + 0.7009662389755249 * torso_angvel - 0.2510077655315399 * thigh_angvel + 0.53031325340271 * leg_angvel - 0.464270681142807 * foot_angvel,  # expert 4
        -0.32141679525375366 - 0.12991631031036377 * torso_z + 2.631316661834717 * torso_angle + 0.5222293138504028 * thigh_angle + 0.752410888671875 * leg_angle - 0.10632915049791336 * foot_angle + 0.6769598126411438 * torso_vx - 1.9088667631149292 * torso_vz + 0.2238723784685135 * torso_angvel + 0.83782559633255 * thigh_angvel + 1.831980586051941 * leg_angvel + 0.021101905032992363 * foot_angvel,  # expert 5
        0.5190051794052124 + 0.5735741853713989 * torso_z + 1.2468223571777344 * torso_angle + 1.9300198554992676 * thigh_angle + 0.8706824779510498 * leg_angle - 0.3021774888038635 * foot_angle + 0.0898691937327385 * torso_vx - 0.7430118918418884 * torso_vz + 0.4029448628425598 * torso_angvel + 0.7664409875869751 * thigh_angvel + 1.3369697332382202 * leg_angvel + 0.557167112827301 * foot_angvel,  # expert 6
        0.7450441718101501 + 0.32518383860588074 * torso_z - 0.021055743098258972 * torso_angle + 1.4905670881271362 * thigh_angle + 1.7260112762451172 * leg_angle - 0.8255524635314941 * foot_angle - 1.3580595254898071 * torso_vx + 0.8815517425537109 * torso_vz - 0.26494428515434265 * torso_angvel - 0.5758894085884094 * thigh_angvel + 1.3381516933441162 * leg_angvel + 0.8579878211021423 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.741632342338562 - 0.3513350188732147 * torso_z - 7.563766002655029 * torso_angle - 2.549325704574585 * thigh_angle - 0.3306427001953125 * leg_angle + 0.45171481370925903 * foot_angle - 1.051262617111206 * torso_vx + 0.09084752202033997 * torso_vz - 0.3800584375858307 * torso_angvel - 0.5511760711669922 * thigh_angvel - 0.056770097464323044 * leg_angvel - 0.10601092129945755 * foot_angvel,  # thigh_torque
        0.8655213713645935 + 1.7214758396148682 * torso_z + 1.287178874015808 * torso_angle + 0.6343107223510742 * thigh_angle - 0.5079591870307922 * leg_angle + 0.11150278896093369 * foot_angle - 1.0718938112258911 * torso_vx + 1.151023030281067 * torso_vz - 1.400338053703308 * torso_angvel + 0.882180392742157 * thigh_angvel - 0.10680899024009705 * leg_angvel + 0.2894781827926636 * foot_angvel,  # leg_torque
        1.9253158569335938 + 3.241713762283325 * torso_z - 1.666224718093872 * torso_angle + 3.3278510570526123 * thigh_angle + 2.934105634689331 * leg_angle - 1.3037636280059814 * foot_angle - 1.382155179977417 * torso_vx - 1.9189852476119995 * torso_vz - 1.4008487462997437 * torso_angvel + 0.6226402521133423 * thigh_angvel + 0.5386503338813782 * leg_angvel + 0.009311462752521038 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.6749878525733948 + 0.6447453498840332 * torso_z - 6.135348796844482 * torso_angle - 3.1214370727539062 * thigh_angle + 0.11700373142957687 * leg_angle + 1.2762725353240967 * foot_angle - 0.725342333316803 * torso_vx - 0.06764904409646988 * torso_vz - 0.4103785455226898 * torso_angvel + 0.016686180606484413 * thigh_angvel + 0.32228371500968933 * leg_angvel - 0.16271016001701355 * foot_angvel,  # thigh_torque
        1.0644655227661133 + 0.7334728240966797 * torso_z + 1.6005713939666748 * torso_angle + 1.2265087366104126 * thigh_angle - 1.924794316291809 * leg_angle - 0.7139689922332764 * foot_angle - 0.497035413980484 * torso_vx + 0.3384035527706146 * torso_vz - 0.29522356390953064 * torso_angvel + 0.26534998416900635 * thigh_angvel - 0.13392218947410583 * leg_angvel - 0.22475562989711761 * foot_angvel,  # leg_torque
        1.4760524034500122 + 1.2919610738754272 * torso_z + 1.196829915046692 * torso_angle + 0.7833709120750427 * thigh_angle + 0.47301533818244934 * leg_angle - 0.026254575699567795 * foot_angle + 0.5624517202377319 * torso_vx - 3.142090320587158 * torso_vz + 0.4343929588794708 * torso_angvel + 0.36989548802375793 * thigh_angvel + 0.018464526161551476 * leg_angvel - 1.3527182340621948 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.10125630348920822 - 0.452888160943985 * torso_z - 7.155228614807129 * torso_angle - 1.667617917060852 * thigh_angle + 0.011432401835918427 * leg_angle + 0.273240864276886 * foot_angle - 0.06368695199489594 * torso_vx + 0.0177445150911808 * torso_vz - 1.1926016807556152 * torso_angvel + 0.09694896638393402 * thigh_angvel + 0.15379716455936432 * leg_angvel - 0.11005349457263947 * foot_angvel,  # thigh_torque
        0.01474869716912508 - 0.06876340508460999 * torso_z - 3.971517324447632 * torso_angle + 0.7364084720611572 * thigh_angle - 2.5503122806549072 * leg_angle - 0.23947125673294067 * foot_angle - 0.192108616232872 * torso_vx + 1.1379209756851196 * torso_vz - 0.9195852279663086 * torso_angvel + 0.6533778309822083 * thigh_angvel - 0.15829606354236603 * leg_angvel + 0.0714588612318039 * foot_angvel,  # leg_torque
        0.5068890452384949 + 0.5764963030815125 * torso_z - 3.932842969894409 * torso_angle + 0.17757515609264374 * thigh_angle + 0.3587843179702759 * leg_angle - 2.436347246170044 * foot_angle - 0.38882267475128174 * torso_vx - 0.6022613048553467 * torso_vz - 0.8710203170776367 * torso_angvel + 0.7666028738021851 * thigh_angvel + 0.48857977986335754 * leg_angvel + 0.28335729241371155 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.46502387523651123 - 0.20537696778774261 * torso_z - 8.719684600830078 * torso_angle - 3.358459949493408 * thigh_angle - 1.9194415807724 * leg_angle - 1.3399919271469116 * foot_angle - 1.7627171277999878 * torso_vx - 0.11859387159347534 * torso_vz - 0.3424014151096344 * torso_angvel - 0.9633094072341919 * thigh_angvel - 0.43495336174964905 * leg_angvel - 0.23648032546043396 * foot_angvel,  # thigh_torque
        1.508576512336731 + 2.9666833877563477 * torso_z - 5.722050189971924 * torso_angle + 0.620762288570404 * thigh_angle + 1.558457374572754 * leg_angle + 0.0941784456372261 * foot_angle - 2.5587711334228516 * torso_vx - 0.10862355679273605 * torso_vz - 0.6945914030075073 * torso_angvel + 0.7599120140075684 * thigh_angvel - 0.17652904987335205 * leg_angvel + 0.23221145570278168 * foot_angvel,  # leg_torque
        1.8270817995071411 + 3.589319944381714 * torso_z - 5.5991435050964355 * torso_angle + 3.3002684116363525 * thigh_angle + 2.5888140201568604 * leg_angle + 0.043173253536224365 * foot_angle - 2.1434643268585205 * torso_vx - 1.6061800718307495 * torso_vz - 0.8891353607177734 * torso_angvel + 0.7121710181236267 * thigh_angvel + 0.45705941319465637 * leg_angvel + 0.5303984880447388 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        1.0598574876785278 + 0.8956875801086426 * torso_z - 8.360711097717285 * torso_angle - 2.7301714420318604 * thigh_angle + 0.27167901396751404 * leg_angle - 1.1535568237304688 * foot_angle - 1.4562171697616577 * torso_vx - 0.04357855021953583 * torso_vz - 1.397716999053955 * torso_angvel - 0.07876147329807281 * thigh_angvel + 0.5400302410125732 * leg_angvel - 0.07217757403850555 * foot_angvel,  # thigh_torque
        0.9945713877677917 + 0.8555994629859924 * torso_z - 3.779355525970459 * torso_angle - 0.8163629770278931 * thigh_angle - 2.342336416244507 * leg_angle + 0.13690322637557983 * foot_angle - 0.9847376942634583 * torso_vx - 0.10935814678668976 * torso_vz - 0.6456608176231384 * torso_angvel + 0.7165052890777588 * thigh_angvel - 0.09708814322948456 * leg_angvel + 0.05246273800730705 * foot_angvel,  # leg_torque
        1.5719478130340576 + 1.813325047492981 * torso_z - 0.4178449511528015 * torso_angle + 2.2348382472991943 * thigh_angle + 2.5556552410125732 * leg_angle - 0.6594221591949463 * foot_angle - 1.5224835872650146 * torso_vx - 1.5931507349014282 * torso_vz - 0.747974157333374 * torso_angvel - 0.04564308747649193 * thigh_angvel + 0.16182412207126617 * leg_angvel - 0.19243216514587402 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.815960168838501 + 0.4666183590888977 * torso_z - 10.133954048156738 * torso_angle - 1.0423775911331177 * thigh_angle + 0.4016122817993164 * leg_angle - 0.6226667761802673 * foot_angle - 0.6763600707054138 * torso_vx + 0.3365374207496643 * torso_vz - 1.153939962387085 * torso_angvel + 0.278044730424881 * thigh_angvel + 0.5169364809989929 * leg_angvel - 0.07965854555368423 * foot_angvel,  # thigh_torque
        0.8231009244918823 + 1.5576434135437012 * torso_z - 4.351743698120117 * torso_angle - 0.4468243718147278 * thigh_angle - 1.59895658493042 * leg_angle + 0.29874736070632935 * foot_angle - 0.8808431029319763 * torso_vx - 0.013839537277817726 * torso_vz - 0.9674957990646362 * torso_angvel + 0.7453067302703857 * thigh_angvel - 0.18596455454826355 * leg_angvel - 0.1376536339521408 * foot_angvel,  # leg_torque
        1.7845847606658936 + 1.991015076637268 * torso_z - 2.559084892272949 * torso_angle + 1.0108126401901245 * thigh_angle + 0.7664913535118103 * leg_angle + 0.28249064087867737 * foot_angle - 0.5896459817886353 * torso_vx - 0.11846227943897247 * torso_vz - 0.18449454009532928 * torso_angvel - 0.016332734376192093 * thigh_angvel + 0.10007307678461075 * leg_angvel + 0.2662660777568817 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        1.0641649961471558 + 1.3253473043441772 * torso_z - 7.153586387634277 * torso_angle - 0.4603695273399353 * thigh_angle + 0.009757016785442829 * leg_angle - 1.3752650022506714 * foot_angle - 1.449537992477417 * torso_vx + 0.3020688593387604 * torso_vz - 1.8866444826126099 * torso_angvel + 0.10361851006746292 * thigh_angvel + 0.5626256465911865 * leg_angvel + 0.04709876328706741 * foot_angvel,  # thigh_torque
        0.557782769203186 + 0.8677202463150024 * torso_z - 1.8493642807006836 * torso_angle - 0.006522074341773987 * thigh_angle - 2.2897326946258545 * leg_angle - 0.48196133971214294 * foot_angle - 1.009201169013977 * torso_vx - 0.4250735342502594 * torso_vz - 0.4562690258026123 * torso_angvel + 0.6401026248931885 * thigh_angvel - 0.5414708256721497 * leg_angvel - 0.054519448429346085 * foot_angvel,  # leg_torque
        1.5002110004425049 + 1.2684786319732666 * torso_z - 1.7423840761184692 * torso_angle - 2.0439374446868896 * thigh_angle + 0.49668246507644653 * leg_angle - 1.7873201370239258 * foot_angle - 0.6297856569290161 * torso_vx - 1.720358967781067 * torso_vz - 1.1482733488082886 * torso_angvel + 0.09796813875436783 * thigh_angvel + 0.45731139183044434 * leg_angvel - 0.7060294151306152 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        1.1049429178237915 + 1.134497880935669 * torso_z - 5.5482025146484375 * torso_angle - 3.2067806720733643 * thigh_angle - 0.5005515813827515 * leg_angle - 1.1085001230239868 * foot_angle - 1.0483405590057373 * torso_vx + 0.4390040636062622 * torso_vz - 1.018402338027954 * torso_angvel + 0.2973574101924896 * thigh_angvel + 0.32370367646217346 * leg_angvel - 0.1979730874300003 * foot_angvel,  # thigh_torque
        0.2204732596874237 + 0.6042243838310242 * torso_z - 0.14408592879772186 * torso_angle + 0.14838865399360657 * thigh_angle - 3.152426242828369 * leg_angle + 0.23078860342502594 * foot_angle - 0.7468085289001465 * torso_vx - 1.41004478931427 * torso_vz - 0.3103928565979004 * torso_angvel + 0.35503244400024414 * thigh_angvel - 0.10583152621984482 * leg_angvel - 0.02086738869547844 * foot_angvel,  # leg_torque
        0.7121888399124146 + 0.7915656566619873 * torso_z - 0.08185427635908127 * torso_angle + 0.07967834174633026 * thigh_angle - 0.36136218905448914 * leg_angle - 0.7607245445251465 * foot_angle + 0.6676443219184875 * torso_vx - 2.340695858001709 * torso_vz + 0.3738612234592438 * torso_angvel + 0.16711074113845825 * thigh_angvel + 0.7315713763237 * leg_angvel - 0.6765661239624023 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
