// Accessibility: axe-core finds no WCAG 2.2 AA violations and no violations of its best-practice
// rules on the main screens.
import { test, expect } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { ConsultPage, WOR_PATH, WOR_FLOW, ADULT_ADDONS_NO } from './consult.page.mjs';

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
