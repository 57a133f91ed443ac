import type { Figure, Quote, StrikeEvent } from '../model.js';

/**
 * October 2022: the Kerch Bridge attack, the strikes of 10 Oct 2022 called retaliation for it, and what the same
 * report carried that day. Source: Sky News, 10 Oct 2022.
 */
const SKY = 'sky-news-2022-10-10';

export const events: StrikeEvent[] = [
  {
    id: 'kerch-bridge-attack',
    kind: 'attack-claim',
    headline: 'Attack on the Kerch Bridge to Crimea',
    summary:
      "An attack on the Kerch Bridge, which links Russia to the annexed Crimean peninsula. Vladimir Putin blamed Ukraine for it and called Russia's missile strikes on Ukrainian cities retaliation for it. Ukraine denied any involvement.",
    date: '../2022-10-10',
    dateNote:
      'The report gives no date for the bridge attack; it was before Putin spoke of it on Monday 10 Oct 2022, so the dataset gives only that bound.',
    places: ['kerch-bridge'],
    attackers: [{ party: 'ukraine', assertedBy: ['vladimir-putin'], deniedBy: ['ukraine'], sources: [SKY] }],
    // The bridge links Russia to annexed Crimea: whose territory was struck is itself contested, so none is named.
    struck: [],
    sources: [SKY],
    i18n: {
      uk: {
        headline: 'Атака на Керченський міст до Криму',
        summary:
          'Атака на Керченський міст, що з’єднує Росію з анексованим Кримським півостровом. Володимир Путін звинуватив у ній Україну і назвав ракетні удари Росії по українських містах відповіддю на неї. Україна заперечила будь-яку причетність.',
      },
      ru: {
        headline: 'Атака на Керченский мост в Крым',
        summary:
          'Атака на Керченский мост, соединяющий Россию с аннексированным Крымским полуостровом. Владимир Путин обвинил в ней Украину и назвал ракетные удары России по украинским городам ответом на неё. Украина отрицала какую-либо причастность.',
      },
    },
  },
  {
    id: '2022-10-10-missile-strikes',
    kind: 'combined-strike',
    headline: 'Russian missile and drone strikes on Kyiv and cities across Ukraine',
    summary:
      "Cities including Kyiv, Lviv, Ternopil, Dnipro, Zhytomyr and Zaporizhzhia were targeted, Sky News reported. Vladimir Putin said Russia had launched long-range missile attacks on Ukraine's energy, military and communications infrastructure in retaliation for the attack on the Kerch Bridge. Ukraine's deputy foreign minister, Emine Dzhaparova, said Ukrainian forces intercepted missiles, and kamikaze drones among them; Volodymyr Zelenskyy said Russia wanted to destroy Ukraine's energy system and that its second target was people.",
    date: '2022-10-10',
    dateNote: 'Monday 10 Oct 2022, the day the report was published ("Monday\'s deadly missile strikes").',
    places: ['kyiv', 'lviv', 'ternopil', 'dnipro', 'zhytomyr', 'zaporizhzhia'],
    attackers: [{ party: 'russia', assertedBy: ['vladimir-putin'], sources: [SKY] }],
    struck: ['ukraine'],
    targets: [
      {
        description: 'energy, military and communications infrastructure',
        assertedBy: ['vladimir-putin'],
        sources: [SKY],
        i18n: {
          uk: { description: 'енергетична, військова та комунікаційна інфраструктура' },
          ru: { description: 'энергетическая, военная и коммуникационная инфраструктура' },
        },
      },
      {
        description: 'the energy system, and people',
        assertedBy: ['volodymyr-zelenskyy'],
        sources: [SKY],
        i18n: { uk: { description: 'енергосистема і люди' }, ru: { description: 'энергосистема и люди' } },
      },
      {
        description: 'critical infrastructure',
        assertedBy: ['arseniy-yatsenyuk'],
        sources: [SKY],
        i18n: { uk: { description: 'критична інфраструктура' }, ru: { description: 'критическая инфраструктура' } },
      },
    ],
    weapons: [
      {
        reported: 'long-range missile attacks',
        canonical: 'missile',
        assertedBy: ['vladimir-putin'],
        sources: [SKY],
        i18n: {
          uk: { reported: 'ракетні удари великої дальності' },
          ru: { reported: 'ракетные удары большой дальности' },
        },
      },
      {
        reported: 'kamikaze drones',
        canonical: 'drone',
        assertedBy: ['emine-dzhaparova'],
        sources: [SKY],
        i18n: { uk: { reported: 'дрони-камікадзе' }, ru: { reported: 'дроны-камикадзе' } },
      },
    ],
    relations: [
      {
        event: 'kerch-bridge-attack',
        kind: 'retaliation-for',
        assertedBy: ['vladimir-putin'],
        source: SKY,
      },
    ],
    sources: [SKY],
    i18n: {
      uk: {
        headline: 'Російські удари ракетами та дронами по Києву й містах по всій Україні',
        summary:
          'Під ударом були міста, серед них Київ, Львів, Тернопіль, Дніпро, Житомир і Запоріжжя, повідомила Sky News. Володимир Путін заявив, що Росія завдала ракетних ударів великої дальності по енергетичній, військовій та комунікаційній інфраструктурі України у відповідь на атаку на Керченський міст. Заступниця міністра закордонних справ України Еміне Джапарова заявила, що українські сили перехопили ракети, зокрема дрони-камікадзе; Володимир Зеленський заявив, що Росія хоче знищити енергосистему України, а другою ціллю є люди.',
      },
      ru: {
        headline: 'Российские удары ракетами и дронами по Киеву и городам по всей Украине',
        summary:
          'Под ударом оказались города, среди них Киев, Львов, Тернополь, Днепр, Житомир и Запорожье, сообщила Sky News. Владимир Путин заявил, что Россия нанесла ракетные удары большой дальности по энергетической, военной и коммуникационной инфраструктуре Украины в ответ на атаку на Керченский мост. Заместитель министра иностранных дел Украины Эмине Джапарова заявила, что украинские силы перехватили ракеты, в том числе дроны-камикадзе; Владимир Зеленский заявил, что Россия хочет уничтожить энергосистему Украины, а второй целью являются люди.',
      },
    },
  },
  {
    id: '2022-10-10-lukashenko-troop-deployment',
    kind: 'statement',
    headline: 'Lukashenko orders troops to deploy with Russian forces near Ukraine',
    summary:
      "Belarus's president, Alexander Lukashenko, Vladimir Putin's closest ally, said he had ordered troops to deploy jointly with Russian forces near Ukraine, which he accused of planning attacks on Belarus with its Western backers.",
    date: '2022-10-10',
    dateNote:
      'Reported on Monday 10 Oct 2022 in the same article as the strikes; the text does not date the order itself.',
    places: [],
    attackers: [],
    struck: [],
    sources: [SKY],
    i18n: {
      uk: {
        headline: 'Лукашенко наказав розгорнути війська разом із російськими силами поблизу України',
        summary:
          'Президент Білорусі Олександр Лукашенко, найближчий союзник Володимира Путіна, заявив, що наказав розгорнути війська спільно з російськими силами поблизу України, яку він звинуватив у тому, що вона разом із західними покровителями готує напади на Білорусь.',
      },
      ru: {
        headline: 'Лукашенко приказал развернуть войска вместе с российскими силами вблизи Украины',
        summary:
          'Президент Беларуси Александр Лукашенко, ближайший союзник Владимира Путина, заявил, что приказал развернуть войска совместно с российскими силами вблизи Украины, которую он обвинил в том, что она вместе с западными покровителями готовит нападения на Беларусь.',
      },
    },
  },
  {
    id: 'turkstream-pipeline-claim',
    kind: 'attack-claim',
    headline: 'Claim that Ukraine tried to blow up the TurkStream pipeline',
    summary:
      'Vladimir Putin claimed that Ukraine had also tried to blow up the TurkStream natural gas pipeline. The report gives no date or place for the alleged attempt.',
    date: '../2022-10-10',
    dateNote: 'Undated in the report: on or before Monday 10 Oct 2022, when the claim was made.',
    places: [],
    attackers: [{ party: 'ukraine', assertedBy: ['vladimir-putin'], sources: [SKY] }],
    struck: [],
    sources: [SKY],
    i18n: {
      uk: {
        headline: 'Заява про те, що Україна намагалася підірвати газопровід «Турецький потік»',
        summary:
          'Володимир Путін заявив, що Україна також намагалася підірвати газопровід «Турецький потік». У повідомленні не вказано ні дати, ні місця ймовірної спроби.',
      },
      ru: {
        headline: 'Заявление о том, что Украина пыталась взорвать газопровод «Турецкий поток»',
        summary:
          'Владимир Путин заявил, что Украина также пыталась взорвать газопровод «Турецкий поток». В сообщении не указаны ни дата, ни место предполагаемой попытки.',
      },
    },
  },
];

export const figures: Figure[] = [
  {
    id: '2022-10-10-killed-national-police',
    event: '2022-10-10-missile-strikes',
    metric: 'killed',
    value: { n: 14 },
    qualifier: 'at-least',
    verbatim: 'at least 14 people were killed',
    claimant: 'ukraine-national-police',
    reportedIn: [SKY],
    asOf: '2022-10-10',
    developing: true,
    note: 'Sky News also gives "a total of 14 people killed" without attribution; it is the same count.',
  },
  {
    id: '2022-10-10-injured-national-police',
    event: '2022-10-10-missile-strikes',
    metric: 'injured',
    value: { n: 97 },
    qualifier: 'exactly',
    verbatim: '97 injured nationwide',
    claimant: 'ukraine-national-police',
    reportedIn: [SKY],
    asOf: '2022-10-10',
    developing: true,
  },
  {
    id: '2022-10-10-launched-dzhaparova',
    event: '2022-10-10-missile-strikes',
    metric: 'launched',
    munition: 'missiles',
    value: { n: 83 },
    qualifier: 'exactly',
    verbatim: '83 missiles',
    claimant: 'emine-dzhaparova',
    claimantRole: "Ukraine's deputy foreign minister",
    reportedIn: [SKY],
    asOf: '2022-10-10',
    i18n: {
      uk: {
        claimantRole: 'заступниця міністра закордонних справ України',
        claimantRoleGenitive: 'заступниці міністра закордонних справ України',
      },
      ru: {
        claimantRole: 'заместитель министра иностранных дел Украины',
        claimantRoleGenitive: 'заместителя министра иностранных дел Украины',
      },
    },
  },
  {
    id: '2022-10-10-intercepted-dzhaparova',
    event: '2022-10-10-missile-strikes',
    metric: 'intercepted',
    munition: 'missiles',
    value: { n: 45 },
    qualifier: 'about',
    verbatim: 'around 45 out of 83 missiles were intercepted',
    claimant: 'emine-dzhaparova',
    claimantRole: "Ukraine's deputy foreign minister",
    reportedIn: [SKY],
    asOf: '2022-10-10',
    i18n: {
      uk: {
        claimantRole: 'заступниця міністра закордонних справ України',
        claimantRoleGenitive: 'заступниці міністра закордонних справ України',
      },
      ru: {
        claimantRole: 'заместитель министра иностранных дел Украины',
        claimantRoleGenitive: 'заместителя министра иностранных дел Украины',
      },
    },
  },
  {
    id: '2022-10-10-intercepted-drones-dzhaparova',
    event: '2022-10-10-missile-strikes',
    metric: 'intercepted',
    munition: 'drones',
    value: { n: 9 },
    qualifier: 'exactly',
    verbatim: 'including nine kamikaze drones',
    claimant: 'emine-dzhaparova',
    claimantRole: "Ukraine's deputy foreign minister",
    reportedIn: [SKY],
    asOf: '2022-10-10',
    partOf: '2022-10-10-intercepted-dzhaparova',
    i18n: {
      uk: {
        claimantRole: 'заступниця міністра закордонних справ України',
        claimantRoleGenitive: 'заступниці міністра закордонних справ України',
      },
      ru: {
        claimantRole: 'заместитель министра иностранных дел Украины',
        claimantRoleGenitive: 'заместителя министра иностранных дел Украины',
      },
    },
  },
];

const putin = {
  speaker: 'vladimir-putin',
  role: 'president of Russia',
  source: SKY,
  date: '2022-10-10',
  language: 'en',
  i18n: { uk: { role: 'президент Росії' }, ru: { role: 'президент России' } },
} as const;

export const quotes: Quote[] = [
  {
    id: 'putin-terrorist-action',
    ...putin,
    text: 'terrorist action',
    partial: true,
    events: ['2022-10-10-missile-strikes', 'kerch-bridge-attack'],
  },
  {
    id: 'putin-response-will-be-harsh',
    ...putin,
    text:
      'If attacks continue against Russia, the response will be harsh.\n\n' +
      'The responses will be of the same scale as the threats to Russia.\n\n' +
      'In the event of further attempts to carry out terrorist acts on our territory, Russia’s response will be harsh.',
    events: ['2022-10-10-missile-strikes'],
    note: 'Said at a meeting of Russia’s Security Council; one quotation over three paragraphs of the report.',
  },
  {
    id: 'putin-tried-to-blow-up',
    ...putin,
    text: 'tried to blow up',
    partial: true,
    events: ['turkstream-pipeline-claim'],
  },
  {
    id: 'zelenskyy-panic-and-chaos',
    text:
      'They want panic and chaos, they want to destroy our energy system.\n\n' +
      'The second target is people. Such a time and such targets were specially chosen to cause as much damage as possible.',
    speaker: 'volodymyr-zelenskyy',
    role: 'president of Ukraine',
    source: SKY,
    date: '2022-10-10',
    language: 'en',
    events: ['2022-10-10-missile-strikes'],
    note: 'From a video post outside his office.',
    i18n: { uk: { role: 'президент України' }, ru: { role: 'президент Украины' } },
  },
  ...(
    [
      ['yatsenyuk-critical-infrastructure', 'critical infrastructure'],
      ['yatsenyuk-bold-actions', 'clear cut strong and bold actions'],
    ] as const
  ).map(([id, text]): Quote => ({
    id,
    text,
    partial: true,
    speaker: 'arseniy-yatsenyuk',
    role: 'former prime minister of Ukraine',
    source: SKY,
    date: '2022-10-10',
    language: 'en',
    events: ['2022-10-10-missile-strikes'],
    i18n: { uk: { role: 'колишній прем’єр-міністр України' }, ru: { role: 'бывший премьер-министр Украины' } },
  })),
  ...(
    [
      [
        'lukashenko-crazy',
        'This is crazy from the point of the military. Nevertheless, the process has begun. Their owners are pushing them to unleash a war against Belarus in order to drag us in',
        false,
      ],
    ] as const
  ).map(([id, text, partial]): Quote => ({
    id,
    text,
    partial,
    speaker: 'alexander-lukashenko',
    role: 'president of Belarus',
    source: SKY,
    date: '2022-10-10',
    language: 'en',
    events: ['2022-10-10-lukashenko-troop-deployment'],
    i18n: { uk: { role: 'президент Білорусі' }, ru: { role: 'президент Беларуси' } },
  })),
];
