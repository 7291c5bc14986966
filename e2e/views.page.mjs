// Page objects for the views beside the consult (issue 9): the navigation, the factsheet, the
// tree and training, keyed on data-testid; and a small reader for the training cases in
// content/oefenen/<region>.toml, so the tests answer what the case file expects.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from './fixtures.mjs';

/** The views in the order of the navigation, by their name in a fragment (`#factsheet`). */
export const VIEWS = ['consult', 'factsheet', 'beslisboom', 'oefenen'];

/** The text every copied or printed text of a training case starts with (src/summary.rs). */
export const TRAINING_LINE = 'OEFENCASUS - niet gebruiken voor een echte verwijzing';

/** The header's navigation and the notice a refused link leaves. */
export class Views {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.nav = page.locator('nav.views');
    this.notice = page.getByTestId('link-notice');
  }

  link(view) {
    return this.page.getByTestId(`nav-${view}`);
  }

  /** One click on the navigation, then the link is the current page. */
  async open(view) {
    await this.link(view).click();
    await this.expectCurrent(view);
  }

  async expectCurrent(view) {
    await expect(this.link(view)).toHaveAttribute('aria-current', 'page');
    for (const other of VIEWS.filter((v) => v !== view)) {
      await expect(this.link(other)).not.toHaveAttribute('aria-current', /.*/);
    }
  }
}

export class FactsheetPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.root = page.getByTestId('factsheet');
    this.title = page.locator('#factsheet-title');
    this.eyebrow = this.root.locator('.eyebrow').first();
    this.footnotes = this.root.getByTestId('footnote');
    this.sources = page.getByTestId('factsheet-sources').locator(':scope > li');
    this.organisations = page.getByTestId('organisations').locator(':scope > li');
    this.comparison = page.getByTestId('comparison');
    this.process = this.root.locator('ol.process > li');
    this.printButton = page.getByTestId('print-factsheet');
  }

  async goto(fragment = '#factsheet') {
    await this.page.goto(`/${fragment}`);
    await expect(this.root).toBeVisible();
  }

  /** The gemeente names of the organisations list, in its order. */
  async gemeenten() {
    return this.organisations.locator('strong').allTextContents();
  }

  /** Every footnote's numbers, e.g. [[1], [2, 1], ...]. */
  async footnoteNumbers() {
    return (await this.footnotes.allTextContents()).map((text) => {
      const numbers = text.replace(/^\s*bron\s*/, '').split(',').map((n) => n.trim()).filter(Boolean);
      return numbers.map(Number);
    });
  }
}

export class TreePage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.root = page.getByTestId('tree');
    this.frame = page.getByTestId('tree-frame');
    this.svg = this.frame.locator('svg');
    this.questionNodes = this.svg.locator('[data-question]');
    this.routeNodes = this.svg.locator('[data-route]');
    this.pathNote = page.getByTestId('tree-path-note');
    this.helpItems = this.root.locator('ol.tree-help > li');
  }

  async goto(fragment = '#beslisboom') {
    await this.page.goto(`/${fragment}`);
    await expect(this.svg).toBeVisible();
  }

  /** The ids of the question nodes on the path of the consult, in drawing order. */
  async questionsOnPath() {
    return this.svg.locator('[data-question].on-path').evaluateAll((nodes) => nodes.map((n) => n.dataset.question));
  }

  async routesOnPath() {
    return this.svg.locator('[data-route].on-path').evaluateAll((nodes) => nodes.map((n) => n.dataset.route));
  }

  /** The link of a question's node (not of a repeat of it further down). */
  nodeLink(question) {
    return this.svg.locator('a').filter({ has: this.page.locator(`[data-question="${question}"]`) });
  }

  help(question) {
    return this.page.locator(`#hulp-${question}`);
  }
}

export class TrainingPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.list = page.getByTestId('training-list');
    this.listTitle = page.locator('#training-title');
    this.cases = this.list.locator('ol.case-list > li');
    this.banner = page.getByTestId('training-banner');
    this.caseCard = page.getByTestId('training-case');
    this.caseTitle = page.locator('#case-title');
    this.story = page.getByTestId('case-story');
    this.backToList = page.getByTestId('case-list');
    this.nextCase = page.getByTestId('next-case');
    this.feedback = page.getByTestId('feedback');
    this.verdict = page.getByTestId('feedback-verdict');
    this.rows = page.getByTestId('feedback-row');
    this.expectedRoute = page.getByTestId('expected-route');
    this.givenRoute = page.getByTestId('given-route');
    this.score = page.getByTestId('training-score');
    this.shareLink = page.getByTestId('share-link');
    this.handoutMark = page.getByTestId('handout-training-mark');
  }

  async goto(region) {
    await this.page.goto(`/#oefenen${region ? `&regio=${region}` : ''}`);
    await expect(this.list).toBeVisible();
  }

  caseItem(id) {
    return this.list.getByTestId(`case-${id}`);
  }

  /** Starts a case from the list and waits for its story. */
  async start(id) {
    await this.caseItem(id).getByRole('button', { name: new RegExp(`^Oefen deze casus: .* \\(${id}\\)$`) }).click();
    await expect(this.caseCard).toHaveAttribute('data-case', id);
  }

  /** The feedback table as [{question, same, text}], one per row. */
  async feedbackRows() {
    return this.rows.evaluateAll((rows) => rows.map((row) => ({
      question: row.querySelector('th').textContent.trim(),
      same: row.dataset.same,
      cells: [...row.querySelectorAll('td')].map((td) => td.textContent.trim()),
    })));
  }
}

// ------------------------------------------------------------------- the training case files

const OEFENEN = fileURLToPath(new URL('../content/oefenen/', import.meta.url));

/** A TOML basic string's value ("...", with \" and \\ escapes). */
function tomlString(raw) {
  return JSON.parse(raw);
}

/**
 * Reads the cases of content/oefenen/<region>.toml: id, title, story, gemeente, referrer, route,
 * also, answers {question: code} and teaching {question: text}. A small reader for the file's
 * own shape (each case a `[[cases]]` table with `[cases.answers]` and `[cases.teaching]`, every
 * value a one-line string or a list of strings); it fails loudly on anything else, so a change of
 * shape is noticed here and not as a strange test failure.
 */
export function readTrainingCases(region) {
  const file = `${OEFENEN}${region}.toml`;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const cases = [];
  let current = null;
  let section = null;
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const where = `${file}:${index + 1}`;
    if (trimmed === '[[cases]]') {
      current = { also: [], answers: {}, teaching: {} };
      cases.push(current);
      section = 'case';
      continue;
    }
    const table = trimmed.match(/^\[cases\.(answers|teaching)\]$/);
    if (table) {
      if (!current) throw new Error(`${where}: [cases.${table[1]}] voor de eerste [[cases]]`);
      section = table[1];
      continue;
    }
    if (trimmed.startsWith('[')) throw new Error(`${where}: onbekende tabel ${trimmed}`);
    const pair = trimmed.match(/^([a-z_]+)\s*=\s*(.+)$/);
    if (!pair) throw new Error(`${where}: geen sleutel = waarde: ${trimmed}`);
    const [, key, raw] = pair;
    let value;
    if (raw.startsWith('"')) value = tomlString(raw);
    else if (raw.startsWith('[')) value = JSON.parse(raw);
    else throw new Error(`${where}: onbekende waarde voor ${key}: ${raw}`);
    if (!current) {
      if (key !== 'region') throw new Error(`${where}: ${key} buiten een casus`);
      if (value !== region) throw new Error(`${where}: region = "${value}" in het bestand van ${region}`);
      continue;
    }
    if (section === 'case') current[key] = value;
    else current[section][key] = value;
  }
  if (cases.length === 0) throw new Error(`${file}: geen casussen gelezen`);
  for (const c of cases) {
    if (!c.id || !c.title || !c.story || !c.route || !c.answers.acute_risk) {
      throw new Error(`${file}: casus ${c.id ?? '?'} mist id, title, story, route of antwoorden`);
    }
  }
  return cases;
}

/** One case of a region by id. */
export function readTrainingCase(region, id) {
  const found = readTrainingCases(region).find((c) => c.id === id);
  if (!found) throw new Error(`content/oefenen/${region}.toml heeft geen casus ${id}`);
  return found;
}

/** The phone and desktop sizes of the screenshots in e2e-artifacts/screenshots/. */
export const SCREENSHOT_VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];
