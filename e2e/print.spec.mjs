// Printing for the patient: the print style keeps only "Wat kan de patiënt verwachten" (the
// handout) of the outcome; the consult itself (answers, checks, steps, summary, wish) never ends
// up on paper.
import { test, expect } from './fixtures.mjs';
import { ConsultPage, WOR_FLOW } from './consult.page.mjs';

// A WOR outcome with one open check ("weet ik niet" on weight), so "Nog na te gaan" is on screen.
const WOR_WITH_OPEN_CHECK = `${WOR_FLOW},weight_risk=unknown,carer_strain=no`;

test('afdrukken voor de patiënt: alleen de handout', async ({ page, privacy }) => {
  const consult = new ConsultPage(page);
  await consult.goto();
  await consult.chooseGemeente('delft');
  await consult.reachOutcome(WOR_WITH_OPEN_CHECK, 'wor');
  await consult.dimension('meedoen').check();
  await consult.wish.fill(privacy.typed('Wil weer onder de mensen komen'));

  const consultOnly = {
    header: page.locator('header.topbar'),
    'navigatie (consult, factsheet, beslisboom, oefenen)': page.locator('nav.views'),
    'h1 (merknaam)': page.locator('h1'),
    'antwoorden': consult.answersList,
    'richting': consult.direction,
    'contextregel': consult.contextLine,
    'nog na te gaan': consult.openChecks,
    'voorlopig': consult.provisional,
    'titel van de uitkomst': consult.outcomeTitle,
    'wat nu': consult.nextSteps,
    'welzijnsorganisatie (verwijzer)': consult.organisation,
    'samenvatting': consult.summary,
    'samenvattingstekst': consult.summaryTextArea,
    'wens': consult.wish,
    'reden van verwijzing': page.getByTestId('referral-reasons'),
    'toestemming': consult.consent,
    'kopieerknop': consult.copyButton,
    'afdrukknop': consult.printButton,
    footer: page.locator('footer'),
  };
  // On screen all of it is there, so the checks below prove the print style hides it.
  for (const [name, locator] of Object.entries(consultOnly)) {
    await expect(locator, `op het scherm: ${name}`).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Wat nu' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });

  // The handout: route title, what the patient can expect, and the safety net.
  await expect(consult.handout).toBeVisible();
  await expect(consult.handout.getByRole('heading', { name: 'Wat kan de patiënt verwachten' })).toBeVisible();
  await expect(consult.handout.locator('h4')).toHaveText(['Welzijn op Recept']);
  await expect(consult.handout.locator('h4')).toBeVisible();
  const expectLines = consult.handout.locator('li');
  expect(await expectLines.count()).toBeGreaterThanOrEqual(3);
  for (const line of await expectLines.all()) await expect(line).toBeVisible();
  await expect(expectLines.first()).toHaveText(/^Een welzijnscoach van Delft voor Elkaar/);
  await expect(expectLines.filter({ hasText: 'huisarts' }).last()).toBeVisible();
  await expect(expectLines.last()).toHaveText('Gaat het slechter met u? Neem dan contact op met uw huisarts.');

  for (const [name, locator] of Object.entries(consultOnly)) {
    await expect(locator, `afgedrukt: ${name}`).toBeHidden();
  }
  await expect(page.getByRole('heading', { name: 'Wat nu' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Waarom deze uitkomst' })).toBeHidden();

  // Nothing but the handout: the visible text of the page is the visible text of the handout.
  const { bodyText, handoutText } = await page.evaluate(() => ({
    bodyText: document.body.innerText.trim(),
    handoutText: document.querySelector('[data-testid=handout]').innerText.trim(),
  }));
  expect(bodyText).toBe(handoutText);
  expect(bodyText).not.toContain('Wil weer onder de mensen komen');
  expect(bodyText).not.toContain('Weet ik niet');
  expect(bodyText).not.toContain('Z68');

  // Back on screen, all of it is there again.
  await page.emulateMedia({ media: 'screen' });
  await expect(consult.summaryTextArea).toBeVisible();
  await expect(consult.answersList).toBeVisible();
});
