"""Pendulum-v1: pmoe seed 0, distilled into tree-d6

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
    if theta_dot <= -4.65371298789978:
        if cos_theta <= -0.15658287703990936:
            if theta_dot <= -6.577971458435059:
                if sin_theta <= 0.5038657039403915:
                    if sin_theta <= 0.20964711159467697:
                        if cos_theta <= -0.48362070322036743:
                            return _clip([0.20350923566025658])
                        else:
                            return _clip([0.5488430106509774])
                    else:
                        if cos_theta <= -0.9306412637233734:
                            return _clip([0.648624958023636])
                        else:
                            return _clip([0.9066160997487318])
                else:
                    if sin_theta <= 0.7940321266651154:
                        if sin_theta <= 0.7394526898860931:
                            return _clip([1.2604361978982843])
                        else:
                            return _clip([1.4616647513835619])
                    else:
                        if sin_theta <= 0.9211995899677277:
                            return _clip([1.626977087639289])
                        else:
                            return _clip([1.7846085813051331])
            else:
                if sin_theta <= -0.05584950000047684:
                    if cos_theta <= -0.8719566166400909:
                        if sin_theta <= -0.34750017523765564:
                            return _clip([-0.6163913276736223])
                        else:
                            return _clip([-0.7615198581041555])
                    else:
                        if sin_theta <= -0.966108500957489:
                            return _clip([0.19003084301948547])
                        else:
                            return _clip([-0.3537943017565786])
                else:
                    if theta_dot <= -5.76463508605957:
                        if theta_dot <= -6.192230463027954:
                            return _clip([-0.9253191270644272])
                        else:
                            return _clip([-1.1416102467268852])
                    else:
                        if theta_dot <= -5.066745758056641:
                            return _clip([-1.3843168606587135])
                        else:
                            return _clip([-1.600967289146531])
        else:
            if sin_theta <= -0.8959062993526459:
                if cos_theta <= 0.13788948208093643:
                    if theta_dot <= -6.401058197021484:
                        if sin_theta <= -0.9970908463001251:
                            return _clip([0.89772325799198])
                        else:
                            return _clip([1.146567437850793])
                    else:
                        return _clip([0.6740145123316261])
                else:
                    if sin_theta <= -0.9633709788322449:
                        if theta_dot <= -7.235780239105225:
                            return _clip([1.212435434408578])
                        else:
                            return _clip([1.295179455383573])
                    else:
                        if theta_dot <= -5.6412811279296875:
                            return _clip([1.4754113865132927])
                        else:
                            return _clip([1.2046971774967479])
            else:
                if cos_theta <= -0.12073947116732597:
                    if sin_theta <= 0.9919108748435974:
                        if sin_theta <= 0.9900341331958771:
                            return _clip([1.8492962680637075])
                        else:
                            return _clip([1.8558146777641664])
                    else:
                        return _clip([-1.0718610286712646])
                else:
                    if sin_theta <= -0.7045917809009552:
                        if cos_theta <= 0.5414392650127411:
                            return _clip([1.6981167868060774])
                        else:
                            return _clip([1.802252762341918])
                    else:
                        if sin_theta <= 0.9906169772148132:
                            return _clip([1.9740531629612097])
                        else:
                            return _clip([1.8800759563791591])
    else:
        if theta_dot <= 4.547201156616211:
            if sin_theta <= 0.07083670794963837:
                if cos_theta <= 0.7292332649230957:
                    if theta_dot <= -0.5141662806272507:
                        if cos_theta <= -0.031256156507879496:
                            return _clip([-1.506386776863645])
                        else:
                            return _clip([1.199931771358835])
                    else:
                        if theta_dot <= -0.1095331534743309:
                            return _clip([1.037535353830655])
                        else:
                            return _clip([1.9013041414584195])
                else:
                    if theta_dot <= 0.07937325909733772:
                        if theta_dot <= -1.1643899157643318:
                            return _clip([1.9545869027255527])
                        else:
                            return _clip([1.0042683718322634])
                    else:
                        if theta_dot <= 2.8072339296340942:
                            return _clip([-0.40586277953571265])
                        else:
                            return _clip([-1.9670463449593747])
            else:
                if cos_theta <= -0.7465535402297974:
                    if theta_dot <= -0.09955694153904915:
                        if theta_dot <= -1.7526701986789703:
                            return _clip([-1.8185349178960435])
                        else:
                            return _clip([-1.213179519850924])
                    else:
                        if sin_theta <= 0.38470029830932617:
                            return _clip([1.7594645987913462])
                        else:
                            return _clip([1.480499776209833])
                else:
                    if theta_dot <= -2.531865119934082:
                        if cos_theta <= 0.5907447338104248:
                            return _clip([-1.6627619336707307])
                        else:
                            return _clip([1.80886655070813])
                    else:
                        if cos_theta <= 0.9389430582523346:
                            return _clip([-1.7733173611466166])
                        else:
                            return _clip([-1.3574240346021877])
        else:
            if cos_theta <= -0.3539969474077225:
                if theta_dot <= 6.473346710205078:
                    if sin_theta <= 0.04049644246697426:
                        if theta_dot <= 6.282413721084595:
                            return _clip([1.5771502364201928])
                        else:
                            return _clip([0.003911400679498911])
                    else:
                        if cos_theta <= -0.9393820762634277:
                            return _clip([0.984388294513483])
                        else:
                            return _clip([0.48622128914663443])
                else:
                    if sin_theta <= -0.12353000417351723:
                        if cos_theta <= -0.8519068360328674:
                            return _clip([-1.2826362178132735])
                        else:
                            return _clip([-1.7710413368453604])
                    else:
                        if cos_theta <= -0.9297628700733185:
                            return _clip([-0.581069961020327])
                        else:
                            return _clip([0.20163465350070744])
            else:
                if sin_theta <= 0.6534291207790375:
                    if theta_dot <= 5.39499306678772:
                        if sin_theta <= -0.9536778926849365:
                            return _clip([1.6222873352074625])
                        else:
                            return _clip([-1.8745363441624527])
                    else:
                        if cos_theta <= 0.029074142687022686:
                            return _clip([-1.929770330102504])
                        else:
                            return _clip([-1.9740710672362665])
                else:
                    if cos_theta <= 0.4280640482902527:
                        if cos_theta <= 0.30358755588531494:
                            return _clip([0.219223694976104])
                        else:
                            return _clip([-0.3780866066709651])
                    else:
                        if sin_theta <= 0.8302371501922607:
                            return _clip([-1.1192533920463659])
                        else:
                            return _clip([-0.5166245694661261])
