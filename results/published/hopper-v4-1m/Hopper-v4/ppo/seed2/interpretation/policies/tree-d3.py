"""Hopper-v4: ppo seed 2, distilled into tree-d3

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
    if torso_angvel <= -0.013098249211907387:
        if foot_angle <= -0.06493227556347847:
            if foot_angvel <= -0.2189776673913002:
                return _clip([0.8072976702435103, 0.007192250419003386, 0.8908352569617268])
            else:
                return _clip([0.5864144775691449, 0.036113377598008055, 0.616989839747048])
        else:
            if thigh_angvel <= -2.199328899383545:
                return _clip([0.9188191407189077, -0.6551575279053377, 0.8641449517133285])
            else:
                return _clip([0.3303536764510414, 0.046526590423822844, 0.42087156915188056])
    else:
        if leg_angle <= -0.005214151693508029:
            if torso_angvel <= 2.322527289390564:
                return _clip([-0.6069176322439822, -0.21365636403149948, 0.035916770376810216])
            else:
                return _clip([-1.0, -0.4934719388301556, 0.8227371527598455])
        else:
            if foot_angle <= -0.07207239419221878:
                return _clip([0.43780675626129184, -0.013145869580704139, 0.25975257860295853])
            else:
                return _clip([0.13046235945962725, 0.02950686518347858, -0.04318485939833008])
