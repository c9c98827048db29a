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
        2.0077556703137063 - 1.1632166696518533 * torso_z - 1.8357634057022196 * torso_angle - 0.7508289739134747 * thigh_angle - 0.08729100894166887 * leg_angle + 0.12891410563653133 * foot_angle - 0.449999750367033 * torso_vx + 0.2200948979480863 * torso_vz - 0.2793940540121473 * torso_angvel + 0.10809749030209911 * thigh_angvel + 0.08018627680454955 * leg_angvel + 0.03304268573659608 * foot_angvel,  # thigh_torque
        -1.6173008809006197 + 1.06786330776439 * torso_z + 1.2314493299571971 * torso_angle - 1.6482552445045482 * thigh_angle - 0.9047170544271169 * leg_angle + 0.5669844041337478 * foot_angle - 0.2946147111489512 * torso_vx + 0.21487056611739272 * torso_vz - 0.48970823801865576 * torso_angvel + 0.23468158309403583 * thigh_angvel + 0.13389831428266186 * leg_angvel + 0.12595156320929887 * foot_angvel,  # leg_torque
        3.4335719840511834 - 1.898490405440565 * torso_z - 2.9055680786328346 * torso_angle + 1.497633509134376 * thigh_angle + 0.3804243967061879 * leg_angle - 0.4257482326982813 * foot_angle + 0.17464493462321737 * torso_vx - 0.019682100112954428 * torso_vz - 0.02663257708467713 * torso_angvel - 0.02902400188723863 * thigh_angvel - 0.054786067797137995 * leg_angvel - 0.05422048430745387 * foot_angvel,  # foot_torque
    ])
