"""Hopper-v5: smose seed 1, distilled into linear

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
        -0.4258407925122093 - 0.36789124523660965 * torso_z - 0.5240076778075452 * torso_angle - 2.1316946079412196 * thigh_angle + 8.135373654172835 * leg_angle - 0.15761280721642648 * foot_angle - 1.2480528299784197 * torso_vx + 0.5683473850651696 * torso_vz + 0.3371470336197956 * torso_angvel - 0.8672921287228416 * thigh_angvel - 0.3571715148770741 * leg_angvel + 0.17237596206073028 * foot_angvel,  # thigh_torque
        2.9646979575775747 - 2.114104851402077 * torso_z - 4.468597246642791 * torso_angle + 4.294892327747786 * thigh_angle - 5.665231313753038 * leg_angle + 0.7981157116907884 * foot_angle + 0.03607079109690475 * torso_vx - 0.5185276396734351 * torso_vz + 0.4624171264303967 * torso_angvel - 0.4326302997216458 * thigh_angvel - 1.0456876535765578 * leg_angvel - 0.04320331262368128 * foot_angvel,  # leg_torque
        1.4581437185936195 - 0.5782611171017722 * torso_z + 1.8639497150213316 * torso_angle + 1.0179102097069848 * thigh_angle - 1.3212200426436223 * leg_angle - 0.117580182820019 * foot_angle - 0.3040770385328823 * torso_vx - 0.23578355593276598 * torso_vz + 0.2612624048049064 * torso_angvel - 0.18462184804290518 * thigh_angvel + 0.13707263504233486 * leg_angvel + 0.02769642332573338 * foot_angvel,  # foot_torque
    ])
