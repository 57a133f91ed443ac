import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { registerDataset } from '../../src/data/registry.js';
import { $, $$, eachTest, mount, text } from '../kit/mount.js';
import { dataset } from '../kit/dataset.js';
import { BELGOROD, JAN23 } from '../kit/ids.js';

describe('<strike-sources>', () => {
  const watched = eachTest(['gazette']);

  it('lays out the view model: headline, date, and each source with outlet and date', async () => {
    const el = await mount('strike-sources', { event: BELGOROD });
    expect(text($(el, '[part~=heading]'))).to.equal('Attack on the Russian border city of Belgorod');
    expect($(el, '[part~=date] time')!.getAttribute('datetime')).to.equal('2023-12-30');
    expect($$(el, '[part~=sources] li').map(text)).to.deep.equal(['WION, 30 Dec 2023', 'The Moscow Times, 1 Jan 2024']);
    expect($(el, '[part~=sources]')!.getAttribute('aria-label')).to.equal('Sources for the event');
    expect(watched.errors).to.deep.equal([]);
  });

  it('re-renders when its event changes', async () => {
    const el = await mount<HTMLElement & { updateComplete: Promise<boolean> }>('strike-sources', { event: BELGOROD });
    el.setAttribute('event', JAN23);
    await el.updateComplete;
    expect($$(el, '[part~=sources] li')).to.have.length(1);
    expect(text($(el, '[part~=sources] li'))).to.match(/^ABC News .*via AP and Reuters\)$/);
  });

  it('links a source whose address is known', async () => {
    registerDataset('gazette', dataset('gazette').event({ id: 'a' }).sourceUrl('https://example.org/r').build());
    const el = await mount('strike-sources', { event: 'a', 'dataset-id': 'gazette' });
    expect($(el, '[part~=source-link]')!.getAttribute('href')).to.equal('https://example.org/r');
  });

  it('renders this shadow DOM', async () => {
    const el = await mount('strike-sources', { event: JAN23 });
    await expect(el).shadowDom.to.equal(
      `<div class="root" part="base" lang="en">
        <div class="sources-widget">
          <h3 part="heading">Russian missile strikes on Kyiv and Kharkiv</h3>
          <p class="muted small" part="date"><time datetime="2024-01-23">23 Jan 2024</time></p>
          <ul class="list" part="sources" aria-label="Sources for the event"><li><cite class="source">ABC News (Australia), <time datetime="2024-01-23">23 Jan 2024</time> (via AP and Reuters)</cite></li></ul>
        </div>
      </div>`,
    );
  });
});
