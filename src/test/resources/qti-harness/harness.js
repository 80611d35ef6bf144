// Loads Stepwise's exported QTI 3 items into @citolab/qti-components (its self-contained ES module bundle) and
// exposes a small API for the Selenium test (QtiPlayer.java). Nothing here scores: the player's own
// qti-assessment-item runs the item's qti-response-processing; this file only reads what the player reports.
import { getManifestInfo, qtiTransformItem } from '/player/cdn/index.js';

const stage = document.getElementById('stage');
const status = document.getElementById('status');
// What the player announced since the last item was shown or scored (its own events, bubbling and composed).
const events = [];
for (const type of ['qti-interaction-changed', 'qti-outcome-changed']) {
  document.addEventListener(type, e => {
    const d = e.detail || {};
    events.push({ type, item: d.item ?? null, identifier: d.responseIdentifier ?? d.outcomeIdentifier ?? null,
      value: d.response ?? d.value ?? null });
  });
}

function currentItem() {
  const item = stage.querySelector('qti-assessment-item');
  if (!item) throw new Error('no qti-assessment-item is shown');
  return item;
}

window.qtiHarness = {
  /** The package as the player reads it: imsmanifest.xml, then the qti-assessment-test it points at. */
  async manifest(url) {
    const m = await getManifestInfo(url);
    return { testIdentifier: m.testIdentifier, testURL: m.testURL, items: m.items };
  },

  /** Shows one item the way the player documents it: transform the XML, insert the HTML, await the element. */
  async show(url) {
    const html = (await qtiTransformItem().load(url)).html();
    const connected = new Promise((resolve, reject) => {
      stage.addEventListener('qti-assessment-item-connected', e => resolve(e.detail), { once: true });
      setTimeout(() => reject(new Error('the player did not connect the item within 10 s')), 10000);
    });
    stage.innerHTML = html;
    const item = await connected;
    const entries = [...item.querySelectorAll('qti-text-entry-interaction')];
    await Promise.all(entries.map(i => i.updateComplete));
    await new Promise(r => requestAnimationFrame(() => r()));
    events.length = 0;
    status.textContent = 'showing ' + item.identifier;
    const math = item.querySelector('math');
    const box = math ? math.getBoundingClientRect() : null;
    return {
      identifier: item.identifier,
      title: item.title,
      text: item.innerText,
      math: math ? {
        namespace: math.namespaceURI,
        isMathML: typeof MathMLElement !== 'undefined' && math instanceof MathMLElement,
        alttext: math.getAttribute('alttext'),
        width: box.width, height: box.height,
        fractions: math.querySelectorAll('mfrac').length,
        powers: math.querySelectorAll('msup').length,
        roots: math.querySelectorAll('msqrt').length,
        text: math.textContent.replace(/\s+/g, ' ').trim()
      } : null,
      interactions: entries.map(i => {
        const input = i.shadowRoot && i.shadowRoot.querySelector('input');
        const r = input ? input.getBoundingClientRect() : null;
        return { responseIdentifier: i.responseIdentifier, input: !!input, visible: !!r && r.width > 0 && r.height > 0 };
      }),
      response: item.getResponse('RESPONSE'),
      score: item.getOutcome('SCORE')?.value ?? null,
      maxScore: item.getOutcome('MAXSCORE')?.value ?? null
    };
  },

  /** The item's own response processing on what is in its RESPONSE now, and what the player reports after it. */
  processResponse() {
    const item = currentItem();
    const responses = events.filter(e => e.type === 'qti-interaction-changed').map(e => e.value);
    events.length = 0;
    const ran = item.processResponse();
    const score = item.getOutcome('SCORE');
    return {
      ran,
      response: item.getResponse('RESPONSE')?.value ?? null,
      // what the interaction reported while the answer was typed, in order
      responses,
      score: score ? score.value : null,
      scoreEvents: events.filter(e => e.type === 'qti-outcome-changed' && e.identifier === 'SCORE').map(e => e.value)
    };
  },

  /** Every URL this page loaded, so the test can check nothing came from outside the local server. */
  resources() {
    return performance.getEntriesByType('resource').map(e => e.name);
  }
};
status.textContent = 'player ready';
document.body.dataset.ready = 'true';
