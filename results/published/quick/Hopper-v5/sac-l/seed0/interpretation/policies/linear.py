"""Hopper-v5: sac-l seed 0, distilled into linear

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
        -1.9394427995851575 + 0.8070090273567407 * torso_z - 17.077577670442707 * torso_angle + 0.8381727842594277 * thigh_angle + 0.7407006746822717 * leg_angle + 1.7172849350503412 * foot_angle + 0.22883444191639157 * torso_vx - 0.22569703787906062 * torso_vz + 0.05324908070173571 * torso_angvel - 0.19742738593348533 * thigh_angvel - 0.07724374618757966 * leg_angvel - 0.01781910838029451 * foot_angvel,  # thigh_torque
        -4.008933837205466 + 2.526385951216973 * torso_z - 5.438405584070668 * torso_angle - 2.935832779790884 * thigh_angle - 3.8090330074620486 * leg_angle + 1.3109265222290165 * foot_angle - 0.6206427958853382 * torso_vx + 0.3155541811606609 * torso_vz - 0.04075127401929659 * torso_angvel - 0.04993707704719979 * thigh_angvel - 0.2407274541247285 * leg_angvel + 0.1328122745211493 * foot_angvel,  # leg_torque
        -1.764619043238037 + 2.192690602664436 * torso_z + 1.2438567904717828 * torso_angle - 1.472136422594927 * thigh_angle + 3.766149289009377 * leg_angle - 1.3801647067498142 * foot_angle + 0.6207399743409614 * torso_vx + 0.274599639109483 * torso_vz - 0.21661779758820535 * torso_angvel + 0.2918912191470557 * thigh_angvel + 0.026818663249309004 * leg_angvel - 0.07081655850370272 * foot_angvel,  # foot_torque
    ])
