// Expected Porter stems generated once with NLTK 3.x `PorterStemmer()` (NLTK_EXTENSIONS mode)
// by /work/kw-tools/gen_porter.py (not committed; see PorterStemmerTests for the recipe).
// No dataset text is stored here: `inspecDevStems` are the stems of the sorted unique lower-case
// [a-z0-9]+ tokens of ../shared/data/keyphrase/inspec_dev.jsonl (title, abstract, text, keyphrases,
// controlled); the test rebuilds that word list from ../shared and checks its FNV-1a 64 checksum first.

/// Expected stems for the Inspec dev vocabulary and for words of our own.
enum PorterFixture {
    /// Number of unique words in the dev set's word list.
    static let inspecDevWordCount = 7504
    /// FNV-1a 64 of the sorted word list joined with "\n".
    static let inspecDevWordListHash: UInt64 = 0xab3a8369c3028a0f
    /// Stems in the word list's order, separated by white space.
    static let inspecDevStems = """
        0 000 001 014 022 026 054 0a 1 10 100 1000 103 105 11 110 1159 12 120 124 128 13 133 1380 14 15 1500 1515 162
        17 19 1938 1960 1963 1969 1970 1970 1974 1975 1978 1979 1980 1981 1982 1986 1987 1988 1990 1990 1991 1992 1993
        1994 1995 1996 1997 1998 1999 2 20 200 2000 2001 2002 2005 2006 2008 205 20th 21 21st 22 23 24 247 25 256 26l
        26n 27 275 278 28 285 29 291 2b 2bn 2d 2k 2mz 2z 3 30 300 31 318 32 33 34 35 350 38 384 390 3d 4 40 41 41n 42
        44 45 450 456 46 467 48 485 49 4bn 4n 5 50 500 5073 51 518 52 53 55 550 56 58 5q 6 60 600 62 63 64 65 650 667
        67 68 6bn 7 70 700 72 723 74 755 76 7666 77 78 7th 8 80 8031 823 83 84 846 86 87 876 87856 88 885 89 896 9 90
        900 901 921 924 93 94 95 951 952 96 97 98 98m 99 a abak abelian abil abil abl aboard about abov abr absenc
        absolut absorpt abstract abstract abstract abstract abus ac academ academ acceler acceler accept accept access
        access access access access access accid accid accompani accomplish accomplish accomplish accord accord
        accordingli account account account account account account account accredit accredit accumul accumul accuraci
        accuraci accur accur accustom achiev achiev achiev achiev achiev achiev achiev acknowledg acl aco acoust
        acoust acquir acquir acquisit across act action action activ activ activ activ activ activ actl actor act
        actual actuat actuat actuat acuiti acut ad adapt adapt adapt adapt adapt adapt adapt adapt adapt adc add ad
        addendum ad addit addit addit addit address address address address add adequaci adequ adi adic adjac adjoint
        adjud adjust adjust adjust adjust adjust administ administr administr administr admit admit admit adopt adopt
        adopt adopt adorn advanc advanc advanc advanc advanc advantag advantag advantag advent advers advertis
        advertis advertis advic advis advisor advisor advisori advoc aep aerial aerospac aerostat affect affect affect
        affect affin affin afford afford afford aforement african aft after again against age age agenc agenc agent
        agent age aggreg aggreg aggreg aggress age ago agre agreeabl agre agre agreement agre agricultur ahead ai aid
        aid aid aid aim aim aim aim air airborn aircraft airfoil airlin airlin aironet airport airport airtight airway
        al ala alarm alert alex algebra algebra algebra algorithm algorithm algorithm alias alif align align all alloc
        alloc alloc allow allow allow allow alloy alloy allur almost alon along alpha alreadi also alter alter altern
        altern although altitud alur alway am ambassador ambient ambigu ambigu america american among amount amount
        amper amplitud an anaesthet anaesthetist anal analog analog analogu analys analys analys analys analys analysi
        analyst analyt analyt analyt analyz analyz analyz analyz anchor and andersen angiocardiographi angiograph
        angiograph angiographi angl angl anim anisotrop ann anneal annoy annual annual anonym anonym anonym anoth
        anova answer answer ant antenna anterior antialias anticip anticip anticip anticip antiport anxieti ani anyon
        anytim anywher apertur apf apf apnea appar appear appear appear appear applet applic applic applic applic
        appli appli appli appli appoint apprais appreci approach approach approach appropri approxim approxim approxim
        approxim approxim approxim approxim approxim arachnida arbitrari arc arch architectur architectur archiv
        archiv archiv archivist arc are area area aren arguabl argu argu argu argument arial aris aris aris arithmet
        ariti arm around arp array array arriv arriv arriv arriv art artefact arteri arteri arteri articl articl
        artifact artifici art as ascent ascrib asia ask ask asker ask aspect aspect assembl assembl assert assess
        assess assess assess assess asset asset assign assign assist assist assist associ associ associ associ associ
        assum assum assum assum assumpt assumpt assur asymptot asymptot asynchron at at89c51 atctl atkinson atm atmel
        atom atp attach attach attack attack attain attain attain attempt attempt attempt attend attend attend attent
        attenu attest attest attest attest attitud attitud attitudin attract attract attract attribut attribut
        attribut atx auckland auction audio audit audit auditor augment augment augment augment augment australasia
        australia authent authent authent author authoris authorit author author author author author autocalibr
        autocorrel automata autom autom automat automat autom automaton automorph automorph autonom autonom autopilot
        autoregress auv avail avail averag averag aviat avoid avoid avoid avoid avoid award awar awar away awgn axe
        axial axiomat axiomat axiom axi axl b b2b back backbon backchannel background background backpack backproject
        backpropag backup backward bad balanc balanc ball ball banach band bandlimit bandpass bandwidth bank bank
        barbi bardwick barner barrier barrier bar base base baselin base basetx basic basic basic basi batch batch
        batteri battl battlefield bay baylor bbm bc be beam beam becam becaus becom becom becom been befor began begin
        begin begin behav behav behavior behaviorist behavior behaviour behaviour behind beij be belief belief believ
        believ believ bellman bellow bell belong belong belong benchmark bend benefici benefit benefit benevol benign
        benjamini beowulf berger bermudez bernstein berri besid bessel best beta better between beverag beyond bezier
        bi bia biaxial bibliographi bibliographi biconnect bifurc big biggest bilinear bilin bill binari binocular bio
        biocontrol biogen biolog biolog biomass biomechan biomechan biomed biophys bioprocess bioprocess biota
        biotechnolog biotechnolog biowal bipartit bipolar birch biresistor bit bitstr bitstr bitwis bivari blacklist
        blast blend blend blend bless blind bliss blisss blitch block block block blockset blossom blossom blossom
        blow blowup blur board bode bodi bodi boe boer bold bone book book bookshelf boolean boost bootstrap boston
        both bottleneck bottleneck bottom bound boundari boundari bound bounded bound bound box box bpss braid brain
        brainiac branch branch branch brand breach break breakdown breakdown break breast breast breath breed breed
        brender bridg bridg bridg brief briefli bring bring britain british broad broadband broadcast broadcast
        broader brood brotherhood brought brownian browser brute buchberg budget budgetari budget budget buffer build
        builder build build built bull bullwhip bunch bundl burden burst bursti bu buse busi busi bust but button buy
        buyer buyer buy by c c4 c600 ca cabl cach cad cadastr cadastr cade calcul calcul calcul calcul calcul calcul
        calculu calibr calibr call call call call caltech cam came camera camera cameron campu can canada cancel
        cancer candid candi cane cannot canon capabl capabl capabl capacit capac capacitor capacitor capac capit
        captur captur captur captur car card cardiac cardiolog cardiologist cardiolog card care career career care
        caregroup cargo care carlo carmen carnegi carri carrierless carri carri carri car cartesian cartographi casc
        cascad cascad case case castelfranchi catalogu cataract categori categor categori catenari cater cauchi cauer
        caught causal causal caus caus caus caus caviti cbr cc ccd cch cd cdia cdma cell cell cellular censor censor
        cent center center central central centr centr centr centuri ceo cepstrum cerevisia certain certif certif
        cervic cesta cfl chad chain chain challeng challeng challeng chang chang changeov chang chang channel channel
        chao chaotic charact characteris characteris characteris characteris characterist characterist character
        character character character charg charg chariti chariti chart charter chart chart chassi chat chatter
        chatter cheaper chebyshev check checker checker check chemic chemistri chemistri cherylann chest chicago chief
        child children chimera china chines chip chip choi choic choic chomski choos choos choos chosen chromium
        chromophor chromosom chronolog churn churner churn ci cinahl cincotti cineangiocardiogram
        cineangiocardiographi cinematographi cio cipher circl circuit circuit circul circular circumst circu cisco
        civil civilian cl claim claim claim clamp clamp clarifi clark clarknet class class classic classic classif
        classif classifi classifi classifi classifi classifi classifi classroom clausal clear clear clearli clf click
        client client clinic clinic clock clonal clone close close close closer close closur cloud clp cluster cluster
        cluster cm cma cml cmo cm cnc co coach coagul coalesc coalesc coalit coaxial cobol cockpit code code code
        coeffici coeffici cognit cognit cognitivist coher cohes coin coincid cola collabor collabor collabor collabor
        colleagu collect collect collect collect collect collect colleg colleg collis colloc colloc coloni color
        colour column com combat combin combin combinatori combin combin combin combin combin come come comfort comic
        come command comment commentari comment commerc commerci commerci commerci commiss commit commit commit commod
        common commonkad commonli commun commun commun commun commun commun commun commut compact compact compani
        compani compar compar compar compar compar compar comparison comparison compart compat compat compens compens
        compens compens compens compet compet compet competit competit competit competitor compil compil compil compil
        complementar complement complet complet complet complet complex complex complianc compliant complic compon
        compon compos compos composit composit composit compound compound comprehend comprehens comprehens comprehens
        compress compress compress compress compris compris compromis comput comput comput comput comput comput comput
        comput comput computeris computeris computer comput comput comput concav conceiv conceiv concentr concentr
        concentr concentr concept concept concept conceptu conceptu concern concern concern concern concert concis
        conclud conclud conclud conclud conclus conclus concord concordia concret concret concurr concurr condit
        condit condit condit condit conduct conduct conduct conductor conduct cone confer confid confid configur
        confin confirm confirm conflict conform conform conform confus congest congruenc conjectur conjectur conjectur
        conjug conjug conjunct conjunct conjunct connect connect connect connect connect connect connect connect con
        consecut consensu consent consequ consequ consequ conserv conserv consid consider consider consider consider
        consid consid consid consist consist consist consist consist consist consol consolid consortia consortium
        conspicu conspir constanc constant constant constitu constitut constitut constitut constitut constrain
        constrain constraint constraint construct construct construct construct construct constructivist construct
        consult consult consult consult consult consum consum consum consum consumpt contact contact contain contain
        contain contempl contemporari content content content contest context context contigu conting continu continu
        continu continu continu continu continu continu contour contour contour contract contract contract contractor
        contract contractu contradict contradictori contrast contribut contribut contribut contribut contribut control
        control control control control control control control controversi convect convect conveni conveni convent
        convent converg converg converg converg convers convers convers convert convert convert convert convertor
        convex convex convolut convolut cook cool cooper cooper cooper cooper coordin coordin coordin coordin coordin
        cope copier copier cope coppersmith coprim copyright copyright cord core cornel corner cornerston cornwel
        corollari coronari corpor corpor corpor correct correct correct correct correctli correct corrector correct
        correl correl correl correspond correspond correspond corrobor corrupt coset cosh cosin cost cost costli cost
        cotors cough could coulomb council counsel counter counterevid count countri countri coupl coupl coupl coupl
        courier cours cours coursewar covari cover coverag cover covet cowork cpa cpasoftwar cpd cpfr cpld cplex cpp
        cpu cr crane crane crasar creat creat creat creat creation creativ creativ credit crew crime crisi criteria
        criterion critic critic critic crop cross crowd crucial cryptograph cryptographi cryptosystem csc csf csq ct
        ctl cto cubic cucumb cue cue cultiv cultur cultur cultur cumbersom curb current current current curriculum
        curvatur curv curv curv curvilinear cusp cusp custom custom custom custom cut cut cut cybereth cybernet cycl
        cycl cyclic cyclic cycl cyclotom cylind cylindr d damascen daml damn damper damper damp dan danger darci dark
        darpa darren data databas databas dataset date date dave david davidson day daypop day daytim dc de dea dead
        deal deal deal dealt deaneri dean death death deboer dec decad decad decastlejeau decay decentralis decentr
        decid decid decid decid decis decis declar declar declin decompos decomposit deconvolut decoupl decoupl
        decreas decreas decreas decreas dedekind dedic deduc deduct deduct deep deepli default defect defect defend
        defens defici defin defin defin defin definit definit definit deflat deflect deflect deform deform degener
        degen degrad degre degre delang delaunay delay delay delay deleg delet delin delin deliv deliver deliveri
        deliv deliv deliveri dell delphi delta demand demand demand demazeau demograph demograph demographi demonstr
        demonstr demonstr demonstr denois denot denot dens densiti densiti depart depart departur departur depend
        depend depend depend depend depend depend depend depend depend depict deploy deploy deploy depot depth deregul
        deriv deriv deriv deriv deriv deriv deriv dermatolog descent describ describ describ describ descript descript
        design design design design design desir desir desir desir desktop desktop despit destabil destin destruct
        detail detail detail detect detect detect detect detect detector detector detect deterior determinant determin
        determin determin determin determin determin determinist detract develop develop develop develop develop
        develop develop develop deviat deviat devic devic devis devis devot dev dff dhbt di diagnos diagnosi diagnost
        diagon diagonaliz diagram diagram dialog diamet dickson did dietz differ differ differ differ differenti
        differenti differenti differenti differenti differenti difficult difficulti difficulti diffserv diffus diffus
        digest digit digit digit dihedr dilat dimens dimension dimens dimens dimenson diminish diophantin direct
        direct directed direct direct direct directli director dirichlet disabl disadvantag disadvantag disagre disagr
        disambigu disappoint disast disast disc discharg disciplin disclos disclos disclos disclosur discomfort
        discontinu discontinu discontinu discord discount discount discov discov discov discov discoveri discrep
        discrep discret discretis discretis discretis discret discret discret discuss discuss discuss discuss discuss
        discuss diseas diseas disk disloc disord disord dispar dispatch displac display display display disposit
        disrupt disrupt dissemin dissemin dissert dissimilar dissip dissip dissip distanc distinct distinct distinct
        distinct distinguish distort distort distort distribut distribut distribut distribut disturb disturb disturb
        disus div diverg diverg divers diversif divers divid dividend divid divid divis divisor dm dmc dmu do doa
        doctor doctor document document document document document doe dof dof dog do dollar dollar domain domain
        domin domin domin don done donor dot doubl doubli dous down down download download downstream dozen dp dramat
        dramat draw drawback drawback draw drawn draw drift drive driver driver drive drop drop drove drscheme
        drumbeat dri ds dsl dsp dt dtd du dual dualiti due duel dunford durat durat dure dutch duti duti dwindl dyer
        dynam dynam dynam dynam dzindolet e each eager eai earlier earliest earli earli earn earth eas easier easiest
        easili easi ebdesign ebusi ebxml ec ecg echelon ecolog econom econom econom ect edg edg edgi edi edit edit
        editor editori ed educ educ educ effect effect effect effect effect efficaci effici effici effici effici
        effort effort eform ehub ehub eid eigenfeatur eigenfunct eigenvalu eigenvalu eigenvector eight either ekf
        elabor elaps elast elastoplast elect electr electr electrocardiogram electrocardiograph electrocardiographi
        electrod electromagnet electromagnet electromagnet electromyograph electromyographi electron electron electron
        element elementari element elimin elimin elimin elimin elimin elliot ellipsoid ellipsoid ellipt ellipt elp
        elsevi elsewher elucid email ema embas emb embed embed embed embol embrac emerg emerg emerg emerg emerg emg
        emot emphasi emphasis emphasis emphas emphas emphas emphas empir empir employ employ employe employe employ
        employ employ employ empow empti emr emtp enabl enabl enabl enabl enact enclos enclos enclosur encod encod
        encod encompass encount encount encount encourag encourag encourag encrypt encumb end endeavor end end endless
        endpoint endpoint end energ energi engag engag engag engin engin engin engin engin english enhanc enhanc
        enhanc enhanc enhanc enjoy enlarg enorm enough enp enrich ensembl ensur ensur ensur entail enter enter enter
        enterpris enterpris entertain entir entir entiti entitl entiti entrant entri entropi entri enumer enumer
        envelop envelop envelop environ environment environ epi episod eppendorf epsilon equal equalis equalis equalis
        equal equal equal equat equat equat equiangular equilibria equilibrium equip equip equispati equival equival
        equival era erasur ergonom erod erotica erp erron error error escap especi essay essenti essenti essenti
        establish establish establish establish establish estat estim estim estim estim estim estim estim et eta etc
        etch etch etd ethernet ethic ethnograph ethnographi etl euclidean euler europ european european evalu evalu
        evalu evalu evalu evalu evalu evanston even event event eventu ever everi everybodi everyday everyon evid
        evidenc evid evolut evolutionari evolut evolv evolv evolv exact exactli exagger exam examin examin examin
        examin examin examin exampl exampl exce excel excel except except excess exchang exchang excit excit excit
        exclud exclud exclus exclus excurs execut execut execut execut execut exemplari exercis exert exhibit exhibit
        exhilar exist exist exist exist exist exogen expand expand expand expans expans expect expect expens experi
        experienc experi experienc experi experiment experiment experi expert expertis expert explain explain explain
        explan explanatori explicit explicitli exploit exploit exploit exploit explor exploratori explor explor explor
        explor explos explos expon exponenti exponenti exponenti expos expos expos express express express express
        express express extend extend extend extend extens extens extens extens extens extensor extent extern extern
        extra extract extract extract extract extractor extract extragradi extrapol extrema extrem eye eye f f18 fab
        fabric fabric face face face facial facilit facilit facilit facilit facilit facil facil face fact factor
        factor factori factor factor factori fact faculti fail fail failur failur fair fall fall familiar famili
        famili far fare fascin fashion fast faster fastest fat father fatigu fault fault favor favor favour fc fcpa
        fded fdf fdi fe feasibl feasibl featur featur featur fed feder feder feed feedback feedback feedforward feel
        feisti feldkamp fell fem femal femal fertil few fewer fiber fibr fibrou fiction fidel field field field fierc
        fifth fight figur figur file file fill fill fillip fill film filter filter filter filtrat final final financ
        financ financi find find find find fine fine finger finit fir firm firm firmwar first firstli fission fit fit
        fit five fix fix fix fix flag flash flat flat flavor flc fletcher flexibl flexibl flex flexor flexpro flight
        flight flip floor flop flop flow flow fluctuat fluctuat fluenci fluid fluoresc flux fli fli focal focu focus
        focus focus fold fold follow follow follow font food for forc forc forc fore forecast forecast forefront
        foreign foreshorten forgotten form formal formal formal formal formal formant format format format form former
        form formscap formula formula formula formul formul formul formul formul formul forth forward forward foster
        foster found foundat founder four fourier fourth fpga fractal fractal fraction fragment fragment frame frame
        framework franchis francisco fredholm free freedom freeform freelanc freeli freight french frequenc frequenc
        frequent fresh freshman fresko friction friendli fring from front frontier fri ftc ftf fuel fulfil fulfil
        fulfil fulfil full fulli fun function function function function function function fund fundament fund fund
        fundu funni furnac furnish furnitur further furthermor fuse fusion fusion futur fuzzi fx g ga gaia gain gain
        gain galerkin galoi game game game gap gap garbag gartner ga gase gate gateway gather gather gather gauss
        gaussian gaylord gazett gb gbit gbyte gear gear geek gender gene gener generalis generalis generalis
        generalist generalist gener gener gener gener gener gener gener gener gener gener gener gener gener gener gene
        genet genet genom genom genuin genu geocod geodesi geodet geograph geograph geographi geometr geometr geometr
        geometri geometri geophys georg get get ghz gilbert gillmor ginzburg give given give give gk glamor glare
        glass global globalis global global globe gm go goal goal goeman goe go goldreich goldwass gone good good good
        gossip gossip gossip gossip goto govern govern govern govern gp gp grade grade gradient gradient graduat graem
        graham grammar grammar grand grant grant granular graph graphic graphic graphic graph grasp gravit gray grb
        great greater greatest greatli greedi grew grey grid grid grin grip grobner gromwal ground ground group group
        group groupwar grow grown grow growth gr gsm guarante guarante guarante guidanc guid guid guidelin guid guild
        gui gunawardena h hack hackney had haemodynam half halt hamburg hamiltonian hammerstein hand hand handicap
        handl handl handl hand handwritten hankel happen happili happi hard hardli hardwar harm harmon harmon harrier
        harv ha hash hash hate have have hb hbp hcc hc hdsp he head head headlamp health healthcar healthstar healthi
        hear heard heart heat heat heavili heavi heel hefti height held helic helin helmholtz help help help help help
        hemoglobin henc her herald herceg here hermit hermitian herself heterogen heterojunct heurist heurist hg hida
        hidden hide hierarch hierarch hierarchi hierarchi high higher highland highlight highlight highli highway
        highway hilbert hindranc hing hi histogram historian histor histor histori hit hit hm hodograph hodograph hold
        hold hold holland holonom home homeostasi homogen hood hop hope hord horizon horizon horizont hospit hospit
        hospit hospit host hosten host hot hotel hour hous hover how howev hssr hub huh human human humanitarian human
        hummingbird hundr hundr hungri hunt hurdl hurtl hybrid hyperbola hyperbol hypermedia hyperplan hypersingular
        hypertens hypothes hypothesi hypothes hypothes hypothes hypothet hysteresi hz i ia ibid ibm ic ic id idea
        ideal ideal idea ident identif identifi identifi identifi identifi identifi ident ideolog id idss if iff ignit
        ignit ignor ignor ii iii ii iiw ij ijcar ill illustr illustr illustr illustr illustr illustr illustr ilog imag
        imag imaginari imagin imagin imagin imag imin imit immedi impact impact impair imped implant implant implement
        implement implement implement implement implement implic implic implicit implicit impli impli impli import
        import import impos impos imposs impract impress impress improv improv improv improv improv improv impuls
        impuls in inabl inaccess inaccuraci inaccur inact inc incent incent incid incident inclement includ includ
        includ includ inclus incomplet inconsist inconsist inconveni incorpor incorpor incorpor incorpor incorpor
        incorrect incorrect increas increas increas increas increasingli increment increment increment increment
        incumb incur incur inde indefinit independ independ independ indetermin index index india indic indic indic
        indic indic indic indic indispens indium individu individu induc induc induc induct induct induct inductor
        industri industri ineffici ineffici inelast inequ inequ inertia inerti inevit inexpens inf infant infant infer
        infinit infinitesim infin inflat inflect inflex influenc influenc influenc influenc inform inform inform
        inform inform inform infrar infrastructur infrastructur infring inher inherit inherit inherit inhibit
        inhomogen initi initi initi initi initi inject inner innoc innov innov inp input input inquiri in insect
        insensit insight insight insist inspect inspect inspir inspir inspir inspir instabl instabl instal instal
        instanc instanc instantan instead institut institut institut institut institut instruct instruct instructor
        instrument instrument instrument instrument instrument insuffici integ integ integr integr integr integr
        integr integr integr integr integr integr integro intel intellect intellectu intellig intellig intend intend
        intens intens intens intens intent inter interact interact interact interact interact interact interact
        interact interact intercept intercept interchang interconnect interconnect interconnect interconnect interest
        interest interest interest interfac interfac interfer interferomet interferomet interferometr interferometri
        interior interleav intermedi intern intern intern internet interoper interoper interorganis interpol interpol
        interpol interpol interpol interpret interpret interpret interpret interrupt interrupt intersect intersystem
        interv interv intervent intervent interview interview interview into intox intra intracav intracoronari
        intract intract intranet intranet intraorganiz introduc introduc introduc introduc introduct introductori
        intrus intrus intuit intuit inund invari invari invari invari invent inventor inventori invers invers invert
        invertor invest investig investig investig investig investig investig invest invest invex invex invigor
        invigor invoic invok involv involv involv involv involv inward iom ip ipa ipcss iron irregularli is isdn
        island isogen isogeni isol isol isoparametr isotrop issu issu it item iter iter iter itinerari itnet it itself
        iv iviss iwasawa j jack jacobi jacobian japan japanes java jc jersey jitter job job john johnson join joint
        journal journal jsc judg judg judith june junior just justifi justifi k kad kalman kamp kato kbit keep keeper
        keep keep kelvin kept kernel kernel key key key kg kidney kidney kilomet kind kind kinemat kinemat kinet king
        kingdom kit kiv kleinrock km knit knot know know knowledg known know kolb kosmol koto kqml krono kudyba kutta
        kva kw l label label label labor laboratori lachanc lachlan lack laden lag lag lag lagrang lagrangian laguerr
        lamina lamina lamin lamin lamin lamin lan land landau land landmark landmark landscap lane languag languag
        laptop laptop larg larg larger largest laserlibrarian last last late late latenc later later latest lath
        latter lattic lattic launch launch launch law law layer layer layer layout lcd lcp lead leader leader
        leadership lead lead leagu leap leapfrog learn learner learn least leav leav leav lectur led left leg legal
        legal legendr legisl leg leisur lemma length length lengthi lesaint lesion less lessen let letter level level
        levenberg leverag lexico liapunov liber librarian librarian librarianship librari librari licens licens lie
        life lifelong lifetim lift light lightweight like likelihood like likert lim limit limit limit limit limit
        limit limit lim lin line linear linearis linearis linearis linear lineariz linear linear linear linearli line
        linguist linguist link link linklat link linux lipschitz liquid liquid li lisp list list literaci liter
        literatur literatur littl live live live live ll lmi lmi lm lnb load load load load local local local local
        local locat locat locat locat locat locat loci lock locomot log logarithm logic logic logic log long longer
        longitudin look look look loop loop loos loosest loss loss lossi lost lot lovelock low lower lowest lpv lr
        lrol lu luca lumin luml lump lump lung lv lwasawa lyapunov m ma machin machineri machin machin maclaurin macro
        macroeconom macrolevel macromolecul macromolecul macula made magnet magnet magnetis magnet magnitud magnitud
        mai mail mail main mainfram mainfram mainli mainstream maintain maintain maintain maintain mainten major major
        major major make maker make make male male malign mammogram mammograph mammographi man manag manag manag manag
        manag manageri manag manag mandatori maneuv manifest manifold manifold manipul manipul manipul manipul man
        manner manoeuvr manoeuvr manoeuvr manova manual manual manufactur manufactur manufactur manufactur manufactur
        mani map mapl maplet maplet map map map map marc march margin mark markedli marker marker market market market
        market marketplac market mark mark markov markovian markup marquardt marsden mask mason mass mass massiv
        master match match match match materi materi mathematica mathemat mathemat matlab matric matrix mat matter
        matter matur max maxi maxim maxim maximis maxim maxim maxim maxim maximum may mayb mazur mb mba mbone mb mbyte
        mccarthi mccd mcm mcpp md mdr me mean mean meaning meaning mean meant meanwhil measur measur measur measur
        measur measur mechan mechan mechan mechan media medial median mediat medic medicin medium medlin meet meet
        meet meet mellon member member membran membran memori men mention mentor mentor menu mere mere mereolog merg
        merger merg merit meromorph mesh messag messag messag met meta metabol metabol metabol metadata metaheurist
        metal metallis metam metaphor method methodolog methodolog method metric metric metrolog mezzo mfc mfc mfo mhm
        mhz mice micro microactu microbi microcomput microcomput microcontrol microcontrol microcosm microcosm
        micromechan micromechan micron microposit microprocessor microsoft microwav mid midcar middl middlewar midlif
        midpoint might migrat migrat migrat migrat migrat migratori mile mileston militari mill millennium mill
        million mimo min mind mind mind mine mine mini minim minimis minimis minimis minim minim minim minim minim
        minimum mine minor minor mismatch miss miss mission mission mistaken mistak misus mit mix mix mixtur mlp mlp
        ml mm mma mobil mod modal modal mode model model model model model model moder moder moder modern mode modif
        modif modifi modifi modifi modifi modular modul modul modul modulo modulu moho molecular mom moment moment
        monday money monitor monitor monitor monitor monocular monoid monoton monoton monoton mont month month
        montreal moon moonwatch more moreno moreov morphism most mostli motherboard motion motiv motiv motiv motiv
        motor motor mount mount mouth move move movement movement move move mpeg mpi mr mran mri mrp mrt ms msdr mse
        mth mu much muir multi multiag multibodi multicast multichannel multiclust multicompon multicriteria
        multidirect multidisciplinari multifunct multigrid multilay multilevel multilingu multimedia multiobject
        multipl multipl multipl multipl multipl multipli multiplierless multipli multipli multipoint multipol multir
        multiresolut multispectr multistag multist multistep multitud multius multivari multivari multiview muscadet
        muscl muse music must mutat mutual mutual mw my mydriat myocardium myriad mysterx myth mz mzcom mzscheme n nac
        nair naiv name name name namespac nano narr narrow narx nasa nation nationwid natur natur natur navig navig
        navig near nearest near nearli neat nebentypu necessarili necessari necessit necessit necess need need
        needless need neg neglig negoti negoti negoti negoti negoti neighbourhood neighbour nelco neonat nervou nest
        net netherland net network network network neumann neural neuro neurocontrol neuron neurophysiolog
        neurosurgeon neurosurg neurosymbol neutral neutral never nevertheless new newborn news newton next nh ni nice
        nich nichol nicholson nickel nicola niemeier night night nine nir nitrogen nkk nlpg nn nnfp no nobodi nodal
        node node nois nois noisi nomenclatur nomin nomin non nonadapt nonasymptot nonbound noncommut noncomput
        nonconform nonconvex noncycl nondegeneraci nondeterminist nondifferenti none noneffect noneven nonextens
        nonholonom nonhomogen nonincreas noninteract noninvas noninvas nonlinear nonlinear nonlinear nonlinearli
        nonminimum nonmonoton nonneg nonparametr nonpornograph nonrandom nonrepudi nonrigid nonsemist nonsplit
        nonstandard nonstationar nonstationari nonuniform nonzero nordic norm normal normalis normal normal normal
        norm north northeastern northern northwestern norway not notat notat note notebook notebook note notif notif
        notion notion nova novel novelti novic now np ns nuanc number number number numer numer numer numer numer nurb
        nurs nurs nurtur nurtur nyquist nyse nystrom o obey object objection object object object oblig observ observ
        observ observ observ observ observ obsolesc obstacl obstacl obtain obtain obtain obtain obviou obvious occlud
        occlus occup occup occupi occur occur occurr occur occur ocean ocl ocular odd ode oe of off offer offer offer
        offer offer offic offic off ofoc often oil old older ol omega on onc one one oneself ongo onion onlin onli
        onto ontolog ontolog ontolog opaqu open open open open oper oper oper oper oper oper oper operation operation
        oper oper oper oper oper ophthalmolog opinion opportun opportun oppos opposit opposit optic optic optic optim
        optim optim optimis optimis optimis optim optim optim optim optim optimum option option or oral order order
        order ordinari ordin ordin ore org organ organis organis organis organis organ organiz organ organ organ organ
        orient orient origin origin origin orthogon orthogon orthonorm orthopaed orthopaed os otago other other
        otherwis otter ought our out outcom outerplanar outgass outlier outlin outlin outlin outliv outperform
        outperform outperform output output out outsid outsid outsourc outstand over overal overbook overcom overcom
        overdetermin overestim overhaul overhead overlap overlap overlay overload overli oversampl overse overview owe
        owl own ownership oxford oxygen p p3p p4 pa pace pace pacif pack packag packag packag packag packet packet
        paediatr page pager page paid pain paint pair pair pair pal paper paperport paper paperwork parabol paradigm
        paradigm parallel parallel parallelis parallel parallel parallel paramed paramet paramet parametr parametr
        parametr paramount parar parasuraman parcel parent pareto pare pariti park parliamentari pars parser parsimoni
        pars part partial partial particip particip particip particip particip particip particip particl particl
        particular particularli parti partit partit partli partner partner part parti pass passag pass passeng pass
        passiv passiv password past pasteuris patch patchwork paterson path patholog patholog path pathway pathwidth
        patient patient patriot pattern pattern pauciti pay payload payload payment payrol pbc pc pchd pci pd pda pda
        pde pde pdp pdqlf peac peak pearson peculiar pecuniari pedagog pedagogi pedestrian pedestrian peirc penalis
        penalti penalti pentium peopl per perceiv percept percept perceptron perceptron perceptu percol perfect
        perfectli perform perform perform perform perform perform perform perfus perhap period period period period
        peripher perman permeabl permit permut perpetu perrin persist persist persist person person person person
        personnel person perspect perspect perturb perturb perturb pervas petkov petrov ph phantom phantom phase phase
        phd phenomena phenomenon pheromon phi philosophi phone phone photocopi photographi photon phrase physic physic
        physician physician physic physiolog physiolog phytographi pi pick pictur pictur pid piec piec piecewis
        piecewis piezoelectr piezoelectr pilot pilot pilot pioneer pipelin pitch pittel pivot pivot pivot pixel place
        place placement place plagu plain plan planar plane plane plan plan plan plant plant plastic plate plateau
        plate platform platform plausibl play player play play plemmon plethora plot plot plotter plot plt plug
        plunger plu pli pneumat pneumodynam poe pogu point point poisson poisson polar polaris polar pole pole polic
        polici polici polit polit poll pollut pollut polya polygon polygon polyhedr polymorph polymorph polynomi
        polynomi polynomi polyphas pontryagin poor poorer poorli popov poppet pop popular popular popul popul
        pornograph pornographi porou port portabl portabl portal portal portfolio portfolio portion pose pose posit
        posit posit posit posit posit possess possess possess possibl possibl possibl possibl post postcondit postman
        postprocess potenti potenti potenti potpourri pot pound power power power pp practic practic practic practic
        practic practition pre precalibr preciou precis precis precis preclassifi preclud precondit precondition
        precondition precondit precondit predefin predict predict predict predict predict predict predictor predict
        preemptiv prefac prefer prefer prefer prefer preform preform prehospit preliminari premium prepar prepar
        prepar preprocess preprocess preprocess prescript presenc present present present present present present
        preserv preserv preserv preserv preserv press press pressur pressur pressur presum preterm prevail preval
        prevent prevent previou previous price price price price primarili primari prime prime primit primit princip
        principl principl print print print prior prioriti privaci privat proactiv probabilist probabl probabl probabl
        probe probe problem problem procedur procedur proceed proceed process process process process processor
        processor produc produc produc produc produc product product product product product profess profession
        profession profess professor profil profil profit profit prognosi program programm programm programm program
        programm programm programm program program progress progress progress progress prohibit project project
        project project project prolifer prolif promin promis promis promis promot promot promot promot promot prompt
        pronounc proof proof propag propel proper properti properti proport proport proportion propos propos propos
        propos proposit proposit proprietari pro prospect prospect prospect prosthet prosystem protect protect protect
        protestor protocol protocol prototyp prototyp prototyp provan provat prove prove proven prover prover prove
        provid provid provid provid provid provid prove provok prune prune pseudo pseudopolynomi pseudospectr
        psychiatr psychiatrist psychiatri psycholog psycholog psychomotor pt pth public public public publicis publish
        publish publish publish pull pulmonari puls puls pupillari purchas purchas purchas pure purpos purpos pursu
        push pushdown push put put pwm pythagorean q qca qf qo qp qss quadrant quadrat quadrat quadratur qualif qualif
        qualifi qualiflow qualit qualit qualiti quantif quantifi quantifi quantifi quantifi quantifi quantifi quantit
        quantit quantiti quantiti quantiz quantiz quantum quasi quaternion quaternion queri queri queri question
        question questionnair questionnair question queue quick quickli quintic quintic quit r rad radar radau radial
        radic radic radio radiograph radiographi radioisotop radiologist radiologist radiolog radionuclid radiu rae
        rail railway railway rais rais rais ram ramp random random randomli rang rang rank rank rao rapid rapidli rat
        rate rate rate rather rate rate ratio ration rational ration ratio rat raviart raw ray rbf rca rd rdall rderr
        rdf re reach reachabl reachabl reach reach reaction reaction reactiv reactor read readabl readabl reader
        reader readili read read readi real realis realis realist realiti realiti realiz realiz realiz realiz realli
        realtim reap rearrang rearward reason reason reason reason rebel reced receiv receiv receiv receiv recent
        recent recept recipi reciproc recognis recognis recognit recogn recogn recogn recogn recogn recommend
        recommend reconfigur reconnaiss reconstruct reconstruct reconstruct reconstruct reconstruct record record
        record record recov recov recoveri recruit recruit rectangular rectifi rectifi recurr recurs recurs redbrick
        redesign redesign rediscov reduc reduc reduc reduc reduct reduct redund refer refer refer refer refin refin
        refin refin refin reflect reflect reflect reflect reflect reformul reformul refresh refug refut regard regard
        regardless regard regener region region region regist regist regist registr registr regress regressor
        regressor regular regularis regularis regular regular regular regular regularli regul regul regul regul
        regulatori reign reign reinforc reinforc reinforc reinterpret reject reject reject reject rejuven relat relat
        relat relat relat relat relat relationship relationship rel rel relax relax relay relay relay releas relev
        relev reliabl reliabl reliabl relianc reliant reli religi reli reli remain remaind remain remain remark remark
        remot remot remov remov remov remov renal render render renew rent repeat replac replac replac replenish
        replic replic replic repli report report report repositori repres represent represent repres repres repres
        repres reproduc reproduc reproduct republ repudi request request request request requir requir requir requir
        requir requir reschedul rescu rescuer research research research resel resel resid resid residu residu residu
        resili resist resist resist resistor resolut resolut resolv resolv resolv resolv reson reson reson reson reson
        resourc resourc resp respect respect respect respect respiratori respond respond respons respons respons
        respons respons restart restor restor restrict restrict restrict result result result result result retail
        retail retail retail retain retain retain retard retent retim retrac retract retriev retriev retriev return
        return return reusabl reusabl reus reus reveal reveal reveal revenu revenu revers revers review review review
        review revis revis revisit revolut revolutionari revolution revolut reward reward rewrit ria riccati rich
        richard rich rid ridg riemannian right rightli right rigid rigidli rigor riley ring ring ring riou risc risci
        rise rise risk risk risktraj rival rk road road roadsid robin roborat robot robot roboticist robot robot
        robust robustli robust roc rocket roesser roi role role rollin rom roman ron ronald room root root rosettanet
        roster roster roster rotat rotat rotat rotat rotor round round round roundtabl rout routin routin rout row rs
        rsa rto rt rubber rubinfeld ruin rule rule rule rumor run rung run run runtim runtim runway runway rural rush
        ryerson s sa sabbat saccad saccharomyc sachem saddl safe safeti said sale sale salient same sampl sampl
        sampler sampl sampl san san santou satellit satisfact satisfactorili satisfactori satisfi satisfi satisfi
        satisfi satisfi satur satur satur save save saw say say say sc scalabl scalar scale scale scaler scale scan
        scanner scan scansoft scatter scatter scenario scenario scene scene schedul schedul schedul schedul schema
        schemat scheme scheme schlumbergersema scholarli school school schwarz sci scienc scienc scientif scientist
        sci scope score score score scotia scott scout scrap screen sc sculptur sdfmm sdr sea seamless seamlessli
        search search search search seat second secondli secretari secret section section sector sectrix secur secur
        securityfocu see seek seem seem seemingli seem seen segment segment segment segment seidel select select
        select select select selector select self sell sell selmer semant semant semant semi semiautonom semiconductor
        semiconductor semiconvex semidefinit semilinear seminar semist send send senior senior sens sens sensit sensit
        sensor sensor sent sentenc sentenc separ separ separ separ septal septemb sequenc sequenc sequenc sequenti
        sequenti serial seri serif seriou serv serv server server serv servic servic servic serv session session set
        setpoint set set setup seven seventeen sever sever shadow shake shall shallow shape shape shape shape share
        share share share sharp sharpen she shed shell shift shift shift ship ship ship shop short shortcom shortcut
        shorten shorter should show show show shown show shunt shutdown siam side siegel sigma sigmoid signal signal
        signal signal signatur signific signific significantli silber silenc silicon similar similarli simpl simpler
        simplest simplex simplifi simplifi simpli simul simul simul simul simul simultan simultan sinc singapor singl
        singular singular singularli sinh sinusoid siso site site situ situat situat situat six sixteen sixti size
        size size skeleton sketch sketch sketch skew skill skill skin sky slant slant slant slashdot slave slice
        slider slide slight slightli slip slip slope slow slower slowli slp slr small smaller smallest smart
        smartswitch sme smooth smooth smoothli smooth smrt snappi snowbal so sobolev sob social societ societi societi
        socio soft soften soften softwar solicit solid solut solut solvabl solvabl solv solv solver solver solv solv
        some somehow someon sometim sometim soon sophist sophomor sor sorkin sort sort sort sought sound sound soup
        sourc sourc space space spacer space spaceship span span span sparc spare spars spatial spatial special
        specialis specialis specialist specialist special special special special special specialti specialti speci
        specif specif specif specif specif specifi specifi specifi specifi spectra spectral spectral spectroscop
        spectroscopi spectrum speech speecholog speed speedup spend spent sphere sphere spheric spin spiral spiral
        spirit spline spline split spoil spoke spontan spot spotti spr spread spread spreadsheet spring spur sqlf
        squar squar squar squeez sr st stabil stabil stabil stabil stabil stabl stack staff staf stage stage stagger
        staircas stakehold stamp stand standalon standard standard standard stand stand start start start state state
        statement statement state static static station stationari station stationeri station statist statist statist
        statu stay stay stay steadili steadi stealthi steam stearn steepest stem step step stepwis stereopt stereoscop
        stereotyp steven stf stick stiff stiff still stimul stimul stimuli stimulu stlc stloc stochast stochast stock
        stock stock storag store store store stori store stori storytel straight straightforward strain strain strang
        strateg strategi strategist strategist strategi stream stream streamlin street strength strength stress stress
        stretch strict strike string stringent stripe strip stroke strong strongest strongli structur structur
        structur structur structur struve stuck student student studi studi studi studi sturmfel style style stymi sub
        subdivis subdivis subdomain subexponenti subid subject subject subject subject submanifold submodul subproblem
        subregion subscrib subscrib subscrib subsequ subsequ subsequ subset subset subspac subspac substanti substanti
        substant substitut subsystem subtask subtask subthreshold subtleti succeed succeed success success success
        success success successor such sudan suddenli suffer suffici suffici sugar suggest suggest suggest suggest
        suggest suitabl suit suit suit suit sum summari summaris summar summar summar summari sum sun sunspot sup
        super superb superconduct superconductor superconverg superfici superform superior superior superposit
        supersatur supervisori supplement supplementari supplier supplier suppli suppli support support support
        support support suppos suppress sure surf surfac surfac surg surgeon surgeon surgeri surgic surplu surpris
        surprisingli surrog surveil survey survey surveyor survey surviv surviv suspens suspici sustain sustain swarm
        sweden swing swinnerton switch switch switch switch symbiosi symbol symbol symbol symmetr symmetri symmetri
        symplect symport sync synchronis synchron synchron syntact syntact syntax synten synteni synth synthesi
        synthes synthes synthet system systemat systemat system systemwid systol t tabl tabu tackl tactic tactic tail
        tailor tailor taiwan take taken take take talent tama300 tame tangent tangenti tank tape tap tardi tardi
        target target target task task tat tau tax taxonomi taylor tcp tcsc tctl teach teach team team teamwork tech
        techdirt technic techniqu techniqu technolog technolog technolog technologist technologist technolog techweb
        tele telecardiolog telecommun telecommun teleconferenc teleconsult teleconsult telehealth telemed telemedicin
        telephon telephon telephoni telepsychiatri teleradiolog tell temperatur templat templat tempor tempt ten tend
        tendenc tenet tens tensil tension tensor tenur term term termin termin termin terminolog terminolog term
        terrain terrestri terrorist tertiari terzaghi test test tester test test tether text textand textur textur
        tfoc than thank that the their them theme themselv then theorem theorem theoret theoret theoret theori theori
        therapi therapi there therebi therefor thermal thermoacoust thermoacoust thermodynam thermodynam thermoelast
        thermoelectroelast thermomechan these thesi theta they thick thin thing think think think thin third thirteen
        thirti thi thoma thoroughli those though thought thought thought thousand thousand threaten threat three
        threefold threshold thrive through throughout throughput thrust thu thyristor ticm tier tiger tight tighten
        tighter tightli tikhonov time time timet timet time tissu tissu titani titanium titl tm tmeasi tmfc tmfc to
        today toeplitz togeth toland toler toler tom tomita tomograph tomographi tone too took tool tool top topic
        topic topolog topolog torqu torqu tor torsion total total touch tour tourism tournament toward toward town
        tptp traceabl trace trace trachea trace track track tractabl traction trade tradeoff tradeoff trade tradit
        traffic trailer traill trail train train train train trajectori trajectori transact transact transcendent
        transduc transduc transfer transform transform transform transform transform transform transient transistor
        transit transit transit transit translat translat translat translat transloc transmiss transmit transmit
        transmit transpar transplant transport transport transport transport transvers trapezoid trauma travel travel
        travel travers travers travers travers treat treat treat treatment treat tree tree trench trend trend trial
        trial triangular triangul triangul triangul trickov tridiagon tri trigger trigger trigonometr tripl trisectrix
        trivial truck true truli truncat trust trust trust truth tri tri tsalli tschirnhausen tszisyan tune tune tune
        tunnel turbin turbofan ture turn turn turn turn tutori tutor tv twelv twenti twice twin two tyler type
        typecheck type typefac typefac typeless type typic typic type typist tyre tyre u ubiquit uh uhimi uk ulam
        ultim ultim ultrahigh ultrahyperbol ultrason ultrason ultrasound uml unaid unambigu unambigu unattend unauthor
        unavail unbalanc unbounded unbridg uncertain uncertainti uncertainti uncondit uncov uncov undamp undeni under
        underactu underestim underestim undergo undergo underli underli underli underpin underr understand understand
        understand understood undertaken underutil underwat underw undesir undirect undul unexpect unfalsifi unfocus
        unfold unifi uniform uniform uniformli unifi unimodular uninterpret uninterrupt uninterrupt union uniqu uniqu
        unit unit unit uniti univari univers univers univers unix unknown unknown unlik unlink unlock unlock unlock
        unmeasur unmodel unmodel unnecessari uno unravel unrel unrestrict unstabl unstopp unstructur until unto unusu
        unusu unwarr up updat updat upgrad upheld upload upon upper upright up upsilon upstream uptak urban urquhart
        us usa usabl usabl usag use use use use useless user user use use usual usual utilis util util util util util
        util util utter uvn v vaandrag vacua vacuum vagu valid valid valid valid valid valuabl valu valu valu valv
        valv vampir variabl variabl variabl varianc variant variant variat variat variat vari varieti varieti variou
        vari vari vascular vast vax vc vct ve vector vector vector vehicl vehicl veloc vendor vendor ventil ventil
        ventilatori ventricl ventricular ventur venu verif verifi verifi verifi versatil versatil version version
        version vertic veri vessel vex via viabil vibrat vibrat vicin video videoconfer videoconferenc videoconferenc
        video videotap view view view viewpoint view violat violat violenc violent viral viral virtual virtu viru
        virus vi viscoplast viscos visibl visibl vision visit visit visit visit visual visual visual vivo viz vlsi
        vmebu vocabulari vocabulari voic voic voip vol volatil volt voltag volum volumetr volunt volunt von vonna vote
        vote voxel vr vs vsat vv w w3c wafer wagon wait wait wake waldmeist walk wall waltz want want want warehous
        warehous wareh warm warn warn war warwick wa wasn wast watch water waterloo wave waveform wavelet wave way way
        wcdma we weak weaken weakli weak wealth wealthi weather web websit wedelin weierstrass weigh weight weight
        weight weight weisang weisser welcom well well wend were werner west what wheelchair wheelset when whenev
        where wherebi wherein whether which while whistl white who whole whom whose whi wide wideband wide wider
        widespread width width wiener wildcard will william williamson wind wind window window window wine wing wing
        win wire wire wireless wisdom wise wise wish with withdraw within without women won wonder word wordlength
        word work worker workflow work work workplac work worksheet workspac workstat workstat world world worldview
        worldwid worship worst worth would wournal woven wpm wrap write writer writer write written wrt ws wt wulf wv
        wvvv www x x10 xeon xi xml xor xpress xqueri xy y yakubovich yarker year year yesterday yet yield yield yield
        you young your yourself z zealand zero zero zeta zillion zip zvirinski
        """

    /// `word:stem` pairs (classic examples from Porter's paper plus words of our own).
    static let ownWords = """
        caresses:caress ponies:poni ties:tie caress:caress cats:cat feed:feed agreed:agre plastered:plaster
        bled:bled motoring:motor sing:sing conflated:conflat troubled:troubl sized:size hopping:hop
        tanned:tan falling:fall hissing:hiss fizzed:fizz failing:fail filing:file happy:happi sky:sky
        skies:sky dying:die lying:lie tying:tie news:news innings:inning outings:outing relational:relat
        conditional:condit rational:ration valenci:valenc hesitanci:hesit digitizer:digit
        conformabli:conform radicalli:radic differentli:differ vileli:vile analogousli:analog
        vietnamization:vietnam predication:predic operator:oper feudalism:feudal decisiveness:decis
        hopefulness:hope callousness:callous formaliti:formal sensitiviti:sensit sensibiliti:sensibl
        triplicate:triplic formative:form formalize:formal electriciti:electr electrical:electr hopeful:hope
        goodness:good revival:reviv allowance:allow inference:infer airliner:airlin gyroscopic:gyroscop
        adjustable:adjust defensible:defens irritant:irrit replacement:replac adjustment:adjust
        dependent:depend adoption:adopt homologou:homolog communism:commun activate:activ angulariti:angular
        homologous:homolog effective:effect bowdlerize:bowdler probate:probat rate:rate cease:ceas
        controlling:control roll:roll generalization:gener oscillators:oscil yyyy:yyyi toy:toy syzygy:syzygi
        spied:spi flies:fli died:die ied:i ies:i appointment:appoint cardiology:cardiolog clinics:clinic
        branches:branch scheduled:schedul rescheduling:reschedul prescriptions:prescript refills:refil
        insurance:insur deductible:deduct accounts:account transfers:transfer biology:biolog fully:fulli
        hopefulli:hope archaeology:archaeolog analogies:analog proceed:proceed exceeding:exceed
        succeeded:succeed agreement:agreement a1:a1 x:x 2004:2004 mp3s:mp3 id3:id3 by:by
        """
}
