"""Hopper-v4: ppo seed 2, distilled into tree-d4

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
    if leg_angle <= -0.061752213165163994:
        if leg_angvel <= 0.29821039736270905:
            if thigh_angvel <= -1.077880859375:
                if foot_angvel <= 0.6588599532842636:
                    return _clip([0.9633899480104446, 0.24583134707063437, 0.8881806284189224])
                else:
                    return _clip([-0.2021776764937069, 0.8194283855997998, 0.5979818740616674])
            else:
                if leg_angvel <= -0.3584473580121994:
                    return _clip([-0.9766625068404458, 0.8124548397280953, 0.9977081493897871])
                else:
                    return _clip([-0.6016290196554458, 0.6909507113568326, 0.8111034894877291])
        else:
            if torso_z <= 1.2069845795631409:
                if torso_angle <= -0.07472490146756172:
                    return _clip([-0.6280893674120307, 0.4460024256259203, -0.8235583743080497])
                else:
                    return _clip([-0.996145498752594, -0.44007506370544436, -0.8860811352729797])
            else:
                if torso_angvel <= -0.04239220172166824:
                    return _clip([0.053011853247880936, 0.13090080302208662, 1.0])
                else:
                    return _clip([-0.9673520550131798, -0.19742388278245926, 0.7012534458190203])
    else:
        if torso_angle <= 0.01403119508177042:
            if torso_vz <= -0.4756280928850174:
                if foot_angvel <= 2.7642970085144043:
                    return _clip([-0.6633511567727114, 0.12768096639177737, 0.8680083931256564])
                else:
                    return _clip([-0.8264397144317627, 0.21874403456846872, -0.26498573111991086])
            else:
                if torso_vx <= -0.0231026541441679:
                    return _clip([-0.17572686421098532, 0.10314012753466766, 0.6348395394851212])
                else:
                    return _clip([0.02789321644116699, 0.00780181697121373, -0.15298488421112666])
        else:
            if leg_angvel <= 0.18278105556964874:
                if torso_angvel <= 0.26036307215690613:
                    return _clip([-0.6280211523959511, 0.08527423833545886, -0.1025087675569873])
                else:
                    return _clip([-0.9543789537513957, 0.13513018629130194, -0.09229956501547028])
            else:
                if foot_angvel <= 0.18415672332048416:
                    return _clip([-1.0, -0.35908543368180595, -0.12676156808932623])
                else:
                    return _clip([-1.0, -0.1210478590206897, -0.3229529748254634])
