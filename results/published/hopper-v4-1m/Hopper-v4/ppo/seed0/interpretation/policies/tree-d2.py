"""Hopper-v4: ppo seed 0, distilled into tree-d2

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
    if foot_angle <= 0.03819553181529045:
        if foot_angvel <= -0.12499562278389931:
            return _clip([0.7689465604857965, 0.8739596820013089, 0.7301919437538493])
        else:
            return _clip([0.28810681654287823, 0.4747140640835306, -0.021360476814373766])
    else:
        if torso_vx <= 0.39194701611995697:
            return _clip([-0.040842929929494856, -0.11674966286867856, -0.5971339797973633])
        else:
            return _clip([-0.6376338169360772, -0.5563869934815627, -0.999922452828823])
