"""Hopper-v5: pmoe seed 1, distilled into tree-d4

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
    if torso_angvel <= 0.49856843054294586:
        if torso_vx <= 1.397993266582489:
            if leg_angvel <= -1.4303779602050781:
                if thigh_angvel <= -1.335867464542389:
                    return _clip([0.8994326409501354, 0.7177095214590742, 0.369193580895094])
                else:
                    return _clip([0.4191567976026301, 0.3572578336392737, 0.604744409637891])
            else:
                if torso_vx <= 0.7248741090297699:
                    return _clip([0.30477209610181416, -0.26961395735384824, 0.7872511886111764])
                else:
                    return _clip([-0.14216295960504777, -0.0902643619867993, 0.3461736002185326])
        else:
            if thigh_angvel <= -2.052824854850769:
                if torso_vz <= -1.1310727000236511:
                    return _clip([0.6395635273224927, -0.844183988054462, -0.08183055932886554])
                else:
                    return _clip([0.19564644091173974, -0.43680606228677715, -0.2804452893635314])
            else:
                if leg_angle <= -0.24656863510608673:
                    return _clip([-0.06794319765658431, 0.0469520619002424, -0.19847241619472997])
                else:
                    return _clip([0.5973785078880453, -0.7738458900548238, -0.4965547059405042])
    else:
        if thigh_angvel <= 0.9166596531867981:
            if leg_angle <= -0.19305741041898727:
                if torso_vz <= 0.06900874339044094:
                    return _clip([-0.7689757636892219, 0.2667380191940894, 0.3500787537340479])
                else:
                    return _clip([-0.2210106305023825, 0.7507133149133216, 0.31521363283767795])
            else:
                if foot_angvel <= 1.09994637966156:
                    return _clip([-0.45263299643857907, -0.43489356236322374, 0.5295790127598687])
                else:
                    return _clip([0.06855938898526737, 0.3496587970980775, 0.08660158715317783])
        else:
            if leg_angle <= -0.3530136048793793:
                if torso_angvel <= 2.2973616123199463:
                    return _clip([-0.9606200456619263, -0.030015619471669197, 0.8222779035568237])
                else:
                    return _clip([-0.9700590372085571, 0.03624306246638298, 0.8239182829856873])
            else:
                if leg_angle <= -0.21688072383403778:
                    return _clip([-0.9440638843495888, -0.7821451532002668, 0.8722118265215547])
                else:
                    return _clip([-0.8503498937145583, -0.577374790487973, 0.7328490789390816])
