"""Pendulum-v1: pmoe seed 0, distilled into tree-d7

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
    if sin_theta <= 0.07121077924966812:
        if theta_dot <= 4.578572511672974:
            if cos_theta <= 0.9926555454730988:
                if theta_dot <= 2.97847580909729:
                    if cos_theta <= -0.443339005112648:
                        if theta_dot <= 0.009287811815738678:
                            if theta_dot <= -4.017693042755127:
                                return _clip([-0.42724998530185765])
                            else:
                                return _clip([-1.49702974888852])
                        else:
                            if theta_dot <= 1.1546570658683777:
                                return _clip([1.676897880663994])
                            else:
                                return _clip([1.8834052658821898])
                    else:
                        if theta_dot <= -5.865147590637207:
                            if cos_theta <= -0.0018128510564565659:
                                return _clip([0.44457153310787306])
                            else:
                                return _clip([1.2221024094566821])
                        else:
                            if cos_theta <= 0.9839069247245789:
                                return _clip([1.8510190475502892])
                            else:
                                return _clip([0.813799990819044])
                else:
                    if cos_theta <= 0.5463695377111435:
                        if cos_theta <= 0.4324999004602432:
                            if cos_theta <= 0.14968302845954895:
                                return _clip([1.8884547069112148])
                            else:
                                return _clip([1.7759984922220622])
                        else:
                            if cos_theta <= 0.4663950055837631:
                                return _clip([-1.8048784732818604])
                            else:
                                return _clip([1.817934274673462])
                    else:
                        if cos_theta <= 0.755718320608139:
                            if theta_dot <= 3.642560124397278:
                                return _clip([-1.9072046279907227])
                            else:
                                return _clip([-1.865189552307129])
                        else:
                            if theta_dot <= 3.6116589307785034:
                                return _clip([-1.9519400242566207])
                            else:
                                return _clip([-1.9730817227316584])
            else:
                if theta_dot <= 0.03140935115516186:
                    if theta_dot <= -0.1579734981060028:
                        if theta_dot <= -0.6142357885837555:
                            if sin_theta <= 0.047579409554600716:
                                return _clip([1.9785859165689306])
                            else:
                                return _clip([1.7681632041931152])
                        else:
                            if theta_dot <= -0.2867705076932907:
                                return _clip([1.6604336496996863])
                            else:
                                return _clip([1.4546517271849537])
                    else:
                        if theta_dot <= -0.038554392755031586:
                            if sin_theta <= 0.025459100492298603:
                                return _clip([1.3487722530533557])
                            else:
                                return _clip([1.024372854422873])
                        else:
                            if cos_theta <= 0.9978967607021332:
                                return _clip([-0.8770502536384125])
                            else:
                                return _clip([1.1435284735498528])
                else:
                    if cos_theta <= 0.9998960793018341:
                        if theta_dot <= 1.7390330731868744:
                            if sin_theta <= 0.02316227648407221:
                                return _clip([-0.9179399114546851])
                            else:
                                return _clip([-1.5810172350013105])
                        else:
                            if cos_theta <= 0.997403621673584:
                                return _clip([-1.9574985407742904])
                            else:
                                return _clip([-1.948303739396421])
                    else:
                        if theta_dot <= 0.1720738336443901:
                            if theta_dot <= 0.10019521042704582:
                                return _clip([1.1217290985091557])
                            else:
                                return _clip([0.974436837118627])
                        else:
                            if cos_theta <= 0.9999955594539642:
                                return _clip([-1.5351600511339358])
                            else:
                                return _clip([0.8399844169616699])
        else:
            if cos_theta <= -0.34261830151081085:
                if theta_dot <= 6.410397529602051:
                    if theta_dot <= 6.094176292419434:
                        if theta_dot <= 5.325330972671509:
                            if theta_dot <= 5.116984844207764:
                                return _clip([1.8725852611444038])
                            else:
                                return _clip([1.7788834871145363])
                        else:
                            if sin_theta <= -0.769658774137497:
                                return _clip([1.6603435970871308])
                            else:
                                return _clip([1.5793937698051501])
                    else:
                        if cos_theta <= -0.6839400827884674:
                            if sin_theta <= -0.2782348319888115:
                                return _clip([1.357373476980287])
                            else:
                                return _clip([0.03004330582763067])
                        else:
                            return _clip([-1.3281137943267822])
                else:
                    if sin_theta <= -0.7444141209125519:
                        if theta_dot <= 7.386002063751221:
                            if sin_theta <= -0.8138980269432068:
                                return _clip([-1.7751996572313409])
                            else:
                                return _clip([-1.7010799646377563])
                        else:
                            if sin_theta <= -0.837238073348999:
                                return _clip([-1.8490682118299373])
                            else:
                                return _clip([-1.8086293605281094])
                    else:
                        if cos_theta <= -0.8912041485309601:
                            if theta_dot <= 7.699174165725708:
                                return _clip([-0.7044279782187095])
                            else:
                                return _clip([-1.1947261346415874])
                        else:
                            if theta_dot <= 6.714529037475586:
                                return _clip([-0.9870513061281201])
                            else:
                                return _clip([-1.5392083798057477])
            else:
                if cos_theta <= 0.05691016837954521:
                    if theta_dot <= 5.588598728179932:
                        if sin_theta <= -0.9994663596153259:
                            return _clip([-1.6791735887527466])
                        else:
                            if cos_theta <= -0.07785461097955704:
                                return _clip([1.6450682786711355])
                            else:
                                return _clip([1.5843190963178204])
                    else:
                        if theta_dot <= 6.314962148666382:
                            if cos_theta <= -0.172429159283638:
                                return _clip([-1.5439047813415527])
                            else:
                                return _clip([-1.8342136144638062])
                        else:
                            if cos_theta <= -0.005073680076748133:
                                return _clip([-1.9247550641012245])
                            else:
                                return _clip([-1.9640445312646269])
                else:
                    if cos_theta <= 0.29976560175418854:
                        if theta_dot <= 5.7848122119903564:
                            if sin_theta <= -0.9757571220397949:
                                return _clip([-1.899847388267517])
                            else:
                                return _clip([-1.7593551874160767])
                        else:
                            if theta_dot <= 6.584047555923462:
                                return _clip([-1.957584137977336])
                            else:
                                return _clip([-1.9673525501626288])
                    else:
                        if sin_theta <= -0.2196774184703827:
                            if theta_dot <= 5.178834676742554:
                                return _clip([-1.972097185967875])
                            else:
                                return _clip([-1.9795667079100945])
                        else:
                            if sin_theta <= -0.09298321604728699:
                                return _clip([-1.961696856293457])
                            else:
                                return _clip([-1.9546634631449389])
    else:
        if theta_dot <= -4.715953350067139:
            if cos_theta <= -0.11657876893877983:
                if theta_dot <= -6.4430625438690186:
                    if sin_theta <= 0.5551352798938751:
                        if theta_dot <= -7.581328630447388:
                            if sin_theta <= 0.3448922485113144:
                                return _clip([0.6427756884247315])
                            else:
                                return _clip([0.8540659336699604])
                        else:
                            if theta_dot <= -6.842203140258789:
                                return _clip([-0.5114104158333659])
                            else:
                                return _clip([-0.7177666625323579])
                    else:
                        if sin_theta <= 0.8650223314762115:
                            if cos_theta <= -0.7777402102947235:
                                return _clip([0.8377760300321258])
                            else:
                                return _clip([1.3850519796696972])
                        else:
                            if theta_dot <= -6.739025115966797:
                                return _clip([1.7431076072868017])
                            else:
                                return _clip([1.505824089050293])
                else:
                    if theta_dot <= -5.2668797969818115:
                        if theta_dot <= -6.155343055725098:
                            if sin_theta <= 0.7052913904190063:
                                return _clip([-0.9871069185715606])
                            else:
                                return _clip([-0.8904187031023066])
                        else:
                            if theta_dot <= -5.75583291053772:
                                return _clip([-1.1109344371319863])
                            else:
                                return _clip([-1.256404400160709])
                    else:
                        if sin_theta <= 0.9702185690402985:
                            if theta_dot <= -4.979807615280151:
                                return _clip([-1.6079673420142115])
                            else:
                                return _clip([-1.7861675024032593])
                        else:
                            if cos_theta <= -0.17292644083499908:
                                return _clip([-1.50997793674469])
                            else:
                                return _clip([-1.3625364303588867])
            else:
                if cos_theta <= 0.16923454776406288:
                    if theta_dot <= -6.222655296325684:
                        if theta_dot <= -7.113666296005249:
                            if theta_dot <= -7.17937970161438:
                                return _clip([1.8831247091293335])
                            else:
                                return _clip([1.8965308666229248])
                        else:
                            if sin_theta <= 0.9998295605182648:
                                return _clip([1.9084053427552152])
                            else:
                                return _clip([1.9138898849487305])
                    else:
                        if cos_theta <= 0.06375819817185402:
                            return _clip([1.7310302257537842])
                        else:
                            return _clip([1.2638520002365112])
                else:
                    if sin_theta <= 0.8576831817626953:
                        if cos_theta <= 0.6764134764671326:
                            if theta_dot <= -5.739900827407837:
                                return _clip([1.9836936195126749])
                            else:
                                return _clip([1.9810832738876343])
                        else:
                            if theta_dot <= -5.286967039108276:
                                return _clip([1.9881579585337934])
                            else:
                                return _clip([1.9856004250716082])
                    else:
                        if theta_dot <= -5.683591365814209:
                            if sin_theta <= 0.9681620001792908:
                                return _clip([1.9656030069525723])
                            else:
                                return _clip([1.9608718156814575])
                        else:
                            if theta_dot <= -5.151336908340454:
                                return _clip([1.87118661403656])
                            else:
                                return _clip([1.9343245029449463])
        else:
            if cos_theta <= -0.7484041750431061:
                if theta_dot <= -0.1252465546131134:
                    if theta_dot <= -2.1593463718891144:
                        if cos_theta <= -0.9623480141162872:
                            if cos_theta <= -0.988385409116745:
                                return _clip([-1.692616581916809])
                            else:
                                return _clip([-1.7115466594696045])
                        else:
                            if theta_dot <= -4.3151795864105225:
                                return _clip([-1.7743531465530396])
                            else:
                                return _clip([-1.8312744523064917])
                    else:
                        if cos_theta <= -0.9045808017253876:
                            if cos_theta <= -0.9271115064620972:
                                return _clip([-1.331407093368238])
                            else:
                                return _clip([-1.1626937107495436])
                        else:
                            if cos_theta <= -0.892287403345108:
                                return _clip([-0.9934655955481311])
                            else:
                                return _clip([-0.7391358056652475])
                else:
                    if theta_dot <= 5.179693222045898:
                        if theta_dot <= 4.1554789543151855:
                            if theta_dot <= 0.17042603250592947:
                                return _clip([0.4765711192823024])
                            else:
                                return _clip([1.689467698029311])
                        else:
                            if cos_theta <= -0.8657575249671936:
                                return _clip([1.1660410723421704])
                            else:
                                return _clip([0.7437328696250916])
                    else:
                        if theta_dot <= 6.808307886123657:
                            if cos_theta <= -0.9834121465682983:
                                return _clip([0.8595530986785889])
                            else:
                                return _clip([0.4428929823559436])
                        else:
                            if sin_theta <= 0.4006970077753067:
                                return _clip([-0.36328397561545384])
                            else:
                                return _clip([0.05916261617951053])
            else:
                if theta_dot <= -3.72299063205719:
                    if cos_theta <= 0.29005031287670135:
                        if cos_theta <= -0.20957119017839432:
                            if theta_dot <= -4.114033222198486:
                                return _clip([-1.8445207807852284])
                            else:
                                return _clip([-1.8854625308532207])
                        else:
                            if cos_theta <= 0.2519148588180542:
                                return _clip([-1.6310042845784662])
                            else:
                                return _clip([-1.3901084661483765])
                    else:
                        if sin_theta <= 0.6464037895202637:
                            if cos_theta <= 0.8702994287014008:
                                return _clip([1.9766899347305298])
                            else:
                                return _clip([1.9811590056365191])
                        else:
                            if sin_theta <= 0.8370712995529175:
                                return _clip([1.9628835916519165])
                            else:
                                return _clip([1.4703843593597412])
                else:
                    if cos_theta <= 0.9808962941169739:
                        if theta_dot <= 5.41222071647644:
                            if cos_theta <= -0.5095079839229584:
                                return _clip([-0.6336926821205201])
                            else:
                                return _clip([-1.7693450652623208])
                        else:
                            if cos_theta <= 0.30605369806289673:
                                return _clip([0.266278008399194])
                            else:
                                return _clip([-0.5649302697122894])
                    else:
                        if theta_dot <= -0.059907736256718636:
                            if sin_theta <= 0.08815273642539978:
                                return _clip([0.784921114546377])
                            else:
                                return _clip([-0.616176186457838])
                        else:
                            if theta_dot <= -0.041086453944444656:
                                return _clip([-0.8863824842756284])
                            else:
                                return _clip([-1.6272651592424265])
