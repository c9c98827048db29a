"""Hopper-v5: smose[lb_weight=0.01] seed 1, distilled into linear

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
        0.057168526571303085 + 0.031506493839042755 * torso_z - 4.602297179859813 * torso_angle - 0.3474378773370581 * thigh_angle - 0.3631256053270228 * leg_angle - 0.33850324444305585 * foot_angle - 0.171076626248511 * torso_vx - 0.02325011563081936 * torso_vz - 0.2972481047827275 * torso_angvel - 0.08574025599317582 * thigh_angvel + 0.041250323736135665 * leg_angvel + 0.012492660710656345 * foot_angvel,  # thigh_torque
        -0.014865097059174326 + 0.4996934424895302 * torso_z - 3.537765287136137 * torso_angle - 0.5913473437007745 * thigh_angle - 0.0164762221815299 * leg_angle + 0.3443227222707668 * foot_angle - 0.3135896830806781 * torso_vx - 0.0006699377681114367 * torso_vz + 0.12195746428763574 * torso_angvel + 0.04608270825190825 * thigh_angvel - 0.08111047223732 * leg_angvel + 0.04180498477504972 * foot_angvel,  # leg_torque
        -3.264234782470706 + 3.0080251082499454 * torso_z + 0.5728217283005013 * torso_angle - 0.5422729853395504 * thigh_angle - 0.9625077498367919 * leg_angle - 0.054372256176445644 * foot_angle - 0.398783972270264 * torso_vx - 0.07420115247218324 * torso_vz + 0.09709706238214319 * torso_angvel + 0.11136242578283981 * thigh_angvel + 0.04774123968961219 * leg_angvel + 0.016229770937174936 * foot_angvel,  # foot_torque
    ])
