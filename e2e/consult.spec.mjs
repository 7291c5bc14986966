// End-to-end paths through Verwijswijzer, by clicking (region DWO unless said otherwise).
import { test, expect } from './fixtures.mjs';
import { ConsultPage, WOR_FLOW, WOR_PATH, ADULT_ADDONS_NO } from './consult.page.mjs';

const MAIN_TO_PSYCHOSOCIAL_YES = 'acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,psychosocial=yes';

test.describe('routes', () => {
  test('Welzijn op Recept: handout, wat nu en samenvatting', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await expect(consult.start).toBeVisible();
    await consult.reachOutcome(WOR_PATH, 'wor');

    expect(await consult.outcomeRoute()).toBe('wor');
    await expect(consult.outcomeTitle).toHaveText('Welzijn op Recept');
    await expect(consult.provisional).toHaveCount(0);
    await expect(consult.crisis).toHaveCount(0);
    await expect(consult.also).toHaveCount(0);
    await expect(consult.direction).toHaveText(/^Welzijn op Recept/);

    // The handout: what the patient can expect, in the patient's words (no gemeente chosen:
    // "uw gemeente"), with when to call and the safety net.
    await expect(consult.handout.locator('h4')).toHaveText(['Welzijn op Recept']);
    await expect(consult.handout).toContainText('Een welzijnscoach van de welzijnsorganisatie in uw gemeente neemt contact met u op.');
    await expect(consult.handout).toContainText('Heeft u binnen 5 werkdagen na de verwijzing nog niets gehoord?');
    await expect(consult.handout).toContainText('Gaat het slechter met u? Neem dan contact op met uw huisarts.');
    for (const line of await consult.handout.locator('li').allTextContents()) expect(line).not.toContain('de patiënt');
    await expect(consult.printButton).toBeVisible();

    // "Wat nu" for the referrer, with the region's channel, ICPC code and contact norm. No
    // referrer chosen: the steps for the practice, with a hint to choose the referrer.
    await expect(consult.nextSteps.locator('h3')).toHaveText('Wat nu');
    await expect(consult.referrerHint).toBeVisible();
    await expect(consult.referrerHint).toContainText('Kies bovenaan het type verwijzer');
    await expect(consult.nextStepsList).toContainText('leg die vast in het HIS');
    await expect(consult.nextStepsList).toContainText('Verwijs via ZorgDomein');
    await expect(consult.nextStepsList).toContainText('ICPC-code Z68');
    await expect(consult.nextStepsList).toContainText('binnen 5 werkdagen');
    await expect(consult.organisation).toContainText('Kies bovenaan de gemeente van de patiënt');

    // Answers in the side panel, each with a way back.
    await expect(consult.answersList.locator('li')).toHaveCount(11);
    await expect(consult.answersList.getByTestId('revisit-open_to_coach')).toBeVisible();

    const summary = await consult.summaryText();
    const lines = summary.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Gemeente: niet opgegeven',
      'Leeftijdsgroep: 18 tot en met 64',
      'Type verwijzer: niet opgegeven',
      'Reden van verwijzing: niet opgegeven',
    ]);
    expect(lines[5]).toBe('Route: Welzijn op Recept');
    expect(lines[6]).toMatch(/^Toelichting: Verwijs naar een welzijnscoach/);
    expect(summary).toContain('Antwoorden:\n- Acuut gevaar: Nee\n- Leeftijd: 18 tot en met 64\n');
    expect(summary).toContain('- Psychosociale problemen: Ja');
    expect(summary).toContain('- Open voor een welzijnscoach: Ja');
    expect(summary).toContain('- Overbelaste mantelzorger: Nee');
    expect(summary).toContain('\nToestemming van de patiënt voor de verwijzing: nog niet gevraagd\n');
    expect(summary).toContain('\nType verwijzer: niet opgegeven\n');
    expect(summary).toContain('ICPC: Z68 (Welzijn op Recept)');
    // The last line names the content: version, date, base and fingerprint (decision 58).
    expect(summary).toMatch(/\nBron: Verwijswijzer, regio Delft, Westland en Oostland \(DWO\), pakket \d+\.\d+\.\d+ van \d{4}-\d{2}-\d{2} \(basis \d+\.\d+\.\d+\), inhoud [0-9a-f]{8}$/);
    const fingerprint = summary.match(/inhoud ([0-9a-f]{8})$/)[1];
    await expect(page.locator('footer')).toContainText(`, inhoud ${fingerprint}. Beheer: `);
    expect(summary).not.toContain('VOORLOPIG');
    expect(summary).not.toContain('Nog na te gaan');
    expect(summary).not.toContain('Welzijnsorganisatie:');
  });

  test('acute zorg: crisisbox, geen samenvatting en geen verwijzing naar welzijn', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.reachOutcome('acute_risk=yes', 'urgent_care');

    await expect(consult.outcome).toHaveClass(/urgent/);
    await expect(consult.outcomeTitle).toHaveText('Acute zorg of crisiszorg');
    await expect(consult.crisis).toBeVisible();
    await expect(consult.crisis).toContainText('113');
    await expect(consult.crisis).toContainText('0800-0113');
    await expect(consult.crisis).toContainText('112');

    // Acute care is handled by phone: nothing to paste, no consent, no wish.
    for (const id of ['summary', 'summary-text', 'consent', 'wish', 'copy-summary', 'pii-warnings']) {
      await expect(page.getByTestId(id), id).toHaveCount(0);
    }
    // No referral to welzijn: no channel, no ICPC code, no organisation, no add-ons.
    await expect(consult.organisation).toHaveCount(0);
    await expect(consult.also).toHaveCount(0);
    await expect(consult.outcome).not.toContainText('ZorgDomein');
    await expect(consult.outcome).not.toContainText('Z68');
    await expect(consult.outcome).not.toContainText(/Verwijs (via|naar) (een )?(welzijnscoach|Welzijn op Recept)/);
    await expect(consult.outcome).toContainText('Verwijs niet naar welzijn.');
    // The add-on questions are not asked after acute care.
    await expect(consult.answersList.locator('li')).toHaveCount(1);
    // The crisis box is the first thing in the outcome card, before the title; then the note
    // that says why there is no referral text.
    await expect(consult.outcome.locator(':scope > *').first()).toHaveAttribute('data-testid', 'crisis');
    await expect(consult.crisisCheck).toHaveCount(0);
    await expect(consult.noReferral).toBeVisible();
    await expect(consult.noReferral).toContainText('Bij acuut gevaar handelt u nu, niet met een verwijzing.');
    // The crisis steps are the same for every referrer: no hint to choose a type.
    await expect(consult.referrerHint).toHaveCount(0);
  });

  test('acuut gevaar "weet ik niet": eerst nagaan, crisisnummers bovenaan en geen verwijstekst', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    // "Weet ik niet" counts as "no" for the flow, so the questions go on to a welzijn route.
    await consult.reachOutcome(WOR_PATH.replace('acute_risk=no', 'acute_risk=unknown'), 'wor');

    // The check box with the crisis numbers is the FIRST element of the outcome card.
    await expect(consult.outcome.locator(':scope > *').first()).toHaveAttribute('data-testid', 'crisis-check');
    await expect(consult.crisisCheck).toBeVisible();
    await expect(consult.crisisCheck).toContainText('Acuut gevaar is nog niet uitgesloten.');
    await expect(consult.crisisCheck).toContainText('113');
    await expect(consult.crisisCheck).toContainText('0800-0113');
    await expect(consult.crisisCheck).toContainText('112');
    await expect(consult.crisis).toHaveCount(0);

    // No referral text, no way to copy one, no summary panel at all: the note says why.
    for (const id of ['summary', 'summary-text', 'copy-summary', 'copy-status', 'consent', 'wish']) {
      await expect(page.getByTestId(id), id).toHaveCount(0);
    }
    await expect(consult.noReferral).toBeVisible();
    await expect(consult.noReferral).toContainText('Eerst moet acuut gevaar uitgesloten zijn.');
    await expect(consult.noReferral).toContainText('Vraag door naar gedachten aan zelfdoding en naar veiligheid thuis.');
    // Nothing to hand to the patient yet either: no handout promising a coach, nothing to print.
    await expect(page.getByTestId('handout')).toHaveCount(0);
    await expect(page.getByTestId('print-patient')).toHaveCount(0);

    // Provisional, with the acute risk first among the checks.
    await expect(consult.provisional).toBeVisible();
    await expect(consult.openChecks.locator('li').first()).toHaveText(/^Vraag door naar gedachten over zelfdoding/);
    // The C key finds nothing to copy.
    await consult.outcomeTitle.focus();
    await page.keyboard.press('C');
    await expect(consult.copyStatus).toHaveCount(0);
  });

  test('de notitie "geen verwijstekst" staat onder het crisisvak en de titel, vóór "Wat nu"', async ({ page }) => {
    // The crisis box comes first; the note follows the route's title, before the steps, so the
    // steps never read as an invitation to refer.
    const consult = new ConsultPage(page);
    await consult.goto();
    for (const [path, route, box] of [['acute_risk=yes', 'urgent_care', 'crisis'], [WOR_PATH.replace('acute_risk=no', 'acute_risk=unknown'), 'wor', 'crisis-check']]) {
      await consult.reset();
      await consult.reachOutcome(path, route);
      const order = await consult.outcome.evaluate((card) => {
        const children = [...card.children];
        const index = (selector) => children.findIndex((e) => e.matches(selector) || e.querySelector(selector));
        return {
          first: children[0].getAttribute('data-testid'),
          note: index('[data-testid=no-referral]'),
          title: index('#outcome-title'),
          steps: index('[data-testid=next-steps]'),
        };
      });
      expect(order.first, route).toBe(box);
      expect(order.note, route).toBeGreaterThan(order.title);
      expect(order.note, route).toBeLessThan(order.steps);
    }
  });

  test('een 15-jarige die medische behandeling nodig heeft: medische zorg met de WGBO-regel, nooit de jongerenroute', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.answerPath('acute_risk=no,age_group=child');
    // A child is asked the treatment questions before anything about youth.
    await consult.expectQuestion('needs_medical_care');
    await expect(consult.outcome).toHaveCount(0);
    await consult.answer('yes', 'needs_medical_care');
    // DWO has no youth_wor: no psychosocial add-on, no GLI for a child; only the carer question.
    await consult.reachOutcome('carer_strain=no', 'medical_care');

    await expect(consult.outcomeTitle).toHaveText('Eerst medische zorg');
    await expect(consult.outcome.locator('p.lead')).toHaveText(/^De jongere heeft eerst medisch onderzoek of behandeling nodig/);
    await expect(consult.nextStepsList).toContainText(
      'Toestemming voor behandeling (WGBO): onder 12 jaar beslissen de ouders, van 12 tot en met 15 ouders en kind samen, vanaf 16 de jongere zelf.',
    );
    await expect(consult.handout).toContainText('Ben je jonger dan 16? Dan beslissen je ouders mee over de behandeling.');
    // Never the youth route: not as outcome, not as an add-on, nowhere on the page.
    await expect(consult.alsoRoute('youth')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('Route voor jongeren');
    await expect(page.locator('body')).not.toContainText('jongerenwerk');
    for (const never of ['needs_psych_treatment', 'psychosocial', 'weight_risk']) {
      await expect(consult.answersList.getByTestId(`revisit-${never}`), never).toHaveCount(0);
    }
    const summary = await consult.summaryText();
    expect(summary).toMatch(/\n\nRoute: Eerst medische zorg\n/);
    expect(summary).toContain('- Leeftijd: Jonger dan 18');
    expect(summary).toContain('- Medische zorg nog nodig: Ja');
    expect(summary).not.toContain('jongeren');
  });

  test('een jongere die psychische behandeling nodig heeft: GGZ met de WGBO-regel, niet de jongerenroute', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.reachOutcome('acute_risk=no,age_group=child,needs_medical_care=no,needs_psych_treatment=yes,carer_strain=no', 'mental_health_care');
    await expect(consult.outcomeTitle).toHaveText('Psychische zorg (GGZ)');
    await expect(consult.outcome.locator('p.lead')).toHaveText(/^De jongere heeft mogelijk behandeling nodig/);
    await expect(consult.nextStepsList).toContainText('Toestemming voor behandeling (WGBO)');
    await expect(consult.nextStepsList).toContainText('jeugd-GGZ');
    await expect(page.locator('body')).not.toContainText('Route voor jongeren');
  });

  test('volwassene die eerst medische zorg nodig heeft: psychosociale aanvulling geeft Welzijn op Recept erbij', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.answerPath('acute_risk=no,age_group=adult,needs_medical_care=yes');
    // The add-on question comes first, before weight and carer.
    await consult.reachOutcome('psychosocial=yes,weight_risk=no,carer_strain=no', 'medical_care');
    await expect(consult.outcomeTitle).toHaveText('Eerst medische zorg');
    await expect(consult.also).toBeVisible();
    await expect(consult.alsoRoute('wor')).toContainText('Welzijn op Recept');
    await expect(consult.alsoRoute('wor')).toContainText(/Omdat: .*Psychosociale problemen: Ja/);
    await expect(consult.organisation).toBeVisible();
    const summary = await consult.summaryText();
    expect(summary).toContain('Ook overwegen: Welzijn op Recept');
    expect(summary).toContain('- Psychosociale problemen: Ja');

    // "No" to the add-on: medical care alone.
    await consult.revisit('psychosocial');
    await consult.answer('no', 'psychosocial');
    await consult.expectOutcome('medical_care');
    await expect(consult.also).toHaveCount(0);
    expect(await consult.summaryText()).not.toContain('Ook overwegen');
  });

  test('Krachtige Basiszorg', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.reachOutcome(`${MAIN_TO_PSYCHOSOCIAL_YES},multi_problem=yes,practice_kbz=yes,${ADULT_ADDONS_NO}`, 'krachtige_basiszorg');
    await expect(consult.outcomeTitle).toHaveText('Krachtige Basiszorg');
    await expect(consult.nextStepsList).toContainText('Bespreek de patiënt volgens de afspraken over Krachtige Basiszorg in de huisartsenpraktijk.');
    await expect(consult.organisation).toHaveCount(0);
    const summary = await consult.summaryText();
    expect(summary).toMatch(/\n\nRoute: Krachtige Basiszorg\n/);
    expect(summary).toContain('- Huisartsenpraktijk werkt met Krachtige Basiszorg: Ja');
    expect(summary).not.toContain('ICPC');
  });

  test('sociaal werk met Welzijn op Recept als aanvulling', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.reachOutcome(`${MAIN_TO_PSYCHOSOCIAL_YES},multi_problem=no,practical_core=yes,${ADULT_ADDONS_NO}`, 'social_work');
    await expect(consult.outcomeTitle).toHaveText('Sociaal werk of sociaal wijkteam');
    await expect(consult.also).toBeVisible();
    await expect(consult.alsoRoute('wor')).toContainText('Welzijn op Recept');
    await expect(consult.alsoRoute('wor')).toContainText(/Omdat: .*Praktische problemen als kern: Ja/);
    // "Wat nu bij Welzijn op Recept" opens with the channel steps.
    await consult.alsoRoute('wor').locator('summary').click();
    await expect(consult.alsoRoute('wor').locator('ol')).toContainText('Verwijs via ZorgDomein');
    await expect(consult.organisation).toBeVisible();
    await expect(consult.direction).toHaveText('Sociaal werk of sociaal wijkteam, ook overwegen: Welzijn op Recept');
    const summary = await consult.summaryText();
    expect(summary).toContain('Route: Sociaal werk of sociaal wijkteam');
    expect(summary).toContain('Ook overwegen: Welzijn op Recept');
    expect(summary).toContain('ICPC: Z68 (Welzijn op Recept)');
  });

  test('jongeren (DWO): jonger dan 18 zonder behandeling gaat naar de jongerenroute', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    // A child is asked the two treatment questions first; only "no" to both leads to youth.
    await consult.answerPath('acute_risk=no,age_group=child,needs_medical_care=no,needs_psych_treatment=no');
    // Then only the carer question: no psychosocial add-on, GLI or fall prevention for children.
    await consult.reachOutcome('carer_strain=no', 'youth');
    await expect(consult.outcomeTitle).toHaveText('Route voor jongeren');
    await expect(consult.handout).toContainText('Iemand van het jongerenwerk of het jeugdteam neemt contact met je op.');
    await expect(consult.answersList.locator('li')).toHaveCount(5);
    for (const never of ['psychosocial', 'weight_risk', 'fall_risk']) {
      await expect(consult.answersList.getByTestId(`revisit-${never}`), never).toHaveCount(0);
    }
    const summary = await consult.summaryText();
    expect(summary).toContain('- Leeftijd: Jonger dan 18');
    expect(summary).toContain('- Medische zorg nog nodig: Nee');
    expect(summary).toContain('- Psychische behandeling nodig: Nee');
  });

  test('nu nog niet: patiënt staat niet open voor een coach', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.reachOutcome(`${WOR_FLOW.replace('open_to_coach=yes', 'open_to_coach=no')},${ADULT_ADDONS_NO}`, 'not_now');
    await expect(consult.outcomeTitle).toHaveText('Nu nog niet');
    await expect(consult.provisional).toHaveCount(0);
    await expect(consult.openChecks).toHaveCount(0);
    const summary = await consult.summaryText();
    expect(summary).toMatch(/\n\nRoute: Nu nog niet\n/);
    expect(summary).toContain('- Open voor een welzijnscoach: Nee');
  });

  test('GLI als aanvulling, met de BMI-hulp', async ({ page, privacy }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.answerPath('acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,psychosocial=no');
    await consult.expectQuestion('weight_risk');
    await expect(consult.bmiHelper).toBeVisible();

    await consult.bmiLength.fill(privacy.typed('180'));
    await consult.bmiWeight.fill(privacy.typed('100'));
    await expect(consult.bmiResult).toContainText('BMI 30,9');
    await expect(consult.bmiResult).toContainText('BMI 30 of hoger');
    await expect(consult.bmiRefused).toHaveCount(0);

    await consult.bmiLength.fill(privacy.typed('17'));
    await expect(consult.bmiRefused).toHaveText('Een lengte van 17 cm kan niet kloppen. Vul een lengte in tussen 100 en 250 cm.');
    await expect(consult.bmiResult).toHaveCount(0);

    // After the answer the helper and what was typed are gone.
    await consult.answer('yes', 'weight_risk');
    await consult.expectQuestion('carer_strain');
    await expect(consult.bmiHelper).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('BMI 30,9');

    // Back at the weight question, the fields are empty.
    await consult.revisit('weight_risk');
    await expect(consult.bmiLength).toHaveValue('');
    await expect(consult.bmiWeight).toHaveValue('');
    await consult.answer('yes', 'weight_risk');

    await consult.reachOutcome('carer_strain=no', 'other');
    await expect(consult.outcomeTitle).toHaveText('Gewone zorg, geen welzijnsroute');
    await expect(consult.alsoRoute('gli')).toContainText('Gecombineerde leefstijlinterventie (GLI)');
    await expect(consult.alsoRoute('gli')).toContainText(/Omdat: .*Overgewicht met risico en gemotiveerd: Ja/);
    await expect(consult.handout.locator('h4')).toHaveText(['Gewone zorg, geen welzijnsroute', 'Ook: Gecombineerde leefstijlinterventie (GLI)']);
    const summary = await consult.summaryText();
    expect(summary).toContain('Ook overwegen: Gecombineerde leefstijlinterventie (GLI)');
    expect(summary).not.toMatch(/\b180\b|\b100\b|BMI 30,9/);
  });

  test('voorlopige uitkomst bij "weet ik niet"', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.answerPath(WOR_FLOW.replace('open_to_coach=yes', 'open_to_coach=unknown'));
    await expect(consult.direction).toContainText('voorlopig');
    await consult.reachOutcome(ADULT_ADDONS_NO, 'not_now');

    await expect(consult.outcome).toHaveClass(/provisional/);
    await expect(consult.provisional).toBeVisible();
    await expect(consult.provisional).toContainText('Voorlopige uitkomst.');
    await expect(consult.openChecks).toBeVisible();
    await expect(consult.openChecks.locator('li')).toHaveText([
      'Vraag de patiënt of hij of zij een gesprek met een welzijnscoach wil; bespreek het bij het volgende contact opnieuw.',
    ]);
    await expect(consult.answersList.locator('li.unknown')).toHaveCount(1);
    const summary = await consult.summaryText();
    expect(summary.startsWith('VOORLOPIGE UITKOMST')).toBe(true);
    expect(summary).toContain('- Open voor een welzijnscoach: Weet ik niet');
    expect(summary).toContain('Nog na te gaan:\n- Vraag de patiënt of hij of zij een gesprek met een welzijnscoach wil');
  });
});

test.describe('aanpassen en opnieuw', () => {
  test('een eerder antwoord wijzigen rekent de route opnieuw uit', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.reachOutcome(WOR_PATH, 'wor');

    await consult.revisit('psychosocial');
    await expect(consult.question).toContainText('U past een eerder antwoord aan.');
    await expect(consult.answerButton('yes')).toHaveAttribute('aria-pressed', 'true');
    await consult.answer('no', 'psychosocial');

    // The add-ons were answered already; the main flow now stops at psychosocial.
    await consult.expectOutcome('other');
    await expect(consult.outcomeTitle).toHaveText('Gewone zorg, geen welzijnsroute');
    for (const gone of ['multi_problem', 'practical_core', 'self_directed', 'open_to_coach']) {
      await expect(consult.answersList.getByTestId(`revisit-${gone}`), gone).toHaveCount(0);
    }
    await expect(consult.answersList.locator('li')).toHaveCount(7);
    const summary = await consult.summaryText();
    expect(summary).toMatch(/\n\nRoute: Gewone zorg, geen welzijnsroute\n/);
    expect(summary).toContain('- Psychosociale problemen: Nee');
    expect(summary).not.toContain('Open voor een welzijnscoach');
    expect(summary).not.toContain('ICPC');

    // And back again: the earlier answers further on are remembered.
    await consult.revisit('psychosocial');
    await consult.answer('yes', 'psychosocial');
    await consult.expectOutcome('wor');
  });

  test('"Opnieuw" wist de antwoorden, de wens en de keuzes in de samenvatting', async ({ page, privacy }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.chooseGemeente('westland');
    await consult.chooseReferrer('huisarts');
    await consult.reachOutcome(WOR_PATH, 'wor');
    await consult.dimension('meedoen').check();
    await consult.consentGiven.check();
    await consult.wish.fill(privacy.typed('Wil graag wandelen met anderen'));
    expect(await consult.summaryText()).toContain('Toestemming van de patiënt voor de verwijzing: gegeven');
    expect(await consult.summaryText()).toContain('Wens van de patiënt: Wil graag wandelen met anderen');

    await consult.reset();
    await consult.expectQuestion('acute_risk');
    await expect(consult.start).toBeVisible();
    await expect(consult.answersList).toHaveCount(0);
    await expect(consult.outcome).toHaveCount(0);
    await expect(consult.direction).toHaveText(/^nog open: \d+ routes mogelijk\s*$/);
    await expect(page.locator('body')).not.toContainText('wandelen met anderen');
    // Region, gemeente and referrer stay for the visit (by design, see Action::Reset).
    await expect(consult.gemeente).toHaveValue('westland');
    await expect(consult.referrer).toHaveValue('huisarts');

    await consult.reachOutcome(WOR_PATH, 'wor');
    await expect(consult.wish).toHaveValue('');
    await expect(consult.consentNotAsked).toBeChecked();
    await expect(consult.consentGiven).not.toBeChecked();
    await expect(consult.dimension('meedoen')).not.toBeChecked();
    const summary = await consult.summaryText();
    expect(summary).not.toContain('Wens van de patiënt');
    expect(summary).not.toContain('Positieve Gezondheid');
    expect(summary).toContain('Toestemming van de patiënt voor de verwijzing: nog niet gevraagd');
  });
});

test.describe('regio en gemeente', () => {
  test('regio Eindhoven verwijst via VIPLive', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.chooseRegion('eindhoven');
    await expect(consult.region).toHaveValue('eindhoven');
    await expect(page.locator('footer')).toContainText('Regio Eindhoven-De Kempen');
    await consult.reachOutcome(WOR_PATH, 'wor');
    await expect(consult.nextSteps).toContainText('Verwijs via VIPLive');
    await expect(consult.nextSteps).toContainText('binnen 2 weken');
    await expect(consult.organisation).toContainText('VIPLive');
    await expect(consult.outcome).not.toContainText('ZorgDomein');
    const summary = await consult.summaryText();
    expect(summary).toContain('regio Eindhoven-De Kempen');
    await expect(page.getByText('Tekst om te plakken in VIPLive', { exact: true })).toBeVisible();
    await expect(page.getByText('Journaalregel voor het HIS (SOEP)', { exact: true })).toBeVisible();
  });

  test('gemeente Delft noemt Delft voor Elkaar in uitkomst en samenvatting', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.chooseGemeente('delft');
    await consult.chooseReferrer('poh_ggz');
    await consult.answer('no', 'acute_risk');
    await expect(consult.contextLine).toContainText('Delft, Westland en Oostland (DWO) · Delft · POH-GGZ');
    await consult.reachOutcome(WOR_PATH.replace('acute_risk=no,', ''), 'wor');
    await expect(consult.organisation).toContainText('Delft voor Elkaar');
    await expect(consult.nextSteps).toContainText('Delft voor Elkaar');
    const summary = await consult.summaryText();
    expect(summary).toMatch(/^Gemeente: Delft\n/);
    expect(summary).toContain('\nWelzijnsorganisatie: Delft voor Elkaar');
    expect(summary).toContain('\nType verwijzer: POH-GGZ\n');
  });
});

test.describe('samenvatting', () => {
  const PII = [
    ['BSN', 'Mevrouw met BSN 123456782 wil wandelen', 'Dit lijkt op een BSN.'],
    ['telefoon', 'Bel haar op 0612345678', 'Dit lijkt op een telefoonnummer.'],
    ['e-mail', 'mail naar j.jansen@example.nl', 'Dit lijkt op een e-mailadres.'],
    ['postcode', 'woont op 2611 AB 12', 'Dit lijkt op een adres.'],
    ['geboortedatum', 'geboren 12-03-1985', 'Dit lijkt op een geboortedatum.'],
  ];

  test('de wens waarschuwt voor persoonsgegevens (en niets ervan verlaat de pagina)', async ({ page, privacy }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.reachOutcome(WOR_PATH, 'wor');
    await expect(consult.piiWarnings.locator('.warning')).toHaveCount(0);

    for (const [kind, text, warning] of PII) {
      await consult.wish.fill(privacy.typed(text));
      await expect(consult.piiWarnings.locator('.warning'), kind).toHaveText([new RegExp(`^${warning}`)]);
    }

    // Typed key by key, all five at once.
    await consult.wish.fill('');
    const all = privacy.typed(PII.map(([, text]) => text).join('; '));
    await consult.wish.pressSequentially(all);
    await expect(consult.piiWarnings.locator('.warning')).toHaveCount(5);
    for (const [, , warning] of PII) {
      await expect(consult.piiWarnings).toContainText(warning);
    }
    await expect(consult.wish).toHaveValue(all);
    await expect(consult.summaryTextArea).toHaveValue(new RegExp(`Wens van de patiënt: ${all.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

    await consult.wish.fill(privacy.typed('Wil weer onder de mensen komen'));
    await expect(consult.piiWarnings.locator('.warning')).toHaveCount(0);
    // The privacy guard (fixtures.mjs) fails the test if any typed text was in a request.
  });

  test('Positieve Gezondheid: aangevinkte dimensies staan in de samenvatting', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.reachOutcome(WOR_PATH, 'wor');
    expect(await consult.summaryText()).not.toContain('Positieve Gezondheid');

    await consult.dimension('meedoen').check();
    await consult.dimension('zingeving').check();
    await expect(consult.dimension('meedoen')).toBeChecked();
    await expect(consult.summaryTextArea).toHaveValue(/Positieve Gezondheid, de patiënt wil werken aan: Zingeving, Meedoen\n/);

    await consult.dimension('zingeving').uncheck();
    await expect(consult.summaryTextArea).toHaveValue(/Positieve Gezondheid, de patiënt wil werken aan: Meedoen\n/);
    await consult.dimension('meedoen').uncheck();
    await expect(consult.summaryTextArea).not.toHaveValue(/Positieve Gezondheid/);
  });

  test('toestemming verandert de regel in de samenvatting', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.reachOutcome(WOR_PATH, 'wor');
    // Three radios in one group, "nog niet gevraagd" by default.
    await expect(consult.consent.getByRole('radio')).toHaveCount(3);
    await expect(consult.consentNotAsked).toBeChecked();
    await expect(consult.consentGiven).not.toBeChecked();
    await expect(consult.consentRefused).not.toBeChecked();
    await expect(consult.summaryTextArea).toHaveValue(/\nToestemming van de patiënt voor de verwijzing: nog niet gevraagd\n/);
    await consult.consentGiven.check();
    await expect(consult.consentNotAsked).not.toBeChecked();
    await expect(consult.summaryTextArea).toHaveValue(/\nToestemming van de patiënt voor de verwijzing: gegeven\n/);
    await consult.consentNotAsked.check();
    await expect(consult.consentGiven).not.toBeChecked();
    await expect(consult.summaryTextArea).toHaveValue(/\nToestemming van de patiënt voor de verwijzing: nog niet gevraagd\n/);
  });

  test('geweigerde toestemming: geen verwijstekst, wel tekst voor de patiënt zelf; "gegeven" brengt de tekst terug', async ({ page, privacy }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.chooseGemeente('delft');
    await consult.reachOutcome(WOR_PATH, 'wor');
    await consult.wish.fill(privacy.typed('Wil graag wandelen'));
    await expect(consult.summaryTextArea).toBeVisible();
    await expect(consult.copyButton).toBeVisible();
    await expect(consult.noReferral).toHaveCount(0);

    await consult.consentRefused.check();
    await expect(consult.consentRefused).toBeChecked();
    await expect(consult.summaryTextArea).toHaveCount(0);
    await expect(consult.copyButton).toHaveCount(0);
    await expect(consult.copyStatus).toHaveCount(0);
    await expect(consult.noReferral).toBeVisible();
    await expect(consult.noReferral).toContainText('De patiënt wil niet dat gegevens worden doorgegeven.');
    await expect(consult.noReferral).toContainText('binnenlopen bij de welzijnsorganisatie kan zonder verwijzing');
    // The patient handout (which prints) no longer promises a coach: it is the self-directed
    // text, filled in for the gemeente.
    const handout = page.getByTestId('handout');
    await expect(handout.locator('h4')).toHaveText(['Welzijn zonder recept']);
    await expect(handout.locator('li').first()).toHaveText(/^U kunt zelf binnenlopen bij Delft voor Elkaar.*Een verwijzing is niet nodig\.$/);
    await expect(handout).not.toContainText('neemt contact met u op');
    await expect(handout).not.toContainText('{organisatie}');
    // Consent can still change: the radios stay.
    await expect(consult.consent).toBeVisible();
    // C has nothing to copy.
    await consult.outcomeTitle.focus();
    await page.keyboard.press('C');
    await expect(consult.copyStatus).toHaveCount(0);

    await consult.consentGiven.check();
    await expect(consult.noReferral).toHaveCount(0);
    await expect(consult.copyButton).toBeVisible();
    await expect(consult.summaryTextArea).toHaveValue(/\nToestemming van de patiënt voor de verwijzing: gegeven\n/);
    await expect(consult.summaryTextArea).toHaveValue(/Wens van de patiënt: Wil graag wandelen\n/);
    await expect(consult.summaryTextArea).toHaveValue(/\n\nRoute: Welzijn op Recept\n/);
  });
});
