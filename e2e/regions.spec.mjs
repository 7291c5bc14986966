// No placeholder from a region pack ("nog in te vullen") ever reaches the screen: not on a
// question, not on an outcome, not in the text to paste, in any region and any gemeente. The
// regions and gemeenten come from the page's own select boxes, so a new one is covered.
import { test, expect } from './fixtures.mjs';
import { ConsultPage } from './consult.page.mjs';

const PLACEHOLDER = 'nog in te vullen';

/** Answers that lead an adult to Welzijn op Recept in every region. */
const TO_WOR = {
  acute_risk: 'no', age_group: 'adult', needs_medical_care: 'no', needs_psych_treatment: 'no',
  psychosocial: 'yes', multi_problem: 'no', practical_core: 'no', self_directed: 'no',
  open_to_coach: 'yes', weight_risk: 'no', fall_risk: 'no', carer_strain: 'no',
};

/**
 * Fails when the page, or a field's value (not in the text content), shows the placeholder;
 * with `route`, also when the outcome on screen is another one.
 */
async function expectNoPlaceholder(page, where, route) {
  const { texts, shown } = await page.evaluate(() => ({
    texts: [document.body.textContent, ...[...document.querySelectorAll('textarea, input')].map((field) => field.value)],
    shown: document.querySelector('[data-testid=outcome]')?.getAttribute('data-route') ?? null,
  }));
  if (route) expect(shown, where).toBe(route);
  for (const text of texts) expect(text.toLowerCase(), where).not.toContain(PLACEHOLDER);
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Chooses a gemeente and waits until the summary names it (the page has been drawn again). */
async function chooseGemeente(consult, [gemeente, name], where) {
  await consult.chooseGemeente(gemeente);
  await expect(consult.summaryTextArea, where).toHaveValue(new RegExp(`(^|\n)Gemeente: ${escape(name)}\n`));
}

test('"nog in te vullen" staat nergens, in geen enkele regio of gemeente', async ({ page }) => {
  test.setTimeout(240_000);
  const consult = new ConsultPage(page);
  await consult.goto();
  const regions = await consult.optionValues(consult.region);
  expect(regions.length, 'de keuzelijst heeft regio\'s').toBeGreaterThan(1);
  const seen = [];

  for (const region of regions) {
    await consult.reset();
    await expect(consult.start).toBeVisible();
    await consult.chooseRegion(region);
    await expect(consult.region).toHaveValue(region);
    await consult.expectQuestion('acute_risk');
    const gemeenten = (await consult.gemeente.locator('option').evaluateAll((options) => options.map((o) => [o.value, o.textContent.trim()])))
      .filter(([value]) => value !== '');
    expect(gemeenten.length, `${region}: gemeenten`).toBeGreaterThan(0);

    // Every question on the way, without a gemeente.
    const route = await consult.answerUntilOutcome(TO_WOR, (id) => expectNoPlaceholder(page, `${region}, vraag ${id}`));
    expect(route, region).toBe('wor');
    await expectNoPlaceholder(page, `${region}, geen gemeente, wor`);

    // Each gemeente on the WOR outcome: the outcome, the handout and the summary follow it.
    await consult.openStart();
    for (const [gemeente, name] of gemeenten) {
      await chooseGemeente(consult, [gemeente, name], `${region}/${gemeente}`);
      await expectNoPlaceholder(page, `${region}/${gemeente}, wor`, 'wor');
      // Refused consent shows the self-directed text and the organisation's website instead.
      await consult.consentRefused.check();
      await expect(consult.noReferral).toBeVisible();
      await expectNoPlaceholder(page, `${region}/${gemeente}, wor zonder toestemming`, 'wor');
      await consult.consentNotAsked.check();
      seen.push(`${region}/${gemeente}`);
    }

    // The other outcomes with a gemeente in their text, for each gemeente as well.
    await consult.revisit('self_directed');
    await consult.answer('yes', 'self_directed');
    await consult.expectOutcome('self_directed');
    await consult.openStart();
    for (const [gemeente, name] of gemeenten) {
      await chooseGemeente(consult, [gemeente, name], `${region}/${gemeente}`);
      await expectNoPlaceholder(page, `${region}/${gemeente}, self_directed`, 'self_directed');
    }
    await consult.revisit('self_directed');
    await consult.answer('no', 'self_directed');
    await consult.expectOutcome('wor');
    await consult.revisit('open_to_coach');
    await consult.answer('no', 'open_to_coach');
    await consult.expectOutcome('not_now');
    await consult.openStart();
    for (const [gemeente, name] of gemeenten) {
      await chooseGemeente(consult, [gemeente, name], `${region}/${gemeente}`);
      await expectNoPlaceholder(page, `${region}/${gemeente}, not_now`, 'not_now');
    }
  }
  console.log(`Gecontroleerd: ${regions.length} regio's, ${seen.length} gemeenten`);
});
