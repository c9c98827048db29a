"""Hopper-v5: pmoe seed 1, distilled into linear

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
        -0.5816764439770319 + 0.5378904261902991 * torso_z - 3.145973961580688 * torso_angle - 0.6555003819978117 * thigh_angle - 2.7275038936150477 * leg_angle + 0.8962064444338426 * foot_angle - 0.3864821929890034 * torso_vx + 0.23941446234117983 * torso_vz - 0.5967277519956753 * torso_angvel + 0.23426868403816015 * thigh_angvel + 0.194734050253577 * leg_angvel + 0.02730638217989006 * foot_angvel,  # thigh_torque
        -0.3076875879386547 - 0.3299775873934351 * torso_z - 0.04420386089632527 * torso_angle + 1.0465389149408029 * thigh_angle - 3.261435036314751 * leg_angle + 1.490388351822071 * foot_angle - 0.1513501703828704 * torso_vx + 0.16110705020939925 * torso_vz - 0.3384287295078642 * torso_angvel + 0.37505046796008273 * thigh_angvel - 0.06826884121634895 * leg_angvel + 0.04710762400518712 * foot_angvel,  # leg_torque
        -0.6022878213888565 + 1.1918343642665672 * torso_z + 0.09992162627070093 * torso_angle + 0.8466371227298398 * thigh_angle - 1.031319217963585 * leg_angle - 0.00043158226689348574 * foot_angle + 0.14254905413506616 * torso_vx - 0.14362090745911693 * torso_vz - 0.4438414305464325 * torso_angvel + 0.5838830783712241 * thigh_angvel + 0.14959910555359132 * leg_angvel - 0.03224484778866391 * foot_angvel,  # foot_torque
    ])
