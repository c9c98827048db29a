"""Pendulum-v1: sac-l seed 0, distilled into tree-d8

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
    if sin_theta <= 0.0019082814105786383:
        if theta_dot <= 4.491275072097778:
            if theta_dot <= -1.0097442269325256:
                if cos_theta <= -0.4379507005214691:
                    if theta_dot <= -4.152209281921387:
                        if sin_theta <= -0.7666454911231995:
                            if theta_dot <= -6.680450439453125:
                                if sin_theta <= -0.806881308555603:
                                    return _clip([-0.2594243458898583])
                                else:
                                    return _clip([-0.5051676998655447])
                            else:
                                if theta_dot <= -5.697261095046997:
                                    return _clip([-0.5001766401494072])
                                else:
                                    return _clip([-0.6820997452427562])
                        else:
                            if sin_theta <= -0.57321697473526:
                                if theta_dot <= -7.388747453689575:
                                    return _clip([-0.6466849767139043])
                                else:
                                    return _clip([-1.1085834468126223])
                            else:
                                if theta_dot <= -6.631695508956909:
                                    return _clip([-1.2705453655230234])
                                else:
                                    return _clip([-1.5243993734387782])
                    else:
                        if sin_theta <= -0.7629530429840088:
                            if sin_theta <= -0.8642886281013489:
                                return _clip([-0.5345708131790161])
                            else:
                                return _clip([-0.798374593257904])
                        else:
                            if cos_theta <= -0.9344911873340607:
                                if cos_theta <= -0.9673443138599396:
                                    return _clip([-1.9003791794751874])
                                else:
                                    return _clip([-1.8807669599509658])
                            else:
                                if cos_theta <= -0.8482979536056519:
                                    return _clip([-1.8585303598958005])
                                else:
                                    return _clip([-1.8173849165060365])
                else:
                    if cos_theta <= 0.06759465672075748:
                        if cos_theta <= -0.1434224471449852:
                            if cos_theta <= -0.21997960656881332:
                                if cos_theta <= -0.3199903964996338:
                                    return _clip([0.021888121271330115])
                                else:
                                    return _clip([0.22112850462276767])
                            else:
                                if theta_dot <= -4.668328642845154:
                                    return _clip([0.42750586813381763])
                                else:
                                    return _clip([0.6729573803383033])
                        else:
                            if theta_dot <= -2.4139803647994995:
                                if theta_dot <= -6.479866981506348:
                                    return _clip([0.7028563185018916])
                                else:
                                    return _clip([0.8763584008320002])
                            else:
                                if cos_theta <= -0.05013940669596195:
                                    return _clip([1.0996640920639038])
                                else:
                                    return _clip([1.2575874777816614])
                    else:
                        if theta_dot <= -5.729687213897705:
                            if sin_theta <= -0.9709123075008392:
                                if sin_theta <= -0.9859776198863983:
                                    return _clip([1.058937480417375])
                                else:
                                    return _clip([1.1309033844833423])
                            else:
                                if cos_theta <= 0.3344714343547821:
                                    return _clip([1.3098733069342556])
                                else:
                                    return _clip([1.4082630460655563])
                        else:
                            if cos_theta <= 0.1738271564245224:
                                if theta_dot <= -1.5136317610740662:
                                    return _clip([1.4691423203190526])
                                else:
                                    return _clip([1.3596738576889038])
                            else:
                                if theta_dot <= -2.5207772254943848:
                                    return _clip([1.6221903648309128])
                                else:
                                    return _clip([1.7841015338475992])
            else:
                if cos_theta <= 0.9509128034114838:
                    if theta_dot <= -0.30408822000026703:
                        if cos_theta <= -0.2754641994833946:
                            if sin_theta <= -0.6335890293121338:
                                if sin_theta <= -0.731168657541275:
                                    return _clip([-1.8028653722044279])
                                else:
                                    return _clip([-1.8620770785889744])
                            else:
                                if cos_theta <= -0.7924967408180237:
                                    return _clip([-1.9187488655226588])
                                else:
                                    return _clip([-1.9123114347457886])
                        else:
                            if sin_theta <= -0.816663533449173:
                                if cos_theta <= 0.16764262318611145:
                                    return _clip([1.5947052252524554])
                                else:
                                    return _clip([1.7873775129974612])
                            else:
                                if sin_theta <= -0.6579816341400146:
                                    return _clip([1.9689735174179077])
                                else:
                                    return _clip([1.9743905527184384])
                    else:
                        if theta_dot <= 0.19533007591962814:
                            if cos_theta <= -0.23041711002588272:
                                if theta_dot <= 0.04361155070364475:
                                    return _clip([-1.6568390193916382])
                                else:
                                    return _clip([-0.7464240543982664])
                            else:
                                if sin_theta <= -0.775330513715744:
                                    return _clip([1.8423301128850607])
                                else:
                                    return _clip([1.974191384471107])
                        else:
                            if cos_theta <= 0.34094734489917755:
                                if theta_dot <= 4.477815866470337:
                                    return _clip([1.939740082955395])
                                else:
                                    return _clip([1.392181634902954])
                            else:
                                if theta_dot <= 2.7388583421707153:
                                    return _clip([1.7816094703601388])
                                else:
                                    return _clip([0.8641622174243503])
                else:
                    if theta_dot <= 2.6069385409355164:
                        if theta_dot <= 0.10630108043551445:
                            if theta_dot <= -0.021027544513344765:
                                if cos_theta <= 0.9961788356304169:
                                    return _clip([1.8268123696383907])
                                else:
                                    return _clip([1.720086549686966])
                            else:
                                if sin_theta <= -0.11272034421563148:
                                    return _clip([1.5741623640060425])
                                else:
                                    return _clip([1.199317216873169])
                        else:
                            if cos_theta <= 0.9915292263031006:
                                if theta_dot <= 0.6767656803131104:
                                    return _clip([0.9391042285166802])
                                else:
                                    return _clip([0.28256990993873066])
                            else:
                                if cos_theta <= 0.9996292889118195:
                                    return _clip([0.21744866784947195])
                                else:
                                    return _clip([-0.1669907462825304])
                    else:
                        if sin_theta <= -0.1842379942536354:
                            if sin_theta <= -0.22694392502307892:
                                return _clip([-1.9610577963915696])
                            else:
                                return _clip([-1.9630905811725505])
                        else:
                            if cos_theta <= 0.9929192066192627:
                                return _clip([-1.9678703482685793])
                            else:
                                return _clip([-1.9724475382454052])
        else:
            if cos_theta <= -0.021285408176481724:
                if theta_dot <= 5.146311521530151:
                    if sin_theta <= -0.44224491715431213:
                        if theta_dot <= 4.705150842666626:
                            if sin_theta <= -0.72135329246521:
                                return _clip([1.9310896396636963])
                            else:
                                return _clip([1.9256601333618164])
                        else:
                            if sin_theta <= -0.5448911041021347:
                                return _clip([1.9162970781326294])
                            else:
                                return _clip([1.9106444120407104])
                    else:
                        if sin_theta <= -0.21378134191036224:
                            if cos_theta <= -0.9384696185588837:
                                return _clip([1.8940258026123047])
                            else:
                                return _clip([1.896007776260376])
                        else:
                            return _clip([1.877179741859436])
                else:
                    if theta_dot <= 7.057626247406006:
                        if cos_theta <= -0.5159025639295578:
                            if cos_theta <= -0.7588474750518799:
                                if sin_theta <= -0.36190178990364075:
                                    return _clip([1.5995069247399123])
                                else:
                                    return _clip([1.6577308343167194])
                            else:
                                if theta_dot <= 6.579164028167725:
                                    return _clip([1.5333441495895386])
                                else:
                                    return _clip([1.4709538221359253])
                        else:
                            if theta_dot <= 5.945172309875488:
                                if theta_dot <= 5.607985019683838:
                                    return _clip([1.288303256034851])
                                else:
                                    return _clip([1.4463666677474976])
                            else:
                                if theta_dot <= 6.233283996582031:
                                    return _clip([0.9420458674430847])
                                else:
                                    return _clip([1.2733148336410522])
                    else:
                        if theta_dot <= 7.754670143127441:
                            if cos_theta <= -0.24070154875516891:
                                if cos_theta <= -0.3759111762046814:
                                    return _clip([0.31351088287408063])
                                else:
                                    return _clip([0.018695295601690854])
                            else:
                                if cos_theta <= -0.14476703479886055:
                                    return _clip([-0.2752443625503769])
                                else:
                                    return _clip([-0.5982348008661625])
                        else:
                            if cos_theta <= -0.7817986011505127:
                                if sin_theta <= -0.3942123055458069:
                                    return _clip([1.2274196288914871])
                                else:
                                    return _clip([1.3034883274182514])
                            else:
                                if cos_theta <= -0.6930200159549713:
                                    return _clip([0.966949331538814])
                                else:
                                    return _clip([0.763694732385016])
            else:
                if sin_theta <= -0.9800828397274017:
                    if theta_dot <= 6.125317573547363:
                        return _clip([0.46895766258239746])
                    else:
                        if theta_dot <= 6.932697296142578:
                            if sin_theta <= -0.989615261554718:
                                return _clip([-1.1429643630981445])
                            else:
                                return _clip([-1.164935827255249])
                        else:
                            if theta_dot <= 7.026470422744751:
                                if cos_theta <= 0.05614435113966465:
                                    return _clip([-0.9367401003837585])
                                else:
                                    return _clip([-0.9695197201594952])
                            else:
                                if theta_dot <= 7.045615196228027:
                                    return _clip([-0.91662423360212])
                                else:
                                    return _clip([-0.8819552655755701])
                else:
                    if cos_theta <= 0.6963604688644409:
                        if cos_theta <= 0.4040907025337219:
                            if theta_dot <= 5.518785715103149:
                                return _clip([0.11320248246192932])
                            else:
                                if sin_theta <= -0.9546217620372772:
                                    return _clip([-1.386003173438747])
                                else:
                                    return _clip([-1.506674078643328])
                        else:
                            if sin_theta <= -0.7680913209915161:
                                if sin_theta <= -0.8300448358058929:
                                    return _clip([-1.737446710160077])
                                else:
                                    return _clip([-1.7868141125963395])
                            else:
                                if sin_theta <= -0.7457749545574188:
                                    return _clip([-1.8421677350997925])
                                else:
                                    return _clip([-1.8472304344177246])
                    else:
                        if sin_theta <= -0.5869014263153076:
                            if cos_theta <= 0.7762638032436371:
                                if sin_theta <= -0.6594054698944092:
                                    return _clip([-1.8829267707270891])
                                else:
                                    return _clip([-1.8895576325896843])
                            else:
                                if theta_dot <= 5.023395299911499:
                                    return _clip([-1.9014908889338227])
                                else:
                                    return _clip([-1.8950965824977075])
                        else:
                            if sin_theta <= -0.526491716504097:
                                if sin_theta <= -0.5602918267250061:
                                    return _clip([-1.9206455945968628])
                                else:
                                    return _clip([-1.923042893409729])
                            else:
                                if sin_theta <= -0.3889469504356384:
                                    return _clip([-1.9415544105423321])
                                else:
                                    return _clip([-1.9577274145583279])
    else:
        if theta_dot <= -0.015074259521611566:
            if cos_theta <= 0.8400045037269592:
                if theta_dot <= -4.438058614730835:
                    if cos_theta <= 0.4487700015306473:
                        if cos_theta <= -0.2318335622549057:
                            if theta_dot <= -7.141097545623779:
                                if sin_theta <= 0.8394891321659088:
                                    return _clip([-1.3674379001132146])
                                else:
                                    return _clip([-1.2482993966880926])
                            else:
                                if sin_theta <= 0.8911730051040649:
                                    return _clip([-1.6455356466363704])
                                else:
                                    return _clip([-1.587877937678354])
                        else:
                            if theta_dot <= -6.2389280796051025:
                                if cos_theta <= 0.22796238958835602:
                                    return _clip([-1.1022195306934923])
                                else:
                                    return _clip([-0.751740322439126])
                            else:
                                if cos_theta <= 0.32234416902065277:
                                    return _clip([-1.4775766945726823])
                                else:
                                    return _clip([-1.2662056619616222])
                    else:
                        if sin_theta <= 0.776790976524353:
                            if sin_theta <= 0.6862644851207733:
                                if sin_theta <= 0.5990305840969086:
                                    return _clip([0.26356332207089644])
                                else:
                                    return _clip([0.046497388090731735])
                            else:
                                if cos_theta <= 0.6570185124874115:
                                    return _clip([-0.2820085352367512])
                                else:
                                    return _clip([-0.20460274209661775])
                        else:
                            if theta_dot <= -6.031098127365112:
                                if theta_dot <= -6.279790639877319:
                                    return _clip([-0.5514102666872913])
                                else:
                                    return _clip([-0.4140483223492496])
                            else:
                                if sin_theta <= 0.832837849855423:
                                    return _clip([-0.8985376358032227])
                                else:
                                    return _clip([-0.7080722451210022])
                else:
                    if theta_dot <= -0.13818684592843056:
                        if cos_theta <= 0.3467763289809227:
                            if theta_dot <= -0.2957303076982498:
                                if theta_dot <= -0.9311136305332184:
                                    return _clip([-1.9269133931469873])
                                else:
                                    return _clip([-1.8277629321134594])
                            else:
                                if cos_theta <= -0.7297020554542542:
                                    return _clip([-0.7672677535285229])
                                else:
                                    return _clip([-0.20684342086315155])
                        else:
                            if cos_theta <= 0.8363551795482635:
                                if cos_theta <= 0.7438322007656097:
                                    return _clip([-1.11683714151676])
                                else:
                                    return _clip([-0.5989620862849849])
                            else:
                                return _clip([-1.9636183977127075])
                    else:
                        if theta_dot <= -0.05345618166029453:
                            if sin_theta <= 0.5756431072950363:
                                if theta_dot <= -0.09801287576556206:
                                    return _clip([0.10231558978557587])
                                else:
                                    return _clip([0.14301572740077972])
                            else:
                                return _clip([0.5087194442749023])
                        else:
                            return _clip([-1.8386744260787964])
            else:
                if sin_theta <= 0.3455101251602173:
                    if cos_theta <= 0.9920851290225983:
                        if cos_theta <= 0.9769873023033142:
                            if cos_theta <= 0.9593167304992676:
                                if cos_theta <= 0.9582228362560272:
                                    return _clip([0.8667019713657744])
                                else:
                                    return _clip([0.5491741895675659])
                            else:
                                if sin_theta <= 0.23104675114154816:
                                    return _clip([0.9056562781333923])
                                else:
                                    return _clip([0.9894607437395674])
                        else:
                            if theta_dot <= -1.6019262075424194:
                                if cos_theta <= 0.9863023459911346:
                                    return _clip([1.1597635584357795])
                                else:
                                    return _clip([1.2468288880096623])
                            else:
                                if theta_dot <= -0.9003296494483948:
                                    return _clip([1.1001384258270264])
                                else:
                                    return _clip([1.011123776435852])
                    else:
                        if sin_theta <= 0.060566799715161324:
                            if theta_dot <= -2.6356230974197388:
                                if cos_theta <= 0.9984428584575653:
                                    return _clip([1.4704338312149048])
                                else:
                                    return _clip([1.4026590103741392])
                            else:
                                if sin_theta <= 0.03751542139798403:
                                    return _clip([1.566909748472555])
                                else:
                                    return _clip([1.5957772731781006])
                        else:
                            if theta_dot <= -0.6675625145435333:
                                if theta_dot <= -1.2433687150478363:
                                    return _clip([1.3777333877644555])
                                else:
                                    return _clip([1.2222988605499268])
                            else:
                                return _clip([1.4068280458450317])
                else:
                    if cos_theta <= 0.8912298083305359:
                        if theta_dot <= -3.693715810775757:
                            if theta_dot <= -4.446363210678101:
                                if cos_theta <= 0.8703551590442657:
                                    return _clip([0.3257643612429757])
                                else:
                                    return _clip([0.40836358070373535])
                            else:
                                return _clip([0.06955520808696747])
                        else:
                            if sin_theta <= 0.5016538351774216:
                                return _clip([-0.29664111137390137])
                            else:
                                return _clip([-0.16230517625808716])
                    else:
                        if theta_dot <= -3.066367745399475:
                            if sin_theta <= 0.3949323743581772:
                                if cos_theta <= 0.9291667640209198:
                                    return _clip([0.6567382161838298])
                                else:
                                    return _clip([0.6839175224304199])
                            else:
                                if sin_theta <= 0.4115499258041382:
                                    return _clip([0.49048322439193726])
                                else:
                                    return _clip([0.543219336205789])
                        else:
                            if sin_theta <= 0.3972632586956024:
                                return _clip([0.1708790808916092])
                            else:
                                return _clip([0.21769465506076813])
        else:
            if cos_theta <= -0.4702832102775574:
                if theta_dot <= 6.68033766746521:
                    if theta_dot <= 4.772937059402466:
                        if theta_dot <= 0.13305650651454926:
                            if cos_theta <= -0.8844172656536102:
                                return _clip([1.3890044689178467])
                            else:
                                if theta_dot <= 0.10994503274559975:
                                    return _clip([1.6565126180648804])
                                else:
                                    return _clip([1.6763505935668945])
                        else:
                            if cos_theta <= -0.6474376022815704:
                                if cos_theta <= -0.8367230594158173:
                                    return _clip([1.9230285873171777])
                                else:
                                    return _clip([1.828213322104244])
                            else:
                                if sin_theta <= 0.8645234107971191:
                                    return _clip([1.5985290150735474])
                                else:
                                    return _clip([1.1595686674118042])
                    else:
                        if cos_theta <= -0.5988061428070068:
                            if sin_theta <= 0.42972129583358765:
                                if cos_theta <= -0.9863957464694977:
                                    return _clip([1.671816110610962])
                                else:
                                    return _clip([1.6147545524326108])
                            else:
                                if sin_theta <= 0.6664439141750336:
                                    return _clip([1.5429760056539117])
                                else:
                                    return _clip([1.4130843877792358])
                        else:
                            return _clip([0.39868465065956116])
                else:
                    if cos_theta <= -0.7790620625019073:
                        if cos_theta <= -0.9215884208679199:
                            if cos_theta <= -0.9600011706352234:
                                if cos_theta <= -0.9903755784034729:
                                    return _clip([1.2406464079692645])
                                else:
                                    return _clip([1.1742037178364721])
                            else:
                                if cos_theta <= -0.9523841440677643:
                                    return _clip([1.0817473028799864])
                                else:
                                    return _clip([1.0596520109664])
                        else:
                            if sin_theta <= 0.5035350322723389:
                                if theta_dot <= 7.930665969848633:
                                    return _clip([0.9476009011268616])
                                else:
                                    return _clip([0.9038210554584839])
                            else:
                                if theta_dot <= 7.530845880508423:
                                    return _clip([0.9339865446090698])
                                else:
                                    return _clip([0.7291626001534346])
                    else:
                        if sin_theta <= 0.7641296982765198:
                            if sin_theta <= 0.7117239534854889:
                                if cos_theta <= -0.7584747076034546:
                                    return _clip([0.4923047838439335])
                                else:
                                    return _clip([0.4258579121951907])
                            else:
                                if cos_theta <= -0.6523142158985138:
                                    return _clip([0.029697101563215256])
                                else:
                                    return _clip([0.5067115426063538])
                        else:
                            if sin_theta <= 0.7996068298816681:
                                return _clip([-0.03562795743346214])
                            else:
                                if sin_theta <= 0.8340684175491333:
                                    return _clip([-0.4054291546344757])
                                else:
                                    return _clip([-0.44237399101257324])
            else:
                if sin_theta <= 0.060691289603710175:
                    if theta_dot <= 0.20881923288106918:
                        if theta_dot <= 0.03343641012907028:
                            if theta_dot <= 0.010292386170476675:
                                if cos_theta <= 0.9983899593353271:
                                    return _clip([-0.2909686081672538])
                                else:
                                    return _clip([-0.2802963140117077])
                            else:
                                if cos_theta <= 0.998851865530014:
                                    return _clip([-0.2643998503612318])
                                else:
                                    return _clip([-0.2423355592486108])
                        else:
                            if theta_dot <= 0.07364563643932343:
                                if cos_theta <= 0.9994483590126038:
                                    return _clip([-0.2157133421617182])
                                else:
                                    return _clip([-0.17995643221740593])
                            else:
                                if sin_theta <= 0.010453201364725828:
                                    return _clip([-0.09973354494349475])
                                else:
                                    return _clip([-0.13686644631877762])
                    else:
                        if cos_theta <= 0.999558836221695:
                            if sin_theta <= 0.052823662757873535:
                                if theta_dot <= 0.30289848148822784:
                                    return _clip([-1.2700895071029663])
                                else:
                                    return _clip([-1.1629714965820312])
                            else:
                                return _clip([-1.9765201807022095])
                        else:
                            if sin_theta <= 0.013218988431617618:
                                return _clip([-0.9180334806442261])
                            else:
                                return _clip([-1.0423442125320435])
                else:
                    if cos_theta <= -0.10587489604949951:
                        if theta_dot <= 4.481497406959534:
                            if cos_theta <= -0.21792325377464294:
                                if theta_dot <= 3.4000831842422485:
                                    return _clip([0.6329405228525308])
                                else:
                                    return _clip([1.2198729515075684])
                            else:
                                if sin_theta <= 0.9900974929332733:
                                    return _clip([-0.10320983827114105])
                                else:
                                    return _clip([-0.3690645694732666])
                        else:
                            if sin_theta <= 0.9445507824420929:
                                if cos_theta <= -0.3860124945640564:
                                    return _clip([-0.9027289414568898])
                                else:
                                    return _clip([-0.32055768370628357])
                            else:
                                if theta_dot <= 6.5041093826293945:
                                    return _clip([-0.3941289782524109])
                                else:
                                    return _clip([-1.3741467393884512])
                    else:
                        if sin_theta <= 0.12603246048092842:
                            if theta_dot <= 0.32306817173957825:
                                if theta_dot <= 0.30569399893283844:
                                    return _clip([-1.3799941539764404])
                                else:
                                    return _clip([-1.4979000091552734])
                            else:
                                if theta_dot <= 0.35251566767692566:
                                    return _clip([-1.616024136543274])
                                else:
                                    return _clip([-1.728245873866302])
                        else:
                            if sin_theta <= 0.9836989641189575:
                                if cos_theta <= 0.9861800372600555:
                                    return _clip([-1.9579466626414064])
                                else:
                                    return _clip([-1.8472057592491853])
                            else:
                                if theta_dot <= 6.333118438720703:
                                    return _clip([-1.3563079347821019])
                                else:
                                    return _clip([-1.645442864049233])
