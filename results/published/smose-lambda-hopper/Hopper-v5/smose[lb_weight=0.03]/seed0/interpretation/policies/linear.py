"""Hopper-v5: smose[lb_weight=0.03] seed 0, distilled into linear

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
        1.0920487581323286 - 1.1931398873298842 * torso_z - 1.699458124548102 * torso_angle - 1.897609037950186 * thigh_angle + 0.021282738065540943 * leg_angle + 0.6724836383221334 * foot_angle - 0.24883341324103034 * torso_vx + 0.03957347372098753 * torso_vz - 0.835666188185678 * torso_angvel + 0.36145464206510947 * thigh_angvel + 0.34725179083818897 * leg_angvel + 0.14611736126406671 * foot_angvel,  # thigh_torque
        -0.3860759387593449 + 0.962726392315821 * torso_z - 0.0962177579511327 * torso_angle - 1.2884653965304045 * thigh_angle + 0.9499237075877063 * leg_angle + 0.48616546398123034 * foot_angle - 0.6264883784484819 * torso_vx - 0.03113123704966896 * torso_vz - 0.08634279169150673 * torso_angvel + 0.2514209889831074 * thigh_angvel - 0.0550877548711985 * leg_angvel - 0.13959484987041815 * foot_angvel,  # leg_torque
        -2.068064330917468 + 2.6342169498009396 * torso_z - 1.4173581987930115 * torso_angle + 2.0182814308986097 * thigh_angle + 1.1472253580159506 * leg_angle - 0.7406328972116633 * foot_angle - 0.16692922411739178 * torso_vx - 0.1879643291054041 * torso_vz + 0.5140510624897625 * torso_angvel - 0.16862686542849026 * thigh_angvel - 0.30436482984770014 * leg_angvel - 0.29487995470686285 * foot_angvel,  # foot_torque
    ])
