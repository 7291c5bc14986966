// Training (issue 9): the region's cases, a case answered as the case file expects and one with
// a deliberate difference, the score of the session, the training mark on every copied and
// printed text, and the trainer's link that restores a case. The expected answers come from
// content/oefenen/<region>.toml, so the tests follow the case file. Every test runs with the
// privacy guard; the training screens are checked with axe.
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { ConsultPage, WOR_PATH } from './consult.page.mjs';
import { Views, TrainingPage, TRAINING_LINE, SCREENSHOT_VIEWPORTS, readTrainingCases } from './views.page.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SHOTS = path.join('e2e-artifacts', 'screenshots');
const REGIONS = ['dwo', 'eindhoven', 'flevoland', 'noord-holland'];
/** Referrer types that work in the huisartsenpraktijk (content/base.toml), who get the HIS line. */
const PRACTICE = ['huisarts', 'poh_somatiek', 'poh_ggz', 'praktijkverpleegkundige', 'doktersassistent', 'verpleegkundig_specialist'];
/** The fragment a shared training link may hold: only the view, ids and answer codes. */
const SHARE_FRAGMENT = /^#oefenen&regio=[a-z-]+&casus=[a-z0-9-]+&antwoorden=[a-z0-9_:,]+$/;

const DWO_CASES = readTrainingCases('dwo');
/** The first case of the file: answered as expected. */
const FIRST = DWO_CASES[0];
/** Another case that asks about carer strain: answered with that one answer the other way. */
const WITH_CARER = DWO_CASES.find((c) => c.id !== FIRST.id && c.answers.carer_strain && c.route !== 'urgent_care');
/** A Welzijn op Recept case of a practice referrer: the summary and the HIS line can be copied. */
const WOR_IN_PRACTICE = DWO_CASES.find((c) => c.route === 'wor' && c.answers.acute_risk === 'no' && PRACTICE.includes(c.referrer));

/** The answers of a case with one answer turned the other way (yes <-> no). */
function withOneDifferent(answers, question) {
  const flipped = { yes: 'no', no: 'yes' }[answers[question]];
  if (!flipped) throw new Error(`${question} = ${answers[question]} is geen ja/nee`);
  return { ...answers, [question]: flipped };
}

/** Starts a case, checks its story, answers it and returns the route reached. */
async function workThrough(training, consult, c, answers = c.answers) {
  await training.start(c.id);
  await expect(training.caseTitle).toHaveText(c.title);
  await expect(training.story).toHaveText(c.story);
  await expect(training.banner).toBeVisible();
  return consult.answerUntilOutcome(answers);
}

/** The also-routes on the outcome card, by id. */
async function alsoRoutes(consult) {
  if (await consult.also.count() === 0) return [];
  return consult.also.locator('[data-testid^="also-"]')
    .evaluateAll((items) => items.map((li) => li.dataset.testid.replace(/^also-/, '')));
}

test('elke regio heeft minstens 20 oefencasussen, met de banner dat het oefenen is', async ({ page }, testInfo) => {
  const training = new TrainingPage(page);
  const views = new Views(page);
  for (const region of REGIONS) {
    const cases = readTrainingCases(region);
    await training.goto(region);
    await views.expectCurrent('oefenen');
    await expect(training.banner, region).toBeVisible();
    await expect(training.banner, region).toContainText('Oefenen.');
    await expect(training.banner, region).toContainText('geen echte verwijzing');
    await expect(training.listTitle, region).toContainText('Oefencasussen, regio');
    const count = await training.cases.count();
    expect(count, `${region}: oefencasussen`).toBeGreaterThanOrEqual(20);
    expect(count, `${region}: zoveel als in content/oefenen/${region}.toml`).toBe(cases.length);
    await expect(training.cases.locator('h3'), region).toHaveText(cases.map((c) => c.title));
    // Nothing tried yet: no score.
    await expect(training.score).toHaveCount(0);
  }
  await expectNoViolations(page, testInfo, 'oefencasussen');
});

test('een casus met de verwachte antwoorden is helemaal goed; één ander antwoord laat het verschil en de uitleg zien', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  expect(WITH_CARER, 'een tweede DWO-casus met de vraag naar mantelzorg').toBeTruthy();
  const consult = new ConsultPage(page);
  const training = new TrainingPage(page);
  await training.goto('dwo');

  // The first case, as the case file expects.
  const route = await workThrough(training, consult, FIRST);
  expect(route).toBe(FIRST.route);
  expect(await alsoRoutes(consult)).toEqual(expect.arrayContaining(FIRST.also));
  expect((await alsoRoutes(consult)).length).toBe(FIRST.also.length);
  await expect(training.feedback).toBeVisible();
  await expect(training.verdict).toHaveText(/^Helemaal goed/);
  await expect(training.rows).toHaveCount(Object.keys(FIRST.answers).length);
  const rows = await training.feedbackRows();
  for (const row of rows) expect(row.same, `${row.question} is gelijk`).toBe('true');
  // The teaching points of the case, each on its own row.
  const explanations = rows.map((row) => row.cells[2]).filter(Boolean);
  expect(explanations.sort()).toEqual(Object.values(FIRST.teaching).sort());
  const expectedRoute = await training.expectedRoute.textContent();
  await expect(training.givenRoute).toHaveText(`${expectedRoute} (✓ gelijk)`);
  await expect(training.score).toContainText('Deze sessie: 1 van 1 casus helemaal goed.');
  await expectNoViolations(page, testInfo, 'terugkoppeling-helemaal-goed');

  // Back to the list: the case is marked as done.
  await training.backToList.click();
  await expect(training.list).toBeVisible();
  await expect(training.caseItem(FIRST.id)).toContainText('Gedaan: helemaal goed');
  await expect(training.score).toContainText('1 van 1');

  // A second case with carer strain answered the other way.
  const different = withOneDifferent(WITH_CARER.answers, 'carer_strain');
  await workThrough(training, consult, WITH_CARER, different);
  await expect(training.feedback).toBeVisible();
  await expect(training.verdict).toHaveText(/^Er zijn verschillen met de verwachte keuzes/);
  await expect(training.verdict).not.toHaveText(/Helemaal goed/);
  await expect(training.rows).toHaveCount(Object.keys(WITH_CARER.answers).length);
  const differing = training.rows.and(page.locator('[data-same="false"]'));
  await expect(differing).toHaveCount(1);
  const [expectedCell, givenCell, explanation] = await differing.locator('td').allTextContents();
  expect(givenCell).toMatch(/\(✗ anders\)$/);
  expect(givenCell.replace(/ \(✗ anders\)$/, '')).not.toBe(expectedCell);
  if (WITH_CARER.teaching.carer_strain) {
    expect(explanation).toBe(WITH_CARER.teaching.carer_strain);
  } else {
    expect(explanation, 'zonder leerpunt: de uitleg bij de vraag').toMatch(/^Uitleg bij de vraag: \S/);
  }
  await expect(differing).toHaveClass(/differs/);
  // Carer strain decides carer support as an add-on: the route differs too.
  await expect(training.givenRoute).toContainText('(✗ anders)');
  await expect(training.score).toContainText('Deze sessie: 1 van 2 casussen helemaal goed.');
  await expectNoViolations(page, testInfo, 'terugkoppeling-met-verschil');

  await training.backToList.click();
  await expect(training.caseItem(WITH_CARER.id)).toContainText('Gedaan: bekijk de verschillen nog eens');
  await expect(training.caseItem(FIRST.id)).toContainText('Gedaan: helemaal goed');

  // A case done again from the list is a new attempt.
  await training.start(FIRST.id);
  await consult.answerUntilOutcome(FIRST.answers);
  await expect(training.score).toContainText('2 van 3');
});

test('het oefenmerk staat boven de gekopieerde tekst en op de afgedrukte handout, niet bij een echt consult', async ({ page }) => {
  test.setTimeout(60_000);
  expect(WOR_IN_PRACTICE, 'een DWO-casus met Welzijn op Recept en een verwijzer in de praktijk').toBeTruthy();
  const consult = new ConsultPage(page);
  const views = new Views(page);
  const training = new TrainingPage(page);
  await training.goto('dwo');
  expect(await workThrough(training, consult, WOR_IN_PRACTICE)).toBe('wor');

  // The text to paste, and its copy.
  expect((await consult.summaryText()).split('\n')[0]).toBe(TRAINING_LINE);
  await consult.copyButton.click();
  await expect(consult.copyStatus).toHaveText('✓ Gekopieerd');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')[0]).toBe(TRAINING_LINE);
  expect(copied).toBe(await consult.summaryText());
  // The HIS journal line of a practice referrer carries the mark as well.
  const his = page.getByTestId('his-text');
  await expect(his).toHaveCount(1);
  expect((await his.inputValue()).split('\n')[0]).toBe(TRAINING_LINE);
  await page.getByTestId('copy-his').click();
  expect((await page.evaluate(() => navigator.clipboard.readText())).split('\n')[0]).toBe(TRAINING_LINE);

  // The handout: marked on screen and on paper, as its first line.
  await expect(training.handoutMark).toHaveText(TRAINING_LINE);
  await page.emulateMedia({ media: 'print' });
  await expect(consult.handout).toBeVisible();
  await expect(training.handoutMark).toBeVisible();
  // As its first line (the print style may set it in capitals).
  expect((await consult.handout.innerText()).trim().split('\n')[0].toLowerCase()).toBe(TRAINING_LINE.toLowerCase());
  await expect(consult.summary).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The real consult: no mark anywhere.
  await views.open('consult');
  await consult.reachOutcome(WOR_PATH, 'wor');
  await expect(training.handoutMark).toHaveCount(0);
  await consult.copyButton.click();
  await expect(consult.copyStatus).toHaveText('✓ Gekopieerd');
  const real = await page.evaluate(() => navigator.clipboard.readText());
  expect(real.split('\n')[0]).toBe('Gemeente: niet opgegeven');
  expect(real).not.toContain('OEFENCASUS');
  await page.emulateMedia({ media: 'print' });
  await expect(consult.handout).toBeVisible();
  expect(await consult.handout.innerText()).not.toContain('OEFENCASUS');
});

test('de link voor de trainer bevat alleen codes, herstelt de casus met dezelfde antwoorden en telt niet mee', async ({ page, context, privacy }) => {
  test.setTimeout(60_000);
  const consult = new ConsultPage(page);
  const training = new TrainingPage(page);
  await training.goto('dwo');
  // One answer other than expected, so the link must carry the trainee's answers, not the case's.
  const given = withOneDifferent(WITH_CARER.answers, 'carer_strain');
  const route = await workThrough(training, consult, WITH_CARER, given);
  await expect(training.score).toContainText('0 van 1');
  const before = {
    route,
    also: await alsoRoutes(consult),
    answers: await consult.answersList.locator('li').allInnerTexts(),
    same: await training.rows.evaluateAll((rows) => rows.map((r) => r.dataset.same)),
  };

  const href = await training.shareLink.getAttribute('href');
  const url = new URL(href);
  expect(`${url.origin}${url.pathname}${url.search}`, 'de link wijst naar deze pagina, zonder query').toBe(new URL('/', page.url()).href);
  expect(url.hash).toMatch(SHARE_FRAGMENT);
  const parts = Object.fromEntries(url.hash.slice(1).split('&').slice(1).map((part) => part.split('=')));
  expect(parts.regio).toBe('dwo');
  expect(parts.casus).toBe(WITH_CARER.id);
  const linked = Object.fromEntries(parts.antwoorden.split(',').map((pair) => pair.split(':')));
  expect(linked, 'de gegeven antwoorden, niet de verwachte').toEqual(given);
  privacy.followedLink(url.hash);

  // A fresh page: the same case at the same outcome with the same answers, and no score.
  const fresh = await context.newPage();
  const freshConsult = new ConsultPage(fresh);
  const freshTraining = new TrainingPage(fresh);
  await fresh.goto(href);
  await expect(freshTraining.caseCard).toHaveAttribute('data-case', WITH_CARER.id);
  await expect(freshTraining.banner).toBeVisible();
  await freshConsult.expectOutcome(before.route);
  expect(await alsoRoutes(freshConsult)).toEqual(before.also);
  expect(await freshConsult.answersList.locator('li').allInnerTexts()).toEqual(before.answers);
  expect(await freshTraining.rows.evaluateAll((rows) => rows.map((r) => r.dataset.same))).toEqual(before.same);
  await expect(freshTraining.verdict).toHaveText(/^Er zijn verschillen/);
  await expect(freshTraining.score, 'een herstelde link telt niet als poging').toHaveCount(0);
  await expect(new Views(fresh).notice).toHaveCount(0);
  // Its own share link is the same link.
  await expect(freshTraining.shareLink).toHaveAttribute('href', href);
  await fresh.close();

  // The same link in the open page: restored again, and the score does not go up.
  await training.shareLink.click();
  await expect.poll(() => new URL(page.url()).hash).toBe(url.hash);
  await consult.expectOutcome(before.route);
  await expect(training.score).toContainText('Deze sessie: 0 van 1 casus helemaal goed.');
});

for (const viewport of SCREENSHOT_VIEWPORTS) {
  test.describe(`schermafbeeldingen ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    test('training-feedback', async ({ page }) => {
      const consult = new ConsultPage(page);
      const training = new TrainingPage(page);
      await training.goto('dwo');
      await workThrough(training, consult, WITH_CARER, withOneDifferent(WITH_CARER.answers, 'carer_strain'));
      await expect(training.feedback).toBeVisible();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(SHOTS, `training-feedback-${viewport.width}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
      const scrollWidth = await page.evaluate(() => document.scrollingElement.scrollWidth);
      expect(scrollWidth, 'de pagina schuift niet horizontaal').toBeLessThanOrEqual(viewport.width);
    });
  });
}
