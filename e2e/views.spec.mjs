// The views beside the consult (issue 9): the navigation, the regional factsheet (sources,
// organisations, regions, print), the decision tree (nodes, the consult's path, help per
// question), links into the app that are refused, and the keyboard outside the consult. Every
// test runs with the privacy guard; the main screens are checked with axe.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { expectNoViolations } from './axe.mjs';
import { ConsultPage, WOR_PATH } from './consult.page.mjs';
import { Views, VIEWS, FactsheetPage, TreePage, TrainingPage, SCREENSHOT_VIEWPORTS, readTrainingCases } from './views.page.mjs';

const SHOTS = path.join('e2e-artifacts', 'screenshots');
const REGIONS = ['dwo', 'eindhoven', 'flevoland', 'noord-holland'];

/** Question and route ids of the shared pack (content/base.toml), read from its table names. */
const BASE = fs.readFileSync(fileURLToPath(new URL('../content/base.toml', import.meta.url)), 'utf8');
const BASE_QUESTIONS = [...BASE.matchAll(/^\[questions\.([a-z_]+)\]$/gm)].map((m) => m[1]);
const BASE_ROUTES = [...BASE.matchAll(/^\[routes\.([a-z_]+)\]$/gm)].map((m) => m[1]);

/** An adult who ends at social work, with WOR, GLI and carer support to consider as well. */
const SOCIAL_WORK_WITH_ADDONS = 'acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,'
  + 'psychosocial=yes,multi_problem=no,practical_core=yes,weight_risk=yes,carer_strain=yes';

/** The ids of the answered questions, from the side panel's "wijzig" buttons. */
async function answeredQuestions(consult) {
  const ids = await consult.answersList.locator('[data-testid^="revisit-"]')
    .evaluateAll((buttons) => buttons.map((b) => b.dataset.testid.replace(/^revisit-/, '')));
  return ids;
}

/** The gemeente options of the consult's start settings: [[id, name], ...] without "nog niet". */
async function gemeenteOptions(consult) {
  await consult.openStart();
  return (await consult.gemeente.locator('option').evaluateAll((options) => options.map((o) => [o.value, o.textContent.trim()])))
    .filter(([value]) => value !== '');
}

/** The page itself never scrolls sideways at this width. */
async function expectNoPageOverflow(page, width, where) {
  const scrollWidth = await page.evaluate(() => document.scrollingElement.scrollWidth);
  expect(scrollWidth, `${where}: de pagina schuift niet horizontaal`).toBeLessThanOrEqual(width);
}

const sorted = (list) => [...list].sort();

test.describe('navigatie', () => {
  test('de factsheet is vanaf elk scherm met één klik open, en het consult blijft zoals het was', async ({ page, privacy }, testInfo) => {
    test.setTimeout(90_000);
    const consult = new ConsultPage(page);
    const views = new Views(page);
    const factsheet = new FactsheetPage(page);
    const tree = new TreePage(page);
    const training = new TrainingPage(page);
    await consult.goto();
    await views.expectCurrent('consult');
    await expect(views.nav.getByRole('link')).toHaveText(['Consult', 'Factsheet', 'Beslisboom', 'Oefenen']);

    // The first question.
    await views.open('factsheet');
    await expect(factsheet.root).toBeVisible();
    await expect(consult.question).toHaveCount(0);
    await expectNoViolations(page, testInfo, 'factsheet');
    await views.open('consult');
    await consult.expectQuestion('acute_risk');
    await expect(consult.answersList).toHaveCount(0);

    // Mid-consult: the answers are still there, and the question where it was.
    await consult.answerPath('acute_risk=no,age_group=adult,needs_medical_care=no');
    await views.open('factsheet');
    await expect(factsheet.root).toBeVisible();
    await views.open('consult');
    await consult.expectQuestion('needs_psych_treatment');
    expect(await answeredQuestions(consult)).toEqual(['acute_risk', 'age_group', 'needs_medical_care']);
    await expect(consult.answersList.locator('li')).toHaveText([/Acuut gevaar\s*Nee/, /Leeftijd\s*18 tot en met 64/, /Medische zorg nog nodig\s*Nee/]);

    // The outcome, with what the referrer chose and typed in the summary.
    await consult.openStart();
    await consult.chooseGemeente('delft');
    await consult.answerPath(WOR_PATH.split(',').slice(3).join(','));
    await consult.expectOutcome('wor');
    await consult.dimension('meedoen').check();
    await consult.wish.fill(privacy.typed('Wil graag wandelen'));
    const summaryBefore = await consult.summaryText();
    await views.open('factsheet');
    await expect(factsheet.root).toBeVisible();
    await views.open('consult');
    await consult.expectOutcome('wor');
    await expect(consult.dimension('meedoen')).toBeChecked();
    await expect(consult.wish).toHaveValue('Wil graag wandelen');
    expect(await consult.summaryText()).toBe(summaryBefore);
    expect(await answeredQuestions(consult)).toHaveLength(11);

    // The tree.
    await views.open('beslisboom');
    await expect(tree.svg).toBeVisible();
    await views.open('factsheet');
    await expect(factsheet.root).toBeVisible();

    // The list of training cases, and a case.
    await views.open('oefenen');
    await expect(training.list).toBeVisible();
    await views.open('factsheet');
    await expect(factsheet.root).toBeVisible();
    await views.open('oefenen');
    const [first] = readTrainingCases('dwo');
    await training.start(first.id);
    await consult.answer(first.answers.acute_risk, 'acute_risk');
    await views.open('factsheet');
    await expect(factsheet.root).toBeVisible();
    // Back to training: the same case, with its one answer.
    await views.open('oefenen');
    await expect(training.caseCard).toHaveAttribute('data-case', first.id);
    expect(await answeredQuestions(consult)).toEqual(['acute_risk']);

    // The real consult never saw the training answers.
    await views.open('consult');
    await consult.expectOutcome('wor');
    await expect(consult.wish).toHaveValue('Wil graag wandelen');
    expect(await consult.summaryText()).toBe(summaryBefore);
    expect(new URL(page.url()).hash).toBe('#consult');
  });

  test('op 320, 351 en 375 px staat elke link van de navigatie helemaal in beeld (ook in een frame op een telefoon)', async ({ page }) => {
    const consult = new ConsultPage(page);
    const views = new Views(page);
    for (const width of [320, 351, 375]) {
      await page.setViewportSize({ width, height: 700 });
      await consult.goto();
      for (const link of await views.nav.getByRole('link').all()) {
        const box = await link.boundingBox();
        const name = await link.textContent();
        expect(box.x, `${width} px: ${name} begint in beeld`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${width} px: ${name} eindigt in beeld`).toBeLessThanOrEqual(width);
      }
      await expectNoPageOverflow(page, width, `navigatie op ${width} px`);
    }
  });

  test('op de factsheet doen J, N en de andere sneltoetsen niets met het consult; Tab bereikt de navigatie', async ({ page }) => {
    const consult = new ConsultPage(page);
    const views = new Views(page);
    const factsheet = new FactsheetPage(page);
    await consult.goto();
    await consult.answerPath('acute_risk=no,age_group=adult');
    await consult.expectQuestion('needs_medical_care');

    await views.open('factsheet');
    await expect(factsheet.title).toBeFocused();
    for (const key of ['J', 'N', 'W', '1', '2', 'T', 'C', 'Backspace', 'ArrowDown', 'Enter']) await page.keyboard.press(key);
    await expect(factsheet.root).toBeVisible();
    await expect(consult.question).toHaveCount(0);
    await expect(consult.outcome).toHaveCount(0);
    await views.expectCurrent('factsheet');

    // Tab goes through the page and reaches every navigation link, in order.
    const reached = [];
    for (let i = 0; i < 60 && reached.length < VIEWS.length; i += 1) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
      if (id.startsWith('nav-') && !reached.includes(id)) reached.push(id);
    }
    expect(reached, 'Tab bereikt de links van de navigatie').toEqual(VIEWS.map((v) => `nav-${v}`));
    await expect(views.link('oefenen')).toBeFocused();
    // Shift+Tab back to the consult's link, and Enter opens it.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+Tab');
    await expect(views.link('consult')).toBeFocused();
    await page.keyboard.press('Enter');
    await views.expectCurrent('consult');

    // The consult is where it was: nothing the keys did on the factsheet reached it.
    await consult.expectQuestion('needs_medical_care');
    expect(await answeredQuestions(consult)).toEqual(['acute_risk', 'age_group']);
    await expect(consult.answerButton('yes')).toHaveAttribute('aria-pressed', 'false');
    await expect(consult.answerButton('no')).toHaveAttribute('aria-pressed', 'false');
    // And here the keys work again.
    await consult.questionTitle.focus();
    await page.keyboard.press('N');
    await consult.expectQuestion('needs_psych_treatment');
  });
});

test.describe('factsheet', () => {
  test('elke voetnoot verwijst naar een bron in de lijst, en elke bron wordt genoemd', async ({ page }, testInfo) => {
    const factsheet = new FactsheetPage(page);
    for (const region of REGIONS) {
      await factsheet.goto(`#factsheet&regio=${region}`);
      const count = await factsheet.sources.count();
      expect(count, `${region}: bronnen`).toBeGreaterThan(0);
      const footnotes = await factsheet.footnoteNumbers();
      expect(footnotes.length, `${region}: voetnoten`).toBeGreaterThan(0);
      const cited = new Set();
      for (const [index, numbers] of footnotes.entries()) {
        expect(numbers.length, `${region}: voetnoot ${index + 1} noemt een bron`).toBeGreaterThan(0);
        for (const number of numbers) {
          expect(Number.isInteger(number) && number >= 1 && number <= count, `${region}: voetnoot ${index + 1} noemt bron ${number} van ${count}`).toBe(true);
          cited.add(number);
        }
      }
      expect([...cited].sort((a, b) => a - b), `${region}: elke bron in de lijst wordt genoemd`).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      // Each source once, with a title and a date.
      const ids = await factsheet.sources.evaluateAll((items) => items.map((li) => li.dataset.source));
      expect(new Set(ids).size, `${region}: geen bron twee keer`).toBe(ids.length);
      for (const text of await factsheet.sources.allTextContents()) {
        expect(text, `${region}: bron met titel en datum`).toMatch(/\S.*\(\d{4}-\d{2}-\d{2}\)$/);
      }
    }
    await expectNoViolations(page, testInfo, 'factsheet-noord-holland');
  });

  test('de organisaties zijn de gemeenten van de regio; de regio wisselt via het consult en via een link', async ({ page }) => {
    test.setTimeout(60_000);
    const consult = new ConsultPage(page);
    const views = new Views(page);
    const factsheet = new FactsheetPage(page);
    await consult.goto();

    /** Reads the consult's region and gemeenten, opens the factsheet and compares. */
    const compare = async (region) => {
      await expect(consult.region).toHaveValue(region);
      const regionName = (await consult.region.locator('option:checked').textContent()).trim();
      const gemeenten = await gemeenteOptions(consult);
      await views.open('factsheet');
      await expect(factsheet.eyebrow).toHaveText(`Factsheet voor verwijzers, regio ${regionName}`);
      expect(await factsheet.gemeenten(), `${region}: de gemeenten van de regio`).toEqual(gemeenten.map(([, name]) => name));
      for (const item of await factsheet.organisations.allTextContents()) {
        expect(item, region).not.toMatch(/nog in te vullen/i);
      }
      await expect(page.locator('footer')).toContainText(`Regio ${regionName},`);
      return {
        regionName,
        gemeenten: await factsheet.gemeenten(),
        process: await factsheet.process.allTextContents(),
        text: await factsheet.root.innerText(),
      };
    };

    const dwo = await compare('dwo');

    // Via the consult's region select.
    await views.open('consult');
    await consult.openStart();
    await consult.chooseRegion('eindhoven');
    const eindhoven = await compare('eindhoven');
    expect(eindhoven.gemeenten).not.toEqual(dwo.gemeenten);
    expect(eindhoven.process, 'de stappen van de regio').not.toEqual(dwo.process);
    expect(eindhoven.text).toContain('VIPLive');
    expect(dwo.text).toContain('ZorgDomein');
    expect(dwo.text).not.toContain('VIPLive');
    expect(dwo.text).toContain('binnen 5 werkdagen');

    // Via a link, in the open page (the address changes, the page does not load again).
    await page.goto('/#factsheet&regio=flevoland');
    await expect(factsheet.eyebrow).not.toHaveText(`Factsheet voor verwijzers, regio ${eindhoven.regionName}`);
    const flevolandOnSheet = await factsheet.gemeenten();
    await views.open('consult');
    const flevoland = await compare('flevoland');
    expect(flevoland.gemeenten).toEqual(flevolandOnSheet);
    expect(flevoland.gemeenten).not.toEqual(eindhoven.gemeenten);

    // Via a link that opens the page, with a gemeente: the consult gets both.
    await page.goto('about:blank');
    await page.goto('/#consult&regio=eindhoven');
    await consult.expectQuestion('acute_risk');
    // Not the first gemeente, so a default cannot pass for the link's choice.
    const [gemeenteId] = (await gemeenteOptions(consult))[1];
    await page.goto('about:blank');
    await page.goto(`/#factsheet&regio=eindhoven&gemeente=${gemeenteId}`);
    await expect(factsheet.eyebrow).toHaveText(`Factsheet voor verwijzers, regio ${eindhoven.regionName}`);
    expect(await factsheet.gemeenten()).toEqual(eindhoven.gemeenten);
    await expect(views.notice).toHaveCount(0);
    await views.open('consult');
    await expect(consult.region).toHaveValue('eindhoven');
    await consult.openStart();
    await expect(consult.gemeente).toHaveValue(gemeenteId);
  });

  test('op 375 px past de vergelijkingstabel: de pagina schuift niet opzij', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    const factsheet = new FactsheetPage(page);
    for (const region of REGIONS) {
      await factsheet.goto(`#factsheet&regio=${region}`);
      await expect(factsheet.comparison).toBeVisible();
      expect(await factsheet.comparison.locator('tbody tr').count(), region).toBeGreaterThan(0);
      await expectNoPageOverflow(page, 375, region);
      const right = await factsheet.comparison.evaluate((table) => table.getBoundingClientRect().right);
      expect(right, `${region}: de tabel valt binnen het scherm`).toBeLessThanOrEqual(375);
    }
  });

  test('afdrukken: de factsheet van elke regio past op twee A4-pagina\'s', async ({ page }) => {
    test.setTimeout(90_000);
    const views = new Views(page);
    const factsheet = new FactsheetPage(page);
    const pages = {};
    for (const region of REGIONS) {
      await factsheet.goto(`#factsheet&regio=${region}`);
      await page.emulateMedia({ media: 'print' });
      // On paper: the factsheet with its sources, without navigation or buttons.
      await expect(factsheet.root).toBeVisible();
      await expect(factsheet.sources.first()).toBeVisible();
      await expect(views.nav, `${region}: navigatie`).toBeHidden();
      await expect(factsheet.printButton, `${region}: afdrukknop`).toBeHidden();
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const count = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      pages[region] = count;
      console.log(`Factsheet ${region} afgedrukt op A4: ${count} pagina('s)`);
      expect(count, `${region}: pagina's`).toBeGreaterThanOrEqual(1);
      expect(count, `${region}: hoogstens twee A4-pagina's`).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'screen' });
    }
    console.log(`Factsheet, pagina's per regio: ${Object.entries(pages).map(([r, n]) => `${r} ${n}`).join(', ')}`);
  });
});

test.describe('beslisboom', () => {
  test('één knoop per vraag en per route, en de uitleg bij elke vraag', async ({ page }, testInfo) => {
    const tree = new TreePage(page);
    for (const region of REGIONS) {
      await tree.goto(`#beslisboom&regio=${region}`);
      const questions = await tree.questionNodes.evaluateAll((nodes) => nodes.map((n) => n.dataset.question));
      const routes = await tree.routeNodes.evaluateAll((nodes) => nodes.map((n) => n.dataset.route));
      expect(new Set(questions).size, `${region}: elke vraag één keer`).toBe(questions.length);
      expect(new Set(routes).size, `${region}: elke route één keer`).toBe(routes.length);
      expect(sorted(questions), `${region}: de vragen van het pakket`).toEqual(sorted(BASE_QUESTIONS));
      for (const route of routes) expect(BASE_ROUTES, `${region}: route ${route}`).toContain(route);
      // Every route the region's training cases end in is drawn.
      for (const c of readTrainingCases(region)) {
        for (const route of [c.route, ...c.also]) expect(routes, `${region}: ${c.id} eindigt in ${route}`).toContain(route);
      }
      if (region === 'dwo') expect(sorted(routes), 'dwo: alle routes').toEqual(sorted(BASE_ROUTES));
      // A help text per question, with the question's own id.
      const help = await tree.helpItems.evaluateAll((items) => items.map((li) => li.id));
      expect(sorted(help), region).toEqual(sorted(questions.map((q) => `hulp-${q}`)));
      // Nothing answered yet: nothing on the path.
      expect(await tree.questionsOnPath(), region).toEqual([]);
      expect(await tree.routesOnPath(), region).toEqual([]);
      await expect(tree.pathNote).toContainText('Nog geen vraag beantwoord');
    }
    await expectNoViolations(page, testInfo, 'beslisboom');
  });

  test('het pad van het consult: precies de beantwoorde vragen, en de route zodra die er is', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const consult = new ConsultPage(page);
    const views = new Views(page);
    const tree = new TreePage(page);
    await consult.goto();
    await consult.answerPath('acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no');
    await views.open('beslisboom');
    expect(sorted(await tree.questionsOnPath())).toEqual(sorted(['acute_risk', 'age_group', 'needs_medical_care', 'needs_psych_treatment']));
    expect(await tree.routesOnPath()).toEqual([]);
    await expect(tree.pathNote).toContainText('dik gemarkeerd');
    // The node of an answered question names the answer; an unanswered one does not.
    await expect(tree.nodeLink('age_group')).toHaveAttribute('aria-label', /\(antwoord: 18 tot en met 64\)$/);
    await expect(tree.nodeLink('psychosocial')).not.toHaveAttribute('aria-label', /antwoord:/);

    await views.open('consult');
    await consult.reachOutcome(SOCIAL_WORK_WITH_ADDONS.split(',').slice(4).join(','), 'social_work');
    const answered = await answeredQuestions(consult);
    const also = await consult.also.locator('[data-testid^="also-"]')
      .evaluateAll((items) => items.map((li) => li.dataset.testid.replace(/^also-/, '')));
    expect(also.length, 'aanvullende routes').toBeGreaterThan(0);
    await views.open('beslisboom');
    expect(sorted(await tree.questionsOnPath())).toEqual(sorted(answered));
    expect(sorted(await tree.routesOnPath())).toEqual(sorted(['social_work', ...also]));
    await expectNoViolations(page, testInfo, 'beslisboom-met-pad');

    // A changed answer changes the path.
    await views.open('consult');
    await consult.revisit('practical_core');
    await consult.answer('no', 'practical_core');
    await consult.expectQuestion('self_directed');
    const now = await answeredQuestions(consult);
    expect(now).not.toContain('weight_risk');
    await views.open('beslisboom');
    expect(sorted(await tree.questionsOnPath())).toEqual(sorted(now));
    expect(await tree.routesOnPath()).toEqual([]);
  });

  test('een klik op een vraag in de tekening, of een link naar de vraag, zet de focus op de uitleg', async ({ page, privacy }) => {
    const tree = new TreePage(page);
    await tree.goto();
    await expect(page.locator('#tree-title')).toBeFocused();

    for (const question of ['psychosocial', 'open_to_coach']) {
      const fragment = privacy.followedLink(`#beslisboom&vraag=${question}`);
      await expect(tree.nodeLink(question)).toHaveAttribute('href', fragment);
      await tree.nodeLink(question).click();
      await expect(tree.help(question)).toBeFocused();
      await expect(tree.help(question)).toHaveClass(/chosen/);
      await expect(tree.help(question)).toBeInViewport();
      expect(new URL(page.url()).hash).toBe(fragment);
    }
    await expect(tree.help('psychosocial')).not.toHaveClass(/chosen/);

    // The same link, opening the page.
    await page.goto('about:blank');
    await page.goto(`/${privacy.followedLink('#beslisboom&vraag=psychosocial')}`);
    await expect(tree.help('psychosocial')).toBeFocused();
    await expect(tree.help('psychosocial')).toBeInViewport();
    await expect(tree.help('psychosocial')).toContainText(/\S/);
  });

  test('op 375 px schuift de tekening in haar kader, de pagina niet', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    const tree = new TreePage(page);
    await tree.goto();
    const frame = await tree.frame.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, overflowX: getComputedStyle(el).overflowX }));
    expect(frame.scrollWidth, 'de tekening is breder dan haar kader').toBeGreaterThan(frame.clientWidth);
    expect(['auto', 'scroll'], 'het kader schuift').toContain(frame.overflowX);
    await tree.frame.evaluate((el) => { el.scrollLeft = 120; });
    expect(await tree.frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expectNoPageOverflow(page, 375, 'beslisboom');
  });
});

test.describe('links die niet kloppen', () => {
  // Each: the fragment, and the parts of it the notice must never repeat.
  const REFUSED = [
    ['#onzin', ['onzin']],
    ['#consult&naam=jansen', ['naam', 'jansen']],
    ['#factsheet&regio=atlantis', ['atlantis']],
    ['#beslisboom&vraag=bestaat_niet', ['bestaat_niet']],
    ['#Consult&Naam=Jansen', ['Naam', 'Jansen', 'jansen']],
  ];

  test('een onbekende link opent het consult met een melding die de link niet herhaalt', async ({ page }, testInfo) => {
    const consult = new ConsultPage(page);
    const views = new Views(page);
    for (const [fragment, parts] of REFUSED) {
      await page.goto('about:blank');
      await page.goto(`/${fragment}`);
      await consult.expectQuestion('acute_risk');
      await views.expectCurrent('consult');
      await expect(views.notice, fragment).toBeVisible();
      await expect(views.notice, fragment).toContainText('niets overgenomen uit de link');
      const notice = await views.notice.textContent();
      const body = await page.locator('body').innerText();
      for (const part of [fragment, fragment.slice(1), ...parts]) {
        expect(notice, `${fragment}: de melding herhaalt "${part}" niet`).not.toContain(part);
        expect(body, `${fragment}: de pagina toont "${part}" niet`).not.toContain(part);
      }
    }
    await expectNoViolations(page, testInfo, 'melding-bij-onbekende-link');
  });

  test('een onbekende link midden in een consult laat de antwoorden staan', async ({ page }) => {
    const consult = new ConsultPage(page);
    const views = new Views(page);
    await consult.goto();
    await consult.answerPath('acute_risk=no,age_group=senior');
    await views.open('factsheet');
    await page.goto('/#consult&naam=jansen');
    await views.expectCurrent('consult');
    await expect(views.notice).toBeVisible();
    await expect(views.notice).not.toContainText('jansen');
    await consult.expectQuestion('needs_medical_care');
    expect(await answeredQuestions(consult)).toEqual(['acute_risk', 'age_group']);
  });

  test('de link "Naar de vragen" (#inhoud) geeft geen melding', async ({ page }) => {
    const consult = new ConsultPage(page);
    const views = new Views(page);
    await consult.goto();
    await consult.answer('no', 'acute_risk');
    await consult.expectQuestion('age_group');
    // The skip link is the first stop of Tab.
    await page.locator('body').focus();
    await page.evaluate(() => document.activeElement?.blur());
    const skip = page.locator('a.skip-link');
    await skip.focus();
    await expect(skip).toBeFocused();
    await expect(skip).toHaveAttribute('href', '#inhoud');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#inhoud');
    await consult.expectQuestion('age_group');
    await expect(views.notice).toHaveCount(0);
    expect(await answeredQuestions(consult)).toEqual(['acute_risk']);

    // Opening the page at #inhoud: the consult, no notice.
    await page.goto('about:blank');
    await page.goto('/#inhoud');
    await consult.expectQuestion('acute_risk');
    await expect(views.notice).toHaveCount(0);
  });
});

for (const viewport of SCREENSHOT_VIEWPORTS) {
  test.describe(`schermafbeeldingen ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    const shots = {
      factsheet: async (page) => {
        await new FactsheetPage(page).goto();
      },
      'tree-path': async (page) => {
        const consult = new ConsultPage(page);
        await consult.goto();
        await consult.reachOutcome(WOR_PATH, 'wor');
        await new Views(page).open('beslisboom');
        await expect(page.locator('svg [data-route].on-path')).toHaveCount(1);
      },
    };
    for (const [name, reach] of Object.entries(shots)) {
      test(name, async ({ page }) => {
        await reach(page);
        await expect(page.locator('h1')).toHaveText(['Verwijswijzer']);
        await page.mouse.move(0, 0);
        await page.screenshot({ path: path.join(SHOTS, `${name}-${viewport.width}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
        await expectNoPageOverflow(page, viewport.width, name);
      });
    }
  });
}
