"""Pendulum-v1: pmoe seed 1, distilled into tree-d6

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
    if theta_dot <= 3.398369789123535:
        if theta_dot <= -3.9764307737350464:
            if cos_theta <= -0.524153858423233:
                if theta_dot <= -5.40871000289917:
                    if sin_theta <= 0.6016105711460114:
                        if theta_dot <= -7.366674184799194:
                            return _clip([-0.343470137406113])
                        else:
                            return _clip([-0.616308917397607])
                    else:
                        if theta_dot <= -7.225752830505371:
                            return _clip([0.6257688801049606])
                        else:
                            return _clip([-0.09666496748882132])
                else:
                    if sin_theta <= -0.017164341174066067:
                        if sin_theta <= -0.25647012144327164:
                            return _clip([-1.1399011413081785])
                        else:
                            return _clip([-1.4605460087675248])
                    else:
                        if sin_theta <= 0.22412443906068802:
                            return _clip([-1.6249220602170722])
                        else:
                            return _clip([-1.7999912762759298])
            else:
                if cos_theta <= 0.10680285096168518:
                    if theta_dot <= -6.106808423995972:
                        if sin_theta <= 0.8879195749759674:
                            return _clip([0.07421411331320481])
                        else:
                            return _clip([1.3829247634733495])
                    else:
                        if theta_dot <= -4.257955074310303:
                            return _clip([-0.5853495223739458])
                        else:
                            return _clip([-1.853905439376831])
                else:
                    if cos_theta <= 0.6168688833713531:
                        if theta_dot <= -4.349997043609619:
                            return _clip([1.6493510513547076])
                        else:
                            return _clip([-0.52226649606019])
                    else:
                        if theta_dot <= -4.408099889755249:
                            return _clip([1.8210674514677645])
                        else:
                            return _clip([1.9329019990371092])
        else:
            if sin_theta <= -0.48691608011722565:
                if theta_dot <= -1.5675711035728455:
                    if cos_theta <= -0.10748952254652977:
                        if sin_theta <= -0.6867027282714844:
                            return _clip([-0.7768027924014215])
                        else:
                            return _clip([-1.326165645678401])
                    else:
                        if sin_theta <= -0.9194943606853485:
                            return _clip([0.35934371928151876])
                        else:
                            return _clip([1.4531652525274301])
                else:
                    if theta_dot <= 3.073243260383606:
                        if cos_theta <= -0.7039621770381927:
                            return _clip([-0.8593493541744592])
                        else:
                            return _clip([1.8155763371889633])
                    else:
                        if cos_theta <= 0.5632936060428619:
                            return _clip([1.8200623801127205])
                        else:
                            return _clip([-1.6455350214026694])
            else:
                if sin_theta <= 0.743267834186554:
                    if theta_dot <= -2.320222020149231:
                        if cos_theta <= 0.6979846358299255:
                            return _clip([-1.6382134218188684])
                        else:
                            return _clip([1.809171426602551])
                    else:
                        if cos_theta <= 0.030688762664794922:
                            return _clip([1.0104457090205043])
                        else:
                            return _clip([-1.0380359618060406])
                else:
                    if theta_dot <= 1.1507341265678406:
                        if cos_theta <= 0.4375210404396057:
                            return _clip([-1.819147047925312])
                        else:
                            return _clip([-1.4575695743774695])
                    else:
                        if cos_theta <= 0.15586721897125244:
                            return _clip([0.5793270959379915])
                        else:
                            return _clip([-0.6704782391742337])
    else:
        if cos_theta <= 0.07412407174706459:
            if theta_dot <= 5.898594856262207:
                if sin_theta <= 0.48629890382289886:
                    if theta_dot <= 5.046927213668823:
                        if sin_theta <= 0.08012216905626701:
                            return _clip([1.8035336003074978])
                        else:
                            return _clip([1.544044706242775])
                    else:
                        if cos_theta <= 0.026916864328086376:
                            return _clip([1.4651646529481193])
                        else:
                            return _clip([-0.7225929498672485])
                else:
                    if theta_dot <= 4.221313714981079:
                        if cos_theta <= -0.5541115552186966:
                            return _clip([1.0824258743947266])
                        else:
                            return _clip([0.5886909112560839])
                    else:
                        if sin_theta <= 0.9700196385383606:
                            return _clip([0.665834765806644])
                        else:
                            return _clip([0.5039953589439392])
            else:
                if sin_theta <= -0.6670372188091278:
                    if cos_theta <= -0.49969372153282166:
                        if theta_dot <= 7.03430438041687:
                            return _clip([-0.738107904393381])
                        else:
                            return _clip([-1.4490797409595606])
                    else:
                        if theta_dot <= 6.0815229415893555:
                            return _clip([-0.7681922527498284])
                        else:
                            return _clip([-1.7536263465279065])
                else:
                    if theta_dot <= 7.9321043491363525:
                        if cos_theta <= -0.7682521939277649:
                            return _clip([0.9029666583063999])
                        else:
                            return _clip([0.33717627480322576])
                    else:
                        if sin_theta <= 0.4344910979270935:
                            return _clip([-0.8291503256968771])
                        else:
                            return _clip([0.2379601421396929])
        else:
            if cos_theta <= 0.4041226655244827:
                if theta_dot <= 4.595396995544434:
                    if sin_theta <= -0.9445439875125885:
                        if cos_theta <= 0.22536330670118332:
                            return _clip([1.3368561267852783])
                        else:
                            return _clip([1.6880033016204834])
                    else:
                        if sin_theta <= 0.03417190909385681:
                            return _clip([0.9120805859565735])
                        else:
                            return _clip([0.3263126015663147])
                else:
                    if sin_theta <= -0.004052609205245972:
                        if theta_dot <= 5.062180280685425:
                            return _clip([-0.48934074839341585])
                        else:
                            return _clip([-1.7704526864353491])
                    else:
                        if cos_theta <= 0.27733463048934937:
                            return _clip([-0.20531525701151274])
                        else:
                            return _clip([-0.47688336617596866])
            else:
                if sin_theta <= 0.5127480924129486:
                    if sin_theta <= -0.7934943437576294:
                        if theta_dot <= 3.532430052757263:
                            return _clip([1.2144544124603271])
                        else:
                            return _clip([-1.8237667967233315])
                    else:
                        if sin_theta <= 0.2656963914632797:
                            return _clip([-1.9362476063904939])
                        else:
                            return _clip([-1.6943001851238324])
                else:
                    if cos_theta <= 0.7334276437759399:
                        if sin_theta <= 0.8430707156658173:
                            return _clip([-0.8970797820288505])
                        else:
                            return _clip([-0.5846286541480898])
                    else:
                        if cos_theta <= 0.8247269690036774:
                            return _clip([-1.2629637353314107])
                        else:
                            return _clip([-1.4107665815853838])
