"""Pendulum-v1: smose seed 1, distilled into tree-d6

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
    if sin_theta <= 0.17335651814937592:
        if sin_theta <= -0.0912012867629528:
            if theta_dot <= -4.20203161239624:
                if sin_theta <= -0.8714251816272736:
                    if cos_theta <= -0.2414780631661415:
                        if cos_theta <= -0.35340017080307007:
                            return _clip([1.6915145463146508])
                        else:
                            return _clip([1.8008594287824236])
                    else:
                        if cos_theta <= -0.05137541051954031:
                            return _clip([1.8674710577003828])
                        else:
                            return _clip([1.9337708935890494])
                else:
                    if theta_dot <= -5.4947509765625:
                        if theta_dot <= -6.058201789855957:
                            return _clip([1.1143499260751137])
                        else:
                            return _clip([0.9674101504982593])
                    else:
                        if theta_dot <= -4.251022100448608:
                            return _clip([-0.6533246827826322])
                        else:
                            return _clip([-1.6962991952896118])
            else:
                if theta_dot <= 6.0660600662231445:
                    if theta_dot <= 0.44108039140701294:
                        if cos_theta <= -0.4175465703010559:
                            return _clip([0.0967274834826367])
                        else:
                            return _clip([1.8102658109155219])
                    else:
                        if cos_theta <= -0.21852034330368042:
                            return _clip([1.7069553447360284])
                        else:
                            return _clip([1.1740793438394943])
                else:
                    if cos_theta <= 0.6261293590068817:
                        if theta_dot <= 6.963385581970215:
                            return _clip([1.8989849650783386])
                        else:
                            return _clip([1.9534681932504663])
                    else:
                        if theta_dot <= 6.171459913253784:
                            return _clip([1.7329545653173406])
                        else:
                            return _clip([1.796403346936966])
        else:
            if theta_dot <= 3.9748343229293823:
                if theta_dot <= 1.719730705022812:
                    if cos_theta <= -0.9920185208320618:
                        if theta_dot <= -5.867169141769409:
                            return _clip([1.0080779862396099])
                        else:
                            return _clip([-1.7127626422785984])
                    else:
                        if sin_theta <= 0.1441783532500267:
                            return _clip([1.4227505214218894])
                        else:
                            return _clip([0.5817977023374729])
                else:
                    if cos_theta <= -0.0016919374465942383:
                        if theta_dot <= 3.1346492767333984:
                            return _clip([1.8467000722885132])
                        else:
                            return _clip([1.90520179271698])
                    else:
                        if cos_theta <= 0.998410552740097:
                            return _clip([-1.7273337143338936])
                        else:
                            return _clip([-1.168831674096707])
            else:
                if cos_theta <= -0.9860354661941528:
                    if theta_dot <= 6.736349105834961:
                        if sin_theta <= -0.012646832037717104:
                            return _clip([1.5936540498782836])
                        else:
                            return _clip([1.8324043584770624])
                    else:
                        if theta_dot <= 7.6661536693573:
                            return _clip([1.9093523809021669])
                        else:
                            return _clip([1.954597239230779])
                else:
                    if theta_dot <= 4.73136043548584:
                        if theta_dot <= 4.466701984405518:
                            return _clip([0.7823387384414673])
                        else:
                            return _clip([0.9012146592140198])
                    else:
                        if cos_theta <= -0.9855946600437164:
                            return _clip([1.5882718563079834])
                        else:
                            return _clip([1.3974254511932078])
    else:
        if theta_dot <= 4.998069524765015:
            if cos_theta <= -0.9020134806632996:
                if theta_dot <= 0.06729423999786377:
                    if theta_dot <= -6.437126398086548:
                        return _clip([1.169530987739563])
                    else:
                        if theta_dot <= -1.4603973627090454:
                            return _clip([-1.89284231068908])
                        else:
                            return _clip([-1.5287489834406116])
                else:
                    if cos_theta <= -0.945846438407898:
                        if theta_dot <= 1.7105697393417358:
                            return _clip([1.4098191083785188])
                        else:
                            return _clip([1.6580342328041733])
                    else:
                        if cos_theta <= -0.9232697486877441:
                            return _clip([1.348903478637751])
                        else:
                            return _clip([1.239212788245137])
            else:
                if theta_dot <= -0.6729253828525543:
                    if cos_theta <= 0.007421058136969805:
                        if cos_theta <= -0.15178877115249634:
                            return _clip([-1.8559631228543778])
                        else:
                            return _clip([-1.2917999517584535])
                    else:
                        if theta_dot <= -1.738997757434845:
                            return _clip([0.02062989174787029])
                        else:
                            return _clip([-0.8478143184480432])
                else:
                    if cos_theta <= -0.5880250632762909:
                        if theta_dot <= 1.589062213897705:
                            return _clip([-1.3781422041511397])
                        else:
                            return _clip([1.105112793991657])
                    else:
                        if theta_dot <= 0.6421819925308228:
                            return _clip([-1.4127621317912575])
                        else:
                            return _clip([-1.8645544006178127])
        else:
            if theta_dot <= 5.619269371032715:
                if cos_theta <= -0.35123492032289505:
                    if sin_theta <= 0.7502447664737701:
                        if cos_theta <= -0.7433427274227142:
                            return _clip([1.3867491491658936])
                        else:
                            return _clip([1.311721682548523])
                    else:
                        if cos_theta <= -0.607047975063324:
                            return _clip([1.2456711530685425])
                        else:
                            return _clip([1.1515232291226378])
                else:
                    if sin_theta <= 0.45862603932619095:
                        return _clip([0.9773668646812439])
                    else:
                        if theta_dot <= 5.2941718101501465:
                            return _clip([-1.9776779247057694])
                        else:
                            return _clip([-1.9730053167801325])
            else:
                if cos_theta <= 0.42925556004047394:
                    if theta_dot <= 6.621835947036743:
                        if sin_theta <= 0.7869995832443237:
                            return _clip([1.661317800746231])
                        else:
                            return _clip([1.3694480367154518])
                    else:
                        if cos_theta <= -0.34873582422733307:
                            return _clip([1.917951053223953])
                        else:
                            return _clip([1.7581922158731984])
                else:
                    if cos_theta <= 0.46735745668411255:
                        if sin_theta <= 0.8911077678203583:
                            return _clip([-1.9752922058105469])
                        else:
                            return _clip([1.5730466506189746])
                    else:
                        if theta_dot <= 6.889766693115234:
                            return _clip([1.3435992232840979])
                        else:
                            return _clip([1.4766498676668751])
