"""Hopper-v5: smose[lb_weight=0.03] seed 2, distilled into linear

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
        -2.3221325907920614 + 1.7568225941648254 * torso_z - 2.8675799637957122 * torso_angle - 0.6603938302481722 * thigh_angle - 0.059809204076062425 * leg_angle + 0.5183137664009099 * foot_angle - 0.01351595477751113 * torso_vx + 0.11203314028998627 * torso_vz - 0.2781363681012221 * torso_angvel - 0.11354493319379944 * thigh_angvel - 0.07112853546884822 * leg_angvel - 0.04337421706811863 * foot_angvel,  # thigh_torque
        -2.858046221962169 + 2.775054739864756 * torso_z - 1.755548873168387 * torso_angle - 1.316281271757279 * thigh_angle - 0.963401835202795 * leg_angle + 0.24332135478374875 * foot_angle - 0.42762128956568235 * torso_vx + 0.401184269907847 * torso_vz - 0.017983459237040117 * torso_angvel + 0.016719900075027185 * thigh_angvel - 0.20869819701920445 * leg_angvel - 0.01261179369023317 * foot_angvel,  # leg_torque
        -4.247792410815576 + 3.9478727447835777 * torso_z + 0.6528957987259653 * torso_angle - 0.5544120215785286 * thigh_angle + 0.004304779800453683 * leg_angle - 0.23658231990193046 * foot_angle - 0.4147887154101973 * torso_vx - 0.1813799228837079 * torso_vz - 0.16523038422692704 * torso_angvel - 0.020402192649104325 * thigh_angvel - 0.024159110636218766 * leg_angvel - 0.0008674251127431338 * foot_angvel,  # foot_torque
    ])
