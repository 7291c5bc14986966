// Accessibility: axe-core finds no WCAG 2.2 AA violations and no violations of its best-practice
// rules on the main screens.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { ConsultPage, WOR_PATH, WOR_FLOW, ADULT_ADDONS_NO } from './consult.page.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One readable block per violation: rule, impact, help and every failing node. */
function describe(violations) {
  return violations.map((v) => [
    `${v.id} (${v.impact}): ${v.help}`,
    `  ${v.helpUrl}`,
    ...v.nodes.map((n) => `  - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
  ].join('\n')).join('\n\n');
}

async function expectNoViolations(page, testInfo) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await testInfo.attach('axe-violations.json', { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  expect(results.passes.length, 'axe heeft regels gecontroleerd').toBeGreaterThan(10);
  // The best-practice rules ran too, among them one h1 per page and one main landmark.
  const passed = results.passes.map((rule) => rule.id);
  expect(passed, 'best-practice-regels zijn gecontroleerd').toEqual(expect.arrayContaining(['page-has-heading-one', 'landmark-one-main', 'heading-order']));
  expect(results.violations, `axe vond ${results.violations.length} overtreding(en):\n\n${describe(results.violations)}`).toEqual([]);
}

test('start: instellingen en de eerste vraag', async ({ page }, testInfo) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await expect(consult.start).toBeVisible();
  await expectNoViolations(page, testInfo);
});

test('een latere vraag met de uitleg open', async ({ page }, testInfo) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.answerPath('acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no');
  await consult.expectQuestion('psychosocial');
  await consult.openHelp();
  await expect(consult.help.locator('li').first()).toBeVisible();
  await expectNoViolations(page, testInfo);
});

test('de BMI-hulp, met een uitkomst en met een weigering', async ({ page, privacy }, testInfo) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.answerPath('acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,psychosocial=no');
  await consult.expectQuestion('weight_risk');
  await consult.bmiLength.fill(privacy.typed('180'));
  await consult.bmiWeight.fill(privacy.typed('100'));
  await expect(consult.bmiResult).toBeVisible();
  await expectNoViolations(page, testInfo);
  await consult.bmiLength.fill(privacy.typed('17'));
  await expect(consult.bmiRefused).toBeVisible();
  await expectNoViolations(page, testInfo);
});

test('de valscreening (oudere)', async ({ page }, testInfo) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.answerPath('acute_risk=no,age_group=senior,needs_medical_care=no,needs_psych_treatment=no,psychosocial=no,weight_risk=no');
  await consult.expectQuestion('fall_risk');
  await expect(consult.fallScreening).toBeVisible();
  await expectNoViolations(page, testInfo);
  await consult.fallRow(0).no.check();
  await consult.fallRow(1).yes.check();
  await expect(consult.fallScreening).toContainText('Minstens één keer ja');
  await expectNoViolations(page, testInfo);
});

test('uitkomst Welzijn op Recept met samenvatting', async ({ page, privacy }, testInfo) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.chooseGemeente('delft');
  await consult.reachOutcome(WOR_PATH, 'wor');
  await consult.dimension('meedoen').check();
  await consult.wish.fill(privacy.typed('Bel 0612345678'));
  await expect(consult.piiWarnings.locator('.warning')).toHaveCount(1);
  await consult.copyButton.click();
  await expect(consult.copyStatus).not.toBeEmpty();
  await expectNoViolations(page, testInfo);
});

test('uitkomst acute zorg', async ({ page }, testInfo) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.reachOutcome('acute_risk=yes', 'urgent_care');
  await expect(consult.crisis).toBeVisible();
  await expectNoViolations(page, testInfo);
});

test('voorlopige uitkomst', async ({ page }, testInfo) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.reachOutcome(`${WOR_FLOW.replace('open_to_coach=yes', 'open_to_coach=unknown')},${ADULT_ADDONS_NO}`, 'not_now');
  await expect(consult.provisional).toBeVisible();
  await expectNoViolations(page, testInfo);
});

test('uitkomst met aanvulling (sociaal werk + WOR) op een smal scherm', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.reachOutcome('acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,psychosocial=yes,multi_problem=no,practical_core=yes,weight_risk=yes,carer_strain=yes', 'social_work');
  await consult.alsoRoute('wor').locator('summary').click();
  await expectNoViolations(page, testInfo);
});

test('uitkomst zonder toestemming van de patiënt', async ({ page }, testInfo) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.chooseGemeente('delft');
  await consult.reachOutcome(WOR_PATH, 'wor');
  await consult.consentRefused.check();
  await expect(consult.noReferral).toBeVisible();
  await expect(consult.summaryTextArea).toHaveCount(0);
  await expectNoViolations(page, testInfo);
});

test('uitkomst met acuut gevaar "weet ik niet"', async ({ page }, testInfo) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.reachOutcome(WOR_PATH.replace('acute_risk=no', 'acute_risk=unknown'), 'wor');
  await expect(consult.crisisCheck).toBeVisible();
  await expect(consult.noReferral).toBeVisible();
  await expectNoViolations(page, testInfo);
});
