"""Hopper-v4: ppo seed 0, distilled into tree-d3

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
    if torso_vx <= 0.47273413836956024:
        if foot_angvel <= -0.18051370233297348:
            if torso_vz <= -0.4686278849840164:
                return _clip([0.44213808864355086, -0.5677663898468017, 0.7154138594865799])
            else:
                return _clip([0.8725524736118728, 0.94351028562684, 0.8427239328719162])
        else:
            if foot_angvel <= 0.22102732956409454:
                return _clip([0.31082147296443996, 0.493941126174479, 0.011004899232792551])
            else:
                return _clip([0.20575362522669924, 0.9216545369566941, -0.8386584246546273])
    else:
        if foot_angle <= 0.1412561759352684:
            if foot_angvel <= 0.195338673889637:
                return _clip([-0.6602263618260622, 0.3915738742798567, -0.32362570660188794])
            else:
                return _clip([-0.7831230654909804, 0.36052174472275217, -0.9885410054309948])
        else:
            if thigh_angvel <= -0.003400456960662268:
                return _clip([-1.0, -0.9714012410905626, -0.6497964660326639])
            else:
                return _clip([-0.9988945515259452, -0.4335666642240856, -1.0])
