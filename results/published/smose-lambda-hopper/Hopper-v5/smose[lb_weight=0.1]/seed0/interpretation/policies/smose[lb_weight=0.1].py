"""Hopper-v5: smose[lb_weight=0.1] seed 0, its own policy

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
        -0.28494712710380554 - 0.6498005390167236 * torso_z + 5.1628522872924805 * torso_angle + 1.082770824432373 * thigh_angle - 4.093736171722412 * leg_angle + 0.5247069597244263 * foot_angle + 1.3303837776184082 * torso_vx - 0.6415838599205017 * torso_vz + 1.8452661037445068 * torso_angvel + 0.4360560476779938 * thigh_angvel - 0.4866701364517212 * leg_angvel + 0.06522110849618912 * foot_angvel,  # expert 0
        -0.11787056177854538 + 0.12638849020004272 * torso_z - 1.8272625207901 * torso_angle + 1.2664602994918823 * thigh_angle + 1.0299322605133057 * leg_angle + 1.233574390411377 * foot_angle + 1.1385595798492432 * torso_vx + 0.3740750849246979 * torso_vz - 0.5622077584266663 * torso_angvel - 0.33765387535095215 * thigh_angvel - 1.051438570022583 * leg_angvel + 0.6776972413063049 * foot_angvel,  # expert 1
        1.6469879150390625 + 1.7663383483886719 * torso_z - 0.16320347785949707 * torso_angle - 1.271389126777649 * thigh_angle + 0.7228071689605713 * leg_angle + 0.7404179573059082 * foot_angle - 1.5879456996917725 * torso_vx - 0.09747575968503952 * torso_vz + 0.610131025314331 * torso_angvel + 1.1812242269515991 * thigh_angvel + 1.9065059423446655 * leg_angvel - 0.004573281388729811 * foot_angvel,  # expert 2
        0.12644441425800323 + 0.2142764925956726 * torso_z - 1.8489181995391846 * torso_angle + 2.049626111984253 * thigh_angle + 0.5432043671607971 * leg_angle + 0.6945445537567139 * foot_angle + 1.2131094932556152 * torso_vx + 3.074002742767334 * torso_vz + 0.8852783441543579 * torso_angvel + 1.564246654510498 * thigh_angvel - 1.2851834297180176 * leg_angvel - 1.8323560953140259 * foot_angvel,  # expert 3
        1.1340359449386597 + 0.7352742552757263 * torso_z + 1.2747695446014404 * torso_angle + 4.084384918212891 * thigh_angle + 2.569087028503418 * leg_angle - 1.7237017154693604 * foot_angle - 1.0780987739562988 * torso_vx + 2.159864902496338 * torso_vz + 1.4220346212387085 * torso_angvel + 2.6080427169799805 * thigh_angvel - 0.11861123144626617 * leg_angvel + 2.2448134422302246 * foot_angvel,  # expert 4
        -0.9990981221199036 - 1.6886744499206543 * torso_z - 0.3168832063674927 * torso_angle - 1.3306498527526855 * thigh_angle + 3.099799394607544 * leg_angle + 1.730351209640503 * foot_angle + 2.014054775238037 * torso_vx - 1.4583081007003784 * torso_vz + 1.0337462425231934 * torso_angvel - 1.0425195693969727 * thigh_angvel + 0.29421666264533997 * leg_angvel - 0.1517590880393982 * foot_angvel,  # expert 5
        0.7632138133049011 + 1.044439673423767 * torso_z - 3.7477054595947266 * torso_angle - 0.8314727544784546 * thigh_angle + 0.7160648107528687 * leg_angle - 2.8153445720672607 * foot_angle - 4.1491522789001465 * torso_vx + 0.244302436709404 * torso_vz - 2.002333402633667 * torso_angvel - 0.7719753384590149 * thigh_angvel + 0.3405488431453705 * leg_angvel + 0.3478843867778778 * foot_angvel,  # expert 6
        -1.0848535299301147 - 1.4939559698104858 * torso_z - 0.08560622483491898 * torso_angle - 1.8551828861236572 * thigh_angle + 0.6867324709892273 * leg_angle - 2.7367186546325684 * foot_angle + 1.4355547428131104 * torso_vx - 0.7791550159454346 * torso_vz + 0.6906840801239014 * torso_angvel - 0.4573807716369629 * thigh_angvel + 0.7996569871902466 * leg_angvel - 1.1764018535614014 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.18634378910064697 + 0.6217482686042786 * torso_z - 8.19412612915039 * torso_angle - 1.1207972764968872 * thigh_angle - 0.8279311656951904 * leg_angle - 0.48791754245758057 * foot_angle - 0.47833123803138733 * torso_vx + 0.10030138492584229 * torso_vz - 0.22265928983688354 * torso_angvel - 0.39278584718704224 * thigh_angvel - 0.038680046796798706 * leg_angvel + 0.07499764859676361 * foot_angvel,  # thigh_torque
        -0.1897134631872177 - 0.10392627865076065 * torso_z - 6.419439315795898 * torso_angle - 1.0743885040283203 * thigh_angle - 1.8343538045883179 * leg_angle - 0.14238783717155457 * foot_angle - 0.32204946875572205 * torso_vx - 0.03788580000400543 * torso_vz + 0.08587365597486496 * torso_angvel - 0.2964649796485901 * thigh_angvel - 0.39938297867774963 * leg_angvel - 0.018582627177238464 * foot_angvel,  # leg_torque
        -0.1665995866060257 + 0.9128856658935547 * torso_z - 6.0882062911987305 * torso_angle + 2.9151244163513184 * thigh_angle - 0.5261663794517517 * leg_angle - 0.406790554523468 * foot_angle + 0.2866433560848236 * torso_vx - 0.3888503611087799 * torso_vz - 0.22396975755691528 * torso_angvel + 0.8366516828536987 * thigh_angvel + 0.2504967749118805 * leg_angvel - 0.5072755217552185 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.3609035909175873 - 0.27975744009017944 * torso_z - 2.192950487136841 * torso_angle - 2.3077991008758545 * thigh_angle - 1.1991623640060425 * leg_angle - 0.7666219472885132 * foot_angle - 0.7436345815658569 * torso_vx - 0.6898772716522217 * torso_vz - 0.1951456069946289 * torso_angvel - 0.6427740454673767 * thigh_angvel - 0.030278196558356285 * leg_angvel - 0.11634339392185211 * foot_angvel,  # thigh_torque
        -0.3388836085796356 - 0.3338540196418762 * torso_z - 1.0472712516784668 * torso_angle - 1.2347345352172852 * thigh_angle - 1.0896360874176025 * leg_angle - 0.4102660119533539 * foot_angle - 1.032319188117981 * torso_vx - 1.1501286029815674 * torso_vz + 0.041550859808921814 * torso_angvel - 0.2853448987007141 * thigh_angvel - 0.44166651368141174 * leg_angvel + 0.03339225798845291 * foot_angvel,  # leg_torque
        1.1921695470809937 + 0.6942455172538757 * torso_z + 0.6530858278274536 * torso_angle + 0.6893258094787598 * thigh_angle - 0.16321051120758057 * leg_angle - 0.8685059547424316 * foot_angle - 0.3224372863769531 * torso_vx - 0.481280654668808 * torso_vz + 0.04117898643016815 * torso_angvel + 0.021838994696736336 * thigh_angvel + 0.00949757732450962 * leg_angvel - 0.5098898410797119 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.48179617524147034 - 0.10018538683652878 * torso_z - 6.142919063568115 * torso_angle - 6.976519584655762 * thigh_angle - 0.6182729601860046 * leg_angle + 1.0262430906295776 * foot_angle - 1.3547205924987793 * torso_vx + 0.6283054351806641 * torso_vz - 0.33670634031295776 * torso_angvel + 0.05991831421852112 * thigh_angvel + 0.5012340545654297 * leg_angvel + 0.5618506669998169 * foot_angvel,  # thigh_torque
        0.2370527684688568 + 0.5624006390571594 * torso_z - 3.8751745223999023 * torso_angle - 2.0074973106384277 * thigh_angle - 3.2219491004943848 * leg_angle + 1.0550438165664673 * foot_angle - 3.041353702545166 * torso_vx + 2.017224073410034 * torso_vz - 0.8211126327514648 * torso_angvel + 0.7723392248153687 * thigh_angvel + 0.43593865633010864 * leg_angvel + 0.19566017389297485 * foot_angvel,  # leg_torque
        1.5684853792190552 + 1.7615234851837158 * torso_z - 6.0406060218811035 * torso_angle + 1.9592483043670654 * thigh_angle + 0.7457318305969238 * leg_angle - 2.421668529510498 * foot_angle - 2.1382784843444824 * torso_vx - 1.5541914701461792 * torso_vz + 0.5145678520202637 * torso_angvel + 0.8820124864578247 * thigh_angvel + 0.2907639443874359 * leg_angvel + 0.3905639350414276 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.040326982736587524 - 0.21191930770874023 * torso_z - 6.5908026695251465 * torso_angle - 3.1358067989349365 * thigh_angle - 0.9686076045036316 * leg_angle - 0.23613956570625305 * foot_angle - 0.21246185898780823 * torso_vx + 0.11051652580499649 * torso_vz - 0.1816832572221756 * torso_angvel - 0.444413959980011 * thigh_angvel + 0.02813098020851612 * leg_angvel + 0.21946068108081818 * foot_angvel,  # thigh_torque
        -0.46052202582359314 - 0.6904978156089783 * torso_z - 2.856288194656372 * torso_angle - 2.053950548171997 * thigh_angle - 3.2424373626708984 * leg_angle + 0.4608640968799591 * foot_angle - 0.5849772691726685 * torso_vx - 2.245431423187256 * torso_vz - 0.2911226749420166 * torso_angvel + 0.7473857402801514 * thigh_angvel - 0.5681512355804443 * leg_angvel + 0.17222648859024048 * foot_angvel,  # leg_torque
        1.1271017789840698 + 0.7334171533584595 * torso_z - 7.123849391937256 * torso_angle + 3.4312949180603027 * thigh_angle + 0.33722323179244995 * leg_angle + 0.619085967540741 * foot_angle - 1.011846661567688 * torso_vx - 1.293818712234497 * torso_vz + 0.43744003772735596 * torso_angvel + 0.5906283259391785 * thigh_angvel - 0.7951079607009888 * leg_angvel - 0.07391133159399033 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.18074244260787964 + 0.28367695212364197 * torso_z - 2.6515822410583496 * torso_angle - 2.5455291271209717 * thigh_angle - 1.2465261220932007 * leg_angle - 0.9881684184074402 * foot_angle - 0.19284754991531372 * torso_vx + 0.4766170382499695 * torso_vz - 0.21945104002952576 * torso_angvel - 0.2794809341430664 * thigh_angvel + 0.11023369431495667 * leg_angvel - 0.13546030223369598 * foot_angvel,  # thigh_torque
        0.00861653033643961 + 0.19960862398147583 * torso_z - 5.8126020431518555 * torso_angle - 0.6840487122535706 * thigh_angle - 2.6874125003814697 * leg_angle - 2.306567907333374 * foot_angle - 1.9533131122589111 * torso_vx - 0.22690963745117188 * torso_vz - 0.38040831685066223 * torso_angvel + 0.16194374859333038 * thigh_angvel - 0.056442730128765106 * leg_angvel + 0.10201317071914673 * foot_angvel,  # leg_torque
        1.0571435689926147 + 1.234768271446228 * torso_z + 3.4186768531799316 * torso_angle + 3.0007762908935547 * thigh_angle + 0.0390673466026783 * leg_angle + 1.3612864017486572 * foot_angle - 0.09949813038110733 * torso_vx - 1.2765064239501953 * torso_vz + 0.30256953835487366 * torso_angvel - 0.0829998105764389 * thigh_angvel + 0.17665444314479828 * leg_angvel - 0.5783823132514954 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.022052211686968803 + 0.7038763761520386 * torso_z - 8.175033569335938 * torso_angle - 1.0827139616012573 * thigh_angle + 0.2721444070339203 * leg_angle + 0.1459043323993683 * foot_angle - 0.8283953070640564 * torso_vx + 0.08566916733980179 * torso_vz + 0.00014521645789500326 * torso_angvel - 0.6772295832633972 * thigh_angvel - 0.39321547746658325 * leg_angvel + 0.056379713118076324 * foot_angvel,  # thigh_torque
        0.21588771045207977 - 0.4393492341041565 * torso_z - 1.7380532026290894 * torso_angle - 0.5755248665809631 * thigh_angle - 1.7891165018081665 * leg_angle + 0.004901432432234287 * foot_angle - 0.5998584628105164 * torso_vx + 0.2224060595035553 * torso_vz + 0.7999119758605957 * torso_angvel - 0.2948470711708069 * thigh_angvel - 0.6645853519439697 * leg_angvel - 0.21802343428134918 * foot_angvel,  # leg_torque
        0.2598084807395935 + 1.1014007329940796 * torso_z - 5.902944564819336 * torso_angle + 2.8745296001434326 * thigh_angle + 3.0688185691833496 * leg_angle + 0.019790302962064743 * foot_angle - 0.8816381096839905 * torso_vx - 1.3645559549331665 * torso_vz - 0.04010454937815666 * torso_angvel + 0.29847240447998047 * thigh_angvel + 0.7581390738487244 * leg_angvel - 0.45221850275993347 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.3280276656150818 - 0.7295465469360352 * torso_z - 4.2127461433410645 * torso_angle - 8.243526458740234 * thigh_angle - 0.906138002872467 * leg_angle - 0.3231382966041565 * foot_angle - 0.8438193202018738 * torso_vx + 0.5990436673164368 * torso_vz - 0.6073063015937805 * torso_angvel - 0.5455153584480286 * thigh_angvel + 0.15453633666038513 * leg_angvel + 0.22139178216457367 * foot_angvel,  # thigh_torque
        0.5367480516433716 - 0.07465911656618118 * torso_z - 4.341179370880127 * torso_angle - 2.209777593612671 * thigh_angle - 4.128407001495361 * leg_angle + 0.23910105228424072 * foot_angle + 0.02534092590212822 * torso_vx - 1.6537193059921265 * torso_vz + 0.01260856632143259 * torso_angvel - 0.173960343003273 * thigh_angvel - 0.927291214466095 * leg_angvel - 0.04797348380088806 * foot_angvel,  # leg_torque
        1.5618259906768799 + 1.1662700176239014 * torso_z + 2.9167416095733643 * torso_angle + 0.7537034749984741 * thigh_angle + 2.1992013454437256 * leg_angle - 0.7391854524612427 * foot_angle + 1.0332226753234863 * torso_vx - 2.1518940925598145 * torso_vz + 0.3346569538116455 * torso_angvel - 0.18092060089111328 * thigh_angvel + 0.1986859142780304 * leg_angvel - 1.1761049032211304 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.023487871512770653 + 0.21597695350646973 * torso_z - 3.698493242263794 * torso_angle - 0.5995825529098511 * thigh_angle - 0.20407438278198242 * leg_angle + 1.1222609281539917 * foot_angle - 0.24884046614170074 * torso_vx + 0.19995909929275513 * torso_vz - 0.013236582279205322 * torso_angvel - 0.5444196462631226 * thigh_angvel - 0.43342432379722595 * leg_angvel + 0.1791692078113556 * foot_angvel,  # thigh_torque
        0.15270443260669708 - 0.11425846815109253 * torso_z - 1.263545036315918 * torso_angle - 0.2633267939090729 * thigh_angle - 1.1508309841156006 * leg_angle - 0.49688947200775146 * foot_angle - 0.39195334911346436 * torso_vx - 0.20745429396629333 * torso_vz - 0.19626715779304504 * torso_angvel - 0.0010607800213620067 * thigh_angvel - 0.8204376697540283 * leg_angvel - 0.10441429167985916 * foot_angvel,  # leg_torque
        0.5307043790817261 + 0.6844409108161926 * torso_z - 2.538921594619751 * torso_angle + 1.229209542274475 * thigh_angle + 0.6921356916427612 * leg_angle - 1.279549241065979 * foot_angle - 1.0604103803634644 * torso_vx - 0.06815025210380554 * torso_vz - 0.44366270303726196 * torso_angvel + 0.5250041484832764 * thigh_angvel - 0.0054517933167517185 * leg_angvel - 0.48976293206214905 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
