import type { Figure, Quote, StrikeEvent } from '../model.js';

/**
 * 29 Dec 2023 – 1 Jan 2024: Russia's bombardment of 29 Dec, the Belgorod attack of 30 Dec, Russia's strikes on
 * Kharkiv and Kherson that day, the UN Security Council meeting, Putin's "intensify" statement and the New Year's Day
 * drone attack. Sources: WION, 30 Dec 2023; The Moscow Times, 1 Jan 2024.
 */
const WION = 'wion-2023-12-30';
const MT = 'moscow-times-2024-01-01';

export const events: StrikeEvent[] = [
  {
    id: '2023-12-29-aerial-bombardment',
    kind: 'air-attack',
    headline: "Russia's aerial bombardment across Ukraine",
    summary:
      "Russia carried out an hours-long aerial bombardment across Ukraine, WION reported, calling it the Kremlin's biggest air attack on Kyiv since the war began. Kyiv's mayor, Vitalii Klitschko, said the attack on the capital was the largest in civilian casualties since the start of the full-scale invasion, that bodies had been recovered from the rubble of a warehouse, and that a day of mourning would be declared in Kyiv.",
    date: '2023-12-29',
    dateNote:
      'Friday 29 Dec 2023: "On Friday" in WION (published Saturday 30 Dec) and "the day before" the Belgorod attack of Saturday 30 Dec in The Moscow Times.',
    places: ['ukraine', 'kyiv'],
    attackers: [{ party: 'russia', assertedBy: ['wion', 'moscow-times'], sources: [WION, MT] }],
    struck: ['ukraine'],
    sources: [WION, MT],
    i18n: {
      uk: {
        headline: 'Масований повітряний удар Росії по всій Україні',
        summary:
          'Росія багато годин завдавала повітряних ударів по всій Україні, повідомив WION, назвавши це найбільшою повітряною атакою Кремля на Київ від початку війни. Мер Києва Віталій Кличко заявив, що атака на столицю стала найбільшою за кількістю жертв серед цивільних від початку повномасштабного вторгнення, що з-під завалів складу дістали тіла, і що в Києві оголосять день жалоби.',
      },
      ru: {
        headline: 'Массированный воздушный удар России по всей Украине',
        summary:
          'Россия много часов наносила воздушные удары по всей Украине, сообщил WION, назвав это крупнейшей воздушной атакой Кремля на Киев с начала войны. Мэр Киева Виталий Кличко заявил, что атака на столицу стала крупнейшей по числу жертв среди мирных жителей с начала полномасштабного вторжения, что из-под завалов склада извлекли тела и что в Киеве объявят день траура.',
      },
    },
  },
  {
    id: '2023-12-30-belgorod-attack',
    // Russia names rockets, the Ukrainian source drones: the kind names neither (each is in the weapons, attributed).
    kind: 'attack',
    headline: 'Attack on the Russian border city of Belgorod',
    summary:
      'Russian authorities blamed Ukraine for an attack on the border city of Belgorod, accused it of using Olkha and Czech-made Vampire rockets, and vowed that the crime would not go unpunished. Ukraine did not comment publicly; a Ukrainian security source told BBC News that only military infrastructure had been targeted and blamed falling fragments from Russian air defence for the civilian casualties.',
    date: '2023-12-30',
    dateNote:
      'Saturday 30 Dec 2023: reported that day by WION and as "Saturday\'s attack" by The Moscow Times on Monday 1 Jan 2024.',
    places: ['belgorod'],
    attackers: [
      {
        party: 'ukraine',
        assertedBy: ['russian-authorities', 'russian-defence-ministry', 'vladimir-putin'],
        sources: [WION, MT],
        note: 'Ukraine did not comment publicly; a Ukrainian security source said only military infrastructure had been targeted.',
      },
    ],
    struck: ['russia'],
    targets: [
      {
        description: 'only military infrastructure',
        assertedBy: ['ukrainian-security-source'],
        sources: [WION],
        i18n: {
          uk: { description: 'лише військова інфраструктура' },
          ru: { description: 'только военная инфраструктура' },
        },
      },
      {
        description: 'the city centre, where people were walking',
        assertedBy: ['vladimir-putin'],
        sources: [MT],
        i18n: {
          uk: { description: 'центр міста, де гуляли люди' },
          ru: { description: 'центр города, где гуляли люди' },
        },
      },
    ],
    weapons: [
      {
        reported: 'Ukrainian Olkha',
        canonical: 'Olkha',
        assertedBy: ['russian-authorities'],
        sources: [WION],
        i18n: { uk: { reported: 'українська «Вільха»' }, ru: { reported: 'украинская «Ольха»' } },
      },
      {
        reported: 'Czech-made Vampire rockets',
        canonical: 'Vampire',
        assertedBy: ['russian-authorities'],
        sources: [WION],
        i18n: {
          uk: { reported: 'ракети Vampire чеського виробництва' },
          ru: { reported: 'ракеты Vampire чешского производства' },
        },
      },
      {
        reported: 'drones',
        canonical: 'drone',
        assertedBy: ['ukrainian-security-source'],
        sources: [WION],
        i18n: { uk: { reported: 'дрони' }, ru: { reported: 'дроны' } },
      },
    ],
    relations: [
      {
        // The security source called the drone launches a "response to Russia's terrorist attacks on Ukrainian
        // cities and civilians", naming no attack: the link to the 29 December bombardment is WION's, and in time.
        event: '2023-12-29-aerial-bombardment',
        kind: 'follow-up',
        assertedBy: ['wion'],
        source: WION,
        note: 'WION reports the attack as coming a day after the Kremlin unleashed its biggest air attack on Kyiv since the war began.',
      },
    ],
    sources: [WION, MT],
    i18n: {
      uk: {
        headline: 'Атака на російське прикордонне місто Бєлгород',
        summary:
          'Російська влада звинуватила Україну в атаці на прикордонне місто Бєлгород, заявила про застосування ракет «Вільха» та чеських Vampire і пообіцяла, що злочин не залишиться безкарним. Україна публічно не коментувала інцидент; джерело в українських силових структурах повідомило BBC News, що ціллю була лише військова інфраструктура, а в жертвах серед цивільних звинуватило уламки, що падали після роботи російської ППО.',
      },
      ru: {
        headline: 'Атака на российский приграничный город Белгород',
        summary:
          'Российские власти обвинили Украину в атаке на приграничный город Белгород, заявили о применении ракет «Ольха» и чешских Vampire и пообещали, что преступление не останется безнаказанным. Украина публично не комментировала инцидент; источник в украинских силовых структурах сообщил BBC News, что целью была только военная инфраструктура, а в жертвах среди мирных жителей обвинил обломки, падавшие после работы российской ПВО.',
      },
    },
  },
  {
    id: '2023-12-30-kharkiv-kherson-strikes',
    kind: 'air-attack',
    headline: 'Russian strikes on Kharkiv and Kherson before New Year’s Eve',
    summary:
      "Russia launched air attacks on Kharkiv and Kherson in the hours leading into New Year's Eve, Ukrainian officials said. The head of Kharkiv's regional administration said Russia launched rocket attacks on the city and that children and a foreign national were among the injured; WION reported a person killed in the Russian shelling of a residential building in Kherson. Ukraine's General Staff reported Iranian-made Shahed drones shot down across the Kherson, Khmelnytskyi and Mykolaiv regions.",
    date: '2023-12-30',
    dateNote: 'Saturday 30 Dec 2023 ("on Saturday" in WION, published that day).',
    places: ['kharkiv', 'kherson', 'kherson-region', 'khmelnytskyi-region', 'mykolaiv-region'],
    attackers: [
      {
        party: 'russia',
        assertedBy: ['kharkiv-regional-administration', 'ukraine-general-staff'],
        sources: [WION],
      },
    ],
    struck: ['ukraine'],
    weapons: [
      {
        reported: 'rocket attacks',
        canonical: 'rocket',
        assertedBy: ['kharkiv-regional-administration'],
        sources: [WION],
        i18n: { uk: { reported: 'ракетні удари' }, ru: { reported: 'ракетные удары' } },
      },
      {
        reported: 'Iranian-made Shahed drones',
        canonical: 'Shahed',
        assertedBy: ['ukraine-general-staff'],
        sources: [WION],
        i18n: {
          uk: { reported: 'дрони Shahed іранського виробництва' },
          ru: { reported: 'дроны Shahed иранского производства' },
        },
      },
    ],
    relations: [
      {
        event: '2023-12-30-belgorod-attack',
        kind: 'follow-up',
        assertedBy: ['wion'],
        source: WION,
        note: 'WION reports the strikes as coming after Moscow vowed to punish Ukraine for the attack on Belgorod.',
      },
    ],
    sources: [WION],
    i18n: {
      uk: {
        headline: 'Російські удари по Харкову та Херсону напередодні Нового року',
        summary:
          'Росія завдала повітряних ударів по Харкову та Херсону напередодні Нового року, повідомили українські посадовці. Голова Харківської обласної адміністрації заявив, що Росія завдала ракетних ударів по місту і що серед поранених є діти та іноземець; WION повідомив про загиблого внаслідок російського обстрілу житлового будинку в Херсоні. Генштаб ЗСУ повідомив про збиті іранські дрони Shahed над Херсонською, Хмельницькою та Миколаївською областями.',
      },
      ru: {
        headline: 'Российские удары по Харькову и Херсону накануне Нового года',
        summary:
          'Россия нанесла воздушные удары по Харькову и Херсону накануне Нового года, сообщили украинские официальные лица. Глава Харьковской областной администрации заявил, что Россия нанесла ракетные удары по городу и что среди раненых есть дети и иностранец; WION сообщил о погибшем в результате российского обстрела жилого дома в Херсоне. Генштаб ВСУ сообщил о сбитых иранских дронах Shahed над Херсонской, Хмельницкой и Николаевской областями.',
      },
    },
  },
  {
    id: '2023-12-30-un-security-council-meeting',
    kind: 'meeting',
    headline: 'UN Security Council meets at Russia’s request over Belgorod',
    summary:
      "The UN Security Council held an urgent meeting in New York at Russia's request, and Moscow asked the Czech representative to attend. Russia's ambassador, Vasily Nebenzya, called the Belgorod attack a deliberate act of terrorism against civilians; Ukraine's representative, Serhii Dvornyk, said the only way to stop human suffering was to stop the war itself.",
    date: '2023-12-30',
    dateNote: 'Saturday 30 Dec 2023 ("held on Saturday" in WION, published that day).',
    places: ['new-york'],
    attackers: [],
    struck: [],
    relations: [
      {
        event: '2023-12-30-belgorod-attack',
        kind: 'follow-up',
        assertedBy: ['wion'],
        source: WION,
        note: 'Held at Russia’s request after the Belgorod attack.',
      },
    ],
    sources: [WION],
    i18n: {
      uk: {
        headline: 'Рада Безпеки ООН зібралася на запит Росії через атаку на Бєлгород',
        summary:
          'Рада Безпеки ООН провела термінове засідання в Нью-Йорку на запит Росії; Москва попросила представника Чехії бути присутнім на засіданні. Посол Росії Василь Небензя назвав атаку на Бєлгород навмисним терористичним актом проти цивільних; представник України Сергій Дворник заявив, що єдиний спосіб зупинити людські страждання — зупинити саму війну.',
      },
      ru: {
        headline: 'Совет Безопасности ООН собрался по запросу России из-за атаки на Белгород',
        summary:
          'Совет Безопасности ООН провёл срочное заседание в Нью-Йорке по запросу России; Москва попросила присутствовать представителя Чехии. Посол России Василий Небензя назвал атаку на Белгород преднамеренным террористическим актом против мирных жителей; представитель Украины Сергей Дворник заявил, что единственный способ остановить человеческие страдания — остановить саму войну.',
      },
    },
  },
  {
    id: '2024-01-01-putin-intensify-statement',
    kind: 'statement',
    headline: 'Putin says Russia will intensify strikes on Ukraine',
    summary:
      'Visiting a military hospital, Vladimir Putin said Russia would intensify its strikes on Ukraine after the attack on Belgorod, which he called a terrorist attack, and said Russia hits military targets, not civilians.',
    date: '2024-01-01',
    dateNote: 'Monday 1 Jan 2024 ("said Monday" in The Moscow Times, published that day).',
    places: [],
    attackers: [],
    struck: [],
    relations: [
      {
        event: '2023-12-30-belgorod-attack',
        kind: 'response-to',
        assertedBy: ['vladimir-putin'],
        source: MT,
      },
    ],
    sources: [MT],
    i18n: {
      uk: {
        headline: 'Путін заявив, що Росія посилить удари по Україні',
        summary:
          'Під час відвідин військового шпиталю Володимир Путін заявив, що Росія посилить удари по Україні після атаки на Бєлгород, яку він назвав терористичною, і що Росія б’є по військових цілях, а не по цивільних.',
      },
      ru: {
        headline: 'Путин заявил, что Россия усилит удары по Украине',
        summary:
          'Посещая военный госпиталь, Владимир Путин заявил, что Россия усилит удары по Украине после атаки на Белгород, которую он назвал террористической, и что Россия бьёт по военным целям, а не по мирным жителям.',
      },
    },
  },
  {
    id: '2024-01-01-new-year-drone-attack',
    kind: 'drone-strike',
    headline: 'Russian drone attack on Ukraine on New Year’s Day',
    summary: "Kyiv said Russia's armed forces had used a record number of drones to strike Ukraine on New Year's Day.",
    date: '2024-01-01',
    dateNote: 'Monday 1 Jan 2024 ("on New Year\'s Day" in The Moscow Times, published that day).',
    places: ['ukraine'],
    attackers: [{ party: 'russia', assertedBy: ['ukrainian-authorities'], sources: [MT] }],
    struck: ['ukraine'],
    weapons: [
      {
        reported: 'drones',
        canonical: 'drone',
        assertedBy: ['ukrainian-authorities'],
        sources: [MT],
        i18n: { uk: { reported: 'дрони' }, ru: { reported: 'дроны' } },
      },
    ],
    sources: [MT],
    i18n: {
      uk: {
        headline: 'Російська атака дронів на Україну в перший день нового року',
        summary:
          'Київ заявив, що російські збройні сили застосували рекордну кількість дронів для ударів по Україні на Новий рік.',
      },
      ru: {
        headline: 'Российская атака дронов на Украину в первый день нового года',
        summary:
          'Киев заявил, что российские вооружённые силы применили рекордное количество дронов для ударов по Украине в Новый год.',
      },
    },
  },
];

const KLITSCHKO_ROLE = {
  claimantRole: 'mayor of Kyiv',
  i18n: {
    uk: { claimantRole: 'мер Києва', claimantRoleGenitive: 'мера Києва' },
    ru: { claimantRole: 'мэр Киева', claimantRoleGenitive: 'мэра Киева' },
  },
};

export const figures: Figure[] = [
  {
    id: '2023-12-29-killed-wion',
    event: '2023-12-29-aerial-bombardment',
    metric: 'killed',
    value: { n: 41 },
    qualifier: 'at-least',
    verbatim: 'killing at least 41 civilians',
    claimant: 'wion',
    reportedIn: [WION],
    asOf: '2023-12-30',
    developing: true,
    note: 'Stated by WION without attribution.',
  },
  {
    id: '2023-12-29-killed-moscow-times',
    event: '2023-12-29-aerial-bombardment',
    metric: 'killed',
    value: { n: 23 },
    qualifier: 'exactly',
    verbatim: 'killing 23 people',
    claimant: 'moscow-times',
    reportedIn: [MT],
    asOf: '2024-01-01',
    note: 'Stated by The Moscow Times without attribution.',
  },
  {
    id: '2023-12-29-killed-kyiv-klitschko',
    event: '2023-12-29-aerial-bombardment',
    place: 'kyiv',
    metric: 'killed',
    value: { n: 16 },
    qualifier: 'at-least',
    verbatim: 'the toll in the capital Kyiv rose to at least 16',
    claimant: 'vitalii-klitschko',
    ...KLITSCHKO_ROLE,
    reportedIn: [WION],
    asOf: '2023-12-30',
    developing: true,
    note: 'Rescuers were still clearing the rubble of a warehouse.',
  },
  {
    id: '2023-12-30-belgorod-killed-russian-authorities',
    event: '2023-12-30-belgorod-attack',
    metric: 'killed',
    value: { n: 21 },
    qualifier: 'at-least',
    verbatim: 'at least 21 people, including three children, were killed',
    claimant: 'russian-authorities',
    reportedIn: [WION],
    asOf: '2023-12-30',
    developing: true,
  },
  {
    id: '2023-12-30-belgorod-children-killed-russian-authorities',
    event: '2023-12-30-belgorod-attack',
    metric: 'children-killed',
    value: { n: 3 },
    qualifier: 'exactly',
    verbatim: 'including three children',
    claimant: 'russian-authorities',
    reportedIn: [WION],
    asOf: '2023-12-30',
    partOf: '2023-12-30-belgorod-killed-russian-authorities',
  },
  {
    id: '2023-12-30-belgorod-injured-russian-authorities',
    event: '2023-12-30-belgorod-attack',
    metric: 'injured',
    value: { n: 110 },
    qualifier: 'exactly',
    verbatim: '110 others wounded',
    claimant: 'russian-authorities',
    reportedIn: [WION],
    asOf: '2023-12-30',
    developing: true,
  },
  {
    id: '2023-12-30-belgorod-killed-moscow-times',
    event: '2023-12-30-belgorod-attack',
    metric: 'killed',
    value: { n: 24 },
    qualifier: 'at-least',
    verbatim: 'at least two dozen people dead',
    claimant: 'moscow-times',
    reportedIn: [MT],
    asOf: '2024-01-01',
    note: 'Stated by The Moscow Times without attribution.',
  },
  {
    id: '2023-12-30-belgorod-injured-moscow-times',
    event: '2023-12-30-belgorod-attack',
    metric: 'injured',
    value: { n: 100 },
    qualifier: 'more-than',
    verbatim: 'more than 100 injured',
    claimant: 'moscow-times',
    reportedIn: [MT],
    asOf: '2024-01-01',
    note: 'Stated by The Moscow Times without attribution.',
  },
  {
    id: '2023-12-30-belgorod-launched-security-source',
    event: '2023-12-30-belgorod-attack',
    metric: 'launched',
    munition: 'drones',
    value: { n: 70 },
    qualifier: 'more-than',
    verbatim: 'over 70 drones had been launched against Russian targets',
    claimant: 'ukrainian-security-source',
    reportedIn: [WION],
    asOf: '2023-12-30',
    note: 'Told to BBC News; launched "against Russian targets", not only Belgorod.',
  },
  {
    id: '2023-12-30-kharkiv-attacks-regional-administration',
    event: '2023-12-30-kharkiv-kherson-strikes',
    place: 'kharkiv',
    metric: 'attacks',
    munition: 'rockets',
    value: { n: 6 },
    qualifier: 'exactly',
    verbatim: 'six rocket attacks',
    claimant: 'kharkiv-regional-administration',
    reportedIn: [WION],
    asOf: '2023-12-30',
  },
  {
    id: '2023-12-30-kharkiv-children-injured-regional-administration',
    event: '2023-12-30-kharkiv-kherson-strikes',
    place: 'kharkiv',
    metric: 'children-injured',
    value: { n: 2 },
    qualifier: 'at-least',
    verbatim: 'at least two children',
    claimant: 'kharkiv-regional-administration',
    reportedIn: [WION],
    asOf: '2023-12-30',
    developing: true,
    note: 'A foreign national was also among the injured.',
  },
  {
    id: '2023-12-30-kherson-killed-wion',
    event: '2023-12-30-kharkiv-kherson-strikes',
    place: 'kherson',
    metric: 'killed',
    value: { n: 1 },
    qualifier: 'exactly',
    verbatim: 'one person had been killed',
    claimant: 'wion',
    reportedIn: [WION],
    asOf: '2023-12-30',
    note: 'Stated by WION without naming who counted.',
  },
  {
    id: '2023-12-30-intercepted-general-staff',
    event: '2023-12-30-kharkiv-kherson-strikes',
    metric: 'intercepted',
    munition: 'drones',
    value: { n: 10 },
    qualifier: 'exactly',
    verbatim: '10 Iranian-made Shahed drones had been shot down',
    claimant: 'ukraine-general-staff',
    reportedIn: [WION],
    asOf: '2023-12-30',
    note: 'Across the Kherson, Khmelnytskyi and Mykolaiv regions.',
  },
];

const klitschko = {
  speaker: 'vitalii-klitschko',
  role: 'mayor of Kyiv',
  source: WION,
  date: '2023-12-30',
  language: 'en',
  events: ['2023-12-29-aerial-bombardment'],
  i18n: { uk: { role: 'мер Києва' }, ru: { role: 'мэр Киева' } },
};
const putin = {
  speaker: 'vladimir-putin',
  role: 'president of Russia',
  source: MT,
  date: '2024-01-01',
  language: 'en',
  i18n: { uk: { role: 'президент Росії' }, ru: { role: 'президент России' } },
};
const securitySource = {
  speaker: 'ukrainian-security-source',
  source: WION,
  date: '2023-12-30',
  language: 'en',
  partial: true,
  events: ['2023-12-30-belgorod-attack'],
  note: 'Told to BBC News.',
};

export const quotes: Quote[] = [
  {
    id: 'klitschko-largest-civilian-casualties',
    ...klitschko,
    text: 'The attack on the capital city on December 29 was the largest in terms of civilian casualties since the start of the full-scale invasion. Rescuers are working and will continue to clear the rubble until tomorrow',
  },
  { id: 'klitschko-day-of-mourning', ...klitschko, text: 'January 1 will be declared a Day of Mourning in Kyiv.' },
  {
    id: 'terekhov-emergency-services',
    text: 'All relevant emergency services are already on the site. Information about potential casualties is being clarified.',
    speaker: 'ihor-terekhov',
    role: 'mayor of Kharkiv',
    source: WION,
    date: '2023-12-30',
    language: 'en',
    events: ['2023-12-30-kharkiv-kherson-strikes'],
    note: 'Posted on Telegram.',
    i18n: { uk: { role: 'мер Харкова' }, ru: { role: 'мэр Харькова' } },
  },
  {
    id: 'russian-defence-ministry-divert-attention',
    text: 'The Kyiv regime is trying to divert attention from the defeats on the front lines and to provoke us into taking similar actions',
    speaker: 'russian-defence-ministry',
    source: WION,
    date: '2023-12-30',
    language: 'en',
    events: ['2023-12-30-belgorod-attack'],
    note: 'From a ministry statement.',
  },
  {
    id: 'nebenzya-deliberate-act-of-terrorism',
    text: 'a deliberate act of terrorism planned against civilians',
    partial: true,
    speaker: 'vasily-nebenzya',
    // The report's words: "Russia's ambassador Vasily Nebenzya claimed at the UN"; it names no post.
    role: "Russia's ambassador",
    source: WION,
    date: '2023-12-30',
    language: 'en',
    events: ['2023-12-30-belgorod-attack', '2023-12-30-un-security-council-meeting'],
    i18n: { uk: { role: 'посол Росії' }, ru: { role: 'посол России' } },
  },
  {
    id: 'dvornyk-stop-the-war',
    text: 'the only way to stop human suffering is to stop the war itself.',
    partial: true,
    speaker: 'serhii-dvornyk',
    role: "Ukraine's representative",
    source: WION,
    date: '2023-12-30',
    language: 'en',
    events: ['2023-12-30-un-security-council-meeting'],
    note: 'WION calls him Ukraine\'s "representative to the US"; he spoke to the UN Security Council.',
    i18n: { uk: { role: 'представник України' }, ru: { role: 'представитель Украины' } },
  },
  {
    id: 'security-source-response',
    ...securitySource,
    text: "response to Russia's terrorist attacks on Ukrainian cities and civilians",
  },
  { id: 'security-source-air-defence', ...securitySource, text: 'incompetent work of Russian air defence' },
  {
    id: 'putin-intensify-the-strikes',
    ...putin,
    text: "We're going to intensify the strikes. No crime against civilians will rest unpunished, that's for certain",
    events: ['2024-01-01-putin-intensify-statement', '2023-12-30-belgorod-attack'],
  },
  {
    id: 'putin-burning-with-rage',
    ...putin,
    text: "Of course, we can strike public squares and Kyiv, and any other city. I understand. I'm burning with rage myself. But do we need to attack civilians? No, we hit military targets, and we'll continue to do that",
    events: ['2024-01-01-putin-intensify-statement'],
  },
  {
    id: 'putin-terrorist-attack',
    ...putin,
    text: 'terrorist attack',
    partial: true,
    events: ['2023-12-30-belgorod-attack', '2024-01-01-putin-intensify-statement'],
  },
  {
    id: 'putin-city-center',
    ...putin,
    text: "right in the city center, where people were walking, before New Year's Eve",
    partial: true,
    events: ['2023-12-30-belgorod-attack', '2024-01-01-putin-intensify-statement'],
  },
  {
    id: 'putin-settle-its-problems',
    ...putin,
    text: 'settle its problems',
    partial: true,
    events: ['2024-01-01-putin-intensify-statement'],
  },
  {
    id: 'putin-strategic-initiative',
    ...putin,
    text: 'strategic initiative',
    partial: true,
    events: ['2024-01-01-putin-intensify-statement'],
  },
  {
    id: 'putin-how-i-am-being-briefed',
    ...putin,
    text: 'In any case, that is how I am being briefed and I always insist any offensive operations should be done after a defeat of the enemy',
    events: ['2024-01-01-putin-intensify-statement'],
  },
];
