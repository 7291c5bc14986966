// Keyboard-only use: J/N/W and digits answer, arrows + Enter/Space, Backspace goes back,
// T records consent as given, C copies the summary, and nothing is intercepted while typing in a field.
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
  await expect(consult.consentNotAsked).toBeChecked();

  await press('C');
  await expect(consult.copyStatus).toHaveText('✓ Gekopieerd');

  const summary = await consult.summaryText();
  expect(summary).toMatch(/\n\nRoute: Welzijn op Recept\n/);
  expect(summary).toContain('\nToestemming van de patiënt voor de verwijzing: nog niet gevraagd\n');
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(summary);

  console.log(`Toetsaanslagen van paginalading tot gekopieerde samenvatting: ${presses}`);
  expect(presses).toBeLessThanOrEqual(12);

  // T records consent as given; the changed summary is no longer "gekopieerd" until copied again.
  await press('T');
  await expect(consult.consentGiven).toBeChecked();
  await expect(consult.consentNotAsked).not.toBeChecked();
  await expect(consult.copyStatus).toHaveText('');
  await press('C');
  await expect(consult.copyStatus).toHaveText('✓ Gekopieerd');
  const withConsent = await page.evaluate(() => navigator.clipboard.readText());
  expect(withConsent).toContain('\nToestemming van de patiënt voor de verwijzing: gegeven\n');
  console.log(`Met toestemming aangevinkt en opnieuw gekopieerd: ${presses} toetsaanslagen`);
});

test('T zet de toestemming op "gegeven" en nooit terug', async ({ page }) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.reachOutcome(WOR_PATH, 'wor');
  await expect(consult.consentNotAsked).toBeChecked();

  // A second T does not toggle back: given stays given.
  await page.keyboard.press('T');
  await expect(consult.consentGiven).toBeChecked();
  await page.keyboard.press('t');
  await expect(consult.consentGiven).toBeChecked();
  await expect(consult.summaryTextArea).toHaveValue(/voor de verwijzing: gegeven\n/);

  // Refused (by mouse), then T: given, and the summary is back.
  await consult.consentRefused.check();
  await expect(consult.summaryTextArea).toHaveCount(0);
  await consult.outcomeTitle.focus();
  await page.keyboard.press('T');
  await expect(consult.consentGiven).toBeChecked();
  await expect(consult.consentRefused).not.toBeChecked();
  await expect(consult.summaryTextArea).toHaveValue(/voor de verwijzing: gegeven\n/);
  await page.keyboard.press('T');
  await expect(consult.consentGiven).toBeChecked();

  // No key refuses consent or sets it back to "nog niet gevraagd".
  for (const key of ['G', 'W', 'N', 'J', '1', '2', '3']) await page.keyboard.press(key);
  await expect(consult.consentGiven).toBeChecked();
  await consult.expectOutcome('wor');
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

test('een ingehouden toets beantwoordt één vraag, niet meerdere', async ({ page }) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.answerPath('acute_risk=no,age_group=adult');
  await consult.expectQuestion('needs_medical_care');

  // Held down: Playwright sends the second keydown of a key that is still down with repeat=true.
  await page.evaluate(() => {
    window.__keydowns = [];
    window.addEventListener('keydown', (e) => window.__keydowns.push(`${e.key}:${e.repeat}`), true);
  });
  await page.keyboard.down('n');
  await consult.expectQuestion('needs_psych_treatment');
  await page.keyboard.down('n');
  await page.keyboard.down('n');
  await page.keyboard.up('n');
  expect(await page.evaluate(() => window.__keydowns)).toEqual(['n:false', 'n:true', 'n:true']);

  // A synthetic auto-repeat, as the browser sends while a key is held.
  const repeated = await page.evaluate(() => {
    const event = new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', repeat: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    return { repeat: event.repeat, defaultPrevented: event.defaultPrevented };
  });
  expect(repeated).toEqual({ repeat: true, defaultPrevented: false });
  // Let any render the repeats might have caused happen before looking.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await consult.expectQuestion('needs_psych_treatment');
  await expect(consult.answersList.locator('li')).toHaveCount(3);
  await expect(consult.answerButton('no')).toHaveAttribute('aria-pressed', 'false');

  // The same synthetic event without repeat does answer, exactly once.
  await page.evaluate(() => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', repeat: false, bubbles: true, cancelable: true }));
  });
  await consult.expectQuestion('psychosocial');
  await expect(consult.answersList.locator('li')).toHaveCount(4);
  // And a normal press answers the next one.
  await page.keyboard.press('J');
  await consult.expectQuestion('multi_problem');
  await expect(consult.answersList.locator('li')).toHaveText([
    /Acuut gevaar\s*Nee/, /Leeftijd\s*18 tot en met 64/, /Medische zorg nog nodig\s*Nee/,
    /Psychische behandeling nodig\s*Nee/, /Psychosociale problemen\s*Ja/,
  ]);
});
