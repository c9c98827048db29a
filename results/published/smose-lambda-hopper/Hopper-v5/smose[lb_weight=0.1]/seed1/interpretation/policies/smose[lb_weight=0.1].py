"""Hopper-v5: smose[lb_weight=0.1] seed 1, its own policy

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
        -1.4990551471710205 - 1.7125177383422852 * torso_z + 1.9690427780151367 * torso_angle - 1.0247153043746948 * thigh_angle - 1.3511335849761963 * leg_angle - 2.9444997310638428 * foot_angle + 2.2139172554016113 * torso_vx - 1.6304641962051392 * torso_vz + 1.4625110626220703 * torso_angvel + 0.6983726620674133 * thigh_angvel - 0.5096677541732788 * leg_angvel + 0.3985920548439026 * foot_angvel,  # expert 0
        -0.5855004787445068 - 0.8551638722419739 * torso_z + 4.119187831878662 * torso_angle - 0.18333673477172852 * thigh_angle - 0.4279058277606964 * leg_angle + 1.9901055097579956 * foot_angle + 0.7207391262054443 * torso_vx - 2.046753168106079 * torso_vz + 2.326587438583374 * torso_angvel + 0.19412101805210114 * thigh_angvel - 0.0058056958951056 * leg_angvel - 0.4129224121570587 * foot_angvel,  # expert 1
        1.5987212657928467 + 1.2857985496520996 * torso_z + 1.1053937673568726 * torso_angle + 4.233372688293457 * thigh_angle + 3.4355151653289795 * leg_angle - 0.7285493612289429 * foot_angle - 1.6537421941757202 * torso_vx - 0.35780030488967896 * torso_vz + 0.9895285367965698 * torso_angvel + 0.5982282161712646 * thigh_angvel + 0.5035125613212585 * leg_angvel + 0.5668359398841858 * foot_angvel,  # expert 2
        0.5001345872879028 + 0.942064642906189 * torso_z - 4.186634540557861 * torso_angle - 0.21498572826385498 * thigh_angle + 1.0034939050674438 * leg_angle + 1.2143425941467285 * foot_angle - 2.225425958633423 * torso_vx + 0.7809897661209106 * torso_vz - 2.0651116371154785 * torso_angvel - 0.4556048810482025 * thigh_angvel - 0.4579893946647644 * leg_angvel - 1.0140336751937866 * foot_angvel,  # expert 3
        0.6523785591125488 + 0.524498701095581 * torso_z - 1.1310405731201172 * torso_angle + 2.134767532348633 * thigh_angle - 0.6304500699043274 * leg_angle + 0.46952903270721436 * foot_angle + 0.5617705583572388 * torso_vx + 0.9953020215034485 * torso_vz - 0.6937779188156128 * torso_angvel + 0.7660972476005554 * thigh_angvel + 0.25326937437057495 * leg_angvel + 0.9081446528434753 * foot_angvel,  # expert 4
        -0.23301969468593597 - 0.7155151963233948 * torso_z + 1.7610886096954346 * torso_angle - 2.3028836250305176 * thigh_angle + 0.052530013024806976 * leg_angle - 2.693596839904785 * foot_angle + 0.8236584663391113 * torso_vx + 1.5614068508148193 * torso_vz + 0.3340964615345001 * torso_angvel + 0.2977345287799835 * thigh_angvel + 0.03327544033527374 * leg_angvel - 2.0850419998168945 * foot_angvel,  # expert 5
        -1.3664495944976807 - 1.0112937688827515 * torso_z + 2.405606508255005 * torso_angle - 0.9548507928848267 * thigh_angle - 0.5651560425758362 * leg_angle + 0.8189706802368164 * foot_angle + 0.6763984560966492 * torso_vx - 0.9101386070251465 * torso_vz + 0.4298875629901886 * torso_angvel - 0.47596701979637146 * thigh_angvel + 1.0193850994110107 * leg_angvel + 1.2521384954452515 * foot_angvel,  # expert 6
        0.026005389168858528 + 0.1518118977546692 * torso_z + 0.4019044041633606 * torso_angle + 1.7330904006958008 * thigh_angle + 1.3785085678100586 * leg_angle - 1.1159322261810303 * foot_angle - 0.10860629379749298 * torso_vx + 3.007148504257202 * torso_vz + 1.9278135299682617 * torso_angvel - 0.5201634764671326 * thigh_angvel + 0.4620382785797119 * leg_angvel + 1.5078163146972656 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.4042496681213379 - 0.6128527522087097 * torso_z - 6.119071960449219 * torso_angle - 1.5465937852859497 * thigh_angle - 0.4043567478656769 * leg_angle + 0.7745901346206665 * foot_angle - 0.08503991365432739 * torso_vx - 0.5859978199005127 * torso_vz - 0.3876257836818695 * torso_angvel - 0.17764614522457123 * thigh_angvel - 0.044722795486450195 * leg_angvel - 0.12056741863489151 * foot_angvel,  # thigh_torque
        0.26076507568359375 + 1.1777220964431763 * torso_z - 3.379793167114258 * torso_angle + 0.6151567697525024 * thigh_angle - 1.3086966276168823 * leg_angle + 0.2108626663684845 * foot_angle - 0.6404771208763123 * torso_vx + 0.27727997303009033 * torso_vz + 0.06281846016645432 * torso_angvel + 0.022962529212236404 * thigh_angvel - 0.12955832481384277 * leg_angvel + 0.01585540920495987 * foot_angvel,  # leg_torque
        1.7838234901428223 + 2.178006887435913 * torso_z - 1.7187424898147583 * torso_angle - 0.3732164800167084 * thigh_angle + 0.46500059962272644 * leg_angle + 0.10104326158761978 * foot_angle - 0.6679802536964417 * torso_vx + 0.40802282094955444 * torso_vz - 0.44274938106536865 * torso_angvel + 0.03813923895359039 * thigh_angvel + 0.1349053531885147 * leg_angvel - 0.1721400022506714 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.5626512765884399 - 0.13171526789665222 * torso_z - 4.295048236846924 * torso_angle - 1.3881336450576782 * thigh_angle - 0.6420834064483643 * leg_angle + 0.34628257155418396 * foot_angle + 0.18722125887870789 * torso_vx - 0.03192916885018349 * torso_vz - 1.0460184812545776 * torso_angvel + 0.09193456172943115 * thigh_angvel + 0.12563219666481018 * leg_angvel - 0.010322799906134605 * foot_angvel,  # thigh_torque
        -0.11266693472862244 + 0.1641107201576233 * torso_z - 5.926444053649902 * torso_angle + 0.716610312461853 * thigh_angle - 0.4258473515510559 * leg_angle + 0.41603025794029236 * foot_angle + 0.4212793707847595 * torso_vx + 0.3159618675708771 * torso_vz - 0.4868050813674927 * torso_angvel + 0.37408262491226196 * thigh_angvel - 0.4472239017486572 * leg_angvel - 0.4141487181186676 * foot_angvel,  # leg_torque
        1.1697465181350708 + 2.7376322746276855 * torso_z - 4.686607837677002 * torso_angle + 4.4322428703308105 * thigh_angle + 1.3639991283416748 * leg_angle + 1.5301226377487183 * foot_angle - 1.7686530351638794 * torso_vx - 0.43352821469306946 * torso_vz - 0.5307190418243408 * torso_angvel + 0.4647846519947052 * thigh_angvel + 0.505408525466919 * leg_angvel + 0.23748564720153809 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.25900349020957947 + 0.5445780754089355 * torso_z - 3.0872106552124023 * torso_angle - 0.794291079044342 * thigh_angle - 0.67801833152771 * leg_angle - 2.300306558609009 * foot_angle - 2.5137739181518555 * torso_vx + 0.6423491835594177 * torso_vz - 0.9506966471672058 * torso_angvel + 0.6429958343505859 * thigh_angvel + 0.5640602707862854 * leg_angvel - 0.07767079770565033 * foot_angvel,  # thigh_torque
        0.23790819942951202 + 0.47822076082229614 * torso_z - 0.38263171911239624 * torso_angle + 1.5189790725708008 * thigh_angle - 1.486423134803772 * leg_angle - 2.372715473175049 * foot_angle - 2.112886428833008 * torso_vx - 0.8714540600776672 * torso_vz - 0.5202903747558594 * torso_angvel + 0.21082189679145813 * thigh_angvel - 0.2525208592414856 * leg_angvel - 0.008733266033232212 * foot_angvel,  # leg_torque
        0.8025962710380554 + 0.5787001252174377 * torso_z - 0.7736440896987915 * torso_angle - 1.3556022644042969 * thigh_angle - 1.4809664487838745 * leg_angle - 1.8077168464660645 * foot_angle + 0.9788038730621338 * torso_vx - 2.3924496173858643 * torso_vz - 0.33473068475723267 * torso_angvel + 0.3007209002971649 * thigh_angvel - 0.3648999035358429 * leg_angvel - 0.6132984757423401 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.49952954053878784 - 0.14849169552326202 * torso_z - 5.803053379058838 * torso_angle - 1.2444669008255005 * thigh_angle - 1.5122736692428589 * leg_angle - 1.1033060550689697 * foot_angle + 0.35347262024879456 * torso_vx - 0.4213646650314331 * torso_vz - 1.4766948223114014 * torso_angvel + 0.5729347467422485 * thigh_angvel + 0.6501212120056152 * leg_angvel + 0.2790212333202362 * foot_angvel,  # thigh_torque
        -0.13940609991550446 + 0.01976294256746769 * torso_z - 5.497190952301025 * torso_angle - 3.3654696941375732 * thigh_angle - 4.162174701690674 * leg_angle - 0.1757214218378067 * foot_angle - 0.5037773847579956 * torso_vx + 0.6888183951377869 * torso_vz - 0.3708391785621643 * torso_angvel + 0.22883319854736328 * thigh_angvel - 0.22092872858047485 * leg_angvel - 0.3142746388912201 * foot_angvel,  # leg_torque
        0.7190037369728088 + 0.5335896015167236 * torso_z - 2.8356337547302246 * torso_angle + 0.7101389169692993 * thigh_angle - 0.05747509375214577 * leg_angle - 0.06239303573966026 * foot_angle - 0.7625532150268555 * torso_vx - 1.6177126169204712 * torso_vz - 0.22201497852802277 * torso_angvel + 0.14780902862548828 * thigh_angvel + 0.045832544565200806 * leg_angvel - 0.2169693410396576 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.2817899286746979 + 0.31448307633399963 * torso_z - 6.250362873077393 * torso_angle - 2.079371929168701 * thigh_angle - 1.2715967893600464 * leg_angle - 0.8674815893173218 * foot_angle - 0.33623892068862915 * torso_vx - 0.34822922945022583 * torso_vz - 1.2034324407577515 * torso_angvel + 0.17851890623569489 * thigh_angvel + 0.3012218773365021 * leg_angvel - 0.06616675853729248 * foot_angvel,  # thigh_torque
        0.043660394847393036 - 0.11020468920469284 * torso_z - 2.9198999404907227 * torso_angle - 0.11981804668903351 * thigh_angle - 3.790693521499634 * leg_angle - 1.0905972719192505 * foot_angle - 0.36938387155532837 * torso_vx - 1.3659451007843018 * torso_vz - 0.8703555464744568 * torso_angvel + 0.7182018160820007 * thigh_angvel - 0.2664873003959656 * leg_angvel + 0.059234824031591415 * foot_angvel,  # leg_torque
        0.5354854464530945 + 0.9126467704772949 * torso_z + 2.289767026901245 * torso_angle - 1.7433767318725586 * thigh_angle - 0.8476331233978271 * leg_angle - 2.4928343296051025 * foot_angle + 0.8290990591049194 * torso_vx - 1.2143337726593018 * torso_vz + 0.23313254117965698 * torso_angvel + 0.09318983554840088 * thigh_angvel - 0.06814757734537125 * leg_angvel - 0.7056035995483398 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.34557679295539856 + 0.8258863091468811 * torso_z - 9.934086799621582 * torso_angle + 0.4068891704082489 * thigh_angle - 0.7901736497879028 * leg_angle - 0.2577848434448242 * foot_angle - 0.28839540481567383 * torso_vx - 0.16947154700756073 * torso_vz - 0.25966018438339233 * torso_angvel - 0.042340926826000214 * thigh_angvel + 0.03223787993192673 * leg_angvel + 0.00484937010332942 * foot_angvel,  # thigh_torque
        0.1116286888718605 - 0.26913514733314514 * torso_z - 1.3897593021392822 * torso_angle - 1.2927346229553223 * thigh_angle - 2.7929787635803223 * leg_angle + 2.6346232891082764 * foot_angle - 0.32861459255218506 * torso_vx + 0.09353101253509521 * torso_vz - 0.5061265826225281 * torso_angvel + 0.2428581863641739 * thigh_angvel - 0.14935527741909027 * leg_angvel + 0.00555547047406435 * foot_angvel,  # leg_torque
        0.4452059864997864 + 0.9282121062278748 * torso_z - 1.7344982624053955 * torso_angle + 3.4388551712036133 * thigh_angle + 1.0862001180648804 * leg_angle + 0.42782413959503174 * foot_angle - 0.16331890225410461 * torso_vx + 0.11326129734516144 * torso_vz - 0.43309906125068665 * torso_angvel + 0.5521954894065857 * thigh_angvel + 0.34645935893058777 * leg_angvel + 0.12519006431102753 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.33022475242614746 - 0.5553458333015442 * torso_z - 8.250560760498047 * torso_angle - 2.0943222045898438 * thigh_angle - 1.8000603914260864 * leg_angle + 0.07227542251348495 * foot_angle - 0.21169646084308624 * torso_vx + 0.3249261975288391 * torso_vz - 1.239059567451477 * torso_angvel - 0.11725161969661713 * thigh_angvel + 0.25985684990882874 * leg_angvel - 0.025479476898908615 * foot_angvel,  # thigh_torque
        -0.2875654101371765 - 0.3084535300731659 * torso_z - 5.62983512878418 * torso_angle + 1.2004419565200806 * thigh_angle - 2.920248508453369 * leg_angle + 0.8764675259590149 * foot_angle - 0.40558966994285583 * torso_vx + 0.254572331905365 * torso_vz - 1.468798041343689 * torso_angvel + 0.3737267255783081 * thigh_angvel + 0.3448968231678009 * leg_angvel + 0.3876199722290039 * foot_angvel,  # leg_torque
        1.1042371988296509 + 1.5491012334823608 * torso_z + 0.21154968440532684 * torso_angle - 0.10062900185585022 * thigh_angle - 0.35547715425491333 * leg_angle - 0.7220287322998047 * foot_angle - 0.28308188915252686 * torso_vx + 0.33356931805610657 * torso_vz + 0.07851621508598328 * torso_angvel + 0.6571200489997864 * thigh_angvel + 0.07762163877487183 * leg_angvel - 0.08522645384073257 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.19384531676769257 + 0.665346622467041 * torso_z - 6.984055995941162 * torso_angle - 0.6485262513160706 * thigh_angle - 1.301347255706787 * leg_angle - 1.521383285522461 * foot_angle - 0.9501480460166931 * torso_vx + 0.3584531247615814 * torso_vz - 0.8510419130325317 * torso_angvel - 0.11130043864250183 * thigh_angvel + 0.21977947652339935 * leg_angvel - 0.0013912988360971212 * foot_angvel,  # thigh_torque
        -0.027768462896347046 + 0.12152927368879318 * torso_z - 0.7821393609046936 * torso_angle - 1.051081895828247 * thigh_angle - 2.2240874767303467 * leg_angle - 0.911144495010376 * foot_angle - 0.6413323879241943 * torso_vx - 0.334888756275177 * torso_vz - 0.09752386808395386 * torso_angvel - 0.16258776187896729 * thigh_angvel - 0.5334578156471252 * leg_angvel + 0.28684449195861816 * foot_angvel,  # leg_torque
        -0.19937020540237427 + 0.052340906113386154 * torso_z + 1.2798209190368652 * torso_angle - 1.8733938932418823 * thigh_angle + 0.17818774282932281 * leg_angle - 2.1624507904052734 * foot_angle + 0.04318448528647423 * torso_vx + 0.1871452033519745 * torso_vz + 0.6676658391952515 * torso_angvel - 0.7824963927268982 * thigh_angvel + 0.10082191228866577 * leg_angvel - 0.2978319227695465 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
