"""Hopper-v5: sac-l seed 1, distilled into tree-d4

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
    if torso_angle <= -0.07898583635687828:
        if leg_angle <= -0.3020302355289459:
            if torso_vx <= 0.8634276390075684:
                if leg_angvel <= -2.331180214881897:
                    return _clip([0.2005055289932662, 0.9740392979429932, -0.8828882050548026])
                else:
                    return _clip([-0.2046844317779032, 0.986132144298403, 0.49434503251145434])
            else:
                if thigh_angvel <= -2.1263251304626465:
                    return _clip([0.5988584422556571, 0.3586994283040815, 0.9246266990257395])
                else:
                    return _clip([0.7082020576242466, 0.933278164288244, 0.6498122821498127])
        else:
            if leg_angvel <= -2.2037519812583923:
                if torso_z <= 1.1952223777770996:
                    return _clip([0.8358590117116333, 0.8692343998777861, 0.43697591825475235])
                else:
                    return _clip([0.3431152161777674, 0.9247667868302168, -0.8106168661080478])
            else:
                if foot_angle <= 0.7872936725616455:
                    return _clip([0.9395773448795558, -0.4398557684160451, 0.16289332100239184])
                else:
                    return _clip([0.9274479545297084, 0.02506365175210001, 0.6603003273586731])
    else:
        if leg_angle <= -0.40822044014930725:
            if torso_z <= 0.9418706595897675:
                if foot_angvel <= -0.012065920513123274:
                    return _clip([-0.9794765237863162, 0.8710554839860344, 0.8174692040691487])
                else:
                    return _clip([-0.9847516484365859, 0.9166314937221405, 0.8691090565547788])
            else:
                if torso_angvel <= 0.930927187204361:
                    return _clip([-0.9697911901582376, 0.7608048732510795, 0.715279322237983])
                else:
                    return _clip([-0.979362284177441, 0.8081935997916545, 0.7708540675896489])
        else:
            if leg_angvel <= -2.860628128051758:
                if torso_angvel <= -0.1435960978269577:
                    return _clip([0.23917782672662682, 0.9151861371044365, -0.808096124217931])
                else:
                    return _clip([-0.8157421701285984, 0.6812036623526253, 0.830391915702583])
            else:
                if torso_angvel <= 1.6012691259384155:
                    return _clip([0.05162247547364371, -0.023954455326206794, 0.5888662623872343])
                else:
                    return _clip([-0.7223453228807726, -0.09848863385318439, 0.8005132631711259])
