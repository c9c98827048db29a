"""Hopper-v5: smose seed 0, distilled into tree-d4

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
    if foot_angvel <= 0.38980045914649963:
        if thigh_angvel <= -1.1098255515098572:
            if foot_angvel <= 0.2741045504808426:
                if torso_vz <= -0.8154450058937073:
                    return _clip([0.10477600584176493, 0.5126352354010545, 0.1443169875469117])
                else:
                    return _clip([0.1210821851422217, 0.4515525144341777, 0.1711075996786554])
            else:
                if torso_angvel <= 0.19316638261079788:
                    return _clip([0.058055989887872764, 0.31993337417703593, -0.3386591991589448])
                else:
                    return _clip([0.056204548504970094, 0.443891855119556, 0.11248087724168668])
        else:
            if torso_angvel <= 0.2990124970674515:
                if thigh_angvel <= -0.3191704833880067:
                    return _clip([0.08965893717213251, 0.3594399131564279, 0.18535410344699021])
                else:
                    return _clip([0.36804431117913267, 0.24697580553697532, 0.3863193774938792])
            else:
                if torso_angvel <= 0.5201098322868347:
                    return _clip([-0.10899836337276715, 0.3491872386164177, 0.2300083602891134])
                else:
                    return _clip([-0.19205827729763508, 0.4224785450274165, 0.3241602835514359])
    else:
        if torso_z <= 1.159876525402069:
            if torso_angvel <= 0.43943673372268677:
                if torso_angvel <= 0.3125744163990021:
                    return _clip([0.04520998128734112, 0.33991706493501905, -0.42562594153377203])
                else:
                    return _clip([-0.0339448340773153, 0.27960534853035557, -0.3529344672175558])
            else:
                if torso_z <= 1.0122843980789185:
                    return _clip([-0.16283920952386532, 0.2198909509542114, -0.32848902748154335])
                else:
                    return _clip([-0.26625457715352174, 0.21443972101225334, -0.1322667143643511])
        else:
            if thigh_angle <= -0.00373626290820539:
                if foot_angvel <= 0.48103687167167664:
                    return _clip([-0.0446481278067498, 0.27280475414628036, 0.13996904137020816])
                else:
                    return _clip([-0.006611997609774909, 0.24209224101226973, 0.00922136478244572])
            else:
                if foot_angvel <= 1.3360579013824463:
                    return _clip([0.2926163567483755, 0.3351838545002773, 0.3805036012301176])
                else:
                    return _clip([-0.009560239183887036, 0.5203245290823572, 0.13648023634859927])
