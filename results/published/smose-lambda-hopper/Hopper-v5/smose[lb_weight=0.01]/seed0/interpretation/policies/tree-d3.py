"""Hopper-v5: smose[lb_weight=0.01] seed 0, distilled into tree-d3

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
    if torso_z <= 1.0649831891059875:
        if torso_z <= 1.0226121544837952:
            if thigh_angvel <= -3.026710033416748:
                return _clip([0.9898809027445985, 0.6010288374119749, -0.9837360650647904])
            else:
                return _clip([0.966149327083657, 0.3148693902945361, -0.9018929445982882])
        else:
            if torso_vz <= -1.5367197394371033:
                return _clip([0.9085293756198216, 0.22912843273884756, -0.6229981337736555])
            else:
                return _clip([0.8946703846995278, 0.3207328763812726, -0.3019394593976187])
    else:
        if foot_angle <= 0.262068510055542:
            if leg_angvel <= -0.7775841355323792:
                return _clip([0.8443828690450178, 0.9492659501674594, 0.5666330362152506])
            else:
                return _clip([-0.027846216299147204, 0.4476097738880579, 0.3790481970925951])
        else:
            if leg_angle <= 0.0025693641509860754:
                return _clip([0.25731974758068105, 0.06043450291350769, 0.27703723547240044])
            else:
                return _clip([0.1550480017846127, -0.5945750985748159, 0.84583483176604])
