"""Hopper-v5: smose[lb_weight=0.01] seed 0, distilled into linear

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
    return _clip([
        -6.3573421528625325 + 4.847952378677563 * torso_z + 3.104218416328803 * torso_angle - 4.301985417089504 * thigh_angle - 3.117911979144008 * leg_angle - 0.6790178607246566 * foot_angle - 1.3573068803675012 * torso_vx - 0.06728244564514421 * torso_vz + 0.643182108256551 * torso_angvel - 0.9176999942884737 * thigh_angvel - 0.24095169636126026 * leg_angvel + 0.04622021798156003 * foot_angvel,  # thigh_torque
        -3.04802051409834 + 2.425800397257484 * torso_z + 1.0076968968223663 * torso_angle - 0.7057336151375013 * thigh_angle - 0.10218358990705564 * leg_angle + 0.029156721080495437 * foot_angle - 0.2748636688728532 * torso_vx - 0.6989574941823544 * torso_vz + 0.14687046650487423 * torso_angvel - 0.22315803543174867 * thigh_angvel - 0.12476543195102607 * leg_angvel - 0.07346277109424745 * foot_angvel,  # leg_torque
        -9.48324893751015 + 7.911116943731753 * torso_z + 4.185064496496073 * torso_angle - 3.672585872480215 * thigh_angle - 4.955537356886903 * leg_angle - 0.3470244511241061 * foot_angle - 1.1359528567772676 * torso_vx - 0.39920805992418135 * torso_vz + 0.11767114125496658 * torso_angvel - 0.30043265938858166 * thigh_angvel - 0.030315086231947383 * leg_angvel + 0.007616826351929792 * foot_angvel,  # foot_torque
    ])
