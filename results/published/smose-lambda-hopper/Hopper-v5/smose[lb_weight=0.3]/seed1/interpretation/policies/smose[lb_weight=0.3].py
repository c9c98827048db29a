"""Hopper-v5: smose[lb_weight=0.3] seed 1, its own policy

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
        -1.1406400203704834 - 0.8549264669418335 * torso_z + 0.15574420988559723 * torso_angle + 0.18217302858829498 * thigh_angle + 2.015552043914795 * leg_angle - 1.813162922859192 * foot_angle + 1.4852006435394287 * torso_vx - 1.7243571281433105 * torso_vz - 0.578717052936554 * torso_angvel + 1.0579901933670044 * thigh_angvel + 0.34575897455215454 * leg_angvel + 0.6997442841529846 * foot_angvel,  # expert 0
        2.0846238136291504 + 2.01004958152771 * torso_z - 0.5702351927757263 * torso_angle + 2.947248935699463 * thigh_angle + 0.3540518581867218 * leg_angle - 0.30107852816581726 * foot_angle - 2.0481019020080566 * torso_vx + 0.12608817219734192 * torso_vz - 0.1618296355009079 * torso_angvel + 0.6129462122917175 * thigh_angvel + 0.5077781677246094 * leg_angvel - 0.8427552580833435 * foot_angvel,  # expert 1
        -0.12271090596914291 - 0.6050310134887695 * torso_z + 3.4570043087005615 * torso_angle - 0.6956850290298462 * thigh_angle - 0.7491532564163208 * leg_angle + 0.10340115427970886 * foot_angle - 0.0937749370932579 * torso_vx - 2.1359777450561523 * torso_vz + 2.7297420501708984 * torso_angvel + 0.5715398192405701 * thigh_angvel + 0.11577588319778442 * leg_angvel - 0.26131051778793335 * foot_angvel,  # expert 2
        -0.7095967531204224 - 0.8458145260810852 * torso_z + 1.3626435995101929 * torso_angle - 1.7830983400344849 * thigh_angle + 0.5488073229789734 * leg_angle - 0.8367181420326233 * foot_angle + 0.1972724348306656 * torso_vx + 0.3345170319080353 * torso_vz - 0.9445083737373352 * torso_angvel + 0.5007816553115845 * thigh_angvel + 0.6466233134269714 * leg_angvel - 1.1043345928192139 * foot_angvel,  # expert 3
        -0.14287887513637543 - 0.3823910057544708 * torso_z + 0.8651722073554993 * torso_angle + 1.5043959617614746 * thigh_angle + 0.22249241173267365 * leg_angle - 1.3991607427597046 * foot_angle + 0.6913830637931824 * torso_vx + 1.6376999616622925 * torso_vz - 0.6193171739578247 * torso_angvel + 0.47717538475990295 * thigh_angvel + 0.16654261946678162 * leg_angvel + 0.9804461598396301 * foot_angvel,  # expert 4
        -0.5395843982696533 - 0.27342504262924194 * torso_z + 2.2368805408477783 * torso_angle + 1.018373966217041 * thigh_angle - 0.1305556744337082 * leg_angle + 1.8293648958206177 * foot_angle + 0.1331424117088318 * torso_vx + 1.8939075469970703 * torso_vz + 2.0748279094696045 * torso_angvel + 0.19740141928195953 * thigh_angvel - 0.29421690106391907 * leg_angvel - 1.3049538135528564 * foot_angvel,  # expert 5
        -0.40503227710723877 - 0.207426056265831 * torso_z - 1.882737636566162 * torso_angle - 0.5042219161987305 * thigh_angle - 0.7447402477264404 * leg_angle + 1.5569084882736206 * foot_angle + 0.48288416862487793 * torso_vx + 1.7257299423217773 * torso_vz + 0.7745446562767029 * torso_angvel - 0.7382349371910095 * thigh_angvel - 0.5192297101020813 * leg_angvel - 0.05093221738934517 * foot_angvel,  # expert 6
        0.5684040188789368 + 1.0265882015228271 * torso_z - 1.7956527471542358 * torso_angle + 1.7577617168426514 * thigh_angle + 0.08433471620082855 * leg_angle - 0.8209346532821655 * foot_angle - 1.9444262981414795 * torso_vx + 0.3013995885848999 * torso_vz - 1.0406686067581177 * torso_angvel - 0.6276957988739014 * thigh_angvel - 0.2794073224067688 * leg_angvel + 0.6975862383842468 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.10486210882663727 + 0.41203081607818604 * torso_z - 7.950918197631836 * torso_angle + 0.1311729997396469 * thigh_angle - 0.10901523381471634 * leg_angle + 0.01456451416015625 * foot_angle - 0.6305335164070129 * torso_vx - 0.12900111079216003 * torso_vz - 0.4573616683483124 * torso_angvel - 0.2866149842739105 * thigh_angvel + 0.0565761923789978 * leg_angvel + 0.06105942279100418 * foot_angvel,  # thigh_torque
        0.2741634249687195 + 0.7734499573707581 * torso_z - 3.204413652420044 * torso_angle - 0.3676786422729492 * thigh_angle + 0.09178470075130463 * leg_angle - 0.30772000551223755 * foot_angle - 0.36588209867477417 * torso_vx - 0.13705262541770935 * torso_vz - 0.25763288140296936 * torso_angvel + 0.37728995084762573 * thigh_angvel - 0.3620493710041046 * leg_angvel - 0.14884637296199799 * foot_angvel,  # leg_torque
        1.0564647912979126 + 1.1513410806655884 * torso_z - 1.9201654195785522 * torso_angle + 0.4055837392807007 * thigh_angle + 3.756237030029297 * leg_angle - 1.9385956525802612 * foot_angle - 0.3449501395225525 * torso_vx + 1.0754377841949463 * torso_vz - 1.7047768831253052 * torso_angvel + 0.9863891005516052 * thigh_angvel + 0.5762639045715332 * leg_angvel - 0.061733849346637726 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.16143521666526794 + 0.08381868898868561 * torso_z - 5.7035932540893555 * torso_angle - 3.012300491333008 * thigh_angle - 1.1411817073822021 * leg_angle - 0.0001531592570245266 * foot_angle - 1.3256490230560303 * torso_vx + 0.20704087615013123 * torso_vz - 0.7204344868659973 * torso_angvel - 0.18625469505786896 * thigh_angvel + 0.27362343668937683 * leg_angvel + 0.2244473248720169 * foot_angvel,  # thigh_torque
        0.6694665551185608 + 0.42011526226997375 * torso_z - 2.424379587173462 * torso_angle - 0.6137876510620117 * thigh_angle - 2.6673882007598877 * leg_angle + 0.2992379665374756 * foot_angle - 0.6332085728645325 * torso_vx + 0.04425456374883652 * torso_vz - 0.6716923117637634 * torso_angvel - 0.16876912117004395 * thigh_angvel - 0.594740629196167 * leg_angvel + 0.38067981600761414 * foot_angvel,  # leg_torque
        0.9439278244972229 + 1.2098442316055298 * torso_z + 1.8316712379455566 * torso_angle + 1.7983098030090332 * thigh_angle + 1.0969337224960327 * leg_angle - 1.7023688554763794 * foot_angle + 0.07330246269702911 * torso_vx - 0.7125906944274902 * torso_vz + 0.49635761976242065 * torso_angvel - 0.344435453414917 * thigh_angvel - 0.12741799652576447 * leg_angvel - 0.09633257985115051 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.6378787159919739 - 0.6049385666847229 * torso_z - 7.217804431915283 * torso_angle - 1.8641061782836914 * thigh_angle - 0.3701883554458618 * leg_angle - 0.04997088015079498 * foot_angle - 0.598228394985199 * torso_vx - 0.2787989377975464 * torso_vz - 0.5245985388755798 * torso_angvel - 0.5965971350669861 * thigh_angvel - 0.1937885880470276 * leg_angvel + 0.09288831800222397 * foot_angvel,  # thigh_torque
        0.03920545428991318 - 0.43487098813056946 * torso_z - 4.381605625152588 * torso_angle - 0.8299352526664734 * thigh_angle - 3.3647968769073486 * leg_angle + 0.5878847241401672 * foot_angle - 0.5106172561645508 * torso_vx + 0.16490009427070618 * torso_vz - 0.269789457321167 * torso_angvel - 0.62093186378479 * thigh_angvel - 1.05549156665802 * leg_angvel + 0.05047997459769249 * foot_angvel,  # leg_torque
        1.50486421585083 + 2.2330641746520996 * torso_z - 9.495222091674805 * torso_angle + 2.8065710067749023 * thigh_angle + 0.6817460060119629 * leg_angle + 0.03757758066058159 * foot_angle - 2.8075313568115234 * torso_vx - 0.7933007478713989 * torso_vz - 1.005865216255188 * torso_angvel + 0.7372841835021973 * thigh_angvel + 0.5309315919876099 * leg_angvel - 0.15219682455062866 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.1736670881509781 + 0.21752309799194336 * torso_z - 10.21313762664795 * torso_angle - 0.6053352952003479 * thigh_angle + 2.541614294052124 * leg_angle + 0.1385989934206009 * foot_angle - 0.7928391098976135 * torso_vx + 0.46699953079223633 * torso_vz - 0.4193904995918274 * torso_angvel - 0.6759130358695984 * thigh_angvel - 0.04553992301225662 * leg_angvel + 0.07554351538419724 * foot_angvel,  # thigh_torque
        -0.011636512354016304 + 0.6958351135253906 * torso_z - 4.575315475463867 * torso_angle + 0.3865880072116852 * thigh_angle - 4.019265174865723 * leg_angle + 0.06663095206022263 * foot_angle - 0.05402889847755432 * torso_vx + 0.08141500502824783 * torso_vz - 0.11953052878379822 * torso_angvel - 0.13856522738933563 * thigh_angvel - 1.0292366743087769 * leg_angvel + 0.12185376137495041 * foot_angvel,  # leg_torque
        0.3511607050895691 + 1.7844575643539429 * torso_z - 5.197933673858643 * torso_angle + 3.64056396484375 * thigh_angle - 0.08498579263687134 * leg_angle - 0.02169319987297058 * foot_angle - 1.5473459959030151 * torso_vx - 1.7459100484848022 * torso_vz - 2.919140100479126 * torso_angvel + 1.2476352453231812 * thigh_angvel + 1.2621605396270752 * leg_angvel - 0.1676713228225708 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.4250341057777405 - 0.03869837895035744 * torso_z - 3.4302923679351807 * torso_angle - 1.797094464302063 * thigh_angle - 1.2059916257858276 * leg_angle + 0.2863334119319916 * foot_angle - 0.7131062746047974 * torso_vx + 0.8274099230766296 * torso_vz - 0.6326544284820557 * torso_angvel - 0.49347564578056335 * thigh_angvel + 0.006665545515716076 * leg_angvel + 0.21265994012355804 * foot_angvel,  # thigh_torque
        0.11165743321180344 + 0.2249983251094818 * torso_z - 0.2708892226219177 * torso_angle - 1.0479828119277954 * thigh_angle - 0.3044097423553467 * leg_angle + 0.5850421190261841 * foot_angle - 0.4592471718788147 * torso_vx + 0.34281080961227417 * torso_vz - 0.42460066080093384 * torso_angvel + 0.4359244108200073 * thigh_angvel - 0.34398773312568665 * leg_angvel + 0.0801723301410675 * foot_angvel,  # leg_torque
        1.6281859874725342 + 1.8527321815490723 * torso_z + 0.2914237380027771 * torso_angle + 0.6877058148384094 * thigh_angle + 1.2803350687026978 * leg_angle - 1.4746109247207642 * foot_angle + 0.2936468720436096 * torso_vx - 1.8241342306137085 * torso_vz - 0.5155732035636902 * torso_angvel + 0.3941197395324707 * thigh_angvel + 0.5073060393333435 * leg_angvel - 0.41835612058639526 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.48324277997016907 - 0.4265478551387787 * torso_z - 9.098089218139648 * torso_angle - 0.7677091360092163 * thigh_angle - 0.12451943755149841 * leg_angle - 0.0470944382250309 * foot_angle - 0.418597549200058 * torso_vx + 0.17127110064029694 * torso_vz - 1.0661817789077759 * torso_angvel - 0.27564823627471924 * thigh_angvel + 0.32506293058395386 * leg_angvel - 0.04939087852835655 * foot_angvel,  # thigh_torque
        0.5051016807556152 + 0.8037870526313782 * torso_z - 4.795849800109863 * torso_angle - 0.8921264410018921 * thigh_angle - 3.6340479850769043 * leg_angle - 1.3015443086624146 * foot_angle - 0.5611233115196228 * torso_vx - 0.578993022441864 * torso_vz - 0.5012122988700867 * torso_angvel - 0.37227165699005127 * thigh_angvel - 0.6181860566139221 * leg_angvel + 0.21300241351127625 * foot_angvel,  # leg_torque
        0.710538923740387 + 1.2925268411636353 * torso_z + 0.7894282937049866 * torso_angle + 4.905754089355469 * thigh_angle - 0.39008668065071106 * leg_angle + 1.9087836742401123 * foot_angle - 0.8742166757583618 * torso_vx - 0.20062018930912018 * torso_vz - 0.19623687863349915 * torso_angvel + 0.6198932528495789 * thigh_angvel + 0.11766451597213745 * leg_angvel - 0.1107955127954483 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.362245112657547 - 0.40971022844314575 * torso_z - 6.046623706817627 * torso_angle - 2.62080717086792 * thigh_angle - 1.3170661926269531 * leg_angle - 1.5239720344543457 * foot_angle - 0.6760656237602234 * torso_vx + 0.6838270425796509 * torso_vz - 0.8494160175323486 * torso_angvel - 0.5021377205848694 * thigh_angvel + 0.09590696543455124 * leg_angvel + 0.09028294682502747 * foot_angvel,  # thigh_torque
        1.0123176574707031 + 0.6175553202629089 * torso_z - 5.913579940795898 * torso_angle - 1.513649582862854 * thigh_angle - 3.7712504863739014 * leg_angle - 0.34014686942100525 * foot_angle - 0.9179510474205017 * torso_vx + 0.13393259048461914 * torso_vz - 0.7683457136154175 * torso_angvel + 0.13571101427078247 * thigh_angvel - 0.5746056437492371 * leg_angvel - 0.012236291542649269 * foot_angvel,  # leg_torque
        0.9147351384162903 + 1.648329257965088 * torso_z - 0.3634352684020996 * torso_angle + 3.887160062789917 * thigh_angle - 0.34661346673965454 * leg_angle + 0.7405617833137512 * foot_angle - 1.338227391242981 * torso_vx - 0.9839226007461548 * torso_vz - 1.203977108001709 * torso_angvel + 0.29160648584365845 * thigh_angvel + 0.2502906620502472 * leg_angvel + 0.0859132781624794 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.34579411149024963 + 0.36146825551986694 * torso_z - 7.755991458892822 * torso_angle - 3.2084875106811523 * thigh_angle - 1.511606216430664 * leg_angle - 0.18303151428699493 * foot_angle - 0.4734610617160797 * torso_vx + 0.5798285603523254 * torso_vz - 0.47339436411857605 * torso_angvel + 0.04389079287648201 * thigh_angvel + 0.23380358517169952 * leg_angvel + 0.0544777549803257 * foot_angvel,  # thigh_torque
        0.9556688666343689 + 0.7008307576179504 * torso_z - 3.0465073585510254 * torso_angle - 2.3062760829925537 * thigh_angle - 3.8993964195251465 * leg_angle + 1.5893213748931885 * foot_angle + 0.05890166014432907 * torso_vx + 0.9399134516716003 * torso_vz - 0.12475654482841492 * torso_angvel + 0.3363100588321686 * thigh_angvel - 0.0703907161951065 * leg_angvel - 0.10469570755958557 * foot_angvel,  # leg_torque
        0.9758257865905762 + 1.0028064250946045 * torso_z + 1.2542659044265747 * torso_angle - 0.2812492549419403 * thigh_angle + 1.7612972259521484 * leg_angle - 0.32348138093948364 * foot_angle + 1.2883296012878418 * torso_vx - 1.680071473121643 * torso_vz + 0.5056160688400269 * torso_angvel - 0.2715744972229004 * thigh_angvel - 0.16855762898921967 * leg_angvel - 0.19595004618167877 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
