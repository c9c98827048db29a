"""Hopper-v5: smose[lb_weight=0.3] seed 0, distilled into linear

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
        1.4724675167444177 - 0.9226221544143798 * torso_z - 7.219375799873357 * torso_angle - 0.8204095920845059 * thigh_angle + 0.46650175321630477 * leg_angle - 0.46909858819680905 * foot_angle - 0.25980191001892483 * torso_vx - 0.09833626524002208 * torso_vz - 0.3003509261626418 * torso_angvel - 0.11071585315798593 * thigh_angvel + 0.013612237384747296 * leg_angvel + 0.0658130481322082 * foot_angvel,  # thigh_torque
        -1.2480719624563879 + 1.1752885768827412 * torso_z - 0.5663448057510089 * torso_angle - 0.8918333427320025 * thigh_angle - 0.15165159705449976 * leg_angle - 0.006625749667666713 * foot_angle - 0.27220824382781644 * torso_vx - 0.23627354386701677 * torso_vz - 0.09805380823387201 * torso_angvel - 0.01731321795412485 * thigh_angvel - 0.060951627469499566 * leg_angvel + 0.02179955169530407 * foot_angvel,  # leg_torque
        -2.8488996185030118 + 2.5955159590015704 * torso_z + 2.7321887690184172 * torso_angle - 0.11720086846298727 * thigh_angle - 0.6040900015515854 * leg_angle + 0.5411887942115753 * foot_angle - 0.21599507153040698 * torso_vx - 0.2820496221174424 * torso_vz - 0.2010628712950362 * torso_angvel + 0.23693556132545868 * thigh_angvel + 0.14612421712231138 * leg_angvel - 0.016956329100065167 * foot_angvel,  # foot_torque
    ])
