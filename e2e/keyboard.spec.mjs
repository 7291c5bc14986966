// Keyboard-only use: J/N/W and digits answer, arrows + Enter/Space, Backspace goes back,
// T ticks consent, C copies the summary, and nothing is intercepted while typing in a field.
import { test, expect } from './fixtures.mjs';
import { ConsultPage, WOR_PATH } from './consult.page.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('een typische WOR-route voor een volwassene, alleen met het toetsenbord', async ({ page }) => {
  const consult = new ConsultPage(page);
  await consult.goto();

  let presses = 0;
  const press = async (key) => {
    presses += 1;
    await page.keyboard.press(key);
  };
  // Each key waits for the question it is meant for, so no key lands on the previous question.
  const steps = [
    ['acute_risk', 'N'],
    ['age_group', '2'],
    ['needs_medical_care', 'N'],
    ['needs_psych_treatment', 'N'],
    ['psychosocial', 'J'],
    ['multi_problem', 'N'],
    ['practical_core', 'N'],
    ['self_directed', 'N'],
    ['open_to_coach', 'J'],
    ['weight_risk', 'N'],
    ['carer_strain', 'N'],
  ];
  for (const [question, key] of steps) {
    await consult.expectQuestion(question);
    await press(key);
  }
  await consult.expectOutcome('wor');
  await expect(consult.outcomeTitle).toBeFocused();
  await expect(consult.consent).not.toBeChecked();

  await press('C');
  await expect(consult.copyStatus).toHaveText('✓ Gekopieerd');

  const summary = await consult.summaryText();
  expect(summary).toMatch(/^Route: Welzijn op Recept\n/);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(summary);

  console.log(`Toetsaanslagen van paginalading tot gekopieerde samenvatting: ${presses}`);
  expect(presses).toBeLessThanOrEqual(12);

  // T ticks consent; the changed summary is no longer "gekopieerd" until copied again.
  await press('T');
  await expect(consult.consent).toBeChecked();
  await expect(consult.copyStatus).toHaveText('');
  await press('C');
  await expect(consult.copyStatus).toHaveText('✓ Gekopieerd');
  const withConsent = await page.evaluate(() => navigator.clipboard.readText());
  expect(withConsent).toContain('Toestemming van de patiënt voor de verwijzing gevraagd: ja');
  console.log(`Met toestemming aangevinkt en opnieuw gekopieerd: ${presses} toetsaanslagen`);
});

test('pijltjes en Enter of spatie beantwoorden de vraag', async ({ page }) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await expect(consult.questionTitle).toBeFocused();

  // Down from the heading: first answer, then the next.
  await page.keyboard.press('ArrowDown');
  await expect(consult.answerButton('yes')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(consult.answerButton('no')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(consult.answerButton('unknown')).toBeFocused();
  // Wraps around, both ways.
  await page.keyboard.press('ArrowDown');
  await expect(consult.answerButton('yes')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(consult.answerButton('unknown')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(consult.answerButton('no')).toBeFocused();
  await page.keyboard.press('Enter');

  await consult.expectQuestion('age_group');
  await expect(consult.questionTitle).toBeFocused();
  await expect(consult.answersList.locator('li')).toHaveText([/Acuut gevaar\s*Nee/]);

  await page.keyboard.press('ArrowUp');
  await expect(consult.answerButton('unknown')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(consult.answerButton('senior')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(consult.answerButton('adult')).toBeFocused();
  await page.keyboard.press('Space');

  await consult.expectQuestion('needs_medical_care');
  await expect(consult.answersList.locator('li')).toHaveText([/Acuut gevaar\s*Nee/, /Leeftijd\s*18 tot en met 64/]);
});

test('Backspace gaat een vraag terug', async ({ page }) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await page.keyboard.press('N');
  await consult.expectQuestion('age_group');
  await page.keyboard.press('3');
  await consult.expectQuestion('needs_medical_care');
  await page.keyboard.press('N');
  await consult.expectQuestion('needs_psych_treatment');

  await page.keyboard.press('Backspace');
  await consult.expectQuestion('needs_medical_care');
  await expect(consult.answerButton('no')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Backspace');
  await consult.expectQuestion('age_group');
  await expect(consult.answerButton('senior')).toHaveAttribute('aria-pressed', 'true');

  // A new answer here carries on with the first question not answered yet.
  await page.keyboard.press('2');
  await consult.expectQuestion('needs_psych_treatment');
  await expect(consult.answersList.getByText('18 tot en met 64')).toBeVisible();

  // From the outcome, Backspace goes to the last question.
  await consult.answerPath(WOR_PATH.split(',').slice(3).join(','));
  await consult.expectOutcome('wor');
  await page.keyboard.press('Backspace');
  await consult.expectQuestion('carer_strain');
});

test('J, N, W, cijfers, C en Backspace in een veld doen niets anders dan typen', async ({ page, privacy }) => {
  const consult = new ConsultPage(page);
  await consult.goto();

  // In a field on a question screen: the BMI helper on the weight question.
  await consult.answerPath('acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,psychosocial=no');
  await consult.expectQuestion('weight_risk');
  await consult.bmiLength.focus();
  privacy.typed('JNW12');
  for (const key of ['J', 'N', 'W', '1', '2']) await page.keyboard.press(key);
  await expect(consult.bmiLength).toHaveValue('JNW12');
  await page.keyboard.press('Backspace');
  await expect(consult.bmiLength).toHaveValue('JNW1');
  await consult.expectQuestion('weight_risk');
  await expect(consult.answersList.locator('li')).toHaveCount(5);
  await expect(consult.answerButton('yes')).toHaveAttribute('aria-pressed', 'false');
  await expect(consult.answerButton('no')).toHaveAttribute('aria-pressed', 'false');

  // In the wish textarea on the outcome: letters are typed, C does not copy, Backspace deletes.
  await consult.bmiLength.blur();
  await page.keyboard.press('N');
  await consult.expectQuestion('carer_strain');
  await page.keyboard.press('N');
  await consult.expectOutcome('other');
  await consult.wish.focus();
  privacy.typed('JNWC3');
  for (const key of ['J', 'N', 'W', 'C', '3']) await page.keyboard.press(key);
  await expect(consult.wish).toHaveValue('JNWC3');
  await page.keyboard.press('Backspace');
  await expect(consult.wish).toHaveValue('JNWC');
  await expect(consult.copyStatus).toHaveText('');
  await consult.expectOutcome('other');
  await expect(consult.question).toHaveCount(0);
  await expect(consult.summaryTextArea).toHaveValue(/Wens van de patiënt: JNWC\n/);

  // Out of the field again, C copies.
  await consult.outcomeTitle.focus();
  await page.keyboard.press('C');
  await expect(consult.copyStatus).toHaveText('✓ Gekopieerd');
});

test('toetsen in de keuzelijsten beantwoorden geen vraag', async ({ page }) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.referrer.focus();
  await page.keyboard.press('N');
  await page.keyboard.press('J');
  await consult.expectQuestion('acute_risk');
  await expect(consult.answersList).toHaveCount(0);
});

test('sneltoetsen laten de browser niet scrollen en geven geen console-fout', async ({ page }) => {
  // The guard fails the test on any console error, such as a refused preventDefault.
  await page.setViewportSize({ width: 375, height: 500 });
  const consult = new ConsultPage(page);
  await consult.goto();
  const before = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('ArrowDown');
  await expect(consult.answerButton('yes')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(consult.answerButton('yes')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY), 'pijltjes verschuiven de pagina niet').toBe(before);
  await page.keyboard.press('N');
  await consult.expectQuestion('age_group');
});
