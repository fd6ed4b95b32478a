"""Given names by the sex of most who bear them: what tells a "she" from a "he" where a report gives no title.

The common ones are the US Social Security Administration's baby names (public data): every name given to at least 20,000
children born 1935–2005, 98% or more of them of one sex (Sage, Kelly, Robin, Jean are shared and are in neither list). Women's
names in -a are left out (looks_female reads the ending); so are months and seasons (April, June, Summer) and names borne by
men in another language the genre quotes (Simone, Camille). The men's list adds the given names of the genre's foreign
politicians and officials, which US births do not rank, and the women's list those of its women (Ségolène, Mette, Ngozi)
and the short forms (Liz, Meg) the genre's texts write, and virtue names that end as abstract nouns do (Prudence,
Felicity), which the "<abstract noun> Week" outlet reading must not take."""

from __future__ import annotations

from ..text import fold

WOMENS_GIVEN_NAMES = frozenset(
    """
    mary jennifer elizabeth susan karen nancy sarah kimberly michelle ashley carol deborah sharon stephanie amy kathleen
    emily margaret nicole christine heather diane julie carolyn shirley rachel betty janet katherine cheryl judith
    catherine lauren megan joyce janice judy jacqueline denise amber dorothy brittany danielle kathryn lori joan tammy
    kathy ann tiffany crystal hannah beverly dawn marilyn helen ruth bonnie wendy cindy jane connie peggy frances
    natalie allison sherry valerie michele marie anne alice rose kristen suzanne jill phyllis melanie abigail evelyn
    jasmine grace holly elaine debbie ellen darlene joanne doris carrie katie kristin renee charlotte cathy laurie sally
    vicki beth colleen brooke lois terri annette audrey leah caroline maureen joann yvonne heidi haley eileen kaitlyn
    annie molly sue charlene lorraine ruby irene jeanette jeanne geraldine marlene joy vickie lillian destiny brandy
    louise rosemary paige constance caitlin carole madeline brandi katelyn gabrielle alison christy dolores vivian toni
    marjorie penny savannah dianne arlene patsy claire gwendolyn josephine meghan mildred esther bethany becky faith
    hailey misty shelly sherri chloe kristine candace jenny brittney jodi bridget sheryl delores eleanor monique kristi
    desiree rachael jacquelyn edith melody kelli naomi shelley mariah krystal kristy pauline daisy candice lucy jillian
    rebekah hope jocelyn nichole lynne gladys sheri kaylee isabel miriam robyn adrienne yvette margie kari kylie
    marianne marian florence roxanne lucille patty maryann ethel beatrice kaitlin bernice traci vicky zoe antoinette
    janie kellie carly kirsten aimee hazel angie jaclyn maggie iris gretchen maxine janis rochelle lillie kate christie
    paulette lily celeste abby ginger teri bernadette janelle patti doreen jennie jeannette raquel lynette betsy mindy
    shari caitlyn hayley meagan ashlee rosemarie faye stacie kristie tami elise allyson susie rosie ebony rosalie mandy
    kimberley cassie kerri nadine stefanie cheri tammie sherrie mattie madelyn jeannie sadie elsie elisabeth jasmin pam
    francine janine tracie rachelle harriet genevieve keri corinne britney isabelle gracie bessie nellie dixie katharine
    ashleigh minnie cherie chelsey aaliyah sophie charity cathleen agnes karin joni leanne marguerite candy janette
    jolene jazmin josie callie therese marisol brooklyn violet eunice ashlyn staci mae julianne jayne daphne trudy kylee
    jenifer susanne deloris gwen jazmine bobbi leann ernestine jeanine jeri madeleine hattie alyson lorie chasity margo
    angelique bridgette noelle maribel marcy christi ingrid katelynn rosalind gertrude giselle penelope
    astrid aurore ayelet brigitte farah gillian hillary ilhan leilani liz marine maryam meg mei mette ngozi nikki noreen
    segolene shirin sigrid sylvie tulsi yael zeinab clare
    prudence felicity clemence
    """.split()
)

MENS_GIVEN_NAMES = frozenset(
    """
    michael james john robert david william richard christopher joseph thomas daniel charles matthew mark steven anthony
    brian kevin paul kenneth andrew joshua timothy donald ronald jeffrey jason gary eric stephen edward ryan larry
    george scott nicholas jonathan justin gregory brandon jacob patrick dennis benjamin douglas samuel frank raymond
    adam aaron peter zachary jose alexander kyle keith jeremy nathan roger sean bruce gerald jack bryan carl randy
    lawrence austin walter alan henry craig wayne billy todd bradley travis phillip johnny juan danny arthur philip
    russell harold jimmy cody roy albert vincent chad dylan rodney martin victor jeffery carlos joel ralph tony ricky
    curtis louis steve ethan allen derek luis eugene dustin randall glenn antonio marcus nathaniel stanley troy jared
    howard mike barry frederick harry leonard shane fred ernest evan jesus marvin jay jon caleb noah ian tommy melvin
    wesley micheal mitchell norman darrell luke edwin isaac earl erik calvin dean brent marc trevor seth miguel theodore
    derrick manuel clarence don jerome ray alfred jim mario connor ricardo clifford elijah jeff oscar bill leroy lucas
    garrett bernard jeremiah warren isaiah francisco jorge tom herbert reginald leon gordon lance duane darren alvin
    alejandro mason clayton glen franklin roberto ruben maurice darryl colin dominic edgar neil lloyd gilbert dan kurt
    grant karl vernon jackson brad cole tim rick lewis hector jake greg ivan eduardo tyrone johnathan clinton allan
    brendan floyd max javier leo gavin fernando dwayne clyde raul omar pedro dwight terrence kirk preston xavier ross
    andy kent bob lester terrance harvey mathew dalton byron guy marshall rickey jonathon owen stuart herman milton
    sergio rafael arnold ramon levi ted armando roland nicolas andres kristopher sam nelson damon wade colton marco
    geoffrey collin dave cesar sebastian chester dillon wyatt erick alberto maxwell fredrick diego clifton abraham julio
    garry kenny landon gerard angelo ben neal kelvin enrique claude arturo alfredo alec damian lorenzo randolph emmanuel
    hugh roderick malcolm rex bryant darius trent gerardo everett oliver felix wallace rudy wendell nolan kaleb trenton
    israel carlton benny harrison orlando donovan gregg elmer marcos miles liam cedric salvador ron julius dominick
    damien eli lyle ernesto morris virgil josiah salvatore willard ty simon nick elias terence otis earnest darin malik
    ken gage pablo clark nickolas clay brock luther myron clint forrest bradford bret jonah alfonso darrin quentin
    randal alton emanuel gustavo sheldon dante trey josue jamal pete rodolfo roman zachery tyson alonzo braden leonardo
    abel brayden sherman rudolph edmund delbert leland timmy saul laurence darrel fabian zane wilson marlon ismael heath
    jarrod stephan lowell sylvester roosevelt stewart dane dexter hubert rocky horace willis branden dewayne zackary
    guillermo jerald antoine felipe doug gilberto cornelius jayson desmond moses emilio johnathon deandre grady freddy
    quinton wilbert caden lamont conrad homer graham myles jakob matt vladimir sergei sergey dmitry dmitri alexei alexey
    andrei andrey mikhail nikolai nikolay yuri yury igor oleg boris viktor valery vyacheslav gennady yevgeny evgeny
    konstantin anatoly pavel maxim petro volodymyr oleksandr oleksiy mykhailo mykola vitali vitaliy taras bohdan andriy
    kyrylo ruslan ramzan aleksandr alexandr vadim vasily grigory arkady timur rustam akhmad emomali kassym nursultan
    shavkat ilham nikol mohammed muhammad mohamed mohammad ahmed ahmad ali hassan hussein hussain abdul abdullah
    abdallah khalid mahmoud ibrahim youssef yousef yusuf karim hamid hamad salman faisal fahd nasser saad saeed walid
    tariq ismail bashar hafez hosni anwar gamal abdel abdulaziz ayman osama nabil marwan riyad samir sami fadi rami ziad
    yahya hamza bilal imran nawaz shehbaz asif javad mohsen ebrahim abbas masoud hossein qasem esmail kazem reza mehdi
    hamed recep mehmet ahmet hakan kemal hulusi mevlut narendra rahul amit rajnath manmohan arvind subrahmanyam
    jaishankar shehzad shinzo fumio yoshihide taro kenji hiroshi takeshi shigeru olaf friedrich wolfgang heiko jens
    jurgen hans helmut gerhard markus stefan lars anders mats sven magnus jonas bjorn jukka sauli petteri francois
    jacques pierre yves gabriel sebastien thierry olivier laurent didier giuseppe giorgio matteo luigi silvio enrico
    paolo carlo mariano santiago andrzej mateusz jaroslaw radoslaw zbigniew milos aleksandar yoav gideon naftali yair
    avigdor itamar bezalel yossi moshe ehud yitzhak shimon uhuru yoweri abiy cyril muhammadu bola goodluck olusegun
    thabo emmerson oskar henrik mikael jakub tomasz piotr krzysztof pawel marek lukas tobias florian matthias johannes
    klaus dieter horst uwe rolf jorg ulf nils knut fredrik rasmus mads soren jesper morten kasper antti timo juha pekka
    heikki luiz joao jair bogdan dragan goran zoran milan dusan nenad branko slobodan vojislav darko ljubomir miroslav
    stanislav bronislaw wladyslaw wojciech grzegorz tadeusz janusz ryszard lech jerzy zdenek vaclav jiri petr karel
    ladislav istvan laszlo janos zoltan gyorgy ferenc sandor tibor csaba gabor mircea traian vasile nicolae gheorghe
    kyriakos yanis giorgos konstantinos dimitris nikos panagiotis gitanas edgars arturs serzh irakli mikheil giorgi
    ashraf alassane macky sipho themba bongani mandla tshepo sibusiso thulani
    """.split()
)

# Men's names in -a, where the ending tells no woman ("Nikita", "Andrea").
MENS_NAMES_IN_A = frozenset({"nikita", "ilya", "luca", "joshua", "mustafa", "musa", "isa", "attila", "foma", "kosta", "andrea", "sasha"})

# women's given names in -a that no man in the genre's texts bears (not "Andrea", "Nicola", "Luca", "Mustafa"): the
# leaders and officials quoted about most, whom an analyst's "He said" after them never means
WOMENS_NAMES_IN_A = frozenset(
    """kamala angela theresa ursula giorgia jacinda kaja sanna yulia svetlana olena olga irina tatiana natalia elena anna
    maria julia laura linda barbara patricia jessica sandra rebecca martha amanda victoria diana emma""".split()
)

# The women's names in -a a photo's credit may open on: the leaders' names above (Victoria left out: a state's, a lake's,
# a harbour's name), the others the SSA criterion covers (Lisa, Nina, Ida) and the commonest of other European languages
# (Lena, Mira, Maja, Petra). Left out of WOMENS_GIVEN_NAMES, whose sex the ending tells, and of the engine's GIVEN_NAMES;
# no place's name or common word (Virginia, Georgia, Stella), nor one a place or a brand bears more often than a person in
# the genre's texts (Sofia a capital, Alma and Ada counties and colleges, Vera Cruz, MARTA, San Mateo).
WOMENS_COMMON_NAMES_IN_A = WOMENS_NAMES_IN_A - {"victoria"} | frozenset(
    """lisa sara nina eva ella ida rosa lena mira erica erika tina wanda rita gloria teresa monica paula tanya sonia
    alicia vanessa samantha christina kristina tamara sheila norma thelma edna bertha olivia sophia isabella gina nora
    anita roberta loretta rhonda wilma lydia jenna brianna marissa melinda leticia carla cristina sylvia tricia felicia
    veronica yolanda cynthia melissa pamela donna brenda maja petra ivana hanna""".split()
)
# the commonest men's given names of other European languages that US births do not rank (Ivo, Tomas/Tomáš, Matej,
# Pieter): not a brand's or a common word's (Hugo, Ville)
MENS_EUROPEAN_GIVEN_NAMES = frozenset("ivo tomas anton emil filip ondrej matej marko niklas mikko pieter joost daan bram".split())

GIVEN_NAMES = MENS_GIVEN_NAMES | WOMENS_GIVEN_NAMES
# the names a photo's credit may open on: the engine's GIVEN_NAMES decide who a capitalised word in running text is
# ("Anna Club said", "Mayor of Port Alma Rina Soto"), so these others are read only in a credit (bylines.credited_person_name)
CREDITED_GIVEN_NAMES = GIVEN_NAMES | WOMENS_COMMON_NAMES_IN_A | MENS_EUROPEAN_GIVEN_NAMES


def given_name_sex(word: str) -> str | None:
    """What a word tells as a given name: "female" or "male" as most who bear it are ("Brittany", "Vladimir"; a capitalised
    name in -a, "Corinna", the lists leave women's names in -a out), "either" for a man's name in -a ("Nikita"), None where
    it is no given name the lists or the ending know ("Tomas", "Ma")."""
    name = fold(word)
    if name in WOMENS_GIVEN_NAMES:
        return "female"
    if name in MENS_GIVEN_NAMES:
        return "male"
    if name.endswith("a") and len(name) > 2 and word[:1].isupper():
        return "either" if name in MENS_NAMES_IN_A else "female"
    return None


def listed_given_name(word: str) -> bool:
    """Whether the word is a given name the lists hold ("Stuart", "José"). Where a word's being a name is in question
    (a heading of two capitalised words that may be a byline), given_name_sex's ending is not read: "Russia", "Media" and
    "Agenda" open headings, no woman's name."""
    return fold(word) in GIVEN_NAMES


def credited_given_name(word: str) -> bool:
    """Whether the word is a given name a photo's credit may open on ("Lena Brandt/Harbour Wire"): the listed ones and the
    common ones the lists leave to their ending or do not rank (CREDITED_GIVEN_NAMES). Read only in captions' credit checks,
    through bylines.credited_person_name."""
    return fold(word) in CREDITED_GIVEN_NAMES
