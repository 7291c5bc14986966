// "Wat nu" and the summary per type of referrer (DWO): referrers in the huisartsenpraktijk get
// the steps with the HIS, ICPC and the POH-GGZ; everyone else gets steps they can take
// themselves, without any of those.
import { test, expect } from './fixtures.mjs';
import { ConsultPage, WOR_PATH } from './consult.page.mjs';

/** Referrers who work in the huisartsenpraktijk (content/base.toml: huisartsenpraktijk = true). */
const PRACTICE = ['huisarts', 'poh_somatiek', 'poh_ggz', 'praktijkverpleegkundige', 'doktersassistent', 'verpleegkundig_specialist'];
/** Referrers outside the practice: no HIS, no ICPC, no POH-GGZ appointment. */
const ELSEWHERE = ['fysiotherapeut', 'wijkverpleegkundige', 'apotheek', 'psycholoog', 'leefstijlcoach', 'paramedicus', 'medisch_specialist'];

// Positive checks want the word; negative checks forbid even the letters (case-sensitive).
const HIS = /\bHIS\b/;
const ICPC = /\bICPC\b/;
const ANY_HIS_ICPC = /HIS|ICPC/;
const POH_GGZ_APPOINTMENT = 'Plan een afspraak bij de POH-GGZ';

const MENTAL_HEALTH_PATH = 'acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=yes,weight_risk=no,carer_strain=no';

/** Every referrer type in the select, each classified once: a new type must be added above. */
async function referrerTypes(consult) {
  const ids = await consult.optionValues(consult.referrer);
  expect(ids.length, 'de keuzelijst heeft verwijzers').toBeGreaterThan(0);
  for (const id of ids) {
    expect(PRACTICE.includes(id) || ELSEWHERE.includes(id), `verwijzer "${id}" is niet ingedeeld in PRACTICE of ELSEWHERE`).toBe(true);
  }
  expect([...ids].sort()).toEqual([...PRACTICE, ...ELSEWHERE].sort());
  return ids;
}

/** The text nodes of an element, one per line (textContent glues "HIS" to the next "C"). */
function textLines(locator) {
  return locator.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const lines = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) lines.push(node.data);
    return lines.join('\n');
  });
}

/** All the text a referrer sees in "Wat nu" and the summary, including the pasted text. */
async function referrerTexts(consult) {
  const steps = await textLines(consult.nextSteps);
  const summarySection = await textLines(consult.summary);
  const summaryText = await consult.summaryText();
  return { steps, summary: `${summarySection}\n${summaryText}`, summaryText };
}

test('Welzijn op Recept: de stappen en de samenvatting passen bij elk type verwijzer', async ({ page }) => {
  test.setTimeout(90_000);
  const consult = new ConsultPage(page);
  await consult.goto();
  const ids = await referrerTypes(consult);
  await consult.reachOutcome(WOR_PATH, 'wor');
  // No referrer yet: the practice steps, with a hint.
  await expect(consult.referrerHint).toBeVisible();
  await expect(consult.nextStepsList).toContainText(HIS);
  await expect(consult.nextStepsList).toContainText(ICPC);

  await consult.openStart();
  for (const id of ids) {
    await consult.chooseReferrer(id);
    const label = (await consult.referrer.locator('option:checked').textContent()).trim();
    await expect(consult.summaryTextArea, id).toHaveValue(new RegExp(`\nType verwijzer: ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`));
    await expect(consult.referrerHint, id).toHaveCount(0);
    await consult.expectOutcome('wor');
    const { steps, summary, summaryText } = await referrerTexts(consult);
    if (PRACTICE.includes(id)) {
      expect(steps, `${id}: HIS in "Wat nu"`).toMatch(HIS);
      expect(steps, `${id}: ICPC in "Wat nu"`).toMatch(ICPC);
      expect(summaryText, `${id}: ICPC-regel in de samenvatting`).toContain('\nICPC: Z68 (Welzijn op Recept)\n');
      expect(summary, `${id}: plakken in het HIS`).toMatch(HIS);
    } else {
      for (const [where, text] of [['"Wat nu"', steps], ['de samenvatting', summary]]) {
        expect(text, `${id}: geen HIS in ${where}`).not.toContain('HIS');
        expect(text, `${id}: geen ICPC in ${where}`).not.toContain('ICPC');
        expect(text, `${id}: geen POH-GGZ-afspraak in ${where}`).not.toContain(POH_GGZ_APPOINTMENT);
      }
      // Their own steps: the channel, and that the patient may go on their own.
      expect(steps, id).toContain('Verwijs via ZorgDomein');
      expect(steps, id).toContain('Daar is geen verwijzing voor nodig.');
    }
  }
});

test('psychische zorg: alleen verwijzers in de huisartsenpraktijk plannen een afspraak bij de POH-GGZ', async ({ page }) => {
  test.setTimeout(90_000);
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.chooseReferrer('fysiotherapeut');
  const ids = await referrerTypes(consult);
  await consult.reachOutcome(MENTAL_HEALTH_PATH, 'mental_health_care');

  // The fysiotherapeut: no POH-GGZ appointment, but consult the patient's GP.
  await expect(consult.nextStepsList).not.toContainText(POH_GGZ_APPOINTMENT);
  await expect(consult.nextStepsList).toContainText('Overleg met de huisarts van de patiënt');
  await expect(consult.outcome).not.toContainText(ANY_HIS_ICPC);
  expect(await consult.summaryText()).not.toMatch(/HIS|ICPC|Plan een afspraak bij de POH-GGZ/);

  await consult.openStart();
  for (const id of ids) {
    await consult.chooseReferrer(id);
    await expect(consult.summaryTextArea, id).not.toHaveValue(/\nType verwijzer: niet opgegeven\n/);
    const { steps, summary } = await referrerTexts(consult);
    if (PRACTICE.includes(id)) {
      expect(steps, id).toContain(POH_GGZ_APPOINTMENT);
    } else {
      expect(steps, id).not.toContain(POH_GGZ_APPOINTMENT);
      expect(`${steps}\n${summary}`, id).not.toMatch(ANY_HIS_ICPC);
    }
  }
});
