"""Hopper-v5: smose[lb_weight=0.1] seed 2, its own policy

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
        0.6474570035934448 + 0.983984649181366 * torso_z + 0.769268274307251 * torso_angle + 2.3232340812683105 * thigh_angle + 0.38084104657173157 * leg_angle - 0.30446916818618774 * foot_angle - 0.5771759748458862 * torso_vx + 1.0255382061004639 * torso_vz + 0.5813227891921997 * torso_angvel + 3.3118820190429688 * thigh_angvel - 0.6076837778091431 * leg_angvel + 0.49656859040260315 * foot_angvel,  # expert 0
        -0.5235599875450134 + 0.16378332674503326 * torso_z + 1.087283968925476 * torso_angle + 3.504539728164673 * thigh_angle - 0.6330845952033997 * leg_angle + 2.638211250305176 * foot_angle - 0.10068626701831818 * torso_vx + 1.3387963771820068 * torso_vz - 0.7385659217834473 * torso_angvel - 0.36149340867996216 * thigh_angvel - 0.9313228726387024 * leg_angvel - 0.25853848457336426 * foot_angvel,  # expert 1
        -0.6564182639122009 - 1.112724781036377 * torso_z - 2.8059165477752686 * torso_angle - 1.2325475215911865 * thigh_angle + 0.6036455631256104 * leg_angle - 0.5135388970375061 * foot_angle + 0.5281571745872498 * torso_vx - 0.43320706486701965 * torso_vz - 0.3504684865474701 * torso_angvel - 1.1793924570083618 * thigh_angvel + 0.07706071436405182 * leg_angvel - 0.26711130142211914 * foot_angvel,  # expert 2
        -0.18743282556533813 + 1.1714881658554077 * torso_z - 0.6189795136451721 * torso_angle + 0.6117669343948364 * thigh_angle + 4.023891448974609 * leg_angle + 1.674085021018982 * foot_angle - 1.6429604291915894 * torso_vx - 1.2004563808441162 * torso_vz + 1.514061450958252 * torso_angvel + 0.625699520111084 * thigh_angvel + 0.7374625205993652 * leg_angvel + 0.6892353892326355 * foot_angvel,  # expert 3
        0.10846313834190369 - 0.08857505023479462 * torso_z + 0.9686114192008972 * torso_angle + 1.5239113569259644 * thigh_angle - 0.7775830626487732 * leg_angle - 0.4903743863105774 * foot_angle + 0.7164798378944397 * torso_vx + 0.3700338304042816 * torso_vz + 1.3748701810836792 * torso_angvel + 0.21541395783424377 * thigh_angvel + 2.491297721862793 * leg_angvel + 0.7850965261459351 * foot_angvel,  # expert 4
        0.9032297134399414 + 1.0641041994094849 * torso_z + 4.863997936248779 * torso_angle + 2.6609091758728027 * thigh_angle + 0.25501757860183716 * leg_angle - 0.16552555561065674 * foot_angle + 1.4787805080413818 * torso_vx + 0.045587409287691116 * torso_vz + 1.824814796447754 * torso_angvel + 1.9188733100891113 * thigh_angvel - 0.08157756924629211 * leg_angvel - 0.6173734068870544 * foot_angvel,  # expert 5
        -1.2444357872009277 - 2.8045175075531006 * torso_z + 4.635967254638672 * torso_angle - 2.2533185482025146 * thigh_angle + 0.28008538484573364 * leg_angle - 1.5331463813781738 * foot_angle + 1.9235702753067017 * torso_vx - 0.9303311109542847 * torso_vz + 2.784329414367676 * torso_angvel + 0.42638924717903137 * thigh_angvel - 0.857288658618927 * leg_angvel - 0.511277437210083 * foot_angvel,  # expert 6
        1.3957659006118774 + 0.971516489982605 * torso_z - 2.5015809535980225 * torso_angle + 0.5102880597114563 * thigh_angle - 0.20325329899787903 * leg_angle - 1.1266275644302368 * foot_angle - 3.1566169261932373 * torso_vx + 1.6003154516220093 * torso_vz - 1.6599549055099487 * torso_angvel - 1.1737680435180664 * thigh_angvel - 0.18444202840328217 * leg_angvel + 0.41366487741470337 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.9762618541717529 + 0.3837880790233612 * torso_z - 5.4636616706848145 * torso_angle - 2.249467372894287 * thigh_angle - 0.5540448427200317 * leg_angle - 0.1619078367948532 * foot_angle - 1.7539317607879639 * torso_vx + 0.3573780357837677 * torso_vz - 0.755547821521759 * torso_angvel - 0.5561162233352661 * thigh_angvel + 0.07858560979366302 * leg_angvel + 0.08439699560403824 * foot_angvel,  # thigh_torque
        -0.05226671323180199 + 0.3807433247566223 * torso_z - 2.4959354400634766 * torso_angle - 1.102900743484497 * thigh_angle - 1.8149172067642212 * leg_angle - 1.2952117919921875 * foot_angle - 0.7945871949195862 * torso_vx - 0.6398423910140991 * torso_vz - 0.9416421055793762 * torso_angvel + 0.8040311336517334 * thigh_angvel + 0.0960940420627594 * leg_angvel + 0.14333093166351318 * foot_angvel,  # leg_torque
        1.4716566801071167 + 1.84957754611969 * torso_z + 0.6920724511146545 * torso_angle - 0.6498216986656189 * thigh_angle + 1.2094452381134033 * leg_angle - 1.0569313764572144 * foot_angle - 0.34513959288597107 * torso_vx - 1.089692234992981 * torso_vz - 0.511695384979248 * torso_angvel + 0.5128942131996155 * thigh_angvel + 0.5253756046295166 * leg_angvel - 0.34063687920570374 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.3654879331588745 - 0.10672581195831299 * torso_z - 4.358499526977539 * torso_angle - 2.5440258979797363 * thigh_angle - 1.5654302835464478 * leg_angle - 0.49308425188064575 * foot_angle - 1.5771684646606445 * torso_vx + 0.8407291769981384 * torso_vz - 1.0231167078018188 * torso_angvel - 0.24120628833770752 * thigh_angvel + 0.10476028174161911 * leg_angvel - 0.24538671970367432 * foot_angvel,  # thigh_torque
        0.5794200897216797 - 0.030675701797008514 * torso_z - 4.586458683013916 * torso_angle - 1.8922480344772339 * thigh_angle - 1.6469652652740479 * leg_angle - 1.2514057159423828 * foot_angle - 1.6486719846725464 * torso_vx - 1.7042241096496582 * torso_vz + 0.3401358127593994 * torso_angvel - 0.22736679017543793 * thigh_angvel - 0.5841624736785889 * leg_angvel + 0.2268618941307068 * foot_angvel,  # leg_torque
        1.9765268564224243 + 2.3642468452453613 * torso_z + 0.8253847360610962 * torso_angle + 2.3161227703094482 * thigh_angle + 2.6782405376434326 * leg_angle - 0.6631762981414795 * foot_angle - 1.9718446731567383 * torso_vx - 1.8833695650100708 * torso_vz - 0.11747608333826065 * torso_angvel - 0.03933677822351456 * thigh_angvel + 0.025478966534137726 * leg_angvel + 0.0354553759098053 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.023196237161755562 - 0.7491341233253479 * torso_z - 5.045567512512207 * torso_angle - 2.4958386421203613 * thigh_angle - 0.5880175232887268 * leg_angle - 1.5756518840789795 * foot_angle - 0.617045521736145 * torso_vx - 0.2938055992126465 * torso_vz - 0.8426992297172546 * torso_angvel - 0.23966370522975922 * thigh_angvel - 0.062133390456438065 * leg_angvel - 0.10931230336427689 * foot_angvel,  # thigh_torque
        1.1222385168075562 + 1.606853723526001 * torso_z - 5.096498489379883 * torso_angle + 0.06465931236743927 * thigh_angle - 0.7358763813972473 * leg_angle + 0.020853813737630844 * foot_angle - 1.6645481586456299 * torso_vx - 0.08467477560043335 * torso_vz - 0.948165237903595 * torso_angvel + 0.27101173996925354 * thigh_angvel - 0.42330247163772583 * leg_angvel - 0.24347220361232758 * foot_angvel,  # leg_torque
        1.817785620689392 + 3.286141872406006 * torso_z - 5.06641960144043 * torso_angle + 1.6529541015625 * thigh_angle + 1.44202721118927 * leg_angle - 0.7987922430038452 * foot_angle - 1.7313956022262573 * torso_vx - 0.7127938866615295 * torso_vz - 2.231523275375366 * torso_angvel + 0.9495365619659424 * thigh_angvel + 1.127060055732727 * leg_angvel + 0.35165318846702576 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.43864941596984863 - 0.10383336991071701 * torso_z - 3.632054090499878 * torso_angle - 1.2207708358764648 * thigh_angle - 1.1023979187011719 * leg_angle - 1.1276633739471436 * foot_angle - 2.446402072906494 * torso_vx - 0.14358505606651306 * torso_vz - 2.041836977005005 * torso_angvel + 0.4965510368347168 * thigh_angvel + 0.3702581524848938 * leg_angvel + 0.31341367959976196 * foot_angvel,  # thigh_torque
        0.5445224642753601 + 1.010219931602478 * torso_z - 6.048727989196777 * torso_angle - 1.855177640914917 * thigh_angle - 3.36108660697937 * leg_angle + 0.07461969554424286 * foot_angle - 1.468106746673584 * torso_vx - 0.2549116015434265 * torso_vz - 0.45563995838165283 * torso_angvel - 0.28391996026039124 * thigh_angvel + 0.20457662642002106 * leg_angvel - 0.5137959718704224 * foot_angvel,  # leg_torque
        1.9595316648483276 + 2.6369597911834717 * torso_z + 0.6450024843215942 * torso_angle + 0.7493979334831238 * thigh_angle + 0.437375545501709 * leg_angle - 0.6885392665863037 * foot_angle - 1.2184629440307617 * torso_vx + 0.40704864263534546 * torso_vz - 0.19364698231220245 * torso_angvel - 0.387726366519928 * thigh_angvel + 0.43102598190307617 * leg_angvel - 0.6019875407218933 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.09058979153633118 - 0.3300199508666992 * torso_z - 8.24599838256836 * torso_angle - 1.4393030405044556 * thigh_angle - 0.2084873765707016 * leg_angle + 0.34599366784095764 * foot_angle - 0.9166034460067749 * torso_vx + 0.9219860434532166 * torso_vz - 0.7677260637283325 * torso_angvel + 0.16021065413951874 * thigh_angvel + 0.37802574038505554 * leg_angvel + 0.30104872584342957 * foot_angvel,  # thigh_torque
        0.1576683521270752 - 0.07276079058647156 * torso_z - 6.035463333129883 * torso_angle - 1.8706514835357666 * thigh_angle - 0.9168061017990112 * leg_angle - 0.4810778796672821 * foot_angle - 1.8663443326950073 * torso_vx - 1.059193730354309 * torso_vz - 0.8576882481575012 * torso_angvel + 1.0045729875564575 * thigh_angvel + 0.9917845726013184 * leg_angvel + 0.10309452563524246 * foot_angvel,  # leg_torque
        1.9256479740142822 + 1.9296796321868896 * torso_z - 2.370108127593994 * torso_angle - 0.4516781270503998 * thigh_angle + 0.7379406690597534 * leg_angle - 0.9880149960517883 * foot_angle - 0.4315893054008484 * torso_vx - 0.004942894447594881 * torso_vz + 0.042891476303339005 * torso_angvel + 0.4986828565597534 * thigh_angvel + 0.24205514788627625 * leg_angvel - 0.4852953851222992 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.3256691098213196 - 0.10310028493404388 * torso_z - 6.699051380157471 * torso_angle - 0.8421292901039124 * thigh_angle - 1.4990967512130737 * leg_angle - 0.8319163918495178 * foot_angle - 1.0416640043258667 * torso_vx + 0.23996327817440033 * torso_vz - 0.707333505153656 * torso_angvel - 0.324530690908432 * thigh_angvel + 0.2520044445991516 * leg_angvel - 0.02026447094976902 * foot_angvel,  # thigh_torque
        -0.6139624714851379 - 0.657230019569397 * torso_z - 3.0046985149383545 * torso_angle - 1.4110909700393677 * thigh_angle - 0.8488965630531311 * leg_angle + 1.31690514087677 * foot_angle - 0.13342228531837463 * torso_vx + 0.04577160254120827 * torso_vz - 0.7681993842124939 * torso_angvel + 0.405009388923645 * thigh_angvel - 0.33322882652282715 * leg_angvel - 0.20179086923599243 * foot_angvel,  # leg_torque
        2.405688762664795 + 2.6137754917144775 * torso_z - 3.4453508853912354 * torso_angle + 0.8985156416893005 * thigh_angle + 2.046755313873291 * leg_angle - 0.15978769958019257 * foot_angle - 2.2699575424194336 * torso_vx - 1.479030728340149 * torso_vz - 0.6115607619285583 * torso_angvel + 0.7101759910583496 * thigh_angvel + 0.2978880703449249 * leg_angvel + 0.2081276774406433 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.01860724203288555 - 0.8088997602462769 * torso_z - 6.385801792144775 * torso_angle - 2.358995199203491 * thigh_angle - 0.8939895033836365 * leg_angle - 0.19743789732456207 * foot_angle - 0.8883471488952637 * torso_vx + 0.315405935049057 * torso_vz - 0.3359184265136719 * torso_angvel - 0.5415338277816772 * thigh_angvel - 0.2251385599374771 * leg_angvel + 0.050088297575712204 * foot_angvel,  # thigh_torque
        0.3322697877883911 + 0.78677898645401 * torso_z - 1.929209589958191 * torso_angle + 0.2170942723751068 * thigh_angle + 0.2935968339443207 * leg_angle + 0.9231559038162231 * foot_angle - 0.6695826649665833 * torso_vx + 0.2516961097717285 * torso_vz - 0.6401162147521973 * torso_angvel + 0.24896925687789917 * thigh_angvel - 0.6165292859077454 * leg_angvel - 0.20893952250480652 * foot_angvel,  # leg_torque
        -0.1510685384273529 - 0.5912032723426819 * torso_z - 0.6142699122428894 * torso_angle + 1.3244673013687134 * thigh_angle + 1.6944118738174438 * leg_angle - 2.4120423793792725 * foot_angle - 0.6954765915870667 * torso_vx - 1.1848722696304321 * torso_vz + 0.10373327881097794 * torso_angvel + 0.40184417366981506 * thigh_angvel - 0.08169038593769073 * leg_angvel - 0.16245897114276886 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.42685315012931824 + 0.4510691463947296 * torso_z - 5.904681205749512 * torso_angle - 3.026555061340332 * thigh_angle - 1.843259334564209 * leg_angle + 0.2534690201282501 * foot_angle - 0.47006911039352417 * torso_vx + 1.2951701879501343 * torso_vz - 0.3460783362388611 * torso_angvel + 0.05972053110599518 * thigh_angvel + 0.15531328320503235 * leg_angvel + 0.06493736058473587 * foot_angvel,  # thigh_torque
        -0.1779409945011139 + 0.09713254123926163 * torso_z - 4.0039567947387695 * torso_angle - 1.7274696826934814 * thigh_angle - 2.978966474533081 * leg_angle - 0.32670143246650696 * foot_angle - 1.6866165399551392 * torso_vx - 0.5959776043891907 * torso_vz - 0.6235018968582153 * torso_angvel + 0.19777105748653412 * thigh_angvel + 0.01540787797421217 * leg_angvel + 0.09080290794372559 * foot_angvel,  # leg_torque
        1.0579726696014404 + 1.1415159702301025 * torso_z - 3.598175525665283 * torso_angle - 1.175240159034729 * thigh_angle - 1.4621331691741943 * leg_angle - 0.8233888149261475 * foot_angle - 0.2171199470758438 * torso_vx - 0.754651665687561 * torso_vz + 0.06167174130678177 * torso_angvel + 0.10032875090837479 * thigh_angvel + 0.12746238708496094 * leg_angvel - 0.2981904149055481 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
