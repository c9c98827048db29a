"""Hopper-v5: smose[lb_weight=0.3] seed 1, distilled into linear

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
        0.6930717074100576 - 0.6443154188045684 * torso_z - 4.767843086506539 * torso_angle + 0.001128925719006897 * thigh_angle + 2.698894650897143 * leg_angle - 0.5240803578215087 * foot_angle + 0.0908494523227338 * torso_vx + 0.08146223158358404 * torso_vz - 0.4656752605523396 * torso_angvel - 0.1788572224649453 * thigh_angvel - 0.1656821997498695 * leg_angvel + 0.10586015720858287 * foot_angvel,  # thigh_torque
        0.9859152062991585 - 0.484951054113492 * torso_z - 0.02679691056171726 * torso_angle + 0.3475586948496454 * thigh_angle - 3.9954112854070614 * leg_angle - 0.2623733881605735 * foot_angle - 0.014343232426375174 * torso_vx - 0.07287690521944236 * torso_vz - 0.4835030536468687 * torso_angvel - 0.19520648241447164 * thigh_angvel - 0.3834073636415443 * leg_angvel + 0.11001876478644398 * foot_angvel,  # leg_torque
        -1.6191939413636014 + 1.8435138129806503 * torso_z + 3.482557860709214 * torso_angle + 0.20376026584536816 * thigh_angle - 5.686134390918439 * leg_angle + 0.44164819670836664 * foot_angle - 0.5257127650569794 * torso_vx - 0.16005335752940225 * torso_vz + 0.16992565235073795 * torso_angvel + 0.18286170534713705 * thigh_angvel + 0.38545759910181104 * leg_angvel - 0.07359543791842992 * foot_angvel,  # foot_torque
    ])
