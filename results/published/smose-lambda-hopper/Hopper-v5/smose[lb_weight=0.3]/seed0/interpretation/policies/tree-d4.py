"""Hopper-v5: smose[lb_weight=0.3] seed 0, distilled into tree-d4

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
    if foot_angle <= 0.780758798122406:
        if torso_angvel <= 0.6364496350288391:
            if torso_angvel <= -0.9508657157421112:
                if torso_z <= 0.9901022017002106:
                    return _clip([0.9728372138477126, 0.9638490838522348, -0.9614049867039899])
                else:
                    return _clip([0.7973369937297318, 0.9843714793514788, 0.04590902778996654])
            else:
                if torso_angle <= -0.13973180204629898:
                    return _clip([0.1945233223289146, 0.9128087413944487, -0.13135904484034577])
                else:
                    return _clip([0.26228657597993416, -0.054417287206114266, -0.650926190346384])
        else:
            if thigh_angle <= -0.013947108527645469:
                if thigh_angle <= -0.5173507332801819:
                    return _clip([-0.23524684956281514, 0.24450342183937948, -0.6027388634039709])
                else:
                    return _clip([-0.8642913199129417, -0.243484653082447, -0.4716335678493649])
            else:
                if foot_angvel <= 1.867503046989441:
                    return _clip([-0.39323553622123886, -0.4180069126522406, 0.32262651183954877])
                else:
                    return _clip([-0.9058385175509598, -0.7948449378186011, 0.22295384134071036])
    else:
        if torso_angle <= 0.007338694762438536:
            if torso_angvel <= -0.6968335807323456:
                if torso_angle <= -0.04017852991819382:
                    return _clip([0.993252728667033, 0.972070574200549, 0.9735119612483035])
                else:
                    return _clip([0.862898946070417, 0.9420128316813853, 0.9933195811218015])
            else:
                if torso_vx <= 1.1051377952098846:
                    return _clip([0.9144392475573409, 0.7126748565110982, 0.9822538285296664])
                else:
                    return _clip([0.9940191747702872, 0.9375556186378154, 0.8617357021474257])
        else:
            if torso_vz <= -1.344037652015686:
                if foot_angle <= 0.7879346609115601:
                    return _clip([-0.9159539341926575, 0.2470364272594452, 0.3372079133987427])
                else:
                    return _clip([-0.8399349364727491, 0.16041771546616698, 0.9519434763747147])
            else:
                if foot_angvel <= 4.318047046661377:
                    return _clip([0.029362522184881834, 0.1559680084768302, 0.5413780435927379])
                else:
                    return _clip([0.5258006379551717, -0.9618147073673735, -0.9935117051960329])
