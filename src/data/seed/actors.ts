import type { Party, Person } from '../model.js';

/** Parties named in the four reports: states, bodies, outlets, wire services and unnamed sources. */
export const parties: Party[] = [
  {
    id: 'ukraine',
    name: 'Ukraine',
    kind: 'state',
    country: 'UA',
    level: 'national',
    i18n: { uk: { name: 'Україна', nameGenitive: 'України' }, ru: { name: 'Украина', nameGenitive: 'Украины' } },
  },
  {
    id: 'russia',
    name: 'Russia',
    kind: 'state',
    country: 'RU',
    level: 'national',
    i18n: { uk: { name: 'Росія', nameGenitive: 'Росії' }, ru: { name: 'Россия', nameGenitive: 'России' } },
  },
  {
    id: 'ukraine-national-police',
    name: "Ukraine's National Police",
    kind: 'authority',
    country: 'UA',
    level: 'national',
    i18n: {
      uk: { name: 'Національна поліція України', nameGenitive: 'Національної поліції України' },
      ru: { name: 'Национальная полиция Украины', nameGenitive: 'Национальной полиции Украины' },
    },
  },
  {
    id: 'ukraine-air-force',
    name: "Ukraine's air force",
    kind: 'military',
    country: 'UA',
    level: 'national',
    i18n: {
      uk: { name: 'Повітряні сили України', nameGenitive: 'Повітряних сил України' },
      ru: { name: 'Воздушные силы Украины', nameGenitive: 'Воздушных сил Украины' },
    },
  },
  {
    id: 'ukraine-general-staff',
    name: 'General Staff of the Ukrainian Armed Forces',
    kind: 'military',
    country: 'UA',
    level: 'national',
    i18n: {
      uk: { name: 'Генеральний штаб ЗСУ', nameGenitive: 'Генерального штабу ЗСУ' },
      ru: { name: 'Генеральный штаб ВСУ', nameGenitive: 'Генерального штаба ВСУ' },
    },
  },
  {
    id: 'ukraine-military',
    name: 'the Ukrainian military',
    kind: 'military',
    country: 'UA',
    level: 'national',
    i18n: {
      uk: { name: 'українські військові', nameGenitive: 'українських військових' },
      ru: { name: 'украинские военные', nameGenitive: 'украинских военных' },
    },
  },
  {
    id: 'ukrainian-authorities',
    name: 'Ukrainian authorities',
    kind: 'government',
    country: 'UA',
    level: 'national',
    note: 'The Moscow Times writes "Kyiv said".',
    i18n: {
      uk: { name: 'українська влада', nameGenitive: 'української влади' },
      ru: { name: 'украинские власти', nameGenitive: 'украинских властей' },
    },
  },
  {
    id: 'kharkiv-regional-administration',
    name: 'the head of the Kharkiv regional administration',
    kind: 'authority',
    country: 'UA',
    level: 'regional',
    note: 'WION does not name the official.',
    i18n: {
      uk: {
        name: 'голова Харківської обласної адміністрації',
        nameGenitive: 'голови Харківської обласної адміністрації',
      },
      ru: {
        name: 'глава Харьковской областной администрации',
        nameGenitive: 'главы Харьковской областной администрации',
      },
    },
  },
  {
    id: 'ukrainian-security-source',
    name: 'a Ukrainian security source',
    kind: 'unnamed-source',
    country: 'UA',
    note: 'Spoke to BBC News; carried by WION.',
    i18n: {
      uk: {
        name: 'неназване джерело в українських силових структурах',
        nameGenitive: 'неназваного джерела в українських силових структурах',
      },
      ru: {
        name: 'неназванный источник в украинских силовых структурах',
        nameGenitive: 'неназванного источника в украинских силовых структурах',
      },
    },
  },
  {
    id: 'unnamed-officials',
    name: 'unnamed officials',
    kind: 'unnamed-source',
    note: 'The report says only "officials said".',
    i18n: {
      uk: { name: 'неназвані посадовці', nameGenitive: 'неназваних посадовців' },
      ru: { name: 'неназванные официальные лица', nameGenitive: 'неназванных официальных лиц' },
    },
  },
  {
    id: 'russian-authorities',
    name: 'Russian authorities',
    kind: 'government',
    country: 'RU',
    level: 'national',
    i18n: {
      uk: { name: 'російська влада', nameGenitive: 'російської влади' },
      ru: { name: 'российские власти', nameGenitive: 'российских властей' },
    },
  },
  {
    id: 'russian-defence-ministry',
    name: 'Russian Defence Ministry',
    kind: 'military',
    country: 'RU',
    level: 'national',
    i18n: {
      uk: { name: 'Міністерство оборони Росії', nameGenitive: 'Міністерства оборони Росії' },
      ru: { name: 'Министерство обороны России', nameGenitive: 'Министерства обороны России' },
    },
  },
  {
    id: 'kremlin',
    name: 'the Kremlin',
    kind: 'government',
    country: 'RU',
    level: 'national',
    i18n: { uk: { name: 'Кремль', nameGenitive: 'Кремля' }, ru: { name: 'Кремль', nameGenitive: 'Кремля' } },
  },
  {
    id: 'moscow-installed-officials',
    name: 'Moscow-installed officials in eastern Ukraine',
    kind: 'occupation-authority',
    level: 'local',
    i18n: {
      uk: {
        name: 'призначені Москвою посадовці на сході України',
        nameGenitive: 'призначених Москвою посадовців на сході України',
      },
      ru: {
        name: 'назначенные Москвой чиновники на востоке Украины',
        nameGenitive: 'назначенных Москвой чиновников на востоке Украины',
      },
    },
  },
  { id: 'sky-news', name: 'Sky News', kind: 'outlet', country: 'GB' },
  {
    id: 'abc-news-au',
    name: 'ABC News (Australia)',
    kind: 'outlet',
    country: 'AU',
    i18n: { uk: { name: 'ABC News (Австралія)' }, ru: { name: 'ABC News (Австралия)' } },
  },
  { id: 'wion', name: 'WION', kind: 'outlet', country: 'IN' },
  { id: 'moscow-times', name: 'The Moscow Times', kind: 'outlet' },
  { id: 'bbc-news', name: 'BBC News', kind: 'outlet', country: 'GB' },
  { id: 'ap', name: 'AP', kind: 'wire-service' },
  { id: 'reuters', name: 'Reuters', kind: 'wire-service' },
];

/** People quoted or cited in the four reports. Their roles at the time sit on each quote and figure. */
export const persons: Person[] = [
  {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    country: 'RU',
    level: 'national',
    i18n: {
      uk: { name: 'Володимир Путін', nameGenitive: 'Володимира Путіна' },
      ru: { name: 'Владимир Путин', nameGenitive: 'Владимира Путина' },
    },
  },
  {
    id: 'volodymyr-zelenskyy',
    name: 'Volodymyr Zelenskyy',
    country: 'UA',
    level: 'national',
    i18n: {
      uk: { name: 'Володимир Зеленський', nameGenitive: 'Володимира Зеленського' },
      ru: { name: 'Владимир Зеленский', nameGenitive: 'Владимира Зеленского' },
    },
  },
  {
    id: 'emine-dzhaparova',
    name: 'Emine Dzhaparova',
    country: 'UA',
    level: 'national',
    i18n: {
      uk: { name: 'Еміне Джапарова', nameGenitive: 'Еміне Джапарової' },
      ru: { name: 'Эмине Джапарова', nameGenitive: 'Эмине Джапаровой' },
    },
  },
  {
    id: 'arseniy-yatsenyuk',
    name: 'Arseniy Yatsenyuk',
    country: 'UA',
    i18n: {
      uk: { name: 'Арсеній Яценюк', nameGenitive: 'Арсенія Яценюка' },
      ru: { name: 'Арсений Яценюк', nameGenitive: 'Арсения Яценюка' },
    },
  },
  {
    id: 'alexander-lukashenko',
    name: 'Alexander Lukashenko',
    country: 'BY',
    level: 'national',
    i18n: {
      uk: { name: 'Олександр Лукашенко', nameGenitive: 'Олександра Лукашенка' },
      ru: { name: 'Александр Лукашенко', nameGenitive: 'Александра Лукашенко' },
    },
  },
  {
    id: 'oleh-syniehubov',
    name: 'Oleh Syniehubov',
    country: 'UA',
    level: 'regional',
    i18n: {
      uk: { name: 'Олег Синєгубов', nameGenitive: 'Олега Синєгубова' },
      ru: { name: 'Олег Синегубов', nameGenitive: 'Олега Синегубова' },
    },
  },
  {
    id: 'ihor-terekhov',
    name: 'Ihor Terekhov',
    country: 'UA',
    level: 'local',
    i18n: {
      uk: { name: 'Ігор Терехов', nameGenitive: 'Ігоря Терехова' },
      ru: { name: 'Игорь Терехов', nameGenitive: 'Игоря Терехова' },
    },
  },
  {
    id: 'vitalii-klitschko',
    name: 'Vitalii Klitschko',
    country: 'UA',
    level: 'local',
    note: 'Spelled "Vitalii" by ABC News and "Vitaliy" by WION.',
    i18n: {
      uk: { name: 'Віталій Кличко', nameGenitive: 'Віталія Кличка' },
      ru: { name: 'Виталий Кличко', nameGenitive: 'Виталия Кличко' },
    },
  },
  {
    id: 'dmitry-peskov',
    name: 'Dmitry Peskov',
    country: 'RU',
    level: 'national',
    i18n: {
      uk: { name: 'Дмитро Пєсков', nameGenitive: 'Дмитра Пєскова' },
      ru: { name: 'Дмитрий Песков', nameGenitive: 'Дмитрия Пескова' },
    },
  },
  {
    id: 'vasily-nebenzya',
    name: 'Vasily Nebenzya',
    country: 'RU',
    level: 'national',
    i18n: {
      uk: { name: 'Василь Небензя', nameGenitive: 'Василя Небензі' },
      ru: { name: 'Василий Небензя', nameGenitive: 'Василия Небензи' },
    },
  },
  {
    id: 'serhii-dvornyk',
    name: 'Serhii Dvornyk',
    country: 'UA',
    level: 'national',
    i18n: {
      uk: { name: 'Сергій Дворник', nameGenitive: 'Сергія Дворника' },
      ru: { name: 'Сергей Дворник', nameGenitive: 'Сергея Дворника' },
    },
  },
];
