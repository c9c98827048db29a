"""Hopper-v5: smose[lb_weight=0.01] seed 2, its own policy

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
        -1.2486368417739868 - 0.9824792742729187 * torso_z + 0.45405444502830505 * torso_angle + 3.0366363525390625 * thigh_angle + 0.0682787075638771 * leg_angle - 1.0859075784683228 * foot_angle - 0.9984753131866455 * torso_vx + 1.1121585369110107 * torso_vz + 0.35294193029403687 * torso_angvel + 0.5344327688217163 * thigh_angvel + 0.2588493525981903 * leg_angvel - 0.35736584663391113 * foot_angvel,  # expert 0
        0.8303425908088684 + 1.0043538808822632 * torso_z - 0.5541071891784668 * torso_angle + 1.4111000299453735 * thigh_angle + 0.19154992699623108 * leg_angle + 1.791083812713623 * foot_angle - 1.0553101301193237 * torso_vx - 0.8315111398696899 * torso_vz - 0.7163423299789429 * torso_angvel - 1.0979647636413574 * thigh_angvel + 0.1882583051919937 * leg_angvel - 1.3756698369979858 * foot_angvel,  # expert 1
        -1.188357949256897 - 1.1658134460449219 * torso_z + 0.8496043086051941 * torso_angle + 0.9277663826942444 * thigh_angle + 1.287603497505188 * leg_angle - 0.9025892615318298 * foot_angle + 0.5918859243392944 * torso_vx + 2.3185598850250244 * torso_vz + 1.3354535102844238 * torso_angvel + 1.2468239068984985 * thigh_angvel + 0.6246826648712158 * leg_angvel + 0.8504953384399414 * foot_angvel,  # expert 2
        -2.8501291275024414 - 2.364438533782959 * torso_z + 3.5717337131500244 * torso_angle + 3.902392625808716 * thigh_angle + 2.210005760192871 * leg_angle - 1.6444998979568481 * foot_angle + 0.30316150188446045 * torso_vx + 0.718295693397522 * torso_vz - 0.1499757170677185 * torso_angvel + 0.06170085817575455 * thigh_angvel - 0.5555946230888367 * leg_angvel - 0.457010954618454 * foot_angvel,  # expert 3
        0.7866798639297485 + 1.0451409816741943 * torso_z + 5.948281764984131 * torso_angle + 2.9825332164764404 * thigh_angle + 3.703219413757324 * leg_angle + 4.243757247924805 * foot_angle + 2.393447160720825 * torso_vx + 4.781322479248047 * torso_vz + 0.39090099930763245 * torso_angvel - 1.978843331336975 * thigh_angvel - 0.22012175619602203 * leg_angvel - 2.068575859069824 * foot_angvel,  # expert 4
        -0.6594483852386475 - 0.9547107815742493 * torso_z + 2.637577533721924 * torso_angle + 0.0014244033955037594 * thigh_angle - 0.6700988411903381 * leg_angle - 1.0184106826782227 * foot_angle + 2.856975793838501 * torso_vx + 1.4213075637817383 * torso_vz + 2.1049609184265137 * torso_angvel + 1.6910823583602905 * thigh_angvel - 1.2861058712005615 * leg_angvel - 1.3972786664962769 * foot_angvel,  # expert 5
        -1.5160460472106934 - 2.0641462802886963 * torso_z + 0.5822612047195435 * torso_angle + 0.2407505065202713 * thigh_angle + 0.06799358129501343 * leg_angle - 1.9006237983703613 * foot_angle + 1.351736068725586 * torso_vx - 0.40346184372901917 * torso_vz - 0.7354274392127991 * torso_angvel + 0.16343744099140167 * thigh_angvel - 0.16003963351249695 * leg_angvel - 0.10512393712997437 * foot_angvel,  # expert 6
        0.4476557672023773 + 0.15692345798015594 * torso_z + 1.507995367050171 * torso_angle + 0.643889307975769 * thigh_angle + 1.9674961566925049 * leg_angle - 1.8874132633209229 * foot_angle + 0.9939431548118591 * torso_vx + 0.5855841636657715 * torso_vz + 0.587471067905426 * torso_angvel - 0.2814711630344391 * thigh_angvel - 0.20981362462043762 * leg_angvel + 2.505610704421997 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        1.2321280241012573 + 0.6638591289520264 * torso_z - 3.0309364795684814 * torso_angle - 3.3424737453460693 * thigh_angle - 0.949360728263855 * leg_angle - 0.1613471359014511 * foot_angle - 1.0336171388626099 * torso_vx - 0.45531079173088074 * torso_vz - 0.9083763360977173 * torso_angvel - 0.582325279712677 * thigh_angvel + 0.05372381955385208 * leg_angvel - 0.0459510013461113 * foot_angvel,  # thigh_torque
        0.5409258604049683 + 0.9483041167259216 * torso_z - 1.912931203842163 * torso_angle - 0.73163241147995 * thigh_angle - 1.5409505367279053 * leg_angle + 1.2531991004943848 * foot_angle - 0.28808391094207764 * torso_vx - 0.056692130863666534 * torso_vz - 0.49904391169548035 * torso_angvel + 0.2435792237520218 * thigh_angvel - 0.8126362562179565 * leg_angvel - 0.2737267315387726 * foot_angvel,  # leg_torque
        1.019075632095337 + 1.1573150157928467 * torso_z + 0.0308818556368351 * torso_angle - 0.47467395663261414 * thigh_angle + 0.09308183938264847 * leg_angle + 0.3334183394908905 * foot_angle + 0.6703092455863953 * torso_vx - 1.7530169486999512 * torso_vz + 0.2114998996257782 * torso_angvel + 1.7467880249023438 * thigh_angvel - 0.1710454523563385 * leg_angvel - 1.0996204614639282 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.5094425082206726 - 1.3348402976989746 * torso_z - 11.267045021057129 * torso_angle - 1.5760465860366821 * thigh_angle - 1.5385699272155762 * leg_angle - 0.7327104210853577 * foot_angle + 0.1355585902929306 * torso_vx - 0.11980573832988739 * torso_vz - 1.3464213609695435 * torso_angvel + 0.08376031368970871 * thigh_angvel + 0.11191245168447495 * leg_angvel + 0.04287277162075043 * foot_angvel,  # thigh_torque
        1.0144472122192383 + 0.40952950716018677 * torso_z - 4.153069496154785 * torso_angle + 0.8461006283760071 * thigh_angle - 0.9903838634490967 * leg_angle - 0.043641526252031326 * foot_angle - 0.4232935905456543 * torso_vx + 0.5093205571174622 * torso_vz + 0.04581233114004135 * torso_angvel - 0.2397664487361908 * thigh_angvel - 0.2781870365142822 * leg_angvel - 0.15012194216251373 * foot_angvel,  # leg_torque
        0.5950498580932617 + 2.4051566123962402 * torso_z - 2.6559689044952393 * torso_angle + 4.051934719085693 * thigh_angle + 2.0750699043273926 * leg_angle + 1.116589903831482 * foot_angle - 1.5946414470672607 * torso_vx - 0.3177230954170227 * torso_vz - 0.28107160329818726 * torso_angvel + 0.024840526282787323 * thigh_angvel + 0.21827176213264465 * leg_angvel - 0.3236158788204193 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.5374841690063477 + 0.4988929033279419 * torso_z - 1.839357614517212 * torso_angle - 1.1124926805496216 * thigh_angle - 0.7334609031677246 * leg_angle + 0.014024108648300171 * foot_angle - 0.790499210357666 * torso_vx + 0.04484044015407562 * torso_vz - 0.5116457939147949 * torso_angvel - 0.3841893970966339 * thigh_angvel - 0.19779901206493378 * leg_angvel + 0.23415029048919678 * foot_angvel,  # thigh_torque
        1.0691090822219849 + 1.0993441343307495 * torso_z - 1.6755861043930054 * torso_angle - 1.2012507915496826 * thigh_angle - 1.376704454421997 * leg_angle + 0.07160872966051102 * foot_angle - 0.9097564816474915 * torso_vx - 0.39478108286857605 * torso_vz - 0.5033246278762817 * torso_angvel - 0.2127382755279541 * thigh_angvel - 0.49668169021606445 * leg_angvel + 0.08665689080953598 * foot_angvel,  # leg_torque
        1.9458768367767334 + 1.8731409311294556 * torso_z - 1.3829798698425293 * torso_angle - 1.5921467542648315 * thigh_angle - 1.3145018815994263 * leg_angle + 0.023154107853770256 * foot_angle - 0.44569018483161926 * torso_vx - 0.4893307089805603 * torso_vz - 0.150908961892128 * torso_angvel + 0.2271396368741989 * thigh_angvel - 0.14994962513446808 * leg_angvel - 0.5711979269981384 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.6026943325996399 + 0.5483812689781189 * torso_z - 1.1802396774291992 * torso_angle - 1.0428444147109985 * thigh_angle - 0.4168141484260559 * leg_angle + 0.33406147360801697 * foot_angle - 0.5837055444717407 * torso_vx + 0.0395042710006237 * torso_vz - 0.5210393071174622 * torso_angvel - 0.640130341053009 * thigh_angvel + 0.11250811070203781 * leg_angvel + 0.13241034746170044 * foot_angvel,  # thigh_torque
        0.4054415225982666 + 0.651215136051178 * torso_z - 0.7921168804168701 * torso_angle - 0.6335949897766113 * thigh_angle - 0.8703703880310059 * leg_angle + 0.36967289447784424 * foot_angle + 0.16786859929561615 * torso_vx - 0.41111820936203003 * torso_vz - 0.44875240325927734 * torso_angvel - 0.44873735308647156 * thigh_angvel - 0.4112989902496338 * leg_angvel + 0.17132295668125153 * foot_angvel,  # leg_torque
        0.4834707975387573 + 0.5846863389015198 * torso_z - 0.019531207159161568 * torso_angle + 0.04931811988353729 * thigh_angle - 0.06761385500431061 * leg_angle - 0.1345485895872116 * foot_angle + 0.45797380805015564 * torso_vx - 0.659152090549469 * torso_vz + 0.010250677354633808 * torso_angvel - 0.1577734649181366 * thigh_angvel + 0.32660141587257385 * leg_angvel - 0.08865749835968018 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.29565316438674927 - 0.47172173857688904 * torso_z - 4.324610710144043 * torso_angle - 0.7154488563537598 * thigh_angle + 0.06732626259326935 * leg_angle - 0.859183132648468 * foot_angle + 0.009057949297130108 * torso_vx - 0.14341141283512115 * torso_vz - 0.7385735511779785 * torso_angvel - 0.10965712368488312 * thigh_angvel + 0.015544121153652668 * leg_angvel - 0.04229537770152092 * foot_angvel,  # thigh_torque
        0.030448738485574722 - 0.33877676725387573 * torso_z - 4.051657199859619 * torso_angle - 0.709071159362793 * thigh_angle - 1.7372157573699951 * leg_angle - 0.15494920313358307 * foot_angle + 0.007616086397320032 * torso_vx + 0.014458782970905304 * torso_vz + 0.01914943754673004 * torso_angvel - 0.3318879008293152 * thigh_angvel - 0.5549812316894531 * leg_angvel + 0.14461028575897217 * foot_angvel,  # leg_torque
        0.7335975170135498 + 1.5882951021194458 * torso_z - 0.6925494074821472 * torso_angle + 2.5373711585998535 * thigh_angle + 0.4923383593559265 * leg_angle + 1.0251774787902832 * foot_angle - 0.9034465551376343 * torso_vx + 0.11965544521808624 * torso_vz - 0.5266177654266357 * torso_angvel + 0.3014475107192993 * thigh_angvel + 0.39202427864074707 * leg_angvel - 0.0875726118683815 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.0065328991040587425 - 0.10787048190832138 * torso_z - 3.231764078140259 * torso_angle + 0.037251681089401245 * thigh_angle + 0.18242104351520538 * leg_angle - 0.3389391303062439 * foot_angle + 0.03336266428232193 * torso_vx + 0.05269694700837135 * torso_vz - 1.0548655986785889 * torso_angvel - 0.19252455234527588 * thigh_angvel + 0.14480113983154297 * leg_angvel - 0.13073794543743134 * foot_angvel,  # thigh_torque
        -0.19464215636253357 + 0.06316352635622025 * torso_z - 3.7197701930999756 * torso_angle + 0.03322755545377731 * thigh_angle - 0.939918577671051 * leg_angle - 0.04687168449163437 * foot_angle - 0.06708335876464844 * torso_vx - 0.08774774521589279 * torso_vz - 0.4352102279663086 * torso_angvel + 0.335902601480484 * thigh_angvel - 0.46708178520202637 * leg_angvel + 0.16655826568603516 * foot_angvel,  # leg_torque
        0.2860032320022583 + 0.8758468627929688 * torso_z - 1.5143113136291504 * torso_angle + 0.9551520347595215 * thigh_angle - 0.3389570415019989 * leg_angle - 1.8034836053848267 * foot_angle - 0.2772795259952545 * torso_vx - 0.16074830293655396 * torso_vz - 0.051251187920570374 * torso_angvel + 0.5329697728157043 * thigh_angvel + 0.4003334939479828 * leg_angvel + 0.29433485865592957 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.044009603559970856 + 0.13239018619060516 * torso_z - 7.856986045837402 * torso_angle - 1.9565997123718262 * thigh_angle - 1.0726672410964966 * leg_angle - 1.3756992816925049 * foot_angle + 0.10648871213197708 * torso_vx + 0.7222923040390015 * torso_vz - 0.7379850745201111 * torso_angvel - 0.3145803213119507 * thigh_angvel + 0.15675988793373108 * leg_angvel - 0.12286853790283203 * foot_angvel,  # thigh_torque
        0.5496439337730408 + 0.534122109413147 * torso_z - 2.122319459915161 * torso_angle - 0.3631843328475952 * thigh_angle - 0.1930212676525116 * leg_angle + 0.9218195676803589 * foot_angle - 0.17574766278266907 * torso_vx - 0.08289028704166412 * torso_vz - 0.5582074522972107 * torso_angvel + 0.47203806042671204 * thigh_angvel - 1.129684567451477 * leg_angvel - 0.1671830117702484 * foot_angvel,  # leg_torque
        1.3351788520812988 + 1.4346894025802612 * torso_z - 1.0238556861877441 * torso_angle + 1.4878003597259521 * thigh_angle - 0.936919093132019 * leg_angle - 2.7781782150268555 * foot_angle + 0.20450164377689362 * torso_vx - 0.04900280013680458 * torso_vz - 0.9498680233955383 * torso_angvel + 1.4822667837142944 * thigh_angvel + 0.7121729850769043 * leg_angvel - 0.15104569494724274 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.3572697937488556 - 0.3894401490688324 * torso_z - 6.474586486816406 * torso_angle - 1.5091707706451416 * thigh_angle - 0.606797993183136 * leg_angle - 0.6925630569458008 * foot_angle - 0.3998683989048004 * torso_vx - 0.030361196026206017 * torso_vz - 0.7510484457015991 * torso_angvel - 0.1764802634716034 * thigh_angvel + 0.17405390739440918 * leg_angvel + 0.1816433072090149 * foot_angvel,  # thigh_torque
        0.3114500045776367 + 0.2741717994213104 * torso_z - 5.439544200897217 * torso_angle - 0.17151877284049988 * thigh_angle - 1.5348609685897827 * leg_angle - 0.3208104074001312 * foot_angle - 0.5552992820739746 * torso_vx + 0.05409153550863266 * torso_vz - 0.06719253212213516 * torso_angvel - 0.18521277606487274 * thigh_angvel - 0.605456531047821 * leg_angvel + 0.00840693712234497 * foot_angvel,  # leg_torque
        0.6047969460487366 + 0.9919490814208984 * torso_z + 0.6419259905815125 * torso_angle + 0.007592806126922369 * thigh_angle + 1.7675503492355347 * leg_angle - 0.011791820637881756 * foot_angle + 0.20176051557064056 * torso_vx + 0.569757342338562 * torso_vz - 0.30176520347595215 * torso_angvel + 0.9374107718467712 * thigh_angvel + 0.4691914916038513 * leg_angvel - 0.016996964812278748 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
