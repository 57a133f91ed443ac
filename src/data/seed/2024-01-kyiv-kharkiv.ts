import type { Figure, Quote, StrikeEvent } from '../model.js';

/**
 * January 2024: the shelling on the outskirts of occupied Donetsk that Moscow-installed officials blamed on
 * Ukraine, and Russia's missile strikes on Kyiv and Kharkiv two days later. Source: ABC News (Australia), from
 * AP and Reuters copy, 23 Jan 2024.
 */
const ABC = 'abc-news-au-2024-01-23';

export const events: StrikeEvent[] = [
  {
    id: '2024-01-21-donetsk-shelling',
    kind: 'shelling',
    headline: 'Deadly shelling on the outskirts of occupied Donetsk',
    summary:
      'Moscow-installed officials in eastern Ukraine said Ukrainian shelling killed people on the outskirts of Russian-occupied Donetsk, and the Kremlin spokesman, Dmitry Peskov, called it a "monstrous terrorist act". The Ukrainian military denied having anything to do with it and blamed Russia for the heavy loss of life.',
    date: '2024-01-21',
    dateNote:
      'Sunday 21 Jan 2024: "two days" before the strikes on Kyiv and Kharkiv of Tuesday 23 Jan 2024, the day the report was published.',
    places: ['donetsk'],
    attackers: [
      {
        party: 'ukraine',
        assertedBy: ['moscow-installed-officials', 'dmitry-peskov'],
        deniedBy: ['ukraine-military'],
        sources: [ABC],
      },
      {
        party: 'russia',
        assertedBy: ['ukraine-military'],
        sources: [ABC],
        note: 'Ukrainian forces "blamed Russia for the heavy loss of life".',
      },
    ],
    struck: [],
    sources: [ABC],
    note: 'The report says only "on the outskirts of Russian-occupied Donetsk"; it names no site.',
    i18n: {
      uk: {
        headline: 'Смертоносний обстріл на околиці окупованого Донецька',
        summary:
          'Призначені Москвою посадовці на сході України заявили, що внаслідок українського обстрілу на околиці окупованого Росією Донецька загинули люди; речник Кремля Дмитро Пєсков назвав це «жахливим терористичним актом». Українські військові заперечили будь-яку причетність і поклали відповідальність за численні жертви на Росію.',
      },
      ru: {
        headline: 'Смертоносный обстрел на окраине оккупированного Донецка',
        summary:
          'Назначенные Москвой чиновники на востоке Украины заявили, что в результате украинского обстрела на окраине оккупированного Россией Донецка погибли люди; пресс-секретарь Кремля Дмитрий Песков назвал это «чудовищным террористическим актом». Украинские военные отрицали какую-либо причастность и возложили ответственность за многочисленные жертвы на Россию.',
      },
    },
  },
  {
    id: '2024-01-23-kyiv-kharkiv-missile-strikes',
    kind: 'missile-strike',
    headline: 'Russian missile strikes on Kyiv and Kharkiv',
    summary:
      "Russian missiles targeted Ukraine's two biggest cities, damaging apartment buildings, ABC News reported. In Kharkiv, the regional governor, Oleh Syniehubov, said the missiles damaged residential buildings and shattered hundreds of apartment windows in icy weather, and the mayor, Ihor Terekhov, said an entire section of a multi-storey residential building was destroyed, trapping an unknown number of people. The Kremlin said Russia's military does not target civilians; its spokesman, Dmitry Peskov, said the strikes should not be seen as Moscow's response to the shelling in Donetsk.",
    date: '2024-01-23',
    dateNote: 'Tuesday 23 Jan 2024, the day the report was published.',
    places: ['kyiv', 'kharkiv'],
    attackers: [
      {
        party: 'russia',
        assertedBy: ['oleh-syniehubov', 'vitalii-klitschko'],
        sources: [ABC],
        note: 'The Kremlin did not deny the strikes; it said the military does not target civilians.',
      },
    ],
    struck: ['ukraine'],
    weapons: [
      {
        reported: 'ballistic, cruise, anti-aircraft and guided missiles',
        canonical: 'missile',
        assertedBy: ['unnamed-officials'],
        sources: [ABC],
        i18n: {
          uk: { reported: 'балістичні, крилаті, зенітні та керовані ракети' },
          ru: { reported: 'баллистические, крылатые, зенитные и управляемые ракеты' },
        },
      },
      {
        reported: 'S-300',
        canonical: 'S-300',
        assertedBy: ['oleh-syniehubov'],
        sources: [ABC],
        i18n: { uk: { reported: 'С-300' }, ru: { reported: 'С-300' } },
      },
      {
        reported: 'Kh-32',
        canonical: 'Kh-32',
        assertedBy: ['oleh-syniehubov'],
        sources: [ABC],
        i18n: { uk: { reported: 'Х-32' }, ru: { reported: 'Х-32' } },
      },
      {
        reported: 'hypersonic Iskander missiles',
        canonical: 'Iskander',
        assertedBy: ['oleh-syniehubov'],
        sources: [ABC],
        i18n: {
          uk: { reported: 'гіперзвукові ракети «Іскандер»' },
          ru: { reported: 'гиперзвуковые ракеты «Искандер»' },
        },
      },
    ],
    relations: [
      {
        event: '2024-01-21-donetsk-shelling',
        kind: 'response-to',
        assertedBy: [],
        deniedBy: ['dmitry-peskov'],
        source: ABC,
        note: 'Peskov said the attacks should not be seen as Moscow\'s response to the Donetsk strike: "No, you cannot say that".',
      },
    ],
    sources: [ABC],
    i18n: {
      uk: {
        headline: 'Російські ракетні удари по Києву та Харкову',
        summary:
          'Російські ракети атакували два найбільші міста України й пошкодили житлові будинки, повідомила ABC News. У Харкові голова Харківської ОВА Олег Синєгубов заявив, що ракети пошкодили житлові будинки й вибили сотні вікон у морозну погоду, а мер Ігор Терехов заявив, що зруйновано цілу секцію багатоповерхового житлового будинку, де опинилася заблокованою невідома кількість людей. У Кремлі заявили, що російські військові не б’ють по цивільних; речник Кремля Дмитро Пєсков заявив, що удари не слід розглядати як відповідь Москви на обстріл у Донецьку.',
      },
      ru: {
        headline: 'Российские ракетные удары по Киеву и Харькову',
        summary:
          'Российские ракеты атаковали два крупнейших города Украины и повредили жилые дома, сообщила ABC News. В Харькове губернатор Олег Синегубов заявил, что ракеты повредили жилые дома и выбили сотни окон в морозную погоду, а мэр Игорь Терехов заявил, что разрушена целая секция многоэтажного жилого дома, где оказалось заблокировано неизвестное число людей. В Кремле заявили, что российские военные не бьют по мирным жителям; пресс-секретарь Кремля Дмитрий Песков заявил, что удары не следует рассматривать как ответ Москвы на обстрел в Донецке.',
      },
    },
  },
];

const SYNIEHUBOV_ROLE = {
  claimantRole: 'Kharkiv regional governor',
  i18n: {
    uk: { claimantRole: 'голова Харківської ОВА', claimantRoleGenitive: 'голови Харківської ОВА' },
    ru: { claimantRole: 'губернатор Харьковской области', claimantRoleGenitive: 'губернатора Харьковской области' },
  },
};
const KLITSCHKO_ROLE = {
  claimantRole: 'mayor of Kyiv',
  i18n: {
    uk: { claimantRole: 'мер Києва', claimantRoleGenitive: 'мера Києва' },
    ru: { claimantRole: 'мэр Киева', claimantRoleGenitive: 'мэра Киева' },
  },
};
const STRIKES = '2024-01-23-kyiv-kharkiv-missile-strikes';
const ON_23_JAN = { reportedIn: [ABC], asOf: '2024-01-23' };

export const figures: Figure[] = [
  {
    id: '2024-01-21-donetsk-killed-moscow-installed-officials',
    event: '2024-01-21-donetsk-shelling',
    metric: 'killed',
    value: { n: 27 },
    qualifier: 'exactly',
    verbatim: 'Ukrainian shelling killed 27 people',
    claimant: 'moscow-installed-officials',
    ...ON_23_JAN,
    note: 'Dated by the report that carried it; the officials spoke earlier.',
  },
  {
    id: '2024-01-23-killed-abc',
    event: STRIKES,
    metric: 'killed',
    value: { n: 5 },
    qualifier: 'at-least',
    verbatim: 'killing at least five people',
    claimant: 'abc-news-au',
    ...ON_23_JAN,
    developing: true,
    note: 'Stated by the report without attribution.',
  },
  {
    id: '2024-01-23-injured-abc',
    event: STRIKES,
    metric: 'injured',
    value: { n: 20 },
    qualifier: 'at-least',
    verbatim: 'at least 20 have been left injured',
    claimant: 'abc-news-au',
    ...ON_23_JAN,
    developing: true,
    note: "Stated in the report's key points without attribution.",
  },
  {
    id: '2024-01-23-kharkiv-killed-syniehubov',
    event: STRIKES,
    place: 'kharkiv',
    metric: 'killed',
    value: { n: 5 },
    qualifier: 'exactly',
    verbatim: 'killed five',
    claimant: 'oleh-syniehubov',
    ...SYNIEHUBOV_ROLE,
    ...ON_23_JAN,
    developing: true,
  },
  {
    id: '2024-01-23-kharkiv-injured-syniehubov',
    event: STRIKES,
    place: 'kharkiv',
    metric: 'injured',
    value: { n: 48 },
    qualifier: 'exactly',
    verbatim: 'injured 48',
    claimant: 'oleh-syniehubov',
    ...SYNIEHUBOV_ROLE,
    ...ON_23_JAN,
    developing: true,
  },
  {
    id: '2024-01-23-kharkiv-children-injured-syniehubov',
    event: STRIKES,
    place: 'kharkiv',
    metric: 'children-injured',
    value: { n: 4 },
    qualifier: 'exactly',
    verbatim: 'four minors',
    claimant: 'oleh-syniehubov',
    ...SYNIEHUBOV_ROLE,
    ...ON_23_JAN,
    partOf: '2024-01-23-kharkiv-injured-syniehubov',
  },
  {
    id: '2024-01-23-kharkiv-buildings-damaged-syniehubov',
    event: STRIKES,
    place: 'kharkiv',
    metric: 'buildings-damaged',
    value: { n: 30 },
    qualifier: 'about',
    verbatim: 'damaged around 30 residential buildings',
    claimant: 'oleh-syniehubov',
    ...SYNIEHUBOV_ROLE,
    ...ON_23_JAN,
  },
  {
    id: '2024-01-23-kyiv-injured-klitschko',
    event: STRIKES,
    place: 'kyiv',
    metric: 'injured',
    value: { n: 20 },
    qualifier: 'at-least',
    verbatim: 'injured at least 20 people in four districts of Kyiv',
    claimant: 'vitalii-klitschko',
    ...KLITSCHKO_ROLE,
    ...ON_23_JAN,
    developing: true,
  },
  {
    id: '2024-01-23-kyiv-children-injured-klitschko',
    event: STRIKES,
    place: 'kyiv',
    metric: 'children-injured',
    value: { n: 1 },
    qualifier: 'exactly',
    verbatim: 'including a 13-year-old boy',
    claimant: 'vitalii-klitschko',
    ...KLITSCHKO_ROLE,
    ...ON_23_JAN,
    partOf: '2024-01-23-kyiv-injured-klitschko',
  },
  {
    id: '2024-01-23-launched-officials',
    event: STRIKES,
    metric: 'launched',
    munition: 'missiles',
    value: { n: 40 },
    qualifier: 'more-than',
    verbatim: 'more than 40 ballistic, cruise, anti-aircraft and guided missiles',
    claimant: 'unnamed-officials',
    ...ON_23_JAN,
  },
  {
    id: '2024-01-23-intercepted-air-force',
    event: STRIKES,
    metric: 'intercepted',
    munition: 'missiles',
    value: { n: 21 },
    qualifier: 'exactly',
    verbatim: 'intercepted 21 of them',
    claimant: 'ukraine-air-force',
    ...ON_23_JAN,
  },
];

const peskov = {
  speaker: 'dmitry-peskov',
  role: 'Kremlin spokesman',
  source: ABC,
  date: '2024-01-23',
  language: 'en',
  i18n: { uk: { role: 'речник Кремля' }, ru: { role: 'пресс-секретарь Кремля' } },
};

export const quotes: Quote[] = [
  {
    id: 'peskov-monstrous-terrorist-act',
    ...peskov,
    text: 'monstrous terrorist act.',
    partial: true,
    events: ['2024-01-21-donetsk-shelling'],
  },
  {
    id: 'peskov-you-cannot-say-that',
    ...peskov,
    text: 'No, you cannot say that',
    events: [STRIKES, '2024-01-21-donetsk-shelling'],
    note: 'Asked whether the strikes were a response to the Donetsk shelling.',
  },
  {
    id: 'peskov-special-military-operation',
    ...peskov,
    text:
      'We are continuing our special military operation and our military does not hit social facilities and residential neighbourhoods and does not hit civilians, unlike the Kyiv regime.\n\n' +
      'This is what fundamentally distinguishes our military from the military of the Kyiv regime.',
    events: [STRIKES],
  },
];
