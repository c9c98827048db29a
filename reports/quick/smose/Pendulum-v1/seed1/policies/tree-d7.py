"""Pendulum-v1: smose seed 1, distilled into tree-d7

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
    if sin_theta <= -0.001840206328779459:
        if cos_theta <= 0.9899992048740387:
            if theta_dot <= 4.433406829833984:
                if theta_dot <= 1.3250184059143066:
                    if cos_theta <= -0.2901012450456619:
                        if theta_dot <= -1.3932039141654968:
                            if theta_dot <= -5.262954950332642:
                                return _clip([1.2699478168899927])
                            else:
                                return _clip([-0.5357573463021202])
                        else:
                            if theta_dot <= -0.12403009086847305:
                                return _clip([1.2439236527128656])
                            else:
                                return _clip([1.662725135405595])
                    else:
                        if theta_dot <= -0.03833302855491638:
                            if theta_dot <= -0.5795406997203827:
                                return _clip([1.7942350078689817])
                            else:
                                return _clip([1.6239797232684363])
                        else:
                            if theta_dot <= 0.47890332341194153:
                                return _clip([1.4517252352807144])
                            else:
                                return _clip([1.2000005269815615])
                else:
                    if cos_theta <= 0.9329998195171356:
                        if cos_theta <= 0.14729605615139008:
                            if sin_theta <= -0.8206709623336792:
                                return _clip([1.384013753151346])
                            else:
                                return _clip([1.9304869929236161])
                        else:
                            if cos_theta <= 0.40933382511138916:
                                return _clip([1.0489540638647714])
                            else:
                                return _clip([0.7356321921936116])
                    else:
                        if theta_dot <= 2.877974271774292:
                            if theta_dot <= 2.534499764442444:
                                return _clip([-1.477278470993042])
                            else:
                                return _clip([-1.3556116819381714])
                        else:
                            if cos_theta <= 0.9724432528018951:
                                return _clip([0.48593464953840443])
                            else:
                                return _clip([0.7536527514457703])
            else:
                if cos_theta <= 0.8173546493053436:
                    if theta_dot <= 5.706971883773804:
                        if theta_dot <= 4.453454256057739:
                            return _clip([1.9319016933441162])
                        else:
                            if theta_dot <= 4.6623358726501465:
                                return _clip([1.4959089803743777])
                            else:
                                return _clip([1.656816148357157])
                    else:
                        if theta_dot <= 6.46839451789856:
                            if sin_theta <= -0.7915277481079102:
                                return _clip([1.8316416747016282])
                            else:
                                return _clip([1.778415298990361])
                        else:
                            if theta_dot <= 6.878600597381592:
                                return _clip([1.8631922347318455])
                            else:
                                return _clip([1.9180682730575012])
                else:
                    if theta_dot <= 5.099814414978027:
                        if sin_theta <= -0.340602308511734:
                            if sin_theta <= -0.4724649637937546:
                                return _clip([1.2031271755003778])
                            else:
                                return _clip([1.272848255441316])
                        else:
                            if theta_dot <= 4.923419713973999:
                                return _clip([1.0495564173704557])
                            else:
                                return _clip([1.1278928929352787])
                    else:
                        if theta_dot <= 5.953643798828125:
                            if theta_dot <= 5.896740913391113:
                                return _clip([1.3900570126604175])
                            else:
                                return _clip([1.4691055183546637])
                        else:
                            if sin_theta <= -0.43688856065273285:
                                return _clip([1.6144133335671473])
                            else:
                                return _clip([1.5233684184110554])
        else:
            if sin_theta <= -0.10471859574317932:
                if theta_dot <= 4.588858962059021:
                    if sin_theta <= -0.116751279681921:
                        if theta_dot <= 3.0373834371566772:
                            if sin_theta <= -0.1373448297381401:
                                return _clip([-1.6513408422470093])
                            else:
                                return _clip([-1.6592514514923096])
                        else:
                            if theta_dot <= 3.0924553871154785:
                                return _clip([-1.6746795177459717])
                            else:
                                return _clip([-1.6722056865692139])
                    else:
                        return _clip([-1.7179633378982544])
                else:
                    if theta_dot <= 5.896185636520386:
                        return _clip([1.3538750410079956])
                    else:
                        return _clip([1.3563127517700195])
            else:
                if theta_dot <= 0.19548505544662476:
                    if theta_dot <= -3.6598594784736633:
                        if sin_theta <= -0.09962179139256477:
                            return _clip([1.8248658180236816])
                        else:
                            return _clip([1.8264294446252844])
                    else:
                        return _clip([1.6594985723495483])
                else:
                    if theta_dot <= 3.440582275390625:
                        return _clip([-1.59293532371521])
                    else:
                        if theta_dot <= 5.4066386222839355:
                            if cos_theta <= 0.999458521604538:
                                return _clip([0.8079016804695129])
                            else:
                                return _clip([0.9377568364143372])
                        else:
                            if sin_theta <= -0.04609283246099949:
                                return _clip([1.3375748933277691])
                            else:
                                return _clip([1.31440962560537])
    else:
        if theta_dot <= -4.402400732040405:
            if cos_theta <= -0.11174330115318298:
                if theta_dot <= -6.613094329833984:
                    if cos_theta <= -0.7219785153865814:
                        if theta_dot <= -7.403057098388672:
                            if sin_theta <= 0.5572516322135925:
                                return _clip([1.5724777797293716])
                            else:
                                return _clip([1.6700891681929118])
                        else:
                            return _clip([1.4151182174682617])
                    else:
                        if theta_dot <= -7.38106894493103:
                            if cos_theta <= -0.40830492973327637:
                                return _clip([1.7361090416545488])
                            else:
                                return _clip([1.8122648975312623])
                        else:
                            if cos_theta <= -0.44613057374954224:
                                return _clip([1.6183916330337524])
                            else:
                                return _clip([1.7043637037277222])
                else:
                    if sin_theta <= 0.9534472525119781:
                        if sin_theta <= 0.22436770051717758:
                            if sin_theta <= 0.14041953906416893:
                                return _clip([-1.8805852220644463])
                            else:
                                return _clip([-1.9101744890213013])
                        else:
                            if sin_theta <= 0.4722963273525238:
                                return _clip([-1.954466426130693])
                            else:
                                return _clip([-1.9775300649768572])
                    else:
                        if cos_theta <= -0.22687561064958572:
                            return _clip([1.3653390407562256])
                        else:
                            if sin_theta <= 0.9875462651252747:
                                return _clip([-1.9573863744735718])
                            else:
                                return _clip([-1.9451948404312134])
            else:
                if theta_dot <= -5.24716591835022:
                    if theta_dot <= -5.5546464920043945:
                        if sin_theta <= 0.942698210477829:
                            if theta_dot <= -5.852308034896851:
                                return _clip([1.887377165920081])
                            else:
                                return _clip([1.8740981674255939])
                        else:
                            if theta_dot <= -6.746010065078735:
                                return _clip([1.8607589499916395])
                            else:
                                return _clip([1.7922411046473117])
                    else:
                        if sin_theta <= 0.5836047679185867:
                            if sin_theta <= 0.12928332388401031:
                                return _clip([1.8334584720619735])
                            else:
                                return _clip([1.854240874536009])
                        else:
                            return _clip([1.7999229431152344])
                else:
                    if sin_theta <= 0.8104996681213379:
                        if cos_theta <= 0.9313704669475555:
                            if theta_dot <= -4.865221261978149:
                                return _clip([1.7807732820510864])
                            else:
                                return _clip([1.7528531551361084])
                        else:
                            if theta_dot <= -4.450849771499634:
                                return _clip([1.7218555212020874])
                            else:
                                return _clip([1.6925839185714722])
                    else:
                        if theta_dot <= -4.638728857040405:
                            if cos_theta <= 0.1069417828693986:
                                return _clip([1.406148666630569])
                            else:
                                return _clip([1.4221961498260498])
                        else:
                            if theta_dot <= -4.549771785736084:
                                return _clip([1.2699964046478271])
                            else:
                                return _clip([1.2825042009353638])
        else:
            if cos_theta <= -0.8516901433467865:
                if theta_dot <= -0.6814946830272675:
                    if theta_dot <= -1.1117608547210693:
                        if theta_dot <= -3.4406442642211914:
                            if cos_theta <= -0.9542352259159088:
                                return _clip([-1.8918177966819167])
                            else:
                                return _clip([-1.9451712054091415])
                        else:
                            if cos_theta <= -0.9583228826522827:
                                return _clip([-1.6164447880731412])
                            else:
                                return _clip([-1.7454705460283713])
                    else:
                        if cos_theta <= -0.9966809749603271:
                            if cos_theta <= -0.9999982118606567:
                                return _clip([1.1239748001098633])
                            else:
                                return _clip([-1.3017106526267745])
                        else:
                            if cos_theta <= -0.9285158216953278:
                                return _clip([-1.444942473065889])
                            else:
                                return _clip([-1.739984154701233])
                else:
                    if theta_dot <= 6.360375165939331:
                        if cos_theta <= -0.9397446811199188:
                            if theta_dot <= 1.7839201092720032:
                                return _clip([1.5741397919005857])
                            else:
                                return _clip([1.665870577638291])
                        else:
                            if theta_dot <= 1.0916827321052551:
                                return _clip([-0.9957448877708367])
                            else:
                                return _clip([1.374763826751935])
                    else:
                        if theta_dot <= 7.355412006378174:
                            if theta_dot <= 6.709102153778076:
                                return _clip([1.7760329231618124])
                            else:
                                return _clip([1.8171190635540517])
                        else:
                            if cos_theta <= -0.9621388912200928:
                                return _clip([1.9334581939837012])
                            else:
                                return _clip([1.9148872281384213])
            else:
                if theta_dot <= 6.981490612030029:
                    if theta_dot <= 5.353977203369141:
                        if theta_dot <= -1.1776719689369202:
                            if cos_theta <= 0.41514550149440765:
                                return _clip([-1.69784704659554])
                            else:
                                return _clip([0.35901096573971464])
                        else:
                            if cos_theta <= 0.1900704875588417:
                                return _clip([-1.3279945084979778])
                            else:
                                return _clip([-1.7498432565685875])
                    else:
                        if theta_dot <= 6.2652201652526855:
                            if sin_theta <= 0.739726722240448:
                                return _clip([1.2194044299353064])
                            else:
                                return _clip([-0.2082169278773811])
                        else:
                            if cos_theta <= -0.2702094689011574:
                                return _clip([1.3937669841181666])
                            else:
                                return _clip([-1.9807764927587002])
                else:
                    if cos_theta <= -0.23746001720428467:
                        if cos_theta <= -0.6446349024772644:
                            if theta_dot <= 7.294678449630737:
                                return _clip([1.7095221281051636])
                            else:
                                return _clip([1.8757965493486919])
                        else:
                            if sin_theta <= 0.9497236013412476:
                                return _clip([1.780978205150275])
                            else:
                                return _clip([1.7131090255592436])
                    else:
                        if cos_theta <= 0.14981749653816223:
                            if theta_dot <= 7.342881679534912:
                                return _clip([1.4347453968047847])
                            else:
                                return _clip([1.5674286037391256])
                        else:
                            return _clip([-1.9841547992971895])
