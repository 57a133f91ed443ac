import '../../src/format/locales/all.js';
import { expect } from '@open-wc/testing';
import { claimsFor, scopesInOrder } from '../../src/data/query.js';
import { seedDataset as ds } from '../../src/data/seed/index.js';
import { phraseLead } from '../../src/format/lead.js';
import { localeFor } from '../../src/format/phrase.js';

const lead = (lang: string, event: string, metric: 'killed' | 'injured', place: string | null = null) =>
  phraseLead(localeFor(lang), ds, claimsFor(ds, event, metric, place)!);

describe('format: what the claims of one scope come to (editorial rule 2)', () => {
  it('claims that agree: "Claims agree", the tightest bound, and who set it', () => {
    const l = lead('en', '2023-12-30-belgorod-attack', 'killed');
    expect(l).to.include({ verdict: 'agree', note: 'Claims agree', number: '24', text: 'at least 24 killed' });
    expect(l.attribution).to.equal('according to The Moscow Times');
    expect(lead('ru', '2023-12-30-belgorod-attack', 'injured')).to.include({
      text: '110 раненых',
      attribution: 'по данным российских властей',
    });
  });
  it('claims that disagree: the span first, then every claimant, in each language', () => {
    const event = '2023-12-29-aerial-bombardment';
    expect(lead('en', event, 'killed')).to.include({
      verdict: 'disagree',
      number: '23–41+',
      text: '23 to at least 41 killed',
      attribution: 'according to The Moscow Times and WION',
    });
    expect(lead('uk', event, 'killed')).to.include({
      text: '23\u00a0– щонайменше 41 загиблий',
      attribution: 'за даними The Moscow Times і WION',
    });
    expect(lead('ru', event, 'killed')).to.include({
      text: '23\u00a0– не\u00a0менее 41 погибшего',
      attribution: 'по данным The Moscow Times и WION',
    });
  });
  it('one claim reads as stated, with its place', () => {
    expect(lead('en', '2023-12-29-aerial-bombardment', 'killed', 'kyiv')).to.include({
      verdict: 'single',
      scopedText: 'Kyiv: at least 16 killed',
      attribution: 'according to Vitalii Klitschko, mayor of Kyiv',
    });
  });
  it('an event-wide figure that the figures by place outweigh is labelled as the whole, after them', () => {
    const scopes = scopesInOrder(ds, '2024-01-23-kyiv-kharkiv-missile-strikes', 'injured');
    expect(scopes.map((c) => phraseLead(localeFor('en'), ds, c).scopedText)).to.deep.equal([
      'Kyiv: at least 20 injured',
      'Kharkiv: 48 injured',
      'The event as a whole: at least 20 injured',
    ]);
  });
});
