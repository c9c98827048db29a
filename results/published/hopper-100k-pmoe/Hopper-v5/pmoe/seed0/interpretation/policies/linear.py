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
        -2.721681470369082 + 2.1237207412827686 * torso_z - 4.806827359194626 * torso_angle - 1.9422085815882633 * thigh_angle + 0.6593627770824021 * leg_angle + 0.31592431161714385 * foot_angle - 0.19634747853656156 * torso_vx - 0.13502059585510853 * torso_vz + 0.04142890304552795 * torso_angvel - 0.22068713209991933 * thigh_angvel - 0.010026833277704452 * leg_angvel - 0.0423865485826973 * foot_angvel,  # thigh_torque
        -1.508832621534728 + 1.1487879449661942 * torso_z - 0.5195484941759023 * torso_angle - 0.9185884753808176 * thigh_angle - 2.3840469892722185 * leg_angle - 0.6259675097450479 * foot_angle - 0.3673783111401358 * torso_vx - 0.034268966097381254 * torso_vz - 0.15732498774046794 * torso_angvel + 0.003885084289185592 * thigh_angvel - 0.05695304242221515 * leg_angvel + 0.04210230169537749 * foot_angvel,  # leg_torque
        -1.4706249844602668 + 1.6099205911871435 * torso_z - 0.26142160160308237 * torso_angle - 0.28423040406544137 * thigh_angle - 0.6798316652492405 * leg_angle - 0.8739807204404925 * foot_angle - 0.4375495997218016 * torso_vx - 0.4603115373301886 * torso_vz + 0.07119887708337598 * torso_angvel + 0.0337205404790518 * thigh_angvel - 0.042333403091833956 * leg_angvel - 0.04101645458516913 * foot_angvel,  # foot_torque
    ])
