"""Hopper-v5: pmoe-ppo seed 1, distilled into tree-d5

act(obs) -> one action per actuator; obs in the order of FEATURES.
"""

FEATURES = ['torso_z', 'torso_angle', 'thigh_angle', 'leg_angle', 'foot_angle', 'torso_vx', 'torso_vz', 'torso_angvel', 'thigh_angvel', 'leg_angvel', 'foot_angvel']
ACTUATORS = ['thigh_torque', 'leg_torque', 'foot_torque']
LOW = [-1.0, -1.0, -1.0]
HIGH = [1.0, 1.0, 1.0]


def _clip(action):
    return [min(max(a, lo), hi) for a, lo, hi in zip(action, LOW, HIGH)]


def act(obs):
    (torso_z, torso_angle, thigh_angle, leg_angle, foot_angle, torso_vx, torso_vz, torso_angvel, thigh_angvel, leg_angvel, foot_angvel,) = obs
    if torso_angle <= -0.10462576895952225:
        if torso_z <= 1.195324420928955:
            if foot_angle <= -0.15557944029569626:
                if torso_vx <= -0.10468224808573723:
                    if foot_angle <= -0.15735764056444168:
                        return _clip([0.7450461784998575, 0.9809272189935049, 0.882081151008606])
                    else:
                        return _clip([0.7227391302585602, 0.9547341614961624, 0.8865579962730408])
                else:
                    if leg_angvel <= -0.0007806871144566685:
                        return _clip([0.6748916318542079, 0.9666732696064732, 0.4411528361471076])
                    else:
                        return _clip([0.7408820422405892, 0.9643804535586783, 0.5831486804688231])
            else:
                if leg_angvel <= 0.1817224522237666:
                    if torso_vz <= -0.00956425629556179:
                        return _clip([0.5862487579991178, 0.844546666595994, 0.45582391430691976])
                    else:
                        return _clip([0.5597737296803357, 0.748670037784805, 0.42886801411027775])
                else:
                    if thigh_angvel <= -0.22489899396896362:
                        return _clip([0.2458484247326851, 0.6270761489868164, -0.13636613776907325])
                    else:
                        return _clip([0.7861119508743286, 1.0, -0.33293716112772626])
        else:
            if foot_angvel <= 3.223675847053528:
                if torso_angvel <= -3.0913052558898926:
                    if leg_angle <= -0.20442475378513336:
                        return _clip([0.8496316373348236, -0.08043581992387772, 1.0])
                    else:
                        return _clip([0.547125240166982, -0.6192770302295685, 1.0])
                else:
                    if torso_angvel <= 1.1972994804382324:
                        return _clip([0.41665755093251305, 0.55568322717673, 0.31064804950152936])
                    else:
                        return _clip([0.9689565300941467, 1.0, -0.7307621538639069])
            else:
                if foot_angvel <= 4.403101682662964:
                    if torso_angvel <= -2.648497462272644:
                        return _clip([-0.9245923161506653, 1.0, -1.0])
                    else:
                        return _clip([-0.7003947794437408, 1.0, -1.0])
                else:
                    return _clip([-0.37345361709594727, 1.0, -1.0])
    else:
        if torso_angle <= -0.04062068089842796:
            if torso_angvel <= -2.4518589973449707:
                if torso_z <= 1.2406113743782043:
                    if leg_angvel <= -5.54943323135376:
                        return _clip([0.8582213521003723, 0.3014741837978363, 0.9066863854726156])
                    else:
                        return _clip([0.6957549055417379, -0.24164596448342004, 0.9956613381703695])
                else:
                    if leg_angvel <= -3.8767051696777344:
                        return _clip([0.47285616397857666, -0.9578291535377502, 1.0])
                    else:
                        return _clip([0.7500740736722946, -1.0, 1.0])
            else:
                if torso_angvel <= 0.14438896626234055:
                    if torso_z <= 1.2030657529830933:
                        return _clip([0.2639084549755165, 0.34148495721141087, 0.22355932765880349])
                    else:
                        return _clip([0.16776680953105189, 0.19399059643704328, 0.03387546985888031])
                else:
                    if foot_angvel <= -0.9820820987224579:
                        return _clip([0.770231505757884, -0.10213960393478996, 0.5207180251416407])
                    else:
                        return _clip([0.4097292811958519, 0.3220943240576411, -0.06541481346198141])
        else:
            if foot_angvel <= -0.9356235563755035:
                if foot_angvel <= -3.2085717916488647:
                    return _clip([1.0, -1.0, 1.0])
                else:
                    if torso_vz <= -0.20656279474496841:
                        return _clip([0.990726113319397, -0.8617142885923386, -0.42813389003276825])
                    else:
                        return _clip([0.6853749088265679, -0.6279951041056351, 0.6331610164859078])
            else:
                if torso_vz <= -0.054857660084962845:
                    if leg_angle <= -0.04766569659113884:
                        return _clip([0.7659613291422526, -0.3951122735937436, 0.5399304032325745])
                    else:
                        return _clip([0.8014318811893463, -0.22945655535906553, -0.801889239475131])
                else:
                    if foot_angle <= -0.012193865142762661:
                        return _clip([0.19577009203498597, -0.10740348297477394, -0.22007224460659952])
                    else:
                        return _clip([0.3433222568622141, -0.1666309989009101, -0.4806310784790334])
