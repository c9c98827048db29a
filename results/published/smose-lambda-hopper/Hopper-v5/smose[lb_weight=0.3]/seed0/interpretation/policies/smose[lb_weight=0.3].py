"""Hopper-v5: smose[lb_weight=0.3] seed 0, its own policy

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
        -0.7064762711524963 - 0.5546097755432129 * torso_z + 3.0649664402008057 * torso_angle + 0.9572782516479492 * thigh_angle + 0.30875808000564575 * leg_angle + 2.151437282562256 * foot_angle + 1.0892939567565918 * torso_vx + 1.1382228136062622 * torso_vz + 0.23203803598880768 * torso_angvel - 1.4264516830444336 * thigh_angvel - 0.28557270765304565 * leg_angvel - 0.6647407412528992 * foot_angvel,  # expert 0
        1.443111538887024 + 1.6376030445098877 * torso_z - 2.1554887294769287 * torso_angle + 0.8038844466209412 * thigh_angle + 0.22354844212532043 * leg_angle - 3.226857900619507 * foot_angle - 3.637260913848877 * torso_vx - 0.026398437097668648 * torso_vz - 0.8887690901756287 * torso_angvel - 0.13419286906719208 * thigh_angvel + 0.40605583786964417 * leg_angvel - 1.054894208908081 * foot_angvel,  # expert 1
        0.03663714975118637 - 0.09735406190156937 * torso_z + 0.01825697161257267 * torso_angle - 0.57944655418396 * thigh_angle + 1.0624828338623047 * leg_angle - 2.092180013656616 * foot_angle - 0.7492808103561401 * torso_vx - 2.3577675819396973 * torso_vz + 0.33537495136260986 * torso_angvel + 0.590198278427124 * thigh_angvel + 0.9453749656677246 * leg_angvel + 1.1924004554748535 * foot_angvel,  # expert 2
        0.3564469516277313 + 0.3000201880931854 * torso_z - 1.9563649892807007 * torso_angle - 0.15822680294513702 * thigh_angle + 1.208539366722107 * leg_angle + 1.3710218667984009 * foot_angle + 0.6577773094177246 * torso_vx + 1.2381123304367065 * torso_vz + 1.9844287633895874 * torso_angvel + 0.6747015714645386 * thigh_angvel + 1.6170958280563354 * leg_angvel - 0.03891903907060623 * foot_angvel,  # expert 3
        0.20308449864387512 - 0.19669733941555023 * torso_z + 1.3435018062591553 * torso_angle + 3.3132622241973877 * thigh_angle + 1.508222222328186 * leg_angle - 0.3148743808269501 * foot_angle + 0.777686357498169 * torso_vx + 2.961198568344116 * torso_vz + 0.54951012134552 * torso_angvel + 0.771782398223877 * thigh_angvel - 0.14325299859046936 * leg_angvel + 1.318176031112671 * foot_angvel,  # expert 4
        -0.2478107064962387 - 0.4851430356502533 * torso_z - 1.3768980503082275 * torso_angle + 0.9853091239929199 * thigh_angle - 0.21467730402946472 * leg_angle - 0.5918673872947693 * foot_angle + 0.3655228912830353 * torso_vx + 1.4071264266967773 * torso_vz - 1.0025194883346558 * torso_angvel - 0.5187265872955322 * thigh_angvel - 0.23812128603458405 * leg_angvel + 1.383191704750061 * foot_angvel,  # expert 5
        0.37019187211990356 + 0.5941078662872314 * torso_z + 2.3695952892303467 * torso_angle + 0.6499250531196594 * thigh_angle - 0.1684907078742981 * leg_angle - 2.7522919178009033 * foot_angle + 0.8238841891288757 * torso_vx + 1.179419755935669 * torso_vz + 0.6630477905273438 * torso_angvel + 1.0946378707885742 * thigh_angvel + 0.5459781289100647 * leg_angvel - 2.9448442459106445 * foot_angvel,  # expert 6
        -1.2337144613265991 - 2.2650880813598633 * torso_z + 1.7516322135925293 * torso_angle - 1.4559667110443115 * thigh_angle - 1.8993841409683228 * leg_angle + 1.0265209674835205 * foot_angle + 0.6420466899871826 * torso_vx - 1.977919101715088 * torso_vz + 1.4861401319503784 * torso_angvel + 0.8454387784004211 * thigh_angvel - 1.0950806140899658 * leg_angvel - 0.8635197877883911 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.5316691398620605 - 0.28886255621910095 * torso_z - 10.483414649963379 * torso_angle - 2.535360813140869 * thigh_angle - 0.7489211559295654 * leg_angle - 0.2823614776134491 * foot_angle - 0.2556256651878357 * torso_vx + 0.1341261863708496 * torso_vz - 0.39479920268058777 * torso_angvel - 0.5609530210494995 * thigh_angvel - 0.12188919633626938 * leg_angvel + 0.001275017042644322 * foot_angvel,  # thigh_torque
        0.7958908677101135 + 1.4261480569839478 * torso_z - 1.1292016506195068 * torso_angle + 0.7660015225410461 * thigh_angle - 0.4184933006763458 * leg_angle + 0.5344759821891785 * foot_angle - 0.7234216332435608 * torso_vx + 0.18987761437892914 * torso_vz - 0.738024115562439 * torso_angvel + 0.04681749269366264 * thigh_angvel - 1.0363452434539795 * leg_angvel - 0.3958328664302826 * foot_angvel,  # leg_torque
        1.0054206848144531 + 1.875967025756836 * torso_z - 6.6787543296813965 * torso_angle + 2.355381488800049 * thigh_angle + 0.6202201843261719 * leg_angle + 0.6730563044548035 * foot_angle - 0.14179499447345734 * torso_vx + 0.30050578713417053 * torso_vz - 1.6578112840652466 * torso_angvel + 0.7652890086174011 * thigh_angvel + 0.7785234451293945 * leg_angvel + 0.18673792481422424 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.6643556356430054 + 0.2724360525608063 * torso_z - 2.499044179916382 * torso_angle - 0.8021984696388245 * thigh_angle - 0.7800495624542236 * leg_angle - 1.4039138555526733 * foot_angle + 0.7536638379096985 * torso_vx - 1.4373801946640015 * torso_vz - 0.31636667251586914 * torso_angvel - 0.4481548070907593 * thigh_angvel - 0.1879585087299347 * leg_angvel + 0.11459145694971085 * foot_angvel,  # thigh_torque
        0.15484903752803802 + 0.255510538816452 * torso_z - 4.550360679626465 * torso_angle - 2.3661105632781982 * thigh_angle - 4.169816017150879 * leg_angle - 0.828815758228302 * foot_angle - 0.7544143795967102 * torso_vx - 0.26669228076934814 * torso_vz - 0.2372710406780243 * torso_angvel - 0.10444006323814392 * thigh_angvel - 0.1825188845396042 * leg_angvel + 0.23729771375656128 * foot_angvel,  # leg_torque
        1.5666978359222412 + 1.0572963953018188 * torso_z + 3.2035043239593506 * torso_angle + 0.8669285178184509 * thigh_angle + 2.9077584743499756 * leg_angle + 0.028897752985358238 * foot_angle + 1.6581761837005615 * torso_vx - 1.0603324174880981 * torso_vz + 0.29649046063423157 * torso_angvel + 0.13045673072338104 * thigh_angvel - 0.1308380514383316 * leg_angvel - 0.8462422490119934 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.35892993211746216 - 0.30178794264793396 * torso_z - 5.77998161315918 * torso_angle - 1.7244765758514404 * thigh_angle - 0.7214715480804443 * leg_angle - 1.1357479095458984 * foot_angle - 0.9322530031204224 * torso_vx + 0.16018839180469513 * torso_vz - 0.9335780143737793 * torso_angvel - 0.45681291818618774 * thigh_angvel - 0.012262173928320408 * leg_angvel + 0.4756670296192169 * foot_angvel,  # thigh_torque
        0.6437058448791504 + 1.2547813653945923 * torso_z - 2.6304407119750977 * torso_angle + 1.465023398399353 * thigh_angle - 3.113267421722412 * leg_angle - 1.4788732528686523 * foot_angle + 0.04110792279243469 * torso_vx - 0.5537684559822083 * torso_vz - 1.0349035263061523 * torso_angvel + 0.545024037361145 * thigh_angvel - 0.6660726070404053 * leg_angvel - 0.6924705505371094 * foot_angvel,  # leg_torque
        1.3738441467285156 + 2.1363255977630615 * torso_z - 3.5220999717712402 * torso_angle + 2.265496015548706 * thigh_angle - 0.9642119407653809 * leg_angle - 1.8399981260299683 * foot_angle - 0.8832932114601135 * torso_vx - 1.3137595653533936 * torso_vz - 0.8555939197540283 * torso_angvel + 1.3045390844345093 * thigh_angvel + 1.0555511713027954 * leg_angvel - 1.6703802347183228 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.03894657641649246 + 0.36972856521606445 * torso_z - 7.26039981842041 * torso_angle - 0.4748045802116394 * thigh_angle - 0.5163885354995728 * leg_angle - 0.14914964139461517 * foot_angle - 0.9965558052062988 * torso_vx + 1.0637797117233276 * torso_vz - 0.645728588104248 * torso_angvel - 0.32982438802719116 * thigh_angvel + 0.49115556478500366 * leg_angvel + 0.32124778628349304 * foot_angvel,  # thigh_torque
        0.056745197623968124 + 0.10677462816238403 * torso_z - 0.11322227865457535 * torso_angle - 1.3980315923690796 * thigh_angle - 2.060504198074341 * leg_angle - 0.114485003054142 * foot_angle - 0.522466242313385 * torso_vx - 0.0912095457315445 * torso_vz + 0.09103604406118393 * torso_angvel - 0.5094058513641357 * thigh_angvel - 1.2399117946624756 * leg_angvel + 0.2121025174856186 * foot_angvel,  # leg_torque
        1.7787162065505981 + 1.666858196258545 * torso_z - 2.904304027557373 * torso_angle + 3.375486373901367 * thigh_angle - 0.6826184391975403 * leg_angle - 0.19398102164268494 * foot_angle - 0.7673876881599426 * torso_vx + 0.8252401351928711 * torso_vz - 0.8883921504020691 * torso_angvel + 0.13881918787956238 * thigh_angvel + 0.2833738923072815 * leg_angvel - 0.34657904505729675 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.22751888632774353 + 0.38849687576293945 * torso_z - 5.925669193267822 * torso_angle - 2.531093120574951 * thigh_angle - 1.6838128566741943 * leg_angle + 0.9134786128997803 * foot_angle - 0.231853649020195 * torso_vx + 1.2668254375457764 * torso_vz - 0.9706451296806335 * torso_angvel - 0.42448297142982483 * thigh_angvel + 0.14876259863376617 * leg_angvel - 0.35698556900024414 * foot_angvel,  # thigh_torque
        -0.2364625781774521 + 0.03960703685879707 * torso_z - 1.8947196006774902 * torso_angle - 2.0225095748901367 * thigh_angle - 3.3004438877105713 * leg_angle - 0.2917259931564331 * foot_angle - 0.3554922938346863 * torso_vx + 0.5927824378013611 * torso_vz - 0.400387704372406 * torso_angvel + 0.15786179900169373 * thigh_angvel - 0.5658844709396362 * leg_angvel - 0.0287508275359869 * foot_angvel,  # leg_torque
        0.26018813252449036 + 0.49288251996040344 * torso_z + 0.47038182616233826 * torso_angle - 0.9108017683029175 * thigh_angle - 0.2600739002227783 * leg_angle - 0.5508971214294434 * foot_angle + 0.47020405530929565 * torso_vx - 0.7585890293121338 * torso_vz + 0.20196743309497833 * torso_angvel - 0.5281054377555847 * thigh_angvel + 0.022754287347197533 * leg_angvel - 0.5057605504989624 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.12236905097961426 + 0.5220620036125183 * torso_z - 6.784383773803711 * torso_angle - 2.220548629760742 * thigh_angle - 1.406045913696289 * leg_angle - 0.9544020891189575 * foot_angle - 0.8571019768714905 * torso_vx + 0.298664927482605 * torso_vz - 0.6895505785942078 * torso_angvel - 0.19095131754875183 * thigh_angvel + 0.2005164474248886 * leg_angvel - 0.19411350786685944 * foot_angvel,  # thigh_torque
        0.7162153720855713 + 0.19387851655483246 * torso_z - 2.729743003845215 * torso_angle - 1.655367136001587 * thigh_angle - 3.6742918491363525 * leg_angle - 1.582679271697998 * foot_angle - 0.4680873453617096 * torso_vx - 0.0734768733382225 * torso_vz - 0.354047030210495 * torso_angvel - 0.28943145275115967 * thigh_angvel - 0.1930137425661087 * leg_angvel + 0.09534982591867447 * foot_angvel,  # leg_torque
        0.44829219579696655 + 0.5908703207969666 * torso_z + 2.818294048309326 * torso_angle + 2.268111228942871 * thigh_angle + 2.2889463901519775 * leg_angle + 0.19451376795768738 * foot_angle + 1.0644714832305908 * torso_vx - 0.6672191619873047 * torso_vz + 0.03233885020017624 * torso_angvel + 0.03665383532643318 * thigh_angvel - 0.19508877396583557 * leg_angvel - 0.8384988307952881 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.22640803456306458 - 0.6418662667274475 * torso_z - 7.325287818908691 * torso_angle - 1.1410573720932007 * thigh_angle - 1.9629014730453491 * leg_angle - 1.400294542312622 * foot_angle - 0.05326223373413086 * torso_vx + 0.14397582411766052 * torso_vz - 0.4587796628475189 * torso_angvel - 0.3010009825229645 * thigh_angvel - 0.059354785829782486 * leg_angvel + 0.07899262011051178 * foot_angvel,  # thigh_torque
        0.865772008895874 + 0.6966522336006165 * torso_z - 6.322381019592285 * torso_angle - 1.271409511566162 * thigh_angle - 1.63320791721344 * leg_angle - 0.8437532186508179 * foot_angle - 1.584684133529663 * torso_vx - 1.0564796924591064 * torso_vz - 0.1431986689567566 * torso_angvel - 0.21087318658828735 * thigh_angvel - 0.6957400441169739 * leg_angvel - 0.11413569748401642 * foot_angvel,  # leg_torque
        2.2331509590148926 + 2.125589609146118 * torso_z - 5.167818069458008 * torso_angle + 2.7979061603546143 * thigh_angle - 1.0172700881958008 * leg_angle - 0.3576047420501709 * foot_angle - 1.4763084650039673 * torso_vx - 0.41108500957489014 * torso_vz - 0.7484022974967957 * torso_angvel + 0.16222849488258362 * thigh_angvel + 0.5826787352561951 * leg_angvel + 0.24679790437221527 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.31826406717300415 - 0.4150024354457855 * torso_z - 8.501324653625488 * torso_angle - 1.7717489004135132 * thigh_angle - 0.967664361000061 * leg_angle - 0.5227351784706116 * foot_angle - 0.41575977206230164 * torso_vx - 0.07017610967159271 * torso_vz - 0.523429811000824 * torso_angvel - 0.8812074661254883 * thigh_angvel - 0.18562056124210358 * leg_angvel - 0.0492117814719677 * foot_angvel,  # thigh_torque
        0.895990252494812 + 0.7750483155250549 * torso_z - 0.2529568672180176 * torso_angle - 0.20642408728599548 * thigh_angle - 1.5864431858062744 * leg_angle + 0.42076101899147034 * foot_angle - 0.9923219680786133 * torso_vx + 0.12490740418434143 * torso_vz + 0.5764127373695374 * torso_angvel - 0.685614287853241 * thigh_angvel - 0.3322700560092926 * leg_angvel + 0.02459554374217987 * foot_angvel,  # leg_torque
        1.2023556232452393 + 2.5498619079589844 * torso_z - 2.282687187194824 * torso_angle + 3.5455403327941895 * thigh_angle + 2.080235719680786 * leg_angle + 0.6737037897109985 * foot_angle - 0.9925957918167114 * torso_vx - 1.5763901472091675 * torso_vz - 0.8675003051757812 * torso_angvel + 1.5288679599761963 * thigh_angvel + 0.5923962593078613 * leg_angvel - 0.4793221354484558 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
