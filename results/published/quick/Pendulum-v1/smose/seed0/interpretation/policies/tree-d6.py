"""Pendulum-v1: smose seed 0, distilled into tree-d6

act(obs) -> one action per actuator; obs in the order of FEATURES.
"""

FEATURES = ['cos_theta', 'sin_theta', 'theta_dot']
ACTUATORS = ['torque']
LOW = [-2.0]
HIGH = [2.0]


def _clip(action):
    return [min(max(a, lo), hi) for a, lo, hi in zip(action, LOW, HIGH)]


def act(obs):
    (cos_theta, sin_theta, theta_dot,) = obs
    if sin_theta <= 0.29922541975975037:
        if cos_theta <= 0.6500603556632996:
            if theta_dot <= 0.0706751006655395:
                if sin_theta <= -0.49287520349025726:
                    if cos_theta <= -0.44575318694114685:
                        if theta_dot <= -2.161034345626831:
                            return _clip([0.06152623903144562])
                        else:
                            return _clip([0.6268676136227422])
                    else:
                        if theta_dot <= -2.751675844192505:
                            return _clip([0.90028245086843])
                        else:
                            return _clip([0.42790630560162746])
                else:
                    if theta_dot <= -2.98931884765625:
                        if sin_theta <= -0.09631334617733955:
                            return _clip([-0.4280509729609052])
                        else:
                            return _clip([-0.7938162045499612])
                    else:
                        if theta_dot <= -2.0814300775527954:
                            return _clip([-1.8139917966601875])
                        else:
                            return _clip([-1.4383205096255405])
            else:
                if cos_theta <= 0.4855876863002777:
                    if theta_dot <= 0.7616041600704193:
                        if sin_theta <= 0.22389055788516998:
                            return _clip([1.3435208149068607])
                        else:
                            return _clip([-1.3725684471516186])
                    else:
                        if theta_dot <= 2.0977362394332886:
                            return _clip([1.7635311650051968])
                        else:
                            return _clip([1.9464459449748233])
                else:
                    if theta_dot <= 4.9451048374176025:
                        if theta_dot <= 1.3832778930664062:
                            return _clip([0.9997134209479129])
                        else:
                            return _clip([1.479140342283043])
                    else:
                        if theta_dot <= 6.2804529666900635:
                            return _clip([0.37215517836265016])
                        else:
                            return _clip([0.3894126154249859])
        else:
            if theta_dot <= 1.5515352487564087:
                if theta_dot <= -0.7678018510341644:
                    if theta_dot <= -2.2439684867858887:
                        if sin_theta <= -0.07616151869297028:
                            return _clip([0.77123484540818])
                        else:
                            return _clip([0.45342257892361737])
                    else:
                        if sin_theta <= -0.09426696226000786:
                            return _clip([0.46804161309328074])
                        else:
                            return _clip([0.30389719905277146])
                else:
                    if sin_theta <= 0.2588943541049957:
                        if theta_dot <= -0.09817792475223541:
                            return _clip([0.09271296055994242])
                        else:
                            return _clip([-0.0635418480033485])
                    else:
                        if theta_dot <= -0.06951498985290527:
                            return _clip([-0.30988224437507367])
                        else:
                            return _clip([-0.17754125988670572])
            else:
                if cos_theta <= 0.9504707753658295:
                    if theta_dot <= 5.515689849853516:
                        if theta_dot <= 3.0905929803848267:
                            return _clip([-0.4036144008755652])
                        else:
                            return _clip([-0.7714603453966637])
                    else:
                        if theta_dot <= 5.6938745975494385:
                            return _clip([0.40832872715820695])
                        else:
                            return _clip([0.41880388937592083])
                else:
                    if theta_dot <= 4.098042249679565:
                        if theta_dot <= 2.856747627258301:
                            return _clip([-0.6796735594171611])
                        else:
                            return _clip([-0.948462513416091])
                    else:
                        if sin_theta <= -0.13658389449119568:
                            return _clip([-1.1848461671064567])
                        else:
                            return _clip([-1.2524633081279735])
    else:
        if theta_dot <= 0.15560873597860336:
            if cos_theta <= 0.6518056392669678:
                if theta_dot <= -4.930044174194336:
                    if cos_theta <= -0.051817771047353745:
                        if theta_dot <= -6.670135736465454:
                            return _clip([-1.0588370626659727])
                        else:
                            return _clip([-0.9056984204247455])
                    else:
                        if cos_theta <= 0.26256390661001205:
                            return _clip([-0.7488615730357381])
                        else:
                            return _clip([-0.4999656603996642])
                else:
                    if cos_theta <= 0.5035546720027924:
                        if cos_theta <= 0.219951331615448:
                            return _clip([-1.9084227730970478])
                        else:
                            return _clip([-1.702734368321933])
                    else:
                        if theta_dot <= -3.653700828552246:
                            return _clip([-0.3546813708797492])
                        else:
                            return _clip([-1.3708924344689224])
            else:
                if theta_dot <= -2.615952968597412:
                    if cos_theta <= 0.8288480937480927:
                        if sin_theta <= 0.6568959355354309:
                            return _clip([-0.008009220058075478])
                        else:
                            return _clip([-0.17579632758403962])
                    else:
                        if sin_theta <= 0.442128524184227:
                            return _clip([0.22578608449016804])
                        else:
                            return _clip([0.09336334933711016])
                else:
                    if cos_theta <= 0.8339103162288666:
                        if sin_theta <= 0.6346731781959534:
                            return _clip([-1.0418032439371405])
                        else:
                            return _clip([-1.2761798825399628])
                    else:
                        if theta_dot <= -1.9697015285491943:
                            return _clip([0.17083377001434422])
                        else:
                            return _clip([-0.5695756864635709])
        else:
            if cos_theta <= -0.8293290734291077:
                if theta_dot <= 1.6242675185203552:
                    if cos_theta <= -0.8966391086578369:
                        if cos_theta <= -0.9389872252941132:
                            return _clip([-1.539858341217041])
                        else:
                            return _clip([-1.6943970219779854])
                    else:
                        return _clip([-1.1689966917037964])
                else:
                    if theta_dot <= 7.488677024841309:
                        if theta_dot <= 3.4959323406219482:
                            return _clip([1.5162579142770318])
                        else:
                            return _clip([1.8350293828591482])
                    else:
                        if cos_theta <= -0.8977598249912262:
                            return _clip([1.9817055492629851])
                        else:
                            return _clip([-0.2941879932488725])
            else:
                if cos_theta <= -0.7348126769065857:
                    if sin_theta <= 0.6491657197475433:
                        if theta_dot <= 3.699681878089905:
                            return _clip([-1.3129287793090814])
                        else:
                            return _clip([0.06956952878763013])
                    else:
                        if theta_dot <= 4.4249420166015625:
                            return _clip([1.2095201726890825])
                        else:
                            return _clip([-0.33240766930245397])
                else:
                    if theta_dot <= 3.336938738822937:
                        if cos_theta <= 0.7376654148101807:
                            return _clip([-0.8458840978573399])
                        else:
                            return _clip([-0.34712180826575495])
                    else:
                        if cos_theta <= 0.2625225782394409:
                            return _clip([-0.3773854919465952])
                        else:
                            return _clip([-0.1239559832037054])
