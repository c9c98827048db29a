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
    if sin_theta <= 0.3541545569896698:
        if theta_dot <= 3.2864856719970703:
            if sin_theta <= 0.0073348835576325655:
                if cos_theta <= -0.2980823516845703:
                    if theta_dot <= 0.5954599529504776:
                        if theta_dot <= -4.552387714385986:
                            return _clip([-0.4351666236975581])
                        else:
                            return _clip([-1.1764127567059226])
                    else:
                        if cos_theta <= -0.5328140258789062:
                            return _clip([1.7154645945380986])
                        else:
                            return _clip([0.9263262152671814])
                else:
                    if theta_dot <= 0.2956613600254059:
                        if sin_theta <= -0.9022400975227356:
                            return _clip([0.3936555623301291])
                        else:
                            return _clip([1.7909861065927202])
                    else:
                        if sin_theta <= -0.3407828211784363:
                            return _clip([1.5519239794298294])
                        else:
                            return _clip([-0.19246271215261337])
            else:
                if theta_dot <= -1.990713894367218:
                    if cos_theta <= -0.010636508464813232:
                        if theta_dot <= -5.813589811325073:
                            return _clip([-0.2841420061639995])
                        else:
                            return _clip([-1.5305098936001247])
                    else:
                        if theta_dot <= -2.546919822692871:
                            return _clip([1.9037725894192152])
                        else:
                            return _clip([1.8183494461940772])
                else:
                    if theta_dot <= 0.1085793599486351:
                        if cos_theta <= 0.9978679120540619:
                            return _clip([-0.7572337143946675])
                        else:
                            return _clip([-0.10721489272627881])
                    else:
                        if cos_theta <= -0.007371664047241211:
                            return _clip([1.6419268414604007])
                        else:
                            return _clip([-1.6231027509354146])
        else:
            if cos_theta <= 0.40581265091896057:
                if theta_dot <= 5.427891969680786:
                    if cos_theta <= -0.279502235352993:
                        if sin_theta <= -0.6661330759525299:
                            return _clip([1.7914633473132462])
                        else:
                            return _clip([1.5966930388009668])
                    else:
                        if theta_dot <= 3.992886543273926:
                            return _clip([1.69436215781279])
                        else:
                            return _clip([1.0437914343754298])
                else:
                    if cos_theta <= -0.2658226191997528:
                        if theta_dot <= 7.0350728034973145:
                            return _clip([0.9722462491144918])
                        else:
                            return _clip([-0.7713919525607794])
                    else:
                        if theta_dot <= 5.465940237045288:
                            return _clip([-0.01502934843301773])
                        else:
                            return _clip([-1.457347776385191])
            else:
                if cos_theta <= 0.6078643202781677:
                    if theta_dot <= 3.9941160678863525:
                        if sin_theta <= -0.8834861218929291:
                            return _clip([0.7998020303035824])
                        else:
                            return _clip([0.3455800241845838])
                    else:
                        if theta_dot <= 4.572154998779297:
                            return _clip([-0.5935869812965393])
                        else:
                            return _clip([-1.6897893493388392])
                else:
                    if sin_theta <= -0.049139074981212616:
                        if cos_theta <= 0.7556460201740265:
                            return _clip([-1.824084844015079])
                        else:
                            return _clip([-1.9259281729321782])
                    else:
                        if sin_theta <= 0.20498163998126984:
                            return _clip([-1.8232586636531707])
                        else:
                            return _clip([-1.7350295986934734])
    else:
        if theta_dot <= -3.450869560241699:
            if cos_theta <= 0.2033201977610588:
                if theta_dot <= -5.3238935470581055:
                    if sin_theta <= 0.8305744826793671:
                        if theta_dot <= -6.523957967758179:
                            return _clip([0.2500512539443144])
                        else:
                            return _clip([-1.1123371220433649])
                    else:
                        if theta_dot <= -6.021178722381592:
                            return _clip([1.0486086656867695])
                        else:
                            return _clip([0.026203646373675085])
                else:
                    if sin_theta <= 0.989603191614151:
                        if cos_theta <= 0.009660229086875916:
                            return _clip([-1.6944705893083754])
                        else:
                            return _clip([-1.3847577535178959])
                    else:
                        if sin_theta <= 0.9963116943836212:
                            return _clip([-0.667481319056428])
                        else:
                            return _clip([-1.2315260139317563])
            else:
                if sin_theta <= 0.8900322020053864:
                    if cos_theta <= 0.6765925884246826:
                        if theta_dot <= -4.110826730728149:
                            return _clip([1.5264418636397346])
                        else:
                            return _clip([0.48444349303438045])
                    else:
                        if sin_theta <= 0.5956882536411285:
                            return _clip([1.8267355765728848])
                        else:
                            return _clip([1.6705659526554686])
                else:
                    if theta_dot <= -4.430602312088013:
                        if sin_theta <= 0.9444020986557007:
                            return _clip([1.5370885307353703])
                        else:
                            return _clip([1.2224907028181458])
                    else:
                        if cos_theta <= 0.4070587754249573:
                            return _clip([-0.8254087037926701])
                        else:
                            return _clip([-0.35740920901298523])
        else:
            if theta_dot <= 1.547513484954834:
                if theta_dot <= -2.2662854194641113:
                    if cos_theta <= 0.7141231298446655:
                        if cos_theta <= 0.49642039835453033:
                            return _clip([-1.7386599674925476])
                        else:
                            return _clip([-1.2408664141623695])
                    else:
                        if sin_theta <= 0.579079657793045:
                            return _clip([1.6370427569784627])
                        else:
                            return _clip([0.7129612331449189])
                else:
                    if cos_theta <= 0.03994607739150524:
                        if theta_dot <= 0.34340670704841614:
                            return _clip([-1.6423377716838512])
                        else:
                            return _clip([0.3182928950446556])
                    else:
                        if theta_dot <= -0.9686616361141205:
                            return _clip([-1.648680051527797])
                        else:
                            return _clip([-1.843861665172906])
            else:
                if cos_theta <= 0.26966995000839233:
                    if sin_theta <= 0.7015521824359894:
                        if theta_dot <= 4.184544682502747:
                            return _clip([1.3255778386512864])
                        else:
                            return _clip([0.40908066827962963])
                    else:
                        if cos_theta <= -0.173165000975132:
                            return _clip([0.4717123078055603])
                        else:
                            return _clip([0.10282678435069004])
                else:
                    if cos_theta <= 0.5740352869033813:
                        if theta_dot <= 2.3853265047073364:
                            return _clip([-0.6912262163194911])
                        else:
                            return _clip([-0.2461211338417528])
                    else:
                        if theta_dot <= 3.90034818649292:
                            return _clip([-1.502728735213491])
                        else:
                            return _clip([-0.9138169791042418])
