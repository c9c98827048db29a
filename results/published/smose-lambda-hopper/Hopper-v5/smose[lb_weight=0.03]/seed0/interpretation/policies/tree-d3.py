"""Hopper-v5: smose[lb_weight=0.03] seed 0, distilled into tree-d3

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
    if thigh_angvel <= -1.5793641209602356:
        if foot_angvel <= 0.5694301724433899:
            if foot_angle <= 0.6014294028282166:
                return _clip([0.058074643636101375, 0.36881279314391113, -0.5478766912990872])
            else:
                return _clip([0.9742112428611418, 0.47794456701439425, -0.993901790197726])
        else:
            if foot_angle <= 0.5942194163799286:
                return _clip([0.8936677748771371, -0.9328026382799778, -0.17129654165579783])
            else:
                return _clip([0.9468589046362318, -0.8947547433631966, -0.7687836049481331])
    else:
        if torso_angvel <= 0.5610523819923401:
            if thigh_angle <= -0.6691330075263977:
                return _clip([-0.02436998284721185, 0.6014677200602105, -0.2396387427603591])
            else:
                return _clip([-0.22052933961408858, 0.24780309273748727, 0.5776915387618794])
        else:
            if foot_angle <= 0.8282400667667389:
                return _clip([-0.9483175136046554, -0.5187777912672762, -0.31891442366655803])
            else:
                return _clip([-0.9925412747809829, 0.697985586157035, -0.3048792738044198])
