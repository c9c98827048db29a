"""Pendulum-v1: pmoe seed 0, distilled into tree-d7

act(obs) -> one action per actuator; obs in the order of FEATURES.
"""

FEATURES = ['cos_theta', 'sin_theta', 'theta_dot']
ACTUATORS = ['torque']
LOW = [-2.0]
HIGH = [2.0]


def _clip(action):
    return [min(max(a, lo), hi) for a, lo, hi in zip(action, LOW, HIGH)]


def act(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    if sin_theta <= 0.025017384439706802:
        if theta_dot <= 4.491592884063721:
            if sin_theta <= -0.2704118341207504:
                if theta_dot <= -1.537649154663086:
                    if cos_theta <= 0.07993056997656822:
                        if theta_dot <= -2.556167960166931:
                            if theta_dot <= -5.609245538711548:
                                return _clip([-0.2523914431362216])
                            else:
                                return _clip([-0.6441029992508621])
                        else:
                            if sin_theta <= -0.7666504681110382:
                                return _clip([-0.5706900477600939])
                            else:
                                return _clip([-1.6662479796813683])
                    else:
                        if sin_theta <= -0.8419434428215027:
                            if sin_theta <= -0.9131448864936829:
                                return _clip([0.5690712346412191])
                            else:
                                return _clip([0.9298478433074446])
                        else:
                            if cos_theta <= 0.694240927696228:
                                return _clip([1.39076869069336])
                            else:
                                return _clip([1.5858161449432373])
                else:
                    if cos_theta <= -0.6139975786209106:
                        if theta_dot <= 0.14639631286263466:
                            if theta_dot <= -0.5649107694625854:
                                return _clip([-1.6126203513693742])
                            else:
                                return _clip([-0.9894320839756227])
                        else:
                            if theta_dot <= 1.6316173672676086:
                                return _clip([1.5655697626264553])
                            else:
                                return _clip([1.7865927176904788])
                    else:
                        if theta_dot <= 1.199488878250122:
                            if cos_theta <= -0.058743368834257126:
                                return _clip([0.47960547275848064])
                            else:
                                return _clip([1.7672277604359707])
                        else:
                            if cos_theta <= 0.8904996812343597:
                                return _clip([1.5110250455525527])
                            else:
                                return _clip([-1.352286965077204])
            else:
                if theta_dot <= -1.6940662264823914:
                    if theta_dot <= -5.198347806930542:
                        if theta_dot <= -6.498987197875977:
                            if theta_dot <= -7.010995149612427:
                                return _clip([-0.2502921238743741])
                            else:
                                return _clip([-0.008628132506899831])
                        else:
                            if sin_theta <= -0.0074118595803156495:
                                return _clip([-0.7517452895997259])
                            else:
                                return _clip([-1.0328069925308228])
                    else:
                        if theta_dot <= -3.9420666694641113:
                            return _clip([-1.3977352380752563])
                        else:
                            if theta_dot <= -2.394227087497711:
                                return _clip([-1.7396456768360826])
                            else:
                                return _clip([-1.818934959620921])
                else:
                    if cos_theta <= 0.9963029325008392:
                        if theta_dot <= 4.239232778549194:
                            if theta_dot <= -1.272078812122345:
                                return _clip([1.9031521850978186])
                            else:
                                return _clip([0.8773708409070243])
                        else:
                            if cos_theta <= -0.011172980070114136:
                                return _clip([1.6949009895324707])
                            else:
                                return _clip([-1.9714536666870117])
                    else:
                        if theta_dot <= 0.0806051678955555:
                            if theta_dot <= -0.07676656916737556:
                                return _clip([0.7350606842493194])
                            else:
                                return _clip([0.25948399698998165])
                        else:
                            if theta_dot <= 0.3394058048725128:
                                return _clip([-0.37826461729311045])
                            else:
                                return _clip([-1.3246929610760836])
        else:
            if cos_theta <= -0.3163323998451233:
                if theta_dot <= 6.984058380126953:
                    if theta_dot <= 5.322889566421509:
                        if theta_dot <= 5.019228935241699:
                            return _clip([1.6723284721374512])
                        else:
                            return _clip([1.82696533203125])
                    else:
                        if theta_dot <= 6.497302532196045:
                            if theta_dot <= 5.512732267379761:
                                return _clip([0.511160091820668])
                            else:
                                return _clip([1.269131180139373])
                        else:
                            if sin_theta <= -0.8317487239837646:
                                return _clip([0.30861722924235746])
                            else:
                                return _clip([0.7966738125534363])
                else:
                    if cos_theta <= -0.6816267967224121:
                        if sin_theta <= -0.5968620181083679:
                            if theta_dot <= 7.930631875991821:
                                return _clip([0.2309034874430541])
                            else:
                                return _clip([-0.24254456672006194])
                        else:
                            if cos_theta <= -0.8830570578575134:
                                return _clip([-0.9594587129477212])
                            else:
                                return _clip([-1.3730342081388456])
                    else:
                        if sin_theta <= -0.9291934669017792:
                            if sin_theta <= -0.9483625292778015:
                                return _clip([-0.1899910420179367])
                            else:
                                return _clip([-0.6472888588905334])
                        else:
                            if theta_dot <= 7.712728023529053:
                                return _clip([-1.8853550424923173])
                            else:
                                return _clip([-1.495037222917821])
            else:
                if cos_theta <= 0.06688516587018967:
                    if theta_dot <= 6.270691633224487:
                        if sin_theta <= -0.9919256269931793:
                            if sin_theta <= -0.9991864264011383:
                                return _clip([0.5272676944732666])
                            else:
                                return _clip([0.8856990553858629])
                        else:
                            if cos_theta <= -0.16444934904575348:
                                return _clip([1.2558023160622653])
                            else:
                                return _clip([1.4986459016799927])
                    else:
                        if theta_dot <= 6.858701944351196:
                            if sin_theta <= -0.9706513285636902:
                                return _clip([-1.158315401881998])
                            else:
                                return _clip([-0.30699676275253296])
                        else:
                            if cos_theta <= 0.028606968000531197:
                                return _clip([-1.572280097061721])
                            else:
                                return _clip([-1.965397175630674])
                else:
                    if cos_theta <= 0.3576764762401581:
                        if theta_dot <= 5.641469240188599:
                            if sin_theta <= -0.9736262857913971:
                                return _clip([0.633453637661026])
                            else:
                                return _clip([-1.7365206480026245])
                        else:
                            if sin_theta <= -0.9389008283615112:
                                return _clip([-1.8344667007659208])
                            else:
                                return _clip([-1.1021124124526978])
                    else:
                        if sin_theta <= -0.7922752201557159:
                            if sin_theta <= -0.8708779513835907:
                                return _clip([-1.854486221355086])
                            else:
                                return _clip([-1.9802051457324905])
                        else:
                            if cos_theta <= 0.6225595474243164:
                                return _clip([-1.1721628904342651])
                            else:
                                return _clip([-1.8636223134626813])
    else:
        if cos_theta <= -0.6582701504230499:
            if theta_dot <= -0.10823110491037369:
                if theta_dot <= -5.18741250038147:
                    if theta_dot <= -6.489353179931641:
                        if sin_theta <= 0.719799667596817:
                            if sin_theta <= 0.4504692256450653:
                                return _clip([-0.4224699732965575])
                            else:
                                return _clip([-0.10911302150664749])
                        else:
                            return _clip([0.8749483823776245])
                    else:
                        if theta_dot <= -6.029900550842285:
                            if theta_dot <= -6.255951642990112:
                                return _clip([-0.9949195384979248])
                            else:
                                return _clip([-0.8117063013720272])
                        else:
                            if sin_theta <= 0.6533255577087402:
                                return _clip([-1.1647390869304357])
                            else:
                                return _clip([-0.8862976218939772])
                else:
                    if theta_dot <= -0.6284557580947876:
                        if theta_dot <= -1.080400973558426:
                            if theta_dot <= -2.001910448074341:
                                return _clip([-1.7820214323452128])
                            else:
                                return _clip([-1.6878432156267742])
                        else:
                            if theta_dot <= -0.8089512884616852:
                                return _clip([-1.5169542472397697])
                            else:
                                return _clip([-1.3424386757770457])
                    else:
                        if theta_dot <= -0.21221216022968292:
                            if sin_theta <= 0.3628108501434326:
                                return _clip([-1.035283088684082])
                            else:
                                return _clip([-0.9400961164157304])
                        else:
                            if sin_theta <= 0.7015105187892914:
                                return _clip([-0.07350141052389954])
                            else:
                                return _clip([-0.45021381402223687])
            else:
                if theta_dot <= 5.267691373825073:
                    if theta_dot <= 0.43308424949645996:
                        if theta_dot <= 0.03154473751783371:
                            return _clip([0.1449429839849472])
                        else:
                            if theta_dot <= 0.18123706430196762:
                                return _clip([0.925506055355072])
                            else:
                                return _clip([1.0307112831544758])
                    else:
                        if theta_dot <= 4.14778208732605:
                            if cos_theta <= -0.917841225862503:
                                return _clip([1.7155928624486247])
                            else:
                                return _clip([1.5635495071060475])
                        else:
                            if cos_theta <= -0.9908427894115448:
                                return _clip([1.6171164512634277])
                            else:
                                return _clip([1.0391460069080583])
                else:
                    if cos_theta <= -0.9978486597537994:
                        if sin_theta <= 0.03547711484134197:
                            return _clip([0.14390872418880463])
                        else:
                            if theta_dot <= 7.5352623462677:
                                return _clip([-0.4009145200252533])
                            else:
                                return _clip([-0.7657304433824687])
                    else:
                        if theta_dot <= 6.86911416053772:
                            if sin_theta <= 0.09112121164798737:
                                return _clip([0.2394113689661026])
                            else:
                                return _clip([0.45152926107430025])
                        else:
                            if sin_theta <= 0.30653679370880127:
                                return _clip([-0.1289110631870131])
                            else:
                                return _clip([0.19262550766666875])
        else:
            if sin_theta <= 0.3464035838842392:
                if theta_dot <= -0.6141491830348969:
                    if theta_dot <= -1.3557965159416199:
                        if cos_theta <= 0.9956440031528473:
                            if cos_theta <= 0.9849383234977722:
                                return _clip([1.4296280372149301])
                            else:
                                return _clip([1.9374284744262695])
                        else:
                            return _clip([1.3012722730636597])
                    else:
                        if theta_dot <= -0.9109435677528381:
                            if theta_dot <= -0.9880223870277405:
                                return _clip([-0.5154168221423665])
                            else:
                                return _clip([-0.9085123538970947])
                        else:
                            if theta_dot <= -0.6192491948604584:
                                return _clip([0.2615128598092152])
                            else:
                                return _clip([1.064700961112976])
                else:
                    if theta_dot <= 0.1904962658882141:
                        if sin_theta <= 0.1747613623738289:
                            if cos_theta <= 0.985747754573822:
                                return _clip([-0.08249196225076078])
                            else:
                                return _clip([-0.9399615601544231])
                        else:
                            if cos_theta <= 0.9467173218727112:
                                return _clip([-0.14673924446105957])
                            else:
                                return _clip([-1.3153062781227802])
                    else:
                        if theta_dot <= 4.845268964767456:
                            if sin_theta <= 0.027052591554820538:
                                return _clip([-1.7072549828135568])
                            else:
                                return _clip([-1.4153215129365206])
                        else:
                            if cos_theta <= 0.9941053986549377:
                                return _clip([-1.7820872903693241])
                            else:
                                return _clip([-1.4812935174727413])
            else:
                if theta_dot <= 1.5571834444999695:
                    if sin_theta <= 0.9995507001876831:
                        if theta_dot <= -5.744375705718994:
                            if cos_theta <= -0.5097966343164444:
                                return _clip([0.2113010342113603])
                            else:
                                return _clip([-0.48067721778675904])
                        else:
                            if theta_dot <= -0.6001211404800415:
                                return _clip([-1.6201015908777257])
                            else:
                                return _clip([-1.8752950346040502])
                    else:
                        if cos_theta <= 0.015258064318913966:
                            if theta_dot <= -4.738827466964722:
                                return _clip([-0.5787307620048523])
                            else:
                                return _clip([-0.07704757153987885])
                        else:
                            return _clip([1.20608389377594])
                else:
                    if cos_theta <= 0.4109807461500168:
                        if cos_theta <= 0.049821920692920685:
                            if theta_dot <= 1.9160281419754028:
                                return _clip([1.1650749444961548])
                            else:
                                return _clip([0.335629760831475])
                        else:
                            if sin_theta <= 0.9243707060813904:
                                return _clip([-0.47935640811920166])
                            else:
                                return _clip([0.006201917763027674])
                    else:
                        if cos_theta <= 0.8312222361564636:
                            if theta_dot <= 5.707720518112183:
                                return _clip([-0.9774923327366695])
                            else:
                                return _clip([-0.16074443581843506])
                        else:
                            if cos_theta <= 0.9172735810279846:
                                return _clip([-1.3894225429075462])
                            else:
                                return _clip([-1.8033838255085874])
