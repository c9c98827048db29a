"""Hopper-v5: smose[lb_weight=0.1] seed 1, distilled into linear

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
        -0.44352890409892964 + 0.41195071588857046 * torso_z - 4.700078973713503 * torso_angle - 0.3399264377184351 * thigh_angle + 0.025120460208733823 * leg_angle - 0.20946091975396325 * foot_angle - 0.041398604523572566 * torso_vx - 0.08609836017521637 * torso_vz - 0.14051567039474794 * torso_angvel - 0.021746080523662472 * thigh_angvel + 0.002002002562965173 * leg_angvel - 0.01859064013506846 * foot_angvel,  # thigh_torque
        -0.8562350599328864 + 0.6807597841523382 * torso_z - 1.5808379026254231 * torso_angle - 0.590165545003665 * thigh_angle + 0.10872989834850773 * leg_angle + 0.4378176774210247 * foot_angle - 0.036575225464579184 * torso_vx - 0.033908233432349555 * torso_vz - 0.0673126678122851 * torso_angvel + 0.029889131358478715 * thigh_angvel - 0.06431819902443275 * leg_angvel + 0.040267591269223614 * foot_angvel,  # leg_torque
        0.02265855850827242 + 0.15488402058622253 * torso_z - 1.2041043948221093 * torso_angle + 1.4256214193910088 * thigh_angle + 0.9595559880250892 * leg_angle + 0.17148641845555468 * foot_angle + 0.13652850666187155 * torso_vx - 0.08421250773728572 * torso_vz + 0.0854192944219391 * torso_angvel + 0.29663796792921354 * thigh_angvel + 0.1320103435676916 * leg_angvel + 0.008809412193266756 * foot_angvel,  # foot_torque
    ])
