"""Hopper-v5: smose[lb_weight=0.03] seed 1, its own policy

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
        -1.1141115427017212 - 0.9342833161354065 * torso_z + 1.0100317001342773 * torso_angle + 3.7104132175445557 * thigh_angle + 1.731889009475708 * leg_angle - 0.4601282477378845 * foot_angle + 1.2595489025115967 * torso_vx + 2.8332836627960205 * torso_vz + 1.380176305770874 * torso_angvel - 0.2103525549173355 * thigh_angvel + 1.1317458152770996 * leg_angvel + 1.950193166732788 * foot_angvel,  # expert 0
        -0.8326346278190613 - 1.0866259336471558 * torso_z + 1.4865490198135376 * torso_angle - 0.774700939655304 * thigh_angle + 0.18541084229946136 * leg_angle + 3.3125462532043457 * foot_angle + 1.1892049312591553 * torso_vx + 0.347551167011261 * torso_vz + 2.105289936065674 * torso_angvel - 0.35124653577804565 * thigh_angvel - 0.6837708353996277 * leg_angvel - 1.3536351919174194 * foot_angvel,  # expert 1
        -0.31504079699516296 - 0.4455273449420929 * torso_z - 2.160297155380249 * torso_angle - 0.1759684979915619 * thigh_angle + 1.0253939628601074 * leg_angle - 1.4276666641235352 * foot_angle - 0.5513163805007935 * torso_vx + 2.9563493728637695 * torso_vz + 2.1680257320404053 * torso_angvel + 2.3843209743499756 * thigh_angvel + 1.5082104206085205 * leg_angvel - 0.3547367453575134 * foot_angvel,  # expert 2
        0.311908096075058 + 0.25128141045570374 * torso_z - 1.7658660411834717 * torso_angle + 2.25909423828125 * thigh_angle + 2.5474421977996826 * leg_angle - 0.2104657143354416 * foot_angle - 1.1206083297729492 * torso_vx + 2.801636219024658 * torso_vz + 0.9601637721061707 * torso_angvel + 0.9841627478599548 * thigh_angvel + 1.0588593482971191 * leg_angvel + 1.7820621728897095 * foot_angvel,  # expert 3
        -0.46499016880989075 - 0.7224985957145691 * torso_z + 2.645557165145874 * torso_angle - 0.04291773587465286 * thigh_angle - 0.9347710013389587 * leg_angle - 1.2509855031967163 * foot_angle + 0.7620000243186951 * torso_vx - 2.712061882019043 * torso_vz + 0.35397011041641235 * torso_angvel - 0.04362804442644119 * thigh_angvel + 0.3283421993255615 * leg_angvel + 0.6556276082992554 * foot_angvel,  # expert 4
        0.3852621912956238 + 0.4664832055568695 * torso_z - 0.29183429479599 * torso_angle - 0.6571342349052429 * thigh_angle + 0.045158032327890396 * leg_angle - 3.390993118286133 * foot_angle + 1.3068156242370605 * torso_vx + 1.763073444366455 * torso_vz + 0.8472990989685059 * torso_angvel + 1.455551266670227 * thigh_angvel + 0.5962505340576172 * leg_angvel + 0.4268529713153839 * foot_angvel,  # expert 5
        0.9792218804359436 + 1.2883710861206055 * torso_z + 0.1352110058069229 * torso_angle + 0.845587968826294 * thigh_angle + 2.1267268657684326 * leg_angle + 1.0403459072113037 * foot_angle - 0.9108647108078003 * torso_vx + 3.0269858837127686 * torso_vz - 2.0558464527130127 * torso_angvel - 1.110469937324524 * thigh_angvel - 1.5200179815292358 * leg_angvel + 0.6336260437965393 * foot_angvel,  # expert 6
        -1.919443964958191 - 1.6552950143814087 * torso_z - 0.19902536273002625 * torso_angle + 4.580700874328613 * thigh_angle + 1.7197911739349365 * leg_angle - 1.6767630577087402 * foot_angle + 0.2916980981826782 * torso_vx + 3.0364296436309814 * torso_vz + 1.1618003845214844 * torso_angvel + 0.654755711555481 * thigh_angvel + 0.8020531535148621 * leg_angvel + 0.8254295587539673 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.06277879327535629 + 0.3352659046649933 * torso_z - 1.43072509765625 * torso_angle - 0.9011949896812439 * thigh_angle - 0.3033998906612396 * leg_angle + 0.1211988627910614 * foot_angle - 0.8087459206581116 * torso_vx + 0.8045381307601929 * torso_vz - 0.7777182459831238 * torso_angvel - 0.7081858515739441 * thigh_angvel - 0.4413192570209503 * leg_angvel + 0.2253340482711792 * foot_angvel,  # thigh_torque
        0.08051065355539322 + 0.45001575350761414 * torso_z - 1.1345736980438232 * torso_angle - 0.34021103382110596 * thigh_angle - 0.2791016101837158 * leg_angle + 0.8887847065925598 * foot_angle - 0.8554601073265076 * torso_vx - 0.6589151620864868 * torso_vz - 0.8047201037406921 * torso_angvel - 0.03101266548037529 * thigh_angvel - 0.8136809468269348 * leg_angvel + 0.1204029992222786 * foot_angvel,  # leg_torque
        0.6643509268760681 + 0.3032415211200714 * torso_z - 0.37414783239364624 * torso_angle - 0.6025992035865784 * thigh_angle - 0.38138043880462646 * leg_angle - 0.31322693824768066 * foot_angle - 0.5414202213287354 * torso_vx - 1.4958629608154297 * torso_vz - 0.13981467485427856 * torso_angvel + 0.41441571712493896 * thigh_angvel - 0.14841625094413757 * leg_angvel - 0.12439966201782227 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.049631599336862564 - 0.12747780978679657 * torso_z - 7.567363262176514 * torso_angle - 2.030721664428711 * thigh_angle + 0.5641331076622009 * leg_angle - 1.032529592514038 * foot_angle - 0.24992433190345764 * torso_vx - 0.0963636189699173 * torso_vz - 0.20572464168071747 * torso_angvel - 0.6385840773582458 * thigh_angvel - 0.2434876263141632 * leg_angvel + 0.1145414337515831 * foot_angvel,  # thigh_torque
        0.2181955873966217 + 0.7100029587745667 * torso_z - 4.254571437835693 * torso_angle + 1.7575784921646118 * thigh_angle - 1.9691768884658813 * leg_angle + 0.6232888102531433 * foot_angle - 0.3085552752017975 * torso_vx - 0.8224180340766907 * torso_vz - 1.2425671815872192 * torso_angvel + 0.29604625701904297 * thigh_angvel - 0.21203523874282837 * leg_angvel - 0.12908649444580078 * foot_angvel,  # leg_torque
        1.2524627447128296 + 2.5138463973999023 * torso_z - 2.959934711456299 * torso_angle + 3.136549711227417 * thigh_angle + 3.0536820888519287 * leg_angle + 0.1422930806875229 * foot_angle - 1.3576676845550537 * torso_vx - 0.5091924071311951 * torso_vz - 0.6560637950897217 * torso_angvel + 0.6852097511291504 * thigh_angvel + 0.3184276521205902 * leg_angvel - 0.11446212977170944 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.2862195372581482 + 0.0934092327952385 * torso_z - 1.535171627998352 * torso_angle - 1.118693470954895 * thigh_angle - 0.28818193078041077 * leg_angle + 0.43060702085494995 * foot_angle - 0.7740163803100586 * torso_vx + 1.0794779062271118 * torso_vz - 0.24169619381427765 * torso_angvel + 0.1947859674692154 * thigh_angvel - 0.15715986490249634 * leg_angvel - 0.3465663194656372 * foot_angvel,  # thigh_torque
        0.44577857851982117 + 0.6580577492713928 * torso_z - 0.884250283241272 * torso_angle + 0.022204667329788208 * thigh_angle - 0.5335087776184082 * leg_angle - 0.7499849796295166 * foot_angle - 0.9232775568962097 * torso_vx + 0.15204967558383942 * torso_vz - 0.2729434072971344 * torso_angvel + 0.0227612666785717 * thigh_angvel - 0.6473708748817444 * leg_angvel - 0.3912597894668579 * foot_angvel,  # leg_torque
        1.3099013566970825 + 1.0315649509429932 * torso_z + 0.33729177713394165 * torso_angle + 0.11013186722993851 * thigh_angle + 0.4815438985824585 * leg_angle + 0.3118668496608734 * foot_angle - 1.049187183380127 * torso_vx - 1.094277262687683 * torso_vz + 0.16319914162158966 * torso_angvel + 0.0578237920999527 * thigh_angvel - 0.033526428043842316 * leg_angvel + 0.0632321834564209 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.8795784115791321 + 0.7263278365135193 * torso_z - 2.6010398864746094 * torso_angle + 0.9628589749336243 * thigh_angle - 0.37277767062187195 * leg_angle - 0.5830691456794739 * foot_angle - 1.3003686666488647 * torso_vx - 0.25747814774513245 * torso_vz - 0.8639657497406006 * torso_angvel - 0.48132747411727905 * thigh_angvel + 0.006172856781631708 * leg_angvel + 0.21127338707447052 * foot_angvel,  # thigh_torque
        0.005666594952344894 + 0.2659526765346527 * torso_z - 0.7744477987289429 * torso_angle - 0.3483133614063263 * thigh_angle - 0.5758791565895081 * leg_angle + 0.5755448341369629 * foot_angle + 0.005346558056771755 * torso_vx + 0.3399035334587097 * torso_vz + 0.16728928685188293 * torso_angvel + 0.5325288772583008 * thigh_angvel - 0.3838503360748291 * leg_angvel - 0.045986615121364594 * foot_angvel,  # leg_torque
        0.5463812351226807 + 0.26679402589797974 * torso_z - 0.008836093358695507 * torso_angle - 0.8589379191398621 * thigh_angle - 0.6936003565788269 * leg_angle - 0.8452023863792419 * foot_angle - 0.9814733862876892 * torso_vx - 0.8333126902580261 * torso_vz - 0.0054064057767391205 * torso_angvel + 0.46609726548194885 * thigh_angvel + 0.5837984681129456 * leg_angvel - 0.2970021963119507 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.16387781500816345 - 0.027224114164710045 * torso_z - 4.775460243225098 * torso_angle - 2.173950433731079 * thigh_angle - 0.05885951966047287 * leg_angle - 0.9728285670280457 * foot_angle - 0.17985640466213226 * torso_vx + 0.30265721678733826 * torso_vz - 0.6678443551063538 * torso_angvel - 0.1417570412158966 * thigh_angvel - 0.08659689873456955 * leg_angvel + 0.020528925582766533 * foot_angvel,  # thigh_torque
        0.6824087500572205 + 0.8450052738189697 * torso_z - 2.0475432872772217 * torso_angle + 0.9061698317527771 * thigh_angle - 1.6454232931137085 * leg_angle + 0.06298921257257462 * foot_angle - 1.0193800926208496 * torso_vx - 0.1707114726305008 * torso_vz - 0.38824108242988586 * torso_angvel - 0.05342806875705719 * thigh_angvel - 0.3629358112812042 * leg_angvel - 0.06073181331157684 * foot_angvel,  # leg_torque
        0.8881428837776184 + 1.2375074625015259 * torso_z - 0.8593740463256836 * torso_angle + 0.7323115468025208 * thigh_angle + 0.8865410685539246 * leg_angle - 1.0878615379333496 * foot_angle - 1.1150486469268799 * torso_vx - 0.37594109773635864 * torso_vz - 0.07464921474456787 * torso_angvel + 0.3059600591659546 * thigh_angvel + 0.18754234910011292 * leg_angvel - 0.01985381543636322 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.09358523786067963 + 0.3722919523715973 * torso_z - 8.26499080657959 * torso_angle - 2.586346387863159 * thigh_angle - 1.4286553859710693 * leg_angle - 0.062227487564086914 * foot_angle - 0.6627382636070251 * torso_vx - 0.012025098316371441 * torso_vz - 0.9937404990196228 * torso_angvel + 0.07322032749652863 * thigh_angvel + 0.1988731026649475 * leg_angvel + 0.15634264051914215 * foot_angvel,  # thigh_torque
        0.7092323899269104 + 0.6043382287025452 * torso_z - 1.9669982194900513 * torso_angle - 0.9429668188095093 * thigh_angle - 3.5639216899871826 * leg_angle + 0.29596254229545593 * foot_angle - 1.6427136659622192 * torso_vx - 1.0166844129562378 * torso_vz - 0.398417592048645 * torso_angvel - 0.23438915610313416 * thigh_angvel - 0.437432199716568 * leg_angvel + 0.061035022139549255 * foot_angvel,  # leg_torque
        1.4172236919403076 + 1.9826480150222778 * torso_z + 0.15586484968662262 * torso_angle + 1.2626756429672241 * thigh_angle + 1.4629199504852295 * leg_angle + 0.48539718985557556 * foot_angle - 0.34595516324043274 * torso_vx - 0.06798813492059708 * torso_vz + 0.10704655945301056 * torso_angvel + 0.4064173102378845 * thigh_angvel + 0.057751186192035675 * leg_angvel - 0.031148487702012062 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.2748940587043762 - 0.1233053132891655 * torso_z - 4.106629371643066 * torso_angle - 2.773162603378296 * thigh_angle - 1.2272796630859375 * leg_angle - 0.17924275994300842 * foot_angle - 0.47496840357780457 * torso_vx - 0.033005326986312866 * torso_vz - 0.4894326627254486 * torso_angvel - 0.23369407653808594 * thigh_angvel - 0.11671168357133865 * leg_angvel - 0.11030085384845734 * foot_angvel,  # thigh_torque
        0.4593077301979065 + 0.38848161697387695 * torso_z - 2.5639376640319824 * torso_angle - 0.5978043079376221 * thigh_angle - 1.6063529253005981 * leg_angle + 0.1874941736459732 * foot_angle - 0.9859170317649841 * torso_vx - 0.15632888674736023 * torso_vz - 0.14852046966552734 * torso_angvel - 0.1882409006357193 * thigh_angvel - 0.4192616939544678 * leg_angvel - 0.09055621176958084 * foot_angvel,  # leg_torque
        0.7849971652030945 + 0.7783486843109131 * torso_z - 2.0123469829559326 * torso_angle + 0.3130209445953369 * thigh_angle - 0.21426256000995636 * leg_angle - 0.38803425431251526 * foot_angle - 0.37737029790878296 * torso_vx - 1.2282040119171143 * torso_vz - 0.3005267381668091 * torso_angvel + 0.04667961969971657 * thigh_angvel + 0.11351161450147629 * leg_angvel - 0.5965728163719177 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.15316574275493622 + 0.47218120098114014 * torso_z - 1.6139254570007324 * torso_angle - 0.7399361729621887 * thigh_angle - 0.41011691093444824 * leg_angle + 0.3043707013130188 * foot_angle - 0.6410968899726868 * torso_vx - 0.27263006567955017 * torso_vz - 0.9613514542579651 * torso_angvel - 0.9391895532608032 * thigh_angvel - 0.21667955815792084 * leg_angvel + 0.14601433277130127 * foot_angvel,  # thigh_torque
        0.7656190395355225 + 0.602336049079895 * torso_z - 1.1538926362991333 * torso_angle - 0.65708988904953 * thigh_angle - 1.0394943952560425 * leg_angle - 0.002158851595595479 * foot_angle - 0.5237616300582886 * torso_vx - 0.4521067440509796 * torso_vz - 0.7549957036972046 * torso_angvel - 0.43150386214256287 * thigh_angvel - 0.7951053977012634 * leg_angvel + 0.14097484946250916 * foot_angvel,  # leg_torque
        0.6721774339675903 + 0.5793286561965942 * torso_z - 0.19846351444721222 * torso_angle - 0.4498138427734375 * thigh_angle - 0.4836570918560028 * leg_angle + 0.0536053441464901 * foot_angle - 0.5039965510368347 * torso_vx - 0.6010231375694275 * torso_vz - 0.06485189497470856 * torso_angvel - 0.22051794826984406 * thigh_angvel - 0.33893367648124695 * leg_angvel + 0.47631511092185974 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
