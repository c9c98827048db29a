"""Hopper-v5: smose[lb_weight=0.3] seed 0, distilled into tree-d3

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
    if torso_angle <= -0.04573688097298145:
        if torso_vx <= 1.2424838542938232:
            if foot_angle <= 0.7866353094577789:
                return _clip([0.41284322131133533, 0.7178984798688975, 0.5432936482908259])
            else:
                return _clip([0.9485101159123185, 0.874544752779886, 0.882380911527574])
        else:
            if torso_angvel <= -0.17040234059095383:
                return _clip([0.8197771438686697, 0.8475628192179392, -0.41915412080769043])
            else:
                return _clip([0.15636298282391273, 0.46902074410631306, -0.5771557706829251])
    else:
        if torso_z <= 1.138304352760315:
            if torso_angvel <= -1.091420590877533:
                return _clip([0.9743186657269087, 0.797088165951176, -0.18176137313463747])
            else:
                return _clip([-0.07661376417489697, -0.33106422789757345, -0.9225544483807862])
        else:
            if torso_angvel <= 0.6355010569095612:
                return _clip([0.08738240345293735, 0.27792500360496725, 0.051033480221857185])
            else:
                return _clip([-0.7828755899895777, -0.07994836650658, 0.08441328386415797])
