"""Pendulum-v1: sac-l seed 0, distilled into tree-d7

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
    if theta_dot <= -1.0485174655914307:
        if cos_theta <= -0.021369019523262978:
            if sin_theta <= -0.7683150172233582:
                if sin_theta <= -0.9566155076026917:
                    if theta_dot <= -3.02544367313385:
                        if cos_theta <= -0.12823038175702095:
                            if cos_theta <= -0.20157156884670258:
                                return _clip([0.2918873129799134])
                            else:
                                return _clip([0.5010307157249889])
                        else:
                            if theta_dot <= -5.202980995178223:
                                return _clip([0.651471550692201])
                            else:
                                return _clip([0.7690755791682216])
                    else:
                        if theta_dot <= -2.4071227312088013:
                            if sin_theta <= -0.9835135638713837:
                                return _clip([0.8515409296600266])
                            else:
                                return _clip([0.6127209663391113])
                        else:
                            return _clip([1.1240595579147339])
                else:
                    if cos_theta <= -0.45841221511363983:
                        if theta_dot <= -7.222364902496338:
                            if sin_theta <= -0.8175661265850067:
                                return _clip([-0.15058642488523546])
                            else:
                                return _clip([-0.4105067980209541])
                        else:
                            if sin_theta <= -0.8350299596786499:
                                return _clip([-0.5687883037714738])
                            else:
                                return _clip([-0.7326934707082844])
                    else:
                        if theta_dot <= -7.092514991760254:
                            if cos_theta <= -0.37381167709827423:
                                return _clip([0.07804020878803669])
                            else:
                                return _clip([0.23504941165447235])
                        else:
                            if cos_theta <= -0.39056551456451416:
                                return _clip([-0.31508238024571306])
                            else:
                                return _clip([-0.09770534937832959])
            else:
                if theta_dot <= -4.76671838760376:
                    if sin_theta <= -0.5193175375461578:
                        if theta_dot <= -6.245079755783081:
                            if sin_theta <= -0.6741929352283478:
                                return _clip([-0.808164831061143])
                            else:
                                return _clip([-1.052875887391842])
                        else:
                            if sin_theta <= -0.585370659828186:
                                return _clip([-1.1235256063007248])
                            else:
                                return _clip([-1.3756449222564697])
                    else:
                        if theta_dot <= -6.884473562240601:
                            if cos_theta <= -0.4001179188489914:
                                return _clip([-1.3685426871247584])
                            else:
                                return _clip([-1.183913541951397])
                        else:
                            if sin_theta <= -0.308454692363739:
                                return _clip([-1.390381824355627])
                            else:
                                return _clip([-1.5658961584027613])
                else:
                    if sin_theta <= -0.42139849066734314:
                        if sin_theta <= -0.742647260427475:
                            return _clip([-1.0649316310882568])
                        else:
                            if sin_theta <= -0.6045382916927338:
                                return _clip([-1.7649108471765262])
                            else:
                                return _clip([-1.82989778656885])
                    else:
                        if sin_theta <= -0.08131175860762596:
                            if cos_theta <= -0.9500072598457336:
                                return _clip([-1.8967666804651868])
                            else:
                                return _clip([-1.8731596797139105])
                        else:
                            if cos_theta <= -0.3534499257802963:
                                return _clip([-1.9182410753982424])
                            else:
                                return _clip([-1.9576457420602227])
        else:
            if sin_theta <= 0.47512678802013397:
                if sin_theta <= 0.17013228684663773:
                    if theta_dot <= -1.763244390487671:
                        if sin_theta <= -0.9588712751865387:
                            if theta_dot <= -5.070160865783691:
                                return _clip([0.981880093995359])
                            else:
                                return _clip([1.306093181009258])
                        else:
                            if sin_theta <= -0.039278216660022736:
                                return _clip([1.6665458138178522])
                            else:
                                return _clip([1.4056257390821378])
                    else:
                        if cos_theta <= 0.21146298944950104:
                            if sin_theta <= -0.9916347563266754:
                                return _clip([1.410214660680204])
                            else:
                                return _clip([1.5939626781210807])
                        else:
                            if cos_theta <= 0.9969715476036072:
                                return _clip([1.8802630609968136])
                            else:
                                return _clip([1.683918563780232])
                else:
                    if sin_theta <= 0.3056706041097641:
                        if sin_theta <= 0.2467861920595169:
                            if cos_theta <= 0.978367030620575:
                                return _clip([1.100697922395965])
                            else:
                                return _clip([1.1902566380078776])
                        else:
                            if sin_theta <= 0.26791518926620483:
                                return _clip([1.0267845665272488])
                            else:
                                return _clip([0.9225441433402621])
                    else:
                        if sin_theta <= 0.3987160921096802:
                            if cos_theta <= 0.9332908689975739:
                                return _clip([0.6681435169708295])
                            else:
                                return _clip([0.795830985785738])
                        else:
                            if theta_dot <= -3.1231480836868286:
                                return _clip([0.4582184495753023])
                            else:
                                return _clip([0.22310539538859417])
            else:
                if sin_theta <= 0.7970967292785645:
                    if sin_theta <= 0.6730827689170837:
                        if theta_dot <= -3.7055294513702393:
                            if cos_theta <= 0.8425749838352203:
                                return _clip([-0.040797954631124116])
                            else:
                                return _clip([0.24542229700718685])
                        else:
                            if theta_dot <= -3.454535126686096:
                                return _clip([-0.30953495267091796])
                            else:
                                return _clip([-0.41755422346463816])
                    else:
                        if theta_dot <= -5.156534433364868:
                            if cos_theta <= 0.6594614386558533:
                                return _clip([-0.3983713036234248])
                            else:
                                return _clip([-0.19993975653159732])
                        else:
                            if theta_dot <= -3.954725980758667:
                                return _clip([-0.6126295121684986])
                            else:
                                return _clip([-0.8716173205209022])
                else:
                    if theta_dot <= -2.8686906695365906:
                        if theta_dot <= -5.481565237045288:
                            if sin_theta <= 0.9510286450386047:
                                return _clip([-0.7251730415457175])
                            else:
                                return _clip([-1.031287580069336])
                        else:
                            if sin_theta <= 0.894890695810318:
                                return _clip([-1.0532135825842401])
                            else:
                                return _clip([-1.3359198256805764])
                    else:
                        if sin_theta <= 0.9947843551635742:
                            return _clip([-1.9720568656921387])
                        else:
                            return _clip([-1.97447669506073])
    else:
        if sin_theta <= -0.009086472913622856:
            if theta_dot <= 4.020787715911865:
                if cos_theta <= 0.9949578046798706:
                    if theta_dot <= -0.8512664139270782:
                        if cos_theta <= -0.20826265215873718:
                            if theta_dot <= -0.8844709098339081:
                                return _clip([-1.8763318169548822])
                            else:
                                return _clip([-1.806186321866628])
                        else:
                            if sin_theta <= -0.8205617666244507:
                                return _clip([1.7994064759189863])
                            else:
                                return _clip([1.92066302924176])
                    else:
                        if cos_theta <= 0.9635355472564697:
                            if theta_dot <= 1.0810691714286804:
                                return _clip([1.7866559792822647])
                            else:
                                return _clip([1.914193648889784])
                        else:
                            if theta_dot <= 0.1531054563820362:
                                return _clip([1.8481269218588268])
                            else:
                                return _clip([0.7275987329757883])
                else:
                    if theta_dot <= -0.4172933101654053:
                        return _clip([1.8116778135299683])
                    else:
                        if cos_theta <= 0.9965573251247406:
                            if theta_dot <= 0.3382849246263504:
                                return _clip([0.315993570289772])
                            else:
                                return _clip([0.17924379571441648])
                        else:
                            if cos_theta <= 0.9992722868919373:
                                return _clip([0.10000626988046249])
                            else:
                                return _clip([-0.0013345314420080813])
            else:
                if cos_theta <= 0.30104997754096985:
                    if sin_theta <= -0.9961639046669006:
                        if sin_theta <= -0.9994989037513733:
                            if theta_dot <= 7.073518753051758:
                                return _clip([-0.8094973116750113])
                            else:
                                return _clip([-0.7415414902475069])
                        else:
                            if theta_dot <= 7.180067777633667:
                                return _clip([-0.6720343943885754])
                            else:
                                return _clip([-0.5901503876365958])
                    else:
                        if theta_dot <= 5.217907190322876:
                            if cos_theta <= -0.1618068441748619:
                                return _clip([1.9174897098531958])
                            else:
                                return _clip([1.184573081191511])
                        else:
                            if cos_theta <= -0.020625244826078415:
                                return _clip([1.4268422593852665])
                            else:
                                return _clip([0.32400178112684447])
                else:
                    if theta_dot <= 4.042084217071533:
                        return _clip([-0.021111326292157173])
                    else:
                        if cos_theta <= 0.6517740190029144:
                            if cos_theta <= 0.4281354993581772:
                                return _clip([-1.3655021327686667])
                            else:
                                return _clip([-1.7450385546659506])
                        else:
                            if sin_theta <= -0.570310428738594:
                                return _clip([-1.8775100438603272])
                            else:
                                return _clip([-1.9454490504582025])
        else:
            if cos_theta <= -0.4456613212823868:
                if theta_dot <= -0.18644824624061584:
                    if theta_dot <= -0.46998628973960876:
                        if theta_dot <= -0.8609113097190857:
                            if sin_theta <= 0.41103795170783997:
                                return _clip([-1.8929439783096313])
                            else:
                                return _clip([-1.8808889389038086])
                        else:
                            if cos_theta <= -0.674980640411377:
                                return _clip([-1.8040674134298962])
                            else:
                                return _clip([-1.531373381614685])
                    else:
                        if sin_theta <= 0.5488103777170181:
                            if theta_dot <= -0.2932918965816498:
                                return _clip([-1.477229578975116])
                            else:
                                return _clip([-1.2991474866867065])
                        else:
                            if cos_theta <= -0.7253473103046417:
                                return _clip([-0.798079252243042])
                            else:
                                return _clip([-0.48315107822418213])
                else:
                    if theta_dot <= 0.013472658582031727:
                        if theta_dot <= -0.05766014941036701:
                            if theta_dot <= -0.09819409996271133:
                                return _clip([0.4396252629652804])
                            else:
                                return _clip([0.22092473404885593])
                        else:
                            if theta_dot <= -0.03227174747735262:
                                return _clip([0.6744160652160645])
                            else:
                                return _clip([0.9713088870048523])
                    else:
                        if theta_dot <= 6.474340200424194:
                            if cos_theta <= -0.6762283742427826:
                                return _clip([1.9001550429017968])
                            else:
                                return _clip([1.349280550895438])
                        else:
                            if cos_theta <= -0.7370870411396027:
                                return _clip([1.078803514993859])
                            else:
                                return _clip([0.15570230535525867])
            else:
                if sin_theta <= 0.08724064379930496:
                    if sin_theta <= 0.038553230464458466:
                        if theta_dot <= 0.0851285383105278:
                            if theta_dot <= 0.05716846510767937:
                                return _clip([-0.20564246056734153])
                            else:
                                return _clip([-0.17054009674606613])
                        else:
                            if theta_dot <= 0.11050674691796303:
                                return _clip([-0.12006987379126617])
                            else:
                                return _clip([-0.07433486224839])
                    else:
                        if sin_theta <= 0.05250858515501022:
                            if cos_theta <= 0.9989323318004608:
                                return _clip([-0.26001030272794])
                            else:
                                return _clip([-0.23353886457496903])
                        else:
                            if theta_dot <= 0.003520071622915566:
                                return _clip([-0.2909182763368714])
                            else:
                                return _clip([-0.2789819900472527])
                else:
                    if cos_theta <= -0.055030595511198044:
                        if theta_dot <= 4.268964409828186:
                            if theta_dot <= 2.9896172285079956:
                                return _clip([-0.09460266615155825])
                            else:
                                return _clip([0.8524554355274931])
                        else:
                            if sin_theta <= 0.9659800231456757:
                                return _clip([-1.0723004303888808])
                            else:
                                return _clip([-0.4216206669807434])
                    else:
                        if sin_theta <= 0.9854868650436401:
                            if sin_theta <= 0.8019198775291443:
                                return _clip([-1.971379866929012])
                            else:
                                return _clip([-1.9056007136634812])
                        else:
                            if theta_dot <= 5.655093669891357:
                                return _clip([-1.4768624081362027])
                            else:
                                return _clip([-1.6876675065065434])
