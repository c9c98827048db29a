"""Hopper-v5: smose[lb_weight=0.03] seed 2, its own policy

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
        -1.2469640970230103 - 1.235292911529541 * torso_z + 1.557943344116211 * torso_angle - 2.0123777389526367 * thigh_angle + 1.303072214126587 * leg_angle + 2.453155517578125 * foot_angle + 1.288712501525879 * torso_vx - 0.8846118450164795 * torso_vz + 1.2845417261123657 * torso_angvel - 0.6272817254066467 * thigh_angvel - 0.6225544810295105 * leg_angvel - 0.8167317509651184 * foot_angvel,  # expert 0
        1.422205924987793 + 1.674402117729187 * torso_z - 3.743119478225708 * torso_angle + 1.195435643196106 * thigh_angle + 0.6178639531135559 * leg_angle - 0.12798969447612762 * foot_angle - 3.969241142272949 * torso_vx + 0.12726983428001404 * torso_vz - 2.1314268112182617 * torso_angvel - 0.2867787778377533 * thigh_angvel - 0.6988609433174133 * leg_angvel - 0.002942304592579603 * foot_angvel,  # expert 1
        -0.9581479430198669 - 0.971952497959137 * torso_z + 0.855820894241333 * torso_angle + 2.188478708267212 * thigh_angle + 2.767308235168457 * leg_angle - 1.8726938962936401 * foot_angle - 0.14998306334018707 * torso_vx + 2.3635542392730713 * torso_vz + 1.4844698905944824 * torso_angvel + 0.20091496407985687 * thigh_angvel + 0.5757893919944763 * leg_angvel + 0.8487886786460876 * foot_angvel,  # expert 2
        0.9666830897331238 + 1.5957772731781006 * torso_z - 0.9526764750480652 * torso_angle + 1.0761455297470093 * thigh_angle + 2.688688278198242 * leg_angle + 1.4601916074752808 * foot_angle - 0.29104772210121155 * torso_vx + 1.3463841676712036 * torso_vz + 1.0967127084732056 * torso_angvel + 0.05976979807019234 * thigh_angvel + 0.9929075837135315 * leg_angvel + 0.2599330246448517 * foot_angvel,  # expert 3
        0.04229423403739929 + 0.004835109692066908 * torso_z - 1.207509994506836 * torso_angle + 1.5121374130249023 * thigh_angle + 1.1527878046035767 * leg_angle - 1.522108793258667 * foot_angle - 0.15272241830825806 * torso_vx - 0.03529002144932747 * torso_vz + 1.8704546689987183 * torso_angvel + 2.60910701751709 * thigh_angvel - 0.8852578997612 * leg_angvel + 0.7643961310386658 * foot_angvel,  # expert 4
        -1.7866828441619873 - 1.7814356088638306 * torso_z - 1.1840554475784302 * torso_angle + 1.2309784889221191 * thigh_angle + 3.0532584190368652 * leg_angle - 0.20479464530944824 * foot_angle - 0.34799766540527344 * torso_vx + 2.7573964595794678 * torso_vz + 1.4241459369659424 * torso_angvel + 1.4835140705108643 * thigh_angvel + 0.30969107151031494 * leg_angvel + 0.788402795791626 * foot_angvel,  # expert 5
        -0.6427432894706726 - 0.9262035489082336 * torso_z + 2.5337252616882324 * torso_angle + 0.49182042479515076 * thigh_angle - 2.466851234436035 * leg_angle - 3.1138854026794434 * foot_angle + 1.3802026510238647 * torso_vx - 0.8151366114616394 * torso_vz + 0.1919545978307724 * torso_angvel + 0.45906487107276917 * thigh_angvel + 0.28136497735977173 * leg_angvel - 0.7650106549263 * foot_angvel,  # expert 6
        -0.5617117881774902 - 1.025875449180603 * torso_z + 1.8003551959991455 * torso_angle + 1.4897485971450806 * thigh_angle + 1.6653790473937988 * leg_angle - 0.7188101410865784 * foot_angle + 0.5358967185020447 * torso_vx + 1.1614271402359009 * torso_vz - 0.0022614309564232826 * torso_angvel - 0.03135077282786369 * thigh_angvel + 1.0427325963974 * leg_angvel + 1.7040315866470337 * foot_angvel,  # expert 7
    ]


def expert_0(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.6241551637649536 - 0.5088695883750916 * torso_z - 7.764649868011475 * torso_angle - 0.9409302473068237 * thigh_angle + 1.062853217124939 * leg_angle - 0.18373216688632965 * foot_angle + 0.37449294328689575 * torso_vx - 0.5647851824760437 * torso_vz - 0.8774833679199219 * torso_angvel - 0.11525698751211166 * thigh_angvel + 0.10214660316705704 * leg_angvel - 0.014583403244614601 * foot_angvel,  # thigh_torque
        0.23185111582279205 + 0.8597226142883301 * torso_z - 6.094453811645508 * torso_angle - 1.1000730991363525 * thigh_angle - 2.2171578407287598 * leg_angle + 0.4137245714664459 * foot_angle - 1.1791549921035767 * torso_vx + 0.24615317583084106 * torso_vz - 0.23790603876113892 * torso_angvel + 0.09634964913129807 * thigh_angvel - 0.5655815005302429 * leg_angvel - 0.1576920449733734 * foot_angvel,  # leg_torque
        1.2591525316238403 + 2.777472734451294 * torso_z - 6.350510120391846 * torso_angle + 3.7147884368896484 * thigh_angle + 3.272193431854248 * leg_angle + 0.7442732453346252 * foot_angle - 1.681908369064331 * torso_vx - 0.25153467059135437 * torso_vz - 0.1955554336309433 * torso_angvel + 0.3138570189476013 * thigh_angvel + 0.11338824778795242 * leg_angvel - 0.06328590959310532 * foot_angvel,  # foot_torque
    ]


def expert_1(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.14176137745380402 - 0.4751107096672058 * torso_z - 8.87134838104248 * torso_angle - 6.662970542907715 * thigh_angle - 2.5628790855407715 * leg_angle + 2.011636972427368 * foot_angle - 0.8176326751708984 * torso_vx - 0.11060256510972977 * torso_vz - 0.5896545648574829 * torso_angvel - 0.07494597136974335 * thigh_angvel + 0.34029826521873474 * leg_angvel + 0.3433668315410614 * foot_angvel,  # thigh_torque
        0.2720653712749481 - 0.045702528208494186 * torso_z + 0.7699517011642456 * torso_angle + 1.7425874471664429 * thigh_angle - 1.7203307151794434 * leg_angle + 0.22128967940807343 * foot_angle - 0.5411943197250366 * torso_vx - 0.23692001402378082 * torso_vz - 0.6267715096473694 * torso_angvel - 0.0715865045785904 * thigh_angvel - 0.15438395738601685 * leg_angvel - 0.14365194737911224 * foot_angvel,  # leg_torque
        0.8466790914535522 + 0.6500182747840881 * torso_z - 0.48343759775161743 * torso_angle - 1.8323981761932373 * thigh_angle + 0.835667610168457 * leg_angle - 1.5699257850646973 * foot_angle + 0.45316481590270996 * torso_vx - 1.3337843418121338 * torso_vz + 0.06807108223438263 * torso_angvel - 0.6010429859161377 * thigh_angvel + 0.21728302538394928 * leg_angvel - 0.28767645359039307 * foot_angvel,  # foot_torque
    ]


def expert_2(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.6871818900108337 + 0.6406723260879517 * torso_z - 1.203472375869751 * torso_angle - 0.7452583312988281 * thigh_angle - 0.6007036566734314 * leg_angle + 0.09175172448158264 * foot_angle - 0.7632883787155151 * torso_vx - 0.13599705696105957 * torso_vz - 0.7084634900093079 * torso_angvel - 0.533099889755249 * thigh_angvel - 0.32611021399497986 * leg_angvel + 0.0686371922492981 * foot_angvel,  # thigh_torque
        0.6890699863433838 + 0.7430150508880615 * torso_z - 1.1729567050933838 * torso_angle - 0.654754102230072 * thigh_angle - 1.1322628259658813 * leg_angle + 0.2707276940345764 * foot_angle - 0.6065523624420166 * torso_vx - 0.3601502776145935 * torso_vz - 0.6643678545951843 * torso_angvel - 0.24679863452911377 * thigh_angvel - 0.5348220467567444 * leg_angvel - 0.02917158044874668 * foot_angvel,  # leg_torque
        0.9569730162620544 + 0.9138666391372681 * torso_z - 1.201690912246704 * torso_angle - 0.8588564991950989 * thigh_angle - 0.8683426380157471 * leg_angle + 0.10642208158969879 * foot_angle - 0.9399580955505371 * torso_vx - 0.7388578057289124 * torso_vz - 1.0780611038208008 * torso_angvel - 0.2949490249156952 * thigh_angvel - 0.8724839091300964 * leg_angvel - 0.15150709450244904 * foot_angvel,  # foot_torque
    ]


def expert_3(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.2764708995819092 + 0.2859487533569336 * torso_z - 5.553117275238037 * torso_angle - 2.019129514694214 * thigh_angle + 1.5348377227783203 * leg_angle - 0.017337890341877937 * foot_angle - 0.9738070964813232 * torso_vx + 0.9661729335784912 * torso_vz - 0.4704379737377167 * torso_angvel - 0.2908337712287903 * thigh_angvel + 0.18835970759391785 * leg_angvel + 0.01517425011843443 * foot_angvel,  # thigh_torque
        0.5686391592025757 + 0.9139537215232849 * torso_z - 3.2763609886169434 * torso_angle - 0.6532314419746399 * thigh_angle - 0.5379713773727417 * leg_angle + 0.1899998039007187 * foot_angle - 0.7932689785957336 * torso_vx + 0.18930470943450928 * torso_vz - 0.29483339190483093 * torso_angvel + 0.08157792687416077 * thigh_angvel - 0.5503560304641724 * leg_angvel - 0.1755983978509903 * foot_angvel,  # leg_torque
        0.8444386720657349 + 0.9148886799812317 * torso_z + 0.03689463809132576 * torso_angle - 1.2711460590362549 * thigh_angle - 0.8386484980583191 * leg_angle - 0.6232672333717346 * foot_angle - 0.21805857121944427 * torso_vx - 1.4626384973526 * torso_vz - 0.06735381484031677 * torso_angvel - 0.06353716552257538 * thigh_angvel - 0.08745335042476654 * leg_angvel - 0.4922995865345001 * foot_angvel,  # foot_torque
    ]


def expert_4(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.05670114606618881 + 0.050072602927684784 * torso_z - 1.993054986000061 * torso_angle + 0.012576580047607422 * thigh_angle + 1.0189447402954102 * leg_angle + 0.10954427719116211 * foot_angle - 0.9062559008598328 * torso_vx + 0.07721959054470062 * torso_vz - 0.2949254810810089 * torso_angvel + 0.057133808732032776 * thigh_angvel + 0.060038432478904724 * leg_angvel + 0.09514395147562027 * foot_angvel,  # thigh_torque
        1.0631030797958374 + 0.9660617113113403 * torso_z - 1.5757380723953247 * torso_angle + 0.548556387424469 * thigh_angle - 0.1329701542854309 * leg_angle + 0.9060447216033936 * foot_angle - 0.6402987241744995 * torso_vx + 0.5183471441268921 * torso_vz - 0.3292180895805359 * torso_angvel - 0.052335988730192184 * thigh_angvel - 0.29585856199264526 * leg_angvel - 0.05313267186284065 * foot_angvel,  # leg_torque
        0.8538838028907776 + 1.0859230756759644 * torso_z + 0.5105845332145691 * torso_angle + 0.06972102075815201 * thigh_angle + 0.4732075035572052 * leg_angle - 1.3910448551177979 * foot_angle - 0.6073452830314636 * torso_vx - 0.19649870693683624 * torso_vz - 0.31365883350372314 * torso_angvel - 0.003417170373722911 * thigh_angvel + 0.2865274250507355 * leg_angvel - 0.21094955503940582 * foot_angvel,  # foot_torque
    ]


def expert_5(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.12360886484384537 - 0.15049518644809723 * torso_z + 0.07632657885551453 * torso_angle + 0.26630935072898865 * thigh_angle - 0.23216909170150757 * leg_angle + 0.021946797147393227 * foot_angle - 0.3088144063949585 * torso_vx - 0.19517377018928528 * torso_vz + 0.045527346432209015 * torso_angvel + 0.06702965497970581 * thigh_angvel + 0.12216687202453613 * leg_angvel + 0.023762362077832222 * foot_angvel,  # thigh_torque
        -0.08893603086471558 + 0.023672716692090034 * torso_z - 0.05750406160950661 * torso_angle - 0.3038340210914612 * thigh_angle - 0.26003241539001465 * leg_angle + 0.061387453228235245 * foot_angle - 0.02460665814578533 * torso_vx - 0.13929855823516846 * torso_vz + 0.26858553290367126 * torso_angvel + 0.17462657392024994 * thigh_angvel - 0.03267570212483406 * leg_angvel - 0.039938222616910934 * foot_angvel,  # leg_torque
        -0.0683135837316513 - 0.10873888432979584 * torso_z + 0.117734894156456 * torso_angle - 0.27292123436927795 * thigh_angle + 0.05342322960495949 * leg_angle - 0.0111157838255167 * foot_angle + 0.25241193175315857 * torso_vx - 0.2500533163547516 * torso_vz - 0.09094606339931488 * torso_angvel + 0.1374281644821167 * thigh_angvel + 0.08887859433889389 * leg_angvel - 0.0807323232293129 * foot_angvel,  # foot_torque
    ]


def expert_6(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        -0.45014649629592896 - 0.6367965936660767 * torso_z - 6.528825283050537 * torso_angle - 1.8957395553588867 * thigh_angle + 0.14055950939655304 * leg_angle + 0.5400310754776001 * foot_angle - 0.1653783917427063 * torso_vx + 0.7236557006835938 * torso_vz + 0.07255639880895615 * torso_angvel - 0.7305958271026611 * thigh_angvel - 0.24071934819221497 * leg_angvel - 0.08468174189329147 * foot_angvel,  # thigh_torque
        0.5871389508247375 + 0.6549966931343079 * torso_z - 3.553389072418213 * torso_angle - 0.7845363616943359 * thigh_angle - 2.248283624649048 * leg_angle + 0.3350401520729065 * foot_angle - 0.9548219442367554 * torso_vx + 1.0701251029968262 * torso_vz - 0.04213036596775055 * torso_angvel - 0.08419233560562134 * thigh_angvel - 0.2997375428676605 * leg_angvel - 0.015162649564445019 * foot_angvel,  # leg_torque
        1.3683888912200928 + 1.611482858657837 * torso_z - 6.352817058563232 * torso_angle + 0.4848504662513733 * thigh_angle + 1.4412622451782227 * leg_angle - 2.401374340057373 * foot_angle - 1.5857371091842651 * torso_vx - 0.9793987274169922 * torso_vz - 1.714611291885376 * torso_angvel + 1.347848653793335 * thigh_angvel + 0.6925222873687744 * leg_angvel + 0.04279031231999397 * foot_angvel,  # foot_torque
    ]


def expert_7(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    return [
        0.06884517520666122 + 0.19939479231834412 * torso_z - 8.670439720153809 * torso_angle - 0.18239913880825043 * thigh_angle + 1.1134791374206543 * leg_angle + 0.20959733426570892 * foot_angle - 0.6139361262321472 * torso_vx + 0.5775075554847717 * torso_vz - 0.9068316221237183 * torso_angvel - 0.18063949048519135 * thigh_angvel + 0.34332361817359924 * leg_angvel + 0.18714773654937744 * foot_angvel,  # thigh_torque
        0.07078317552804947 + 0.5148451924324036 * torso_z - 1.5078091621398926 * torso_angle - 0.8253203630447388 * thigh_angle + 0.8171198964118958 * leg_angle - 0.8920354247093201 * foot_angle + 0.04712627828121185 * torso_vx - 0.19706377387046814 * torso_vz - 0.4349045753479004 * torso_angvel + 0.30440038442611694 * thigh_angvel - 0.33277612924575806 * leg_angvel - 0.09681311994791031 * foot_angvel,  # leg_torque
        0.04614980146288872 + 0.5660043358802795 * torso_z - 1.2428715229034424 * torso_angle - 0.6224725246429443 * thigh_angle + 1.5440165996551514 * leg_angle + 0.5273504853248596 * foot_angle + 1.0547287464141846 * torso_vx - 0.14033667743206024 * torso_vz - 0.6937845349311829 * torso_angvel + 0.6077355742454529 * thigh_angvel - 0.13746435940265656 * leg_angvel - 0.36692845821380615 * foot_angvel,  # foot_torque
    ]


EXPERTS = [expert_0, expert_1, expert_2, expert_3, expert_4, expert_5, expert_6, expert_7]


def act(obs):
    logits = router_logits(obs)
    m = max(range(len(logits)), key=lambda k: (logits[k], -k))  # the first of equal ones
    mean = EXPERTS[m](obs)
    top = max(logits)
    p = 1.0 / sum(math.exp(z - top) for z in logits)  # softmax probability of m
    return [math.tanh(p * u) * s + o for u, s, o in zip(mean, SCALE, OFFSET)]
