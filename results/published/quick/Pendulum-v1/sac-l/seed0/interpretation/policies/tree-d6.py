"""Pendulum-v1: sac-l seed 0, distilled into tree-d6

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
    if sin_theta <= 0.02034493163228035:
        if theta_dot <= -0.9819000363349915:
            if cos_theta <= -0.37079478800296783:
                if sin_theta <= -0.7014704942703247:
                    if cos_theta <= -0.5589593946933746:
                        if theta_dot <= -6.527891397476196:
                            return _clip([-0.6089364062269512])
                        else:
                            return _clip([-0.9722998672464754])
                    else:
                        if cos_theta <= -0.45696040987968445:
                            return _clip([-0.5102989438844853])
                        else:
                            return _clip([-0.24119172191003568])
                else:
                    if theta_dot <= -4.5409626960754395:
                        if sin_theta <= -0.40258996188640594:
                            return _clip([-1.2388376193938173])
                        else:
                            return _clip([-1.5358852830956926])
                    else:
                        if sin_theta <= -0.3391122668981552:
                            return _clip([-1.8574506855536403])
                        else:
                            return _clip([-1.8967779469182455])
            else:
                if cos_theta <= 0.03648643009364605:
                    if cos_theta <= -0.14797426760196686:
                        if sin_theta <= -0.9697807133197784:
                            return _clip([0.5075967781777063])
                        else:
                            return _clip([0.18564225214098548])
                    else:
                        if theta_dot <= -2.3873311281204224:
                            return _clip([0.8584054361140546])
                        else:
                            return _clip([1.1630324925493685])
                else:
                    if cos_theta <= 0.20841463655233383:
                        if theta_dot <= -6.138413429260254:
                            return _clip([0.976239524099401])
                        else:
                            return _clip([1.4073640134021819])
                    else:
                        if theta_dot <= -1.947116732597351:
                            return _clip([1.580769439666772])
                        else:
                            return _clip([1.8375112548951635])
        else:
            if theta_dot <= 4.4380292892456055:
                if cos_theta <= 0.9483805298805237:
                    if theta_dot <= -0.38295380771160126:
                        if cos_theta <= -0.2720077186822891:
                            return _clip([-1.9017317340359192])
                        else:
                            return _clip([1.9282665024141161])
                    else:
                        if cos_theta <= -0.7791920304298401:
                            return _clip([1.9321035902061767])
                        else:
                            return _clip([1.7560528538161781])
                else:
                    if theta_dot <= 0.09471263736486435:
                        if theta_dot <= -0.010329749435186386:
                            return _clip([1.734792011543052])
                        else:
                            return _clip([1.0995259077874928])
                    else:
                        if theta_dot <= 0.6351761519908905:
                            return _clip([0.20310111785382473])
                        else:
                            return _clip([-0.8885093108713028])
            else:
                if cos_theta <= 0.25988464057445526:
                    if cos_theta <= -0.20578332245349884:
                        if theta_dot <= 5.397855281829834:
                            return _clip([1.9108307844339647])
                        else:
                            return _clip([1.3822480424922956])
                    else:
                        if theta_dot <= 6.480852842330933:
                            return _clip([0.5669108536044623])
                        else:
                            return _clip([-0.8043907839844106])
                else:
                    if cos_theta <= 0.46086184680461884:
                        if theta_dot <= 5.640374660491943:
                            return _clip([-0.47501035686191323])
                        else:
                            return _clip([-1.4588549335096566])
                    else:
                        if sin_theta <= -0.7615722715854645:
                            return _clip([-1.7430106759538566])
                        else:
                            return _clip([-1.9130333307066574])
    else:
        if cos_theta <= -0.6192445158958435:
            if theta_dot <= -0.1351175308227539:
                if theta_dot <= -5.5192551612854:
                    if theta_dot <= -7.011648178100586:
                        if theta_dot <= -7.583192825317383:
                            return _clip([-1.3631862388735714])
                        else:
                            return _clip([-1.4776620122654673])
                    else:
                        if theta_dot <= -6.601114988327026:
                            return _clip([-1.620406700365251])
                        else:
                            return _clip([-1.6520633856180809])
                else:
                    if theta_dot <= -0.382270023226738:
                        if theta_dot <= -0.5757587254047394:
                            return _clip([-1.9071447113690276])
                        else:
                            return _clip([-1.8036038867243425])
                    else:
                        if sin_theta <= 0.5563091933727264:
                            return _clip([-1.5146969964246995])
                        else:
                            return _clip([-0.44170355796813965])
            else:
                if theta_dot <= 4.769906759262085:
                    if theta_dot <= -0.013953935354948044:
                        if sin_theta <= 0.5299302637577057:
                            return _clip([0.03890985062782148])
                        else:
                            return _clip([0.5087194442749023])
                    else:
                        if theta_dot <= 0.1414688229560852:
                            return _clip([1.538801891028873])
                        else:
                            return _clip([1.9242525333242897])
                else:
                    if theta_dot <= 7.683041572570801:
                        if sin_theta <= 0.5356167256832123:
                            return _clip([1.5053232708482567])
                        else:
                            return _clip([1.202408614394667])
                    else:
                        if cos_theta <= -0.8161918520927429:
                            return _clip([1.056842713235464])
                        else:
                            return _clip([0.10687108796361826])
        else:
            if theta_dot <= 0.14316647127270699:
                if cos_theta <= 0.8416368067264557:
                    if theta_dot <= -4.151230812072754:
                        if cos_theta <= 0.5229628682136536:
                            return _clip([-1.3077288025457945])
                        else:
                            return _clip([-0.27021789301555105])
                    else:
                        if cos_theta <= 0.4165225103497505:
                            return _clip([-1.9432573932754704])
                        else:
                            return _clip([-1.5199588294083357])
                else:
                    if theta_dot <= -0.32292344878817403:
                        if cos_theta <= 0.949744462966919:
                            return _clip([0.4042974590195258])
                        else:
                            return _clip([1.3152398927061166])
                    else:
                        if sin_theta <= 0.04790499806404114:
                            return _clip([-0.2164534829096204])
                        else:
                            return _clip([-0.28904960367526616])
            else:
                if cos_theta <= -0.04595315642654896:
                    if theta_dot <= 6.5050599575042725:
                        if cos_theta <= -0.2514283135533333:
                            return _clip([1.019689216955054])
                        else:
                            return _clip([-0.4062033628279044])
                    else:
                        if theta_dot <= 7.865514516830444:
                            return _clip([-1.1687790420355892])
                        else:
                            return _clip([-0.4721045474108341])
                else:
                    if cos_theta <= 0.9974994659423828:
                        if sin_theta <= 0.9635252058506012:
                            return _clip([-1.956644179453118])
                        else:
                            return _clip([-1.535657656698534])
                    else:
                        if theta_dot <= 0.44197699427604675:
                            return _clip([-1.3296804025090307])
                        else:
                            return _clip([-1.742201074915083])
