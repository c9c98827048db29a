"""Hopper-v5: pmoe seed 0, distilled into linear

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
        6.196152461921856 - 4.972343668193416 * torso_z - 4.777878736932402 * torso_angle + 0.5882058592054884 * thigh_angle + 0.11754708231773875 * leg_angle + 1.1721363734278325 * foot_angle + 0.11574913819205188 * torso_vx + 0.3787771352403689 * torso_vz - 0.8606769117205509 * torso_angvel + 0.3200367711103821 * thigh_angvel + 0.3817181324953119 * leg_angvel - 0.06730256898208556 * foot_angvel,  # thigh_torque
        -9.987052877592161 + 8.523969439221853 * torso_z - 6.1446978838154696 * torso_angle + 1.2230650936171579 * thigh_angle - 2.285196076621367 * leg_angle - 0.527593527598106 * foot_angle - 2.023634906892637 * torso_vx - 0.2984255777942672 * torso_vz + 3.167398807227092 * torso_angvel - 2.6921536395543364 * thigh_angvel - 1.656892151845855 * leg_angvel - 0.32333033234948727 * foot_angvel,  # leg_torque
        10.082037524071842 - 7.296562624645932 * torso_z + 3.4259163963900083 * torso_angle + 3.772493699989673 * thigh_angle + 2.598975605490434 * leg_angle - 0.5383657566885642 * foot_angle + 0.9174321732789277 * torso_vx - 0.2799026055580706 * torso_vz - 1.0785800179167964 * torso_angvel + 0.9858920572269189 * thigh_angvel + 0.4036902073013598 * leg_angvel - 0.12337542998351785 * foot_angvel,  # foot_torque
    ])
