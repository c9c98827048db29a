"""Hopper-v5: smose[lb_weight=1.0] seed 1, distilled into tree-d3

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
    if torso_vx <= 0.5941323935985565:
        if torso_angvel <= -0.5399291217327118:
            if foot_angle <= 0.39002400636672974:
                return _clip([0.8396943360795511, 0.8802418089478421, 0.8406242939712267])
            else:
                return _clip([0.9799426341708333, 0.9850982923487294, 0.8909444359161177])
        else:
            if torso_vz <= 0.013779101194813848:
                return _clip([0.5163453753101321, 0.6390332794248004, 0.824037805997409])
            else:
                return _clip([0.08340622777115006, 0.6022549908221261, 0.17343847033068455])
    else:
        if torso_vx <= 1.4516876935958862:
            if torso_z <= 1.2867936491966248:
                return _clip([-0.053723820465207885, -0.12398625172819344, 0.3183175711673836])
            else:
                return _clip([-0.9315952458092704, -0.7849642839670973, 0.9276075243732003])
        else:
            if thigh_angvel <= -2.872920036315918:
                return _clip([0.8216006232214255, -0.8752091851012156, -0.8911247462889019])
            else:
                return _clip([0.0010936169721863748, -0.00932216542175627, -0.5459177927657082])
