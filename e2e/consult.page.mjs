// Page object for one Verwijswijzer consult, keyed on data-testid.
import { expect } from './fixtures.mjs';

/** A path as the CLI writes it ("acute_risk=no,age_group=adult,...") or as [[id, code], ...]. */
export function parsePath(path) {
  if (Array.isArray(path)) return path.map((step) => (Array.isArray(step) ? step : step.split('=')));
  return path.split(',').map((step) => step.trim()).filter(Boolean).map((step) => step.split('='));
}

/** Answers after acute_risk for an adult who ends at Welzijn op Recept (DWO). */
export const WOR_FLOW = 'acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,'
  + 'psychosocial=yes,multi_problem=no,practical_core=no,self_directed=no,open_to_coach=yes';
/** The add-ons an adult gets after the main flow. */
export const ADULT_ADDONS_NO = 'weight_risk=no,carer_strain=no';
export const WOR_PATH = `${WOR_FLOW},${ADULT_ADDONS_NO}`;

export class ConsultPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.start = page.getByTestId('start');
    this.region = page.getByTestId('region');
    this.gemeente = page.getByTestId('gemeente');
    this.referrer = page.getByTestId('referrer');
    this.contextLine = page.getByTestId('context-line');
    this.question = page.getByTestId('question');
    this.questionTitle = this.question.locator('#question-title');
    this.help = page.getByTestId('help');
    this.direction = page.getByTestId('direction');
    this.answersList = page.getByTestId('answers-list');
    this.resetButton = page.getByTestId('reset');

    this.outcome = page.getByTestId('outcome');
    this.outcomeTitle = page.getByTestId('outcome-title');
    this.provisional = page.getByTestId('provisional');
    this.openChecks = page.getByTestId('open-checks');
    this.also = page.getByTestId('also');
    this.crisis = page.getByTestId('crisis');
    this.crisisCheck = page.getByTestId('crisis-check');
    this.noReferral = page.getByTestId('no-referral');
    this.handout = page.getByTestId('handout');
    this.printButton = page.getByTestId('print-patient');
    this.organisation = page.getByTestId('organisation');
    /** The whole "Wat nu" section: the referrer hint, the steps and the organisation facts. */
    this.nextSteps = this.outcome.locator('section[aria-labelledby="next-title"]');
    /** Only the numbered steps of "Wat nu". */
    this.nextStepsList = page.getByTestId('next-steps');
    this.referrerHint = page.getByTestId('referrer-hint');

    this.summary = page.getByTestId('summary');
    this.wish = page.getByTestId('wish');
    this.piiWarnings = page.getByTestId('pii-warnings');
    /** The consent fieldset with three radios: niet_gevraagd (default), gegeven, geweigerd. */
    this.consent = page.getByTestId('consent');
    this.consentNotAsked = page.getByTestId('consent-niet_gevraagd');
    this.consentGiven = page.getByTestId('consent-gegeven');
    this.consentRefused = page.getByTestId('consent-geweigerd');
    this.summaryTextArea = page.getByTestId('summary-text');
    this.copyButton = page.getByTestId('copy-summary');
    this.copyStatus = page.getByTestId('copy-status');

    this.bmiHelper = page.getByTestId('bmi-helper');
    this.bmiLength = page.getByTestId('bmi-length');
    this.bmiWeight = page.getByTestId('bmi-weight');
    this.bmiResult = page.getByTestId('bmi-result');
    this.bmiRefused = page.getByTestId('bmi-refused');
    this.fallScreening = page.getByTestId('fall-screening');
  }

  /** Opens the app and waits until the first question is there. */
  async goto() {
    await this.page.goto('/');
    await this.expectQuestion('acute_risk');
  }

  async expectQuestion(id) {
    await expect(this.question).toHaveAttribute('data-question', id);
  }

  answerButton(code) {
    return this.question.getByTestId(`answer-${code}`);
  }

  /** Clicks an answer on the current question (optionally checking which question it is). */
  async answer(code, questionId) {
    if (questionId) await this.expectQuestion(questionId);
    await this.answerButton(code).click();
  }

  /**
   * Answers a path of questions in order, checking before every click that the expected
   * question is shown, so a click never lands on the previous question's button.
   */
  async answerPath(path) {
    for (const [id, code] of parsePath(path)) {
      await this.answer(code, id);
    }
  }

  /** Answers a path that ends in an outcome and waits for that outcome. */
  async reachOutcome(path, route) {
    await this.answerPath(path);
    await this.expectOutcome(route);
  }

  async expectOutcome(route) {
    await expect(this.outcome).toHaveAttribute('data-route', route);
  }

  async outcomeRoute() {
    await expect(this.outcome).toBeVisible();
    return this.outcome.getAttribute('data-route');
  }

  async summaryText() {
    return this.summaryTextArea.inputValue();
  }

  async revisit(questionId) {
    await this.answersList.getByTestId(`revisit-${questionId}`).click();
    await this.expectQuestion(questionId);
  }

  async reset() {
    await this.resetButton.click();
  }

  async chooseRegion(id) {
    await this.region.selectOption(id);
  }

  async chooseGemeente(id) {
    await this.gemeente.selectOption(id);
  }

  async chooseReferrer(id) {
    await this.referrer.selectOption(id);
  }

  /** Opens the start settings again ("Wijzig") when they are folded into the context line. */
  async openStart() {
    if (await this.start.isVisible()) return;
    await this.contextLine.getByRole('button', { name: /Wijzig/ }).click();
    await expect(this.start).toBeVisible();
  }

  /** The values of a select's options, without the empty "Nog niet gekozen". */
  async optionValues(select) {
    return (await select.locator('option').evaluateAll((options) => options.map((o) => o.value)))
      .filter((value) => value !== '');
  }

  /**
   * Answers whatever question is shown from a map {questionId: code} until an outcome is
   * reached; a question missing from the map fails with its id. `onQuestion(id)` runs on every
   * question before it is answered.
   */
  async answerUntilOutcome(answers, onQuestion = async () => {}) {
    for (let step = 0; step < 40; step += 1) {
      await expect(this.question.or(this.outcome)).toBeVisible();
      if (await this.outcome.isVisible()) return this.outcome.getAttribute('data-route');
      const id = await this.question.getAttribute('data-question');
      expect(answers, `geen antwoord voor de vraag "${id}"`).toHaveProperty(id);
      await onQuestion(id);
      await this.answerButton(answers[id]).click();
      // Wait for the click to land: a question is never asked twice in a row.
      await expect(this.page.locator(`[data-testid=question][data-question="${id}"]`)).toHaveCount(0);
    }
    throw new Error('geen uitkomst na 40 vragen');
  }

  async openHelp() {
    await this.help.locator('summary').click();
    await expect(this.help).toHaveAttribute('open', '');
  }

  dimension(id) {
    return this.page.getByTestId(`dimension-${id}`);
  }

  alsoRoute(id) {
    return this.page.getByTestId(`also-${id}`);
  }

  /** The three fall screening radios of one row (0..2): [ja, nee]. */
  fallRow(index) {
    const row = this.fallScreening.locator('fieldset.screening-row').nth(index);
    return { yes: row.getByRole('radio', { name: 'Ja' }), no: row.getByRole('radio', { name: 'Nee' }) };
  }
}
