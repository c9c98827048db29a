"""Hopper-v5: sac-l seed 1, distilled into linear

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
        -13.271744522759256 + 10.533994758928523 * torso_z + 2.269549413553243 * torso_angle - 6.791287003630333 * thigh_angle - 3.0898218977447347 * leg_angle - 0.20788044185148036 * foot_angle - 0.033341747733295395 * torso_vx - 0.2082940632074005 * torso_vz - 1.052667746262304 * torso_angvel + 0.6491337810133657 * thigh_angvel + 0.43799782275711274 * leg_angvel + 0.22412217316353847 * foot_angvel,  # thigh_torque
        5.580557116732354 - 4.942894081696153 * torso_z - 3.5017015718394835 * torso_angle + 2.311685058872757 * thigh_angle - 3.474287103279668 * leg_angle + 3.2109952509063473 * foot_angle - 1.6566859342824534 * torso_vx + 0.31374743968090757 * torso_vz - 0.02039487622491033 * torso_angvel - 0.17334509827041206 * thigh_angvel - 0.2036490203550351 * leg_angvel - 0.13083047077815893 * foot_angvel,  # leg_torque
        6.114031827812641 - 3.9423503968546956 * torso_z - 0.9442949694229321 * torso_angle + 1.6416795118814038 * thigh_angle + 0.8596135265818039 * leg_angle + 0.10785638454099555 * foot_angle - 0.28802544698457694 * torso_vx - 0.04410493577806739 * torso_vz + 0.1166646117957747 * torso_angvel + 0.07491626575889022 * thigh_angvel + 0.06996267410610447 * leg_angvel - 0.19987822439792963 * foot_angvel,  # foot_torque
    ])
