"""Hopper-v5: sac-l seed 1, distilled into tree-d3

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
    if leg_angvel <= -2.860926032066345:
        if foot_angvel <= 3.858139395713806:
            if torso_vx <= 0.6886521577835083:
                return _clip([-0.1415819866636398, 0.8730466895004205, -0.06419451318826465])
            else:
                return _clip([-0.5588929446620903, 0.3650160778540802, 0.638913441997307])
        else:
            if thigh_angle <= -0.030397255904972553:
                return _clip([0.016721903816085053, 0.9280688618550507, -0.8454906193628443])
            else:
                return _clip([0.62672844598852, 0.8868052247684836, -0.9358743399180154])
    else:
        if thigh_angvel <= -4.012637257575989:
            if thigh_angvel <= -5.335555076599121:
                return _clip([0.9883858948204919, -0.8317033667123751, 0.9966897359690238])
            else:
                return _clip([0.9245073676833425, 0.22802182167362253, 0.9083443918704841])
        else:
            if torso_z <= 1.2782584428787231:
                return _clip([-0.003716869570197848, -0.10533993674456764, 0.5744812175492473])
            else:
                return _clip([-0.7959945499445775, 0.869419128967151, 0.7951803946374911])
