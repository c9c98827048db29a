"""Hopper-v5: smose seed 1, distilled into tree-d4

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
    if leg_angle <= -1.326936423778534:
        if leg_angle <= -1.4635090231895447:
            if thigh_angle <= 0.0005197549471631646:
                if thigh_angvel <= -0.32191498577594757:
                    return _clip([0.5496086825468408, 0.9524076037482282, 0.9703675495249914])
                else:
                    return _clip([0.4695615677239454, 0.928397171411775, 0.951047820068476])
            else:
                if torso_angvel <= -0.045644499361515045:
                    return _clip([0.44642324339505557, 0.9323075957017886, 0.955949648712613])
                else:
                    return _clip([0.40423719782365475, 0.9363085935732023, 0.9616359871775513])
        else:
            if leg_angvel <= -4.742825984954834:
                if torso_z <= 0.8976710736751556:
                    return _clip([0.4520793510239954, 0.8916115958343269, 0.9208358903540853])
                else:
                    return _clip([0.4371240350325962, 0.8721601181125673, 0.904869599953914])
            else:
                if foot_angvel <= 0.06427150405943394:
                    return _clip([0.4158320927811699, 0.8476370649231129, 0.8850136304169696])
                else:
                    return _clip([0.39255299746026256, 0.8177241084613002, 0.8596404993988942])
    else:
        if thigh_angvel <= -1.0716010332107544:
            if torso_angvel <= -0.292521595954895:
                if leg_angvel <= -0.9074163734912872:
                    return _clip([0.22384503635198968, 0.29186525174502326, 0.41639755905606557])
                else:
                    return _clip([0.15264596014065168, 0.31435520277762236, 0.19675789866331958])
            else:
                if foot_angvel <= 2.30464243888855:
                    return _clip([-0.05206655864361335, 0.2528484890067926, -0.002469740873750983])
                else:
                    return _clip([0.4346416307661928, -0.6149758688281097, 0.41760495736437675])
        else:
            if foot_angle <= 0.7843546867370605:
                if leg_angvel <= 0.3392464369535446:
                    return _clip([0.5225685979695505, 0.12662263294255116, 0.8018984901277149])
                else:
                    return _clip([-0.2885474129887764, -0.740222298138583, 0.746911481850314])
            else:
                if foot_angle <= 0.7872943580150604:
                    return _clip([-0.4878882714618096, 0.3204380059464661, 0.3114870416069008])
                else:
                    return _clip([-0.07990846128702583, -0.1476992302001094, 0.5966417468360273])
