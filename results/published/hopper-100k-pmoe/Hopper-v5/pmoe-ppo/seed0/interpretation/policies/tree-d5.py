"""Hopper-v5: pmoe-ppo seed 0, distilled into tree-d5

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
    if thigh_angvel <= -0.8826644718647003:
        if torso_z <= 0.9865570068359375:
            if torso_vz <= -1.0596394538879395:
                if torso_z <= 0.8455907702445984:
                    if thigh_angvel <= -2.793819546699524:
                        return _clip([0.9699700640307533, 0.9779301385084788, -0.7653083254893621])
                    else:
                        return _clip([-0.11962898075580597, 1.0, -0.62586709856987])
                else:
                    if leg_angvel <= 1.9961292743682861:
                        return _clip([1.0, 0.48413567058742046, -0.6670542284846306])
                    else:
                        return _clip([1.0, 0.580379205942154, -0.9497162222862243])
            else:
                if leg_angvel <= -2.5635461807250977:
                    return _clip([-0.6190499067306519, 1.0, 1.0])
                else:
                    if thigh_angle <= -0.6848904490470886:
                        return _clip([-0.49215900897979736, 1.0, -0.917142927646637])
                    else:
                        return _clip([-0.6893442869186401, 1.0, -1.0])
        else:
            if leg_angvel <= -1.0857766270637512:
                if torso_angle <= 0.003955080755986273:
                    if foot_angvel <= 2.1722083687782288:
                        return _clip([-0.49609947204589844, 0.3132622539997101, -1.0])
                    else:
                        return _clip([0.19119583070278168, 0.7625765800476074, -0.8208925127983093])
                else:
                    if leg_angle <= -0.17968634516000748:
                        return _clip([-0.2677873969078064, 1.0, 0.2301092892885208])
                    else:
                        return _clip([-0.3383455276489258, 1.0, 0.30650100111961365])
            else:
                if torso_vz <= -0.5128958225250244:
                    if leg_angvel <= -0.8586564660072327:
                        return _clip([-0.16168086230754852, -0.4045622646808624, -1.0])
                    else:
                        return _clip([0.9362108443553249, -0.03328835814156466, -0.6117493108742766])
                else:
                    if leg_angvel <= 0.32052795588970184:
                        return _clip([0.366663525469209, -0.131459543775571, -0.4361284902613414])
                    else:
                        return _clip([0.7721866167643491, -0.18751314874081051, -0.2019546785775353])
    else:
        if torso_angle <= -0.03168840333819389:
            if torso_angvel <= -0.0071860128082334995:
                if leg_angvel <= -0.5707495808601379:
                    if leg_angvel <= -0.9570806324481964:
                        return _clip([0.06796661244394879, 0.9847347363829613, 0.3803174862017234])
                    else:
                        return _clip([-0.04951142688994022, 0.618308931863045, 0.05020978018531905])
                else:
                    if leg_angvel <= -0.11575638502836227:
                        return _clip([0.042340021127370876, 0.2691135836886047, 0.030516250602550518])
                    else:
                        return _clip([0.13256451115566323, 0.12066620234391442, 0.06875323958581527])
            else:
                if torso_angvel <= 0.3569677472114563:
                    if leg_angvel <= -0.2133704349398613:
                        return _clip([-0.09281995954612891, 0.2448198234516324, -0.046635057530639804])
                    else:
                        return _clip([0.07859011426445306, -0.04121611937990622, 0.03784173577675036])
                else:
                    if leg_angvel <= 0.4856516420841217:
                        return _clip([0.1062416550067263, -0.3284034255517589, 0.1697168423285343])
                    else:
                        return _clip([0.49148451254285613, -0.026529385844759387, -0.031903002732272805])
        else:
            if torso_vx <= 0.4721367508172989:
                if leg_angvel <= -0.8804545402526855:
                    if thigh_angvel <= 0.16709858924150467:
                        return _clip([-0.1620770045556128, 0.84995436668396, -0.2846451736986637])
                    else:
                        return _clip([0.09697090621505465, 0.988826436655862, 0.49473799552236286])
                else:
                    if torso_vz <= -0.28693337738513947:
                        return _clip([0.06974684311014213, 0.16820170877637405, -0.09519047322002856])
                    else:
                        return _clip([-0.06453531677331553, -0.10842421516262886, -0.17791693757153526])
            else:
                if thigh_angle <= -0.47010260820388794:
                    if torso_vz <= -0.8849955797195435:
                        return _clip([-0.7659839987754822, 1.0, -1.0])
                    else:
                        return _clip([-0.936795175075531, 1.0, -1.0])
                else:
                    if torso_angvel <= 0.3301919102668762:
                        return _clip([0.07848602074843186, -0.2596237611813614, -0.33388971499740505])
                    else:
                        return _clip([-0.3012657750364953, -0.390687929853731, -0.4189884668562265])
