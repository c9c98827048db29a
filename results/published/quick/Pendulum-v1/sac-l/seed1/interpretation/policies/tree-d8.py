"""Pendulum-v1: sac-l seed 1, distilled into tree-d8

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
    if sin_theta <= -0.2462117299437523:
        if theta_dot <= 4.168747425079346:
            if cos_theta <= -0.2515043318271637:
                if theta_dot <= 0.0012248829007148743:
                    if cos_theta <= -0.945480078458786:
                        if cos_theta <= -0.9635790884494781:
                            if cos_theta <= -0.9675052762031555:
                                return _clip([-1.8910997379829737])
                            else:
                                if theta_dot <= -0.6672551929950714:
                                    return _clip([-1.8871995223789686])
                                else:
                                    return _clip([-1.88552125345518])
                        else:
                            if theta_dot <= -5.224497556686401:
                                return _clip([-1.4623382091522217])
                            else:
                                if theta_dot <= -0.23758026957511902:
                                    return _clip([-1.75774379013683])
                                else:
                                    return _clip([-1.7228054102932346])
                    else:
                        if cos_theta <= -0.6584490239620209:
                            if theta_dot <= -6.031090497970581:
                                if sin_theta <= -0.5445176064968109:
                                    return _clip([-1.2130323089697574])
                                else:
                                    return _clip([-1.3899199447962685])
                            else:
                                if theta_dot <= -3.590109944343567:
                                    return _clip([-1.4622114318064527])
                                else:
                                    return _clip([-1.6441308021052452])
                        else:
                            if cos_theta <= -0.3269044905900955:
                                if theta_dot <= -4.805472135543823:
                                    return _clip([-1.0391421708246533])
                                else:
                                    return _clip([-1.202091601376016])
                            else:
                                if theta_dot <= -1.7160658836364746:
                                    return _clip([-0.8258967253445519])
                                else:
                                    return _clip([-0.6142852902412415])
                else:
                    if theta_dot <= 0.4043426960706711:
                        if theta_dot <= 0.22196761518716812:
                            if sin_theta <= -0.2895338833332062:
                                if sin_theta <= -0.29030388593673706:
                                    return _clip([0.8776170313358307])
                                else:
                                    return _clip([0.8980837464332581])
                            else:
                                return _clip([0.9172050552926128])
                        else:
                            if theta_dot <= 0.25228094309568405:
                                if cos_theta <= -0.9535327851772308:
                                    return _clip([1.1112843860644548])
                                else:
                                    return _clip([1.0706315534412274])
                            else:
                                return _clip([1.2030960856678865])
                    else:
                        if sin_theta <= -0.3191252201795578:
                            if sin_theta <= -0.7269398868083954:
                                if cos_theta <= -0.42115598917007446:
                                    return _clip([1.9562161549127357])
                                else:
                                    return _clip([1.9645181894302368])
                            else:
                                if theta_dot <= 3.7907074689865112:
                                    return _clip([1.9488308426143561])
                                else:
                                    return _clip([1.9477088451385498])
                        else:
                            if theta_dot <= 0.5808486640453339:
                                if theta_dot <= 0.5504069924354553:
                                    return _clip([1.8681863704216246])
                                else:
                                    return _clip([1.8705899575124125])
                            else:
                                if theta_dot <= 0.6730060875415802:
                                    return _clip([1.8929810340513586])
                                else:
                                    return _clip([1.9058682854807854])
            else:
                if cos_theta <= 0.9659604132175446:
                    if theta_dot <= 3.4214327335357666:
                        if theta_dot <= 1.525881826877594:
                            if theta_dot <= -4.31302809715271:
                                if cos_theta <= -0.03463699948042631:
                                    return _clip([-0.4503590708145264])
                                else:
                                    return _clip([0.39622179138867153])
                            else:
                                if cos_theta <= -0.0773065909743309:
                                    return _clip([-0.4845056505235659])
                                else:
                                    return _clip([1.951709124048156])
                        else:
                            if cos_theta <= 0.8865044713020325:
                                if sin_theta <= -0.6218811273574829:
                                    return _clip([1.8161639355095671])
                                else:
                                    return _clip([0.9942357393519186])
                            else:
                                if sin_theta <= -0.3825056105852127:
                                    return _clip([-0.7554336639930069])
                                else:
                                    return _clip([-1.4176333418580611])
                    else:
                        if cos_theta <= 0.6884301900863647:
                            if sin_theta <= -0.9702795743942261:
                                if sin_theta <= -0.9857038855552673:
                                    return _clip([1.9336892358008275])
                                else:
                                    return _clip([1.7478121519088745])
                            else:
                                if theta_dot <= 4.128843307495117:
                                    return _clip([1.2339967514082617])
                                else:
                                    return _clip([0.4461269974708557])
                        else:
                            if sin_theta <= -0.4915095269680023:
                                return _clip([-1.9629536867141724])
                            else:
                                return _clip([-1.976982593536377])
                else:
                    if theta_dot <= 1.2666515111923218:
                        if sin_theta <= -0.2541526108980179:
                            return _clip([1.7648111581802368])
                        else:
                            return _clip([0.9954805970191956])
                    else:
                        if theta_dot <= 2.624110221862793:
                            if cos_theta <= 0.9662375450134277:
                                return _clip([-1.684710144996643])
                            else:
                                if cos_theta <= 0.9670767486095428:
                                    return _clip([-1.8531783819198608])
                                else:
                                    return _clip([-1.7964391708374023])
                        else:
                            return _clip([-1.9849815368652344])
        else:
            if cos_theta <= -0.20854633301496506:
                if theta_dot <= 7.444917917251587:
                    if theta_dot <= 6.27736496925354:
                        if theta_dot <= 5.293986082077026:
                            if sin_theta <= -0.8321556150913239:
                                if sin_theta <= -0.9358142912387848:
                                    return _clip([1.910767912864685])
                                else:
                                    return _clip([1.9252173900604248])
                            else:
                                if theta_dot <= 5.269646883010864:
                                    return _clip([1.9390775198045078])
                                else:
                                    return _clip([1.9446877241134644])
                        else:
                            if sin_theta <= -0.915910005569458:
                                return _clip([1.6297097206115723])
                            else:
                                if cos_theta <= -0.615392804145813:
                                    return _clip([1.8495283434103091])
                                else:
                                    return _clip([1.751155138015747])
                    else:
                        if sin_theta <= -0.8021755218505859:
                            if cos_theta <= -0.3034663796424866:
                                if sin_theta <= -0.9083981812000275:
                                    return _clip([0.5617929093135209])
                                else:
                                    return _clip([0.8503685843970896])
                            else:
                                if sin_theta <= -0.9632551968097687:
                                    return _clip([-0.07842255383729935])
                                else:
                                    return _clip([-0.7302936911582947])
                        else:
                            if theta_dot <= 7.059997320175171:
                                if theta_dot <= 6.8514604568481445:
                                    return _clip([1.4867073629413898])
                                else:
                                    return _clip([1.646943225153084])
                            else:
                                if sin_theta <= -0.5149196237325668:
                                    return _clip([1.2286169431466134])
                                else:
                                    return _clip([1.4153664335535792])
                else:
                    if sin_theta <= -0.8284841477870941:
                        if sin_theta <= -0.9246244728565216:
                            if cos_theta <= -0.2832420915365219:
                                if theta_dot <= 7.579779863357544:
                                    return _clip([-1.3402857211257468])
                                else:
                                    return _clip([-1.2046958208084106])
                            else:
                                if theta_dot <= 7.488313913345337:
                                    return _clip([-1.4799578168205036])
                                else:
                                    return _clip([-1.4434184788368314])
                        else:
                            if cos_theta <= -0.45798903703689575:
                                if sin_theta <= -0.8616987764835358:
                                    return _clip([-0.5798021622241492])
                                else:
                                    return _clip([-0.4314433028628846])
                            else:
                                if theta_dot <= 7.727241516113281:
                                    return _clip([-0.955897619512615])
                                else:
                                    return _clip([-0.8025508061655311])
                    else:
                        if sin_theta <= -0.561602920293808:
                            if sin_theta <= -0.6658852100372314:
                                if theta_dot <= 7.907055854797363:
                                    return _clip([0.11482977950459432])
                                else:
                                    return _clip([0.4178452074642337])
                            else:
                                if sin_theta <= -0.6060697138309479:
                                    return _clip([0.5951283173609289])
                                else:
                                    return _clip([0.6831236242956116])
                        else:
                            if theta_dot <= 7.9174230098724365:
                                if cos_theta <= -0.8949944078922272:
                                    return _clip([1.1102399826049805])
                                else:
                                    return _clip([1.260148525238037])
                            else:
                                if cos_theta <= -0.8989374041557312:
                                    return _clip([0.9579607784069936])
                                else:
                                    return _clip([0.84735641846317])
            else:
                if sin_theta <= -0.9998570084571838:
                    if sin_theta <= -0.9999197721481323:
                        return _clip([-1.828014850616455])
                    else:
                        return _clip([1.3807886838912964])
                else:
                    if cos_theta <= 0.36309485137462616:
                        if theta_dot <= 5.643904447555542:
                            if cos_theta <= 0.09663692116737366:
                                if sin_theta <= -0.9980128407478333:
                                    return _clip([-0.5225272178649902])
                                else:
                                    return _clip([0.8865052296510499])
                            else:
                                if theta_dot <= 4.406525135040283:
                                    return _clip([0.5429702401161194])
                                else:
                                    return _clip([-0.07456281899506546])
                        else:
                            if cos_theta <= 0.02800772711634636:
                                if theta_dot <= 6.146465063095093:
                                    return _clip([-0.14574831067425675])
                                else:
                                    return _clip([-1.7192777214159105])
                            else:
                                if theta_dot <= 6.795776605606079:
                                    return _clip([-1.930461716731133])
                                else:
                                    return _clip([-1.8788039132853926])
                    else:
                        if cos_theta <= 0.5433550179004669:
                            if cos_theta <= 0.5221938788890839:
                                if cos_theta <= 0.4620554596185684:
                                    return _clip([-1.9630086724484859])
                                else:
                                    return _clip([-1.9717187775526304])
                            else:
                                return _clip([-1.8695191144943237])
                        else:
                            if sin_theta <= -0.674991250038147:
                                if theta_dot <= 4.66808557510376:
                                    return _clip([-1.9339499473571777])
                                else:
                                    return _clip([-1.9803052628487694])
                            else:
                                if sin_theta <= -0.5343431234359741:
                                    return _clip([-1.9873192349687092])
                                else:
                                    return _clip([-1.992566832764864])
    else:
        if theta_dot <= 0.6786204874515533:
            if cos_theta <= 0.884226530790329:
                if theta_dot <= 0.27799808979034424:
                    if theta_dot <= -4.654831647872925:
                        if cos_theta <= 0.5275502502918243:
                            if cos_theta <= 0.18010803312063217:
                                if theta_dot <= -6.642320394515991:
                                    return _clip([-1.4466884273609202])
                                else:
                                    return _clip([-1.7285587372325704])
                            else:
                                if sin_theta <= 0.9233389496803284:
                                    return _clip([-0.6065632800223425])
                                else:
                                    return _clip([-1.0044881273809054])
                        else:
                            if sin_theta <= 0.6966703236103058:
                                if cos_theta <= 0.8102691769599915:
                                    return _clip([1.1177658161905457])
                                else:
                                    return _clip([1.6336226036764736])
                            else:
                                if sin_theta <= 0.7742073833942413:
                                    return _clip([0.5481323579951384])
                                else:
                                    return _clip([-0.11320878178863467])
                    else:
                        if cos_theta <= -0.9819297194480896:
                            if theta_dot <= -0.07776032947003841:
                                if theta_dot <= -0.23467858135700226:
                                    return _clip([-1.8095467327463068])
                                else:
                                    return _clip([-1.5989142342369835])
                            else:
                                if theta_dot <= 0.08001201320439577:
                                    return _clip([-0.6138994465928336])
                                else:
                                    return _clip([0.9963903505344371])
                        else:
                            if theta_dot <= -1.890898883342743:
                                if cos_theta <= 0.7338692247867584:
                                    return _clip([-1.8416786388340571])
                                else:
                                    return _clip([-0.23850029673776776])
                            else:
                                if cos_theta <= 0.13822729140520096:
                                    return _clip([-1.8328984170300624])
                                else:
                                    return _clip([-1.9441119115704992])
                else:
                    if cos_theta <= -0.4209447521716356:
                        if cos_theta <= -0.9774258434772491:
                            if theta_dot <= 0.320833757519722:
                                if theta_dot <= 0.2893712520599365:
                                    return _clip([1.5393831004271281])
                                else:
                                    return _clip([1.5981635888495473])
                            else:
                                if cos_theta <= -0.9788874983787537:
                                    return _clip([1.680822329870388])
                                else:
                                    return _clip([1.6739470958709717])
                        else:
                            if cos_theta <= -0.9716769754886627:
                                if theta_dot <= 0.44758397340774536:
                                    return _clip([1.7965649505698795])
                                else:
                                    return _clip([1.8328062779801964])
                            else:
                                if cos_theta <= -0.9700435996055603:
                                    return _clip([1.884411113005911])
                                else:
                                    return _clip([1.8816646569895181])
                    else:
                        if sin_theta <= 0.9621852040290833:
                            if theta_dot <= 0.3230881839990616:
                                return _clip([-1.9590686559677124])
                            else:
                                if sin_theta <= 0.717391312122345:
                                    return _clip([-1.9871582984924316])
                                else:
                                    return _clip([-1.9816513141690018])
                        else:
                            return _clip([-1.5261346101760864])
            else:
                if theta_dot <= -0.04914163984358311:
                    if theta_dot <= -0.2628747448325157:
                        if cos_theta <= 0.9436038136482239:
                            if cos_theta <= 0.9201558232307434:
                                if theta_dot <= -4.745097875595093:
                                    return _clip([1.7533247178476739])
                                else:
                                    return _clip([1.7907106113595537])
                            else:
                                if theta_dot <= -4.105422019958496:
                                    return _clip([1.8527277708650434])
                                else:
                                    return _clip([1.8655813932418823])
                        else:
                            if theta_dot <= -0.40489131212234497:
                                if sin_theta <= -0.10015792399644852:
                                    return _clip([1.9693685947631743])
                                else:
                                    return _clip([1.9300809836107482])
                            else:
                                if cos_theta <= 0.9993339776992798:
                                    return _clip([1.8483407497406006])
                                else:
                                    return _clip([1.753549337387085])
                    else:
                        if theta_dot <= -0.16065122932195663:
                            if cos_theta <= 0.9999660551548004:
                                return _clip([1.6147189140319824])
                            else:
                                return _clip([1.4400674104690552])
                        else:
                            if cos_theta <= 0.9999145567417145:
                                if sin_theta <= 0.01857476681470871:
                                    return _clip([1.035367727279663])
                                else:
                                    return _clip([0.8229780197143555])
                            else:
                                return _clip([1.2433193922042847])
                else:
                    if sin_theta <= -0.15750312060117722:
                        if cos_theta <= 0.9768860638141632:
                            return _clip([1.5219851732254028])
                        else:
                            if theta_dot <= 0.6209505498409271:
                                return _clip([1.0770255327224731])
                            else:
                                return _clip([0.6047832369804382])
                    else:
                        if theta_dot <= -0.0009006165111591358:
                            if sin_theta <= 0.025167813524603844:
                                return _clip([0.6196196675300598])
                            else:
                                return _clip([0.43516063690185547])
                        else:
                            if cos_theta <= 0.9956994652748108:
                                if sin_theta <= -0.12875152379274368:
                                    return _clip([0.22114147876621754])
                                else:
                                    return _clip([0.1113026787122597])
                            else:
                                if theta_dot <= 0.5047087073326111:
                                    return _clip([-0.34442065004110867])
                                else:
                                    return _clip([-0.6784291658695579])
        else:
            if cos_theta <= -0.15973815321922302:
                if theta_dot <= 7.391058683395386:
                    if sin_theta <= 0.7001484930515289:
                        if theta_dot <= 6.177027225494385:
                            if theta_dot <= 5.061156749725342:
                                if sin_theta <= 0.607279509305954:
                                    return _clip([1.909753405531814])
                                else:
                                    return _clip([1.660551512141387])
                            else:
                                if sin_theta <= 0.47632063925266266:
                                    return _clip([1.731831669223146])
                                else:
                                    return _clip([1.13996016053273])
                        else:
                            if sin_theta <= 0.24997274577617645:
                                if theta_dot <= 6.915177822113037:
                                    return _clip([1.6090193692313792])
                                else:
                                    return _clip([1.3378415583047956])
                            else:
                                if sin_theta <= 0.3325873762369156:
                                    return _clip([1.0359359250075797])
                                else:
                                    return _clip([0.6816074994631844])
                    else:
                        if sin_theta <= 0.9015341401100159:
                            if theta_dot <= 4.116270422935486:
                                if cos_theta <= -0.4960511028766632:
                                    return _clip([1.454706919339517])
                                else:
                                    return _clip([1.0043978691101074])
                            else:
                                if theta_dot <= 5.312723398208618:
                                    return _clip([0.6840748046724212])
                                else:
                                    return _clip([0.32554586175421807])
                        else:
                            if theta_dot <= 6.202362298965454:
                                if cos_theta <= -0.24406146258115768:
                                    return _clip([0.12297037140009202])
                                else:
                                    return _clip([-0.24084832010899035])
                            else:
                                if sin_theta <= 0.9403464794158936:
                                    return _clip([-0.49762429005974884])
                                else:
                                    return _clip([-0.7675146097369071])
                else:
                    if cos_theta <= -0.9213315844535828:
                        if sin_theta <= 0.08862027153372765:
                            if cos_theta <= -0.9980935752391815:
                                if sin_theta <= -0.0022532809525728226:
                                    return _clip([0.8022200465202332])
                                else:
                                    return _clip([0.6664352764162353])
                            else:
                                if sin_theta <= 0.07898933067917824:
                                    return _clip([0.9208823564190791])
                                else:
                                    return _clip([0.7768523097038269])
                        else:
                            if cos_theta <= -0.9766184389591217:
                                if cos_theta <= -0.9888918399810791:
                                    return _clip([0.5347990977399066])
                                else:
                                    return _clip([0.4785660867704027])
                            else:
                                if cos_theta <= -0.959527313709259:
                                    return _clip([0.3740404552680878])
                                else:
                                    return _clip([0.32850467353919666])
                    else:
                        if cos_theta <= -0.6672655642032623:
                            if cos_theta <= -0.8169690370559692:
                                if cos_theta <= -0.8750094771385193:
                                    return _clip([0.2221802682200079])
                                else:
                                    return _clip([0.13672314994011522])
                            else:
                                if cos_theta <= -0.774218887090683:
                                    return _clip([0.026779824878163945])
                                else:
                                    return _clip([-0.025200087794027326])
                        else:
                            if sin_theta <= 0.84923055768013:
                                if cos_theta <= -0.617516815662384:
                                    return _clip([-0.20182766426315593])
                                else:
                                    return _clip([-0.25708468065560025])
                            else:
                                if cos_theta <= -0.44934748113155365:
                                    return _clip([-0.4685683516279946])
                                else:
                                    return _clip([-0.5231674505889544])
            else:
                if cos_theta <= 0.22088341414928436:
                    if cos_theta <= 0.027788632549345493:
                        if cos_theta <= -0.050748879089951515:
                            if theta_dot <= 5.814529657363892:
                                if theta_dot <= 3.780659556388855:
                                    return _clip([-0.7280445474448947])
                                else:
                                    return _clip([-0.5884790717113668])
                            else:
                                if cos_theta <= -0.09238238632678986:
                                    return _clip([-1.0663325830043733])
                                else:
                                    return _clip([-1.131293118089185])
                        else:
                            if theta_dot <= 5.204628229141235:
                                if theta_dot <= 4.263960599899292:
                                    return _clip([-0.9295551713023287])
                                else:
                                    return _clip([-0.8605902791023254])
                            else:
                                if cos_theta <= -0.03828786872327328:
                                    return _clip([-1.1863493919372559])
                                else:
                                    return _clip([-1.044167160987854])
                    else:
                        if sin_theta <= 0.9872193336486816:
                            if theta_dot <= 6.238952398300171:
                                if cos_theta <= 0.2112194150686264:
                                    return _clip([-1.469700239106209])
                                else:
                                    return _clip([-1.4369961023330688])
                            else:
                                if sin_theta <= 0.9766558408737183:
                                    return _clip([-1.5972170357545112])
                                else:
                                    return _clip([-1.5861577533836315])
                        else:
                            if theta_dot <= 2.4010108709335327:
                                return _clip([-1.4599419832229614])
                            else:
                                if theta_dot <= 5.403246641159058:
                                    return _clip([-1.2480516334477916])
                                else:
                                    return _clip([-1.389621276350145])
                else:
                    if sin_theta <= -0.23877468705177307:
                        return _clip([-0.9824715852737427])
                    else:
                        if cos_theta <= 0.43129755556583405:
                            if theta_dot <= 2.142434537410736:
                                if sin_theta <= 0.9652482867240906:
                                    return _clip([-1.8742440015896429])
                                else:
                                    return _clip([-1.7258353233337402])
                            else:
                                if cos_theta <= 0.35227063298225403:
                                    return _clip([-1.6238756015544573])
                                else:
                                    return _clip([-1.776873917131346])
                        else:
                            if theta_dot <= 1.337975263595581:
                                if sin_theta <= -0.12133912369608879:
                                    return _clip([-1.193179673474666])
                                else:
                                    return _clip([-1.919173762366039])
                            else:
                                if cos_theta <= 0.580780416727066:
                                    return _clip([-1.8886919782355045])
                                else:
                                    return _clip([-1.9756264405998045])
