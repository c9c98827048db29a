"""Hopper-v5: pmoe-ppo seed 0, distilled into tree-d4

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
    if torso_angvel <= -0.04450719989836216:
        if leg_angvel <= -0.44237710535526276:
            if leg_angvel <= -0.8942064046859741:
                if leg_angvel <= -1.1572259664535522:
                    return _clip([0.15895176827907562, 1.0, 0.5609180778264999])
                else:
                    return _clip([0.05102668079332663, 0.9194356982524579, 0.14072170814212698])
            else:
                if torso_angle <= -0.08457616716623306:
                    return _clip([-0.0033339907446604095, 0.5257370878387703, 0.027009448047015775])
                else:
                    return _clip([-0.4190187986407961, 0.5824753756501845, 0.03187184754226889])
        else:
            if foot_angle <= -0.10600366070866585:
                if foot_angvel <= -0.19198700785636902:
                    return _clip([0.3140311526202813, 0.36287716102569995, 0.38002792561445575])
                else:
                    return _clip([0.17723120148430632, 0.3119922410833704, 0.13215837504386024])
            else:
                if leg_angvel <= 0.33926956355571747:
                    return _clip([0.08368092302753338, 0.13659209674327433, 0.018260420864553366])
                else:
                    return _clip([0.5483465865993548, -0.07853629462243546, -0.12562610072985528])
    else:
        if torso_angle <= -0.051341043785214424:
            if torso_angvel <= 0.3569677472114563:
                if leg_angvel <= -0.19653282314538956:
                    return _clip([-0.07654930096329518, 0.24663344674914237, -0.01836319522223842])
                else:
                    return _clip([0.06749235410116493, -0.024320871614531708, 0.018276579769631825])
            else:
                if leg_angvel <= 0.4856516420841217:
                    return _clip([0.1062416550067263, -0.3284034255517589, 0.1697168423285343])
                else:
                    return _clip([0.49148451254285613, -0.026529385844759387, -0.031903002732272805])
        else:
            if torso_vx <= 0.3728809207677841:
                if torso_vz <= -0.3365842252969742:
                    return _clip([0.09033581799969582, 0.18312073281918795, -0.1172389959742836])
                else:
                    return _clip([-0.07188734215704481, -0.10408025441201575, -0.17958369657407394])
            else:
                if torso_z <= 1.198462963104248:
                    return _clip([-0.2052924321456389, -0.5442705574360761, -0.48053983612494033])
                else:
                    return _clip([-0.25253600762649014, -0.320949678639458, -0.2988436494869265])
