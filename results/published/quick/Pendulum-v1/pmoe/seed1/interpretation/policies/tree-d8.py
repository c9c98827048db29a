"""Pendulum-v1: pmoe seed 1, distilled into tree-d8

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
    if theta_dot <= -2.8916839361190796:
        if cos_theta <= -0.12128881365060806:
            if theta_dot <= -6.545425891876221:
                if sin_theta <= 0.7177663147449493:
                    if cos_theta <= -0.9040546715259552:
                        if theta_dot <= -7.8928515911102295:
                            if sin_theta <= 0.275832936167717:
                                if sin_theta <= 0.0013599712401628494:
                                    return _clip([-0.48907631875342245])
                                else:
                                    return _clip([-0.42218743234183614])
                            else:
                                if cos_theta <= -0.9403519332408905:
                                    return _clip([-0.30887916684150696])
                                else:
                                    return _clip([-0.2852725684642792])
                        else:
                            if cos_theta <= -0.9959432780742645:
                                if theta_dot <= -7.008254766464233:
                                    return _clip([-0.6788978576660156])
                                else:
                                    return _clip([-0.8173938393592834])
                            else:
                                if sin_theta <= -0.2666504383087158:
                                    return _clip([-0.6011835048583888])
                                else:
                                    return _clip([-0.6766403384277968])
                    else:
                        if sin_theta <= 0.4562988877296448:
                            if sin_theta <= -0.8852261304855347:
                                if cos_theta <= -0.36333055794239044:
                                    return _clip([-0.19093216490967785])
                                else:
                                    return _clip([-0.05302156765377959])
                            else:
                                if cos_theta <= -0.8936291635036469:
                                    return _clip([-0.14566464626296874])
                                else:
                                    return _clip([-0.373869551998929])
                        else:
                            if theta_dot <= -7.485280275344849:
                                if theta_dot <= -7.898607015609741:
                                    return _clip([0.11553294170438])
                                else:
                                    return _clip([0.5521701485752961])
                            else:
                                if theta_dot <= -7.124151706695557:
                                    return _clip([-0.2580926716327667])
                                else:
                                    return _clip([-0.3669441464842844])
                else:
                    if sin_theta <= 0.9249762892723083:
                        if theta_dot <= -7.282825708389282:
                            if sin_theta <= 0.8142293691635132:
                                if sin_theta <= 0.7566494345664978:
                                    return _clip([0.8091794716175593])
                                else:
                                    return _clip([0.9103827893772352])
                            else:
                                if cos_theta <= -0.49923810362815857:
                                    return _clip([1.1050608158111572])
                                else:
                                    return _clip([1.2369005838987484])
                        else:
                            if cos_theta <= -0.47568272054195404:
                                if cos_theta <= -0.6339720785617828:
                                    return _clip([0.3332546353340149])
                                else:
                                    return _clip([0.08472501203260978])
                            else:
                                return _clip([0.7138379216194153])
                    else:
                        if sin_theta <= 0.9462466537952423:
                            if sin_theta <= 0.9359762370586395:
                                if theta_dot <= -7.224992513656616:
                                    return _clip([1.3399226585864394])
                                else:
                                    return _clip([1.349791129626236])
                            else:
                                if theta_dot <= -7.202585458755493:
                                    return _clip([1.358648419380188])
                                else:
                                    return _clip([1.3732649716001115])
                        else:
                            if cos_theta <= -0.18182291835546494:
                                if sin_theta <= 0.9513224065303802:
                                    return _clip([1.4003808498382568])
                                else:
                                    return _clip([1.4188388034283612])
                            else:
                                return _clip([1.462867259979248])
            else:
                if theta_dot <= -5.424003839492798:
                    if cos_theta <= -0.5936276912689209:
                        if sin_theta <= -0.17850662488490343:
                            if cos_theta <= -0.9165980815887451:
                                return _clip([-0.7835256457328796])
                            else:
                                if sin_theta <= -0.6283237934112549:
                                    return _clip([-0.5503594622359451])
                                else:
                                    return _clip([-0.6092355319836784])
                        else:
                            if cos_theta <= -0.7172524929046631:
                                if cos_theta <= -0.9781712293624878:
                                    return _clip([-1.0363460779190063])
                                else:
                                    return _clip([-1.1045815361666076])
                            else:
                                return _clip([-1.307580590248108])
                    else:
                        if theta_dot <= -6.0189244747161865:
                            if sin_theta <= 0.9157791137695312:
                                if sin_theta <= -0.0039224326610565186:
                                    return _clip([-0.3503504991531372])
                                else:
                                    return _clip([-0.07078368961811066])
                            else:
                                if theta_dot <= -6.14586877822876:
                                    return _clip([0.2940204441547394])
                                else:
                                    return _clip([0.2081868201494217])
                        else:
                            if sin_theta <= 0.07999065518379211:
                                if sin_theta <= -0.9046613276004791:
                                    return _clip([-0.10823788493871689])
                                else:
                                    return _clip([-0.4735408425331116])
                            else:
                                return _clip([-0.8006563782691956])
                else:
                    if sin_theta <= -0.47247621417045593:
                        if sin_theta <= -0.7336759567260742:
                            if cos_theta <= -0.5349191129207611:
                                if sin_theta <= -0.7955579459667206:
                                    return _clip([-0.6772138476371765])
                                else:
                                    return _clip([-0.6300246715545654])
                            else:
                                if sin_theta <= -0.9379654824733734:
                                    return _clip([-0.26567058109797353])
                                else:
                                    return _clip([-0.45169542010021163])
                        else:
                            if sin_theta <= -0.5912160873413086:
                                if theta_dot <= -4.509234070777893:
                                    return _clip([-0.698723316192627])
                                else:
                                    return _clip([-0.8560071587562561])
                            else:
                                if sin_theta <= -0.5508303940296173:
                                    return _clip([-1.210701584815979])
                                else:
                                    return _clip([-1.0418329238891602])
                    else:
                        if sin_theta <= 0.003224102547392249:
                            if theta_dot <= -4.780972003936768:
                                if theta_dot <= -5.094175338745117:
                                    return _clip([-1.4040534496307373])
                                else:
                                    return _clip([-1.2251094579696655])
                            else:
                                if sin_theta <= -0.4015291780233383:
                                    return _clip([-1.3406288623809814])
                                else:
                                    return _clip([-1.5643977296180247])
                        else:
                            if theta_dot <= -5.199009895324707:
                                if theta_dot <= -5.352690935134888:
                                    return _clip([-1.5160279287499583])
                                else:
                                    return _clip([-1.6824294328689575])
                            else:
                                if theta_dot <= -4.559248208999634:
                                    return _clip([-1.752853005391977])
                                else:
                                    return _clip([-1.8578719588309023])
        else:
            if cos_theta <= 0.4118884652853012:
                if theta_dot <= -4.708657741546631:
                    if sin_theta <= -0.0018749237060546875:
                        if sin_theta <= -0.9850608706474304:
                            if cos_theta <= 0.003080742433667183:
                                if theta_dot <= -6.74822211265564:
                                    return _clip([0.15836662765643458])
                                else:
                                    return _clip([0.10963193420175354])
                            else:
                                if cos_theta <= 0.07930602505803108:
                                    return _clip([0.30783017257159473])
                                else:
                                    return _clip([0.21414723646889736])
                        else:
                            if sin_theta <= -0.9420210719108582:
                                if theta_dot <= -6.112678527832031:
                                    return _clip([0.6796281089295917])
                                else:
                                    return _clip([0.5713388812969931])
                            else:
                                if theta_dot <= -5.68365478515625:
                                    return _clip([0.9010849245610753])
                                else:
                                    return _clip([0.7760186195373535])
                    else:
                        if theta_dot <= -5.562166690826416:
                            if cos_theta <= 0.05109749734401703:
                                if theta_dot <= -6.1977057456970215:
                                    return _clip([1.533105299697955])
                                else:
                                    return _clip([0.8050174713134766])
                            else:
                                if theta_dot <= -5.70499324798584:
                                    return _clip([1.7017853155284015])
                                else:
                                    return _clip([1.7955468893051147])
                        else:
                            if sin_theta <= 0.9985414147377014:
                                if cos_theta <= 0.2878418043255806:
                                    return _clip([0.6324122806326165])
                                else:
                                    return _clip([1.1642457246780396])
                            else:
                                if sin_theta <= 0.9991651475429535:
                                    return _clip([-0.8051469326019287])
                                else:
                                    return _clip([-0.6829168796539307])
                else:
                    if sin_theta <= 0.9216064512729645:
                        if cos_theta <= 0.3974054306745529:
                            if cos_theta <= 0.26509755849838257:
                                if sin_theta <= -0.9921756982803345:
                                    return _clip([0.006440491759188793])
                                else:
                                    return _clip([0.2177986164396429])
                            else:
                                if sin_theta <= -0.004221200942993164:
                                    return _clip([0.6521321927786299])
                                else:
                                    return _clip([0.4878498613834381])
                        else:
                            return _clip([-0.8113819360733032])
                    else:
                        if theta_dot <= -4.30640435218811:
                            if cos_theta <= 0.2403056100010872:
                                return _clip([-0.7483159303665161])
                            else:
                                return _clip([-0.8791642785072327])
                        else:
                            if cos_theta <= 0.014745982363820076:
                                return _clip([-1.902825117111206])
                            else:
                                if sin_theta <= 0.9859155416488647:
                                    return _clip([-1.764130856389328])
                                else:
                                    return _clip([-1.7291934490203857])
            else:
                if sin_theta <= -0.6922528445720673:
                    if cos_theta <= 0.6185711622238159:
                        if sin_theta <= -0.8382077515125275:
                            if cos_theta <= 0.49269287288188934:
                                return _clip([1.0855294466018677])
                            else:
                                if sin_theta <= -0.851839542388916:
                                    return _clip([1.2138095508337927])
                                else:
                                    return _clip([1.259611411169145])
                        else:
                            if theta_dot <= -4.458499193191528:
                                if sin_theta <= -0.8303281664848328:
                                    return _clip([1.3333051204681396])
                                else:
                                    return _clip([1.3776582661023928])
                            else:
                                return _clip([1.2071839570999146])
                    else:
                        if theta_dot <= -5.418992519378662:
                            if theta_dot <= -5.759392023086548:
                                return _clip([1.5041356086730957])
                            else:
                                return _clip([1.5219954252243042])
                        else:
                            if theta_dot <= -4.398129224777222:
                                return _clip([1.5722088813781738])
                            else:
                                return _clip([1.609037160873413])
                else:
                    if cos_theta <= 0.8123095035552979:
                        if theta_dot <= -3.921128273010254:
                            if sin_theta <= -0.005423992872238159:
                                if cos_theta <= 0.7576513588428497:
                                    return _clip([1.6645436232985737])
                                else:
                                    return _clip([1.7072523634289387])
                            else:
                                if theta_dot <= -4.404805421829224:
                                    return _clip([1.859920226196719])
                                else:
                                    return _clip([1.622698510471438])
                        else:
                            if sin_theta <= 0.7602725923061371:
                                if cos_theta <= 0.7530429363250732:
                                    return _clip([1.2703810930252075])
                                else:
                                    return _clip([1.6198314428329468])
                            else:
                                if theta_dot <= -3.8811473846435547:
                                    return _clip([0.8919282555580139])
                                else:
                                    return _clip([-0.4254474469108291])
                    else:
                        if sin_theta <= -0.36170047521591187:
                            if cos_theta <= 0.8672593235969543:
                                if theta_dot <= -3.7602899074554443:
                                    return _clip([1.7803042928803277])
                                else:
                                    return _clip([1.81301748752594])
                            else:
                                if sin_theta <= -0.44440053403377533:
                                    return _clip([1.833057651140337])
                                else:
                                    return _clip([1.8564322248153535])
                        else:
                            if sin_theta <= -0.14547404646873474:
                                if cos_theta <= 0.9555379152297974:
                                    return _clip([1.8894268384101873])
                                else:
                                    return _clip([1.9150433261652824])
                            else:
                                if theta_dot <= -3.6555014848709106:
                                    return _clip([1.9431254172473575])
                                else:
                                    return _clip([1.9164072123068108])
    else:
        if theta_dot <= 3.544206976890564:
            if sin_theta <= -0.41811899840831757:
                if theta_dot <= -1.1847819089889526:
                    if cos_theta <= -0.049734527012333274:
                        if sin_theta <= -0.8354699909687042:
                            if sin_theta <= -0.9122255444526672:
                                if theta_dot <= -1.8495235443115234:
                                    return _clip([-0.09041682630777359])
                                else:
                                    return _clip([-0.06831508874893188])
                            else:
                                return _clip([-0.5465115904808044])
                        else:
                            if cos_theta <= -0.7518158555030823:
                                if sin_theta <= -0.5676821172237396:
                                    return _clip([-1.3727829456329346])
                                else:
                                    return _clip([-1.4442349672317505])
                            else:
                                if cos_theta <= -0.7152760028839111:
                                    return _clip([-0.9513071179389954])
                                else:
                                    return _clip([-1.085200031284196])
                    else:
                        if sin_theta <= -0.9276997745037079:
                            if cos_theta <= 0.2551223933696747:
                                if theta_dot <= -2.695754051208496:
                                    return _clip([0.25698310136795044])
                                else:
                                    return _clip([0.34485420906502495])
                            else:
                                if cos_theta <= 0.3156665712594986:
                                    return _clip([0.7467463612556458])
                                else:
                                    return _clip([0.8051999097051972])
                        else:
                            if cos_theta <= 0.6018310189247131:
                                if sin_theta <= -0.8700477480888367:
                                    return _clip([1.1695710924964773])
                                else:
                                    return _clip([1.4473426893056498])
                            else:
                                if cos_theta <= 0.7190483212471008:
                                    return _clip([1.6443105641615305])
                                else:
                                    return _clip([1.8428079555834265])
                else:
                    if cos_theta <= 0.8587232530117035:
                        if theta_dot <= 3.3478126525878906:
                            if theta_dot <= -0.46334996819496155:
                                if cos_theta <= 0.2774181552231312:
                                    return _clip([0.19702171365435098])
                                else:
                                    return _clip([1.7192010616362705])
                            else:
                                if theta_dot <= 2.268205761909485:
                                    return _clip([1.8616159067372033])
                                else:
                                    return _clip([1.7365208473394118])
                        else:
                            if cos_theta <= 0.6923945546150208:
                                if cos_theta <= 0.25944211706519127:
                                    return _clip([1.8513900684540738])
                                else:
                                    return _clip([1.0140130338386768])
                            else:
                                return _clip([-1.8304262161254883])
                    else:
                        if theta_dot <= 2.119826316833496:
                            return _clip([0.7579267024993896])
                        else:
                            if theta_dot <= 2.392726421356201:
                                return _clip([-0.9945334196090698])
                            else:
                                return _clip([-1.24986732006073])
            else:
                if sin_theta <= 0.055731676518917084:
                    if theta_dot <= -1.0148769617080688:
                        if cos_theta <= -0.022159278392791748:
                            if cos_theta <= -0.9985289573669434:
                                return _clip([-1.7231745719909668])
                            else:
                                return _clip([-1.677604079246521])
                        else:
                            if sin_theta <= 0.01943793403916061:
                                if theta_dot <= -1.0294312834739685:
                                    return _clip([1.9112196828040229])
                                else:
                                    return _clip([1.8238847255706787])
                            else:
                                return _clip([1.6227813959121704])
                    else:
                        if theta_dot <= 1.5690399408340454:
                            if cos_theta <= -0.9783709943294525:
                                if cos_theta <= -0.9854925572872162:
                                    return _clip([-1.5935468673706055])
                                else:
                                    return _clip([-1.431256890296936])
                            else:
                                if cos_theta <= -0.9749281704425812:
                                    return _clip([0.7297561168670654])
                                else:
                                    return _clip([-0.16404594921510138])
                        else:
                            if cos_theta <= -0.011662036180496216:
                                if sin_theta <= -0.27782832086086273:
                                    return _clip([1.8224807977676392])
                                else:
                                    return _clip([1.8096493817281831])
                            else:
                                if cos_theta <= 0.9571861326694489:
                                    return _clip([-1.6470176092739774])
                                else:
                                    return _clip([-1.8831322161557984])
                else:
                    if cos_theta <= -0.03231500927358866:
                        if theta_dot <= 0.32665957510471344:
                            if theta_dot <= -0.4922832250595093:
                                if theta_dot <= -1.181159257888794:
                                    return _clip([-1.7839187733074997])
                                else:
                                    return _clip([-1.6028389272847379])
                            else:
                                if theta_dot <= 0.14910992421209812:
                                    return _clip([-0.9741789942822043])
                                else:
                                    return _clip([-0.3501417338848114])
                        else:
                            if sin_theta <= 0.7172359824180603:
                                if cos_theta <= -0.8623923659324646:
                                    return _clip([1.6687663289855876])
                                else:
                                    return _clip([1.21264576038955])
                            else:
                                if theta_dot <= 0.8329756557941437:
                                    return _clip([-0.09145534224477299])
                                else:
                                    return _clip([0.6904034630899595])
                    else:
                        if sin_theta <= 0.1422283872961998:
                            if theta_dot <= 0.7760083489120007:
                                if theta_dot <= -0.5715428441762924:
                                    return _clip([0.9935506183339163])
                                else:
                                    return _clip([-0.21864018588557094])
                            else:
                                if theta_dot <= 2.3431615233421326:
                                    return _clip([-1.9394262023408695])
                                else:
                                    return _clip([-1.9137860536575317])
                        else:
                            if theta_dot <= 2.37239146232605:
                                if theta_dot <= -2.8470367193222046:
                                    return _clip([-0.4529445171356201])
                                else:
                                    return _clip([-1.6796511237705753])
                            else:
                                if cos_theta <= 0.5183285623788834:
                                    return _clip([0.2681734909355126])
                                else:
                                    return _clip([-1.6901410281008657])
        else:
            if cos_theta <= -0.02912845928221941:
                if theta_dot <= 6.704530954360962:
                    if theta_dot <= 5.773586988449097:
                        if sin_theta <= 0.5032588988542557:
                            if theta_dot <= 4.997581243515015:
                                if sin_theta <= 0.19665103405714035:
                                    return _clip([1.8046690542572212])
                                else:
                                    return _clip([1.4930951078635355])
                            else:
                                if sin_theta <= -0.7704556584358215:
                                    return _clip([1.3463542720691686])
                                else:
                                    return _clip([1.6819729252437263])
                        else:
                            if cos_theta <= -0.8132725358009338:
                                return _clip([1.177874207496643])
                            else:
                                if sin_theta <= 0.9774086475372314:
                                    return _clip([0.6721429201816557])
                                else:
                                    return _clip([0.5004328489303589])
                    else:
                        if sin_theta <= -0.7198051810264587:
                            if theta_dot <= 5.993972539901733:
                                return _clip([-1.2851362228393555])
                            else:
                                if sin_theta <= -0.8402214646339417:
                                    return _clip([-0.7027444915934579])
                                else:
                                    return _clip([-0.5832236755642559])
                        else:
                            if sin_theta <= 0.15302310744300485:
                                if cos_theta <= -0.8894081115722656:
                                    return _clip([1.0195311020300406])
                                else:
                                    return _clip([1.159597763699591])
                            else:
                                if cos_theta <= -0.939536988735199:
                                    return _clip([0.8168383901447897])
                                else:
                                    return _clip([0.6268450692140993])
                else:
                    if sin_theta <= -0.6333246827125549:
                        if cos_theta <= -0.5012976825237274:
                            if cos_theta <= -0.640702873468399:
                                if theta_dot <= 7.906829118728638:
                                    return _clip([-1.321049365813896])
                                else:
                                    return _clip([-1.1963122517317037])
                            else:
                                if theta_dot <= 7.234652042388916:
                                    return _clip([-1.0466184616088867])
                                else:
                                    return _clip([-1.4707862009582315])
                        else:
                            if cos_theta <= -0.23996365815401077:
                                if theta_dot <= 6.926222801208496:
                                    return _clip([-1.4728574752807617])
                                else:
                                    return _clip([-1.7005872158042583])
                            else:
                                if cos_theta <= -0.18101809173822403:
                                    return _clip([-1.7679214021245229])
                                else:
                                    return _clip([-1.8203015216149605])
                    else:
                        if theta_dot <= 7.959001779556274:
                            if sin_theta <= -0.6058733463287354:
                                return _clip([-0.5264196395874023])
                            else:
                                if theta_dot <= 7.093757152557373:
                                    return _clip([0.9495802780620676])
                                else:
                                    return _clip([0.3590236322138361])
                        else:
                            if sin_theta <= 0.6018093228340149:
                                if sin_theta <= -0.2535506933927536:
                                    return _clip([-0.9360342295556])
                                else:
                                    return _clip([-0.4595162740783013])
                            else:
                                if sin_theta <= 0.6740948259830475:
                                    return _clip([0.4642011043916192])
                                else:
                                    return _clip([0.4960856150978937])
            else:
                if cos_theta <= 0.3999851793050766:
                    if theta_dot <= 5.276049613952637:
                        if theta_dot <= 4.63873291015625:
                            if cos_theta <= 0.35024528205394745:
                                if theta_dot <= 4.503596305847168:
                                    return _clip([1.6202726056359114])
                                else:
                                    return _clip([1.28798695759014])
                            else:
                                if sin_theta <= -0.9210801422595978:
                                    return _clip([0.9120805859565735])
                                else:
                                    return _clip([0.7155209183692932])
                        else:
                            if theta_dot <= 5.168473958969116:
                                if sin_theta <= -0.9767192304134369:
                                    return _clip([-1.0311793088912964])
                                else:
                                    return _clip([-0.2952756247439212])
                            else:
                                return _clip([1.1848880052566528])
                    else:
                        if sin_theta <= -0.008028239011764526:
                            if theta_dot <= 5.692729711532593:
                                if sin_theta <= -0.951516717672348:
                                    return _clip([-1.6739368319881136])
                                else:
                                    return _clip([-1.7327974377896214])
                            else:
                                if sin_theta <= -0.9997434020042419:
                                    return _clip([-1.7173136008489436])
                                else:
                                    return _clip([-1.7921180309728022])
                        else:
                            if cos_theta <= 0.04386422852985561:
                                if theta_dot <= 6.220005989074707:
                                    return _clip([0.41457054018974304])
                                else:
                                    return _clip([0.35933755623217856])
                            else:
                                if sin_theta <= 0.971489667892456:
                                    return _clip([-0.4022891458701389])
                                else:
                                    return _clip([-0.2620898477968985])
                else:
                    if sin_theta <= 0.5022664964199066:
                        if sin_theta <= 0.22812268882989883:
                            if sin_theta <= -0.7998784780502319:
                                if theta_dot <= 4.125319004058838:
                                    return _clip([-0.46627881161510065])
                                else:
                                    return _clip([-1.8461166061669305])
                            else:
                                if sin_theta <= 0.004392971750348806:
                                    return _clip([-1.94476660162592])
                                else:
                                    return _clip([-1.8891334104111062])
                        else:
                            if sin_theta <= 0.377310648560524:
                                if cos_theta <= 0.948847234249115:
                                    return _clip([-1.7512971561245332])
                                else:
                                    return _clip([-1.8015207928157189])
                            else:
                                if sin_theta <= 0.42524339258670807:
                                    return _clip([-1.673928377502617])
                                else:
                                    return _clip([-1.5622459023336908])
                    else:
                        if sin_theta <= 0.7179984152317047:
                            if sin_theta <= 0.6145603358745575:
                                if sin_theta <= 0.5800208151340485:
                                    return _clip([-1.4420731890152112])
                                else:
                                    return _clip([-1.2965424422778642])
                            else:
                                if sin_theta <= 0.6859151721000671:
                                    return _clip([-1.1373976648505304])
                                else:
                                    return _clip([-1.0311874469996087])
                        else:
                            if sin_theta <= 0.7920693457126617:
                                if sin_theta <= 0.7487101852893829:
                                    return _clip([-0.9564655232726674])
                                else:
                                    return _clip([-0.8921307868637252])
                            else:
                                if sin_theta <= 0.8510394394397736:
                                    return _clip([-0.7632921359482697])
                                else:
                                    return _clip([-0.6411521722025226])
