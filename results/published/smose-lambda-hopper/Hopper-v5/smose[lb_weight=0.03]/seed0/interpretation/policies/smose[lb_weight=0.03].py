"""Hopper-v5: smose[lb_weight=0.03] seed 0, its own policy

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
        0.2334795445203781 + 0.15734705328941345 * torso_z + 5.209705352783203 * torso_angle + 0.40114647150039673 * thigh_angle + 0.5951260328292847 * leg_angle + 0.5925230383872986 * foot_angle + 0.10685443878173828 * torso_vx + 0.009808269329369068 * torso_vz + 0.040735211223363876 * torso_angvel + 0.14650194346904755 * thigh_angvel - 0.19488106667995453 * leg_angvel - 2.2133023738861084 * foot_angvel,  # expert 0
        1.5138928890228271 + 1.6606924533843994 * torso_z - 4.538155555725098 * torso_angle + 0.002759266411885619 * thigh_angle + 0.014064707793295383 * leg_angle - 2.4265401363372803 * foot_angle - 2.511752128601074 * torso_vx + 0.9641811847686768 * torso_vz - 1.1173388957977295 * torso_angvel - 0.8372049331665039 * thigh_angvel + 0.5384266972541809 * leg_angvel - 0.5216284990310669 * foot_angvel,  # expert 1
        0.16908805072307587 + 0.05370478704571724 * torso_z - 0.5957591533660889 * torso_angle + 3.135800361633301 * thigh_angle + 0.30742940306663513 * leg_angle - 0.6927073001861572 * foot_angle - 1.779274344444275 * torso_vx - 0.8884175419807434 * torso_vz - 0.5891512036323547 * torso_angvel + 0.3187396228313446 * thigh_angvel - 0.24323415756225586 * leg_angvel + 1.774320363998413 * foot_angvel,  # expert 2
        -0.3370518982410431 - 0.5307375192642212 * torso_z + 1.5424970388412476 * torso_angle + 4.076028347015381 * thigh_angle + 0.20804010331630707 * leg_angle + 0.47255739569664 * foot_angle - 0.26396021246910095 * torso_vx - 0.07613693922758102 * torso_vz - 0.8595051765441895 * torso_angvel - 0.8387219309806824 * thigh_angvel + 0.3946257531642914 * leg_angvel - 0.3345939815044403 * foot_angvel,  # expert 3
        0.09110740572214127 - 0.30422037839889526 * torso_z + 0.17627820372581482 * torso_angle + 0.1479412317276001 * thigh_angle - 1.3822884559631348 * leg_angle + 1.7602391242980957 * foot_angle + 1.2332013845443726 * torso_vx + 2.08884334564209 * torso_vz + 1.3940999507904053 * torso_angvel + 1.2348014116287231 * thigh_angvel - 0.5306943655014038 * leg_angvel + 1.1264660358428955 * foot_angvel,  # expert 4
        -1.4375959634780884 - 1.679617166519165 * torso_z + 1.2002309560775757 * torso_angle + 3.117276906967163 * thigh_angle + 0.30267056822776794 * leg_angle - 0.3487321734428406 * foot_angle - 0.7285471558570862 * torso_vx + 1.1068259477615356 * torso_vz - 0.7980074882507324 * torso_angvel - 0.19357791543006897 * thigh_angvel + 0.16947686672210693 * leg_angvel + 0.05925370007753372 * foot_angvel,  # expert 5
        -1.8978288173675537 - 1.6074857711791992 * torso_z - 1.6566146612167358 * torso_angle + 0.32589802145957947 * thigh_angle + 0.5373486876487732 * leg_angle - 0.36770200729370117 * foot_angle + 0.21733412146568298 * torso_vx + 2.771637201309204 * torso_vz + 0.7131922245025635 * torso_angvel + 0.2835666239261627 * thigh_angvel + 1.8494019508361816 * leg_angvel - 1.3113454580307007 * foot_angvel,  # expert 6
        -2.479191780090332 - 3.046003580093384 * torso_z + 0.6349062919616699 * torso_angle - 2.060234308242798 * thigh_angle + 0.3317583203315735 * leg_angle + 0.525632381439209 * foot_angle + 2.067044973373413 * torso_vx - 2.365987539291382 * torso_vz + 1.492978572845459 * torso_angvel - 0.5337108969688416 * thigh_angvel + 0.04722302407026291 * leg_angvel - 0.4603709280490875 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.45553314685821533 - 0.042474165558815 * torso_z - 6.300128936767578 * torso_angle - 3.0741569995880127 * thigh_angle + 0.6386944055557251 * leg_angle - 0.5622544884681702 * foot_angle - 1.0031801462173462 * torso_vx - 0.03642309457063675 * torso_vz - 0.536086916923523 * torso_angvel - 0.42129725217819214 * thigh_angvel + 0.07005059719085693 * leg_angvel + 0.13864153623580933 * foot_angvel,  # thigh_torque
        -0.05752553790807724 - 0.2229839563369751 * torso_z - 3.3019134998321533 * torso_angle + 0.1394796371459961 * thigh_angle - 2.4014973640441895 * leg_angle - 0.22832223773002625 * foot_angle + 0.14910267293453217 * torso_vx - 0.4494076669216156 * torso_vz + 0.185154527425766 * torso_angvel - 0.1044924259185791 * thigh_angvel - 0.6629765033721924 * leg_angvel - 0.2238888144493103 * foot_angvel,  # leg_torque
        0.5314589738845825 + 1.2653653621673584 * torso_z - 8.1925048828125 * torso_angle + 4.852218151092529 * thigh_angle + 1.0218206644058228 * leg_angle - 0.21448834240436554 * foot_angle - 0.29386237263679504 * torso_vx - 0.9523507952690125 * torso_vz - 0.18441952764987946 * torso_angvel + 0.27792778611183167 * thigh_angvel - 0.07149931788444519 * leg_angvel - 0.8344181180000305 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.25200921297073364 - 0.7856817245483398 * torso_z - 3.2734410762786865 * torso_angle - 2.7228269577026367 * thigh_angle - 1.2860431671142578 * leg_angle - 0.21209260821342468 * foot_angle - 0.6150433421134949 * torso_vx - 0.11532540619373322 * torso_vz - 0.6634628176689148 * torso_angvel - 0.2758670151233673 * thigh_angvel + 0.11322283744812012 * leg_angvel + 0.13938145339488983 * foot_angvel,  # thigh_torque
        0.4255838394165039 + 0.4505186676979065 * torso_z - 4.893575668334961 * torso_angle - 2.0234713554382324 * thigh_angle - 3.8929812908172607 * leg_angle + 0.13203874230384827 * foot_angle - 0.7192312479019165 * torso_vx - 0.2513560950756073 * torso_vz - 0.24590782821178436 * torso_angvel - 0.036497700959444046 * thigh_angvel - 0.25819045305252075 * leg_angvel - 0.2415543496608734 * foot_angvel,  # leg_torque
        1.5478712320327759 + 1.0951364040374756 * torso_z + 4.166373252868652 * torso_angle + 2.2493178844451904 * thigh_angle + 3.1246323585510254 * leg_angle - 1.2088940143585205 * foot_angle + 1.182615876197815 * torso_vx - 2.590989351272583 * torso_vz + 0.12227538228034973 * torso_angvel - 0.3087567985057831 * thigh_angvel + 0.1372343748807907 * leg_angvel - 1.6796051263809204 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.22773465514183044 - 0.26850247383117676 * torso_z - 1.8730494976043701 * torso_angle - 0.7262833714485168 * thigh_angle - 0.3255036175251007 * leg_angle + 0.10904870927333832 * foot_angle - 0.09628202021121979 * torso_vx - 0.018037864938378334 * torso_vz - 0.49622178077697754 * torso_angvel - 0.3824087977409363 * thigh_angvel + 0.14595845341682434 * leg_angvel + 0.06281018257141113 * foot_angvel,  # thigh_torque
        0.3549209237098694 + 0.7928054928779602 * torso_z - 4.205522537231445 * torso_angle + 0.620248556137085 * thigh_angle - 0.462481290102005 * leg_angle - 1.0112831592559814 * foot_angle - 1.3286956548690796 * torso_vx + 0.5412014126777649 * torso_vz - 0.741000235080719 * torso_angvel + 0.14329561591148376 * thigh_angvel - 0.20258693397045135 * leg_angvel + 0.028090743348002434 * foot_angvel,  # leg_torque
        1.0113141536712646 + 1.3739888668060303 * torso_z + 0.9536612033843994 * torso_angle + 1.6606850624084473 * thigh_angle - 0.30813613533973694 * leg_angle - 1.388722538948059 * foot_angle - 0.4946402907371521 * torso_vx - 1.9109413623809814 * torso_vz + 0.729494571685791 * torso_angvel + 0.1563979685306549 * thigh_angvel - 0.37405991554260254 * leg_angvel - 0.8108887672424316 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.13459493219852448 + 0.016957059502601624 * torso_z - 1.386570692062378 * torso_angle - 0.38896527886390686 * thigh_angle - 0.5078287720680237 * leg_angle - 0.16245438158512115 * foot_angle - 0.7035750150680542 * torso_vx + 0.5584948658943176 * torso_vz - 0.6238533854484558 * torso_angvel - 0.4279214143753052 * thigh_angvel - 0.2015790492296219 * leg_angvel + 0.22550725936889648 * foot_angvel,  # thigh_torque
        0.48582419753074646 + 0.5693590044975281 * torso_z - 0.9174737334251404 * torso_angle - 0.38875168561935425 * thigh_angle - 0.7972915172576904 * leg_angle + 0.4621497690677643 * foot_angle - 0.3518458604812622 * torso_vx + 0.032290227711200714 * torso_vz - 0.39039427042007446 * torso_angvel - 0.01750563271343708 * thigh_angvel - 0.7251409292221069 * leg_angvel + 0.27332603931427 * foot_angvel,  # leg_torque
        0.9847995042800903 + 0.6199570298194885 * torso_z - 0.036301594227552414 * torso_angle - 0.5806425213813782 * thigh_angle - 0.24947047233581543 * leg_angle + 0.2930319607257843 * foot_angle - 0.22001656889915466 * torso_vx - 0.4522189497947693 * torso_vz - 0.6267421841621399 * torso_angvel - 0.10863535851240158 * thigh_angvel - 0.4036250412464142 * leg_angvel - 0.889166533946991 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.26979532837867737 - 0.20238320529460907 * torso_z - 4.723416805267334 * torso_angle - 2.662627696990967 * thigh_angle + 0.15710218250751495 * leg_angle - 0.5333073139190674 * foot_angle - 0.3583965301513672 * torso_vx + 0.5861344933509827 * torso_vz - 0.6873577833175659 * torso_angvel - 0.43507322669029236 * thigh_angvel + 0.012111973948776722 * leg_angvel + 0.12625089287757874 * foot_angvel,  # thigh_torque
        0.24574880301952362 + 0.4549940824508667 * torso_z - 0.6999090313911438 * torso_angle + 0.45550453662872314 * thigh_angle - 0.7838728427886963 * leg_angle + 0.5554138422012329 * foot_angle - 0.16292285919189453 * torso_vx - 0.5204511880874634 * torso_vz + 0.026693861931562424 * torso_angvel + 0.17325648665428162 * thigh_angvel - 0.42701956629753113 * leg_angvel - 0.38346534967422485 * foot_angvel,  # leg_torque
        0.514733612537384 + 0.7483126521110535 * torso_z - 3.2587716579437256 * torso_angle - 0.10713265836238861 * thigh_angle + 0.32023248076438904 * leg_angle - 0.984890341758728 * foot_angle - 0.47153612971305847 * torso_vx - 0.05154793709516525 * torso_vz + 0.08730369061231613 * torso_angvel - 0.2566155195236206 * thigh_angvel - 0.1354963779449463 * leg_angvel - 0.46095651388168335 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.4178853929042816 + 0.7550337314605713 * torso_z - 1.0411655902862549 * torso_angle - 0.8237298727035522 * thigh_angle - 0.4393160939216614 * leg_angle + 0.18860961496829987 * foot_angle - 0.7181270122528076 * torso_vx - 0.38418176770210266 * torso_vz - 0.31792572140693665 * torso_angvel - 0.5394694805145264 * thigh_angvel - 0.07162899523973465 * leg_angvel + 0.07580296695232391 * foot_angvel,  # thigh_torque
        0.7591060996055603 + 0.2168637067079544 * torso_z - 1.108964443206787 * torso_angle - 0.99346524477005 * thigh_angle - 1.0835423469543457 * leg_angle + 0.7635297179222107 * foot_angle - 0.5150048136711121 * torso_vx - 0.14265824854373932 * torso_vz - 0.24734951555728912 * torso_angvel - 0.2008609175682068 * thigh_angvel - 0.8221666812896729 * leg_angvel + 0.2856194078922272 * foot_angvel,  # leg_torque
        0.625548243522644 + 0.618827760219574 * torso_z - 0.23888936638832092 * torso_angle - 0.11058583110570908 * thigh_angle - 0.26409712433815 * leg_angle + 0.06136726215481758 * foot_angle - 0.4319002330303192 * torso_vx - 0.7190573811531067 * torso_vz - 0.3195188641548157 * torso_angvel - 0.15525270998477936 * thigh_angvel + 0.38096633553504944 * leg_angvel - 0.22308361530303955 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.19940531253814697 - 0.48166728019714355 * torso_z - 2.2122886180877686 * torso_angle - 0.4057736098766327 * thigh_angle - 0.8415165543556213 * leg_angle - 0.9353328943252563 * foot_angle - 0.39408695697784424 * torso_vx + 1.0297085046768188 * torso_vz - 0.7631163597106934 * torso_angvel - 0.7564674019813538 * thigh_angvel - 0.12284968793392181 * leg_angvel - 0.05758824199438095 * foot_angvel,  # thigh_torque
        1.1167980432510376 + 0.6292937994003296 * torso_z - 1.9837379455566406 * torso_angle - 0.11677362024784088 * thigh_angle - 0.43862104415893555 * leg_angle + 0.26533785462379456 * foot_angle - 0.7786427140235901 * torso_vx + 0.3790673613548279 * torso_vz + 0.15427914261817932 * torso_angvel - 0.171001598238945 * thigh_angvel + 0.7109126448631287 * leg_angvel - 0.24074780941009521 * foot_angvel,  # leg_torque
        0.5395634770393372 + 0.0928538367152214 * torso_z - 0.8887408375740051 * torso_angle + 0.06535167992115021 * thigh_angle + 0.34212514758110046 * leg_angle - 0.27291208505630493 * foot_angle - 0.5173715949058533 * torso_vx - 0.0499705895781517 * torso_vz - 0.010408611968159676 * torso_angvel + 0.4190211892127991 * thigh_angvel + 0.3313393294811249 * leg_angvel - 0.4547173082828522 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.15288576483726501 - 0.16130699217319489 * torso_z - 8.059420585632324 * torso_angle - 2.0987555980682373 * thigh_angle + 0.48560580611228943 * leg_angle + 0.7669494152069092 * foot_angle - 0.041538797318935394 * torso_vx + 0.34861302375793457 * torso_vz - 1.5261545181274414 * torso_angvel - 0.31359949707984924 * thigh_angvel + 0.19995538890361786 * leg_angvel + 0.3786657452583313 * foot_angvel,  # thigh_torque
        -0.385220468044281 - 0.5526133179664612 * torso_z - 6.735030651092529 * torso_angle - 0.450810968875885 * thigh_angle - 3.3083221912384033 * leg_angle + 0.45054230093955994 * foot_angle - 0.12708161771297455 * torso_vx - 0.15872518718242645 * torso_vz - 0.026341214776039124 * torso_angvel - 0.06272199749946594 * thigh_angvel - 1.0428036451339722 * leg_angvel - 0.642362654209137 * foot_angvel,  # leg_torque
        0.7382420301437378 + 1.3186358213424683 * torso_z - 10.058537483215332 * torso_angle + 2.6185920238494873 * thigh_angle - 1.2876842021942139 * leg_angle + 0.8823593258857727 * foot_angle - 0.9571770429611206 * torso_vx - 0.1332143396139145 * torso_vz - 1.0470519065856934 * torso_angvel + 0.8366073369979858 * thigh_angvel + 0.23862555623054504 * leg_angvel + 0.10367614030838013 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
