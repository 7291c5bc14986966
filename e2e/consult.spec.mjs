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

    // The handout: what the patient can expect.
    await expect(consult.handout).toContainText('Een welzijnscoach neemt contact met u op');
    await expect(consult.handout).toContainText('Aan Welzijn op Recept zijn geen kosten verbonden.');

    // "Wat nu" for the referrer, with the region's channel, ICPC code and contact norm.
    await expect(consult.nextSteps.locator('h3')).toHaveText('Wat nu');
    await expect(consult.nextSteps).toContainText('Verwijs via ZorgDomein');
    await expect(consult.nextSteps).toContainText('ICPC-code Z68');
    await expect(consult.nextSteps).toContainText('binnen 5 werkdagen');
    await expect(consult.organisation).toContainText('Kies bovenaan de gemeente van de patiënt');

    // Answers in the side panel, each with a way back.
    await expect(consult.answersList.locator('li')).toHaveCount(11);
    await expect(consult.answersList.getByTestId('revisit-open_to_coach')).toBeVisible();

    const summary = await consult.summaryText();
    const lines = summary.split('\n');
    expect(lines[0]).toBe('Route: Welzijn op Recept');
    expect(lines[1]).toMatch(/^Toelichting: Verwijs naar een welzijnscoach/);
    expect(summary).toContain('Antwoorden:\n- Acuut gevaar: Nee\n- Leeftijd: 18 tot en met 64\n');
    expect(summary).toContain('- Psychosociale problemen: Ja');
    expect(summary).toContain('- Open voor een welzijnscoach: Ja');
    expect(summary).toContain('- Overbelaste mantelzorger: Nee');
    expect(summary).toContain('Toestemming van de patiënt voor de verwijzing gevraagd: nee, nog vragen');
    expect(summary).toContain('Verwijzer: niet opgegeven');
    expect(summary).toContain('ICPC: Z68 (Welzijn op Recept)');
    expect(summary).toMatch(/Bron: Verwijswijzer, regio Delft, Westland en Oostland \(DWO\), pakket \d+\.\d+\.\d+/);
    expect(summary).not.toContain('VOORLOPIG');
    expect(summary).not.toContain('Nog na te gaan');
    expect(summary).not.toContain('Gemeente:');
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
  });

  test('Krachtige Basiszorg', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.reachOutcome(`${MAIN_TO_PSYCHOSOCIAL_YES},multi_problem=yes,practice_kbz=yes,${ADULT_ADDONS_NO}`, 'krachtige_basiszorg');
    await expect(consult.outcomeTitle).toHaveText('Krachtige Basiszorg');
    await expect(consult.nextSteps).toContainText('vast aanspreekpunt');
    await expect(consult.organisation).toHaveCount(0);
    const summary = await consult.summaryText();
    expect(summary).toMatch(/^Route: Krachtige Basiszorg\n/);
    expect(summary).toContain('- Praktijk werkt met Krachtige Basiszorg: Ja');
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

  test('jongeren (DWO): jonger dan 18 gaat naar de jongerenroute', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.answerPath('acute_risk=no,age_group=child');
    // Only the carer question remains: no GLI or fall prevention for children.
    await consult.reachOutcome('carer_strain=no', 'youth');
    await expect(consult.outcomeTitle).toHaveText('Route voor jongeren');
    await expect(consult.handout).toContainText('jongerenwerker');
    await expect(consult.answersList.locator('li')).toHaveCount(3);
    expect(await consult.summaryText()).toContain('- Leeftijd: Jonger dan 18');
  });

  test('nu nog niet: patiënt staat niet open voor een coach', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.reachOutcome(`${WOR_FLOW.replace('open_to_coach=yes', 'open_to_coach=no')},${ADULT_ADDONS_NO}`, 'not_now');
    await expect(consult.outcomeTitle).toHaveText('Nu nog niet');
    await expect(consult.provisional).toHaveCount(0);
    await expect(consult.openChecks).toHaveCount(0);
    const summary = await consult.summaryText();
    expect(summary).toMatch(/^Route: Nu nog niet\n/);
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
    await expect(consult.handout.locator('h4')).toHaveText(['Gecombineerde leefstijlinterventie (GLI)']);
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
    expect(summary).toMatch(/^Route: Gewone zorg, geen welzijnsroute\n/);
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
    await consult.consent.check();
    await consult.wish.fill(privacy.typed('Wil graag wandelen met anderen'));
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
    await expect(consult.consent).not.toBeChecked();
    await expect(consult.dimension('meedoen')).not.toBeChecked();
    const summary = await consult.summaryText();
    expect(summary).not.toContain('Wens van de patiënt');
    expect(summary).not.toContain('Positieve Gezondheid');
    expect(summary).toContain('gevraagd: nee, nog vragen');
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
    await expect(page.getByText('Tekst om te plakken in VIPLive of het HIS')).toBeVisible();
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
    expect(summary).toContain('Gemeente: Delft (welzijnsorganisatie: Delft voor Elkaar');
    expect(summary).toContain('Verwijzer: POH-GGZ');
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
    await expect(consult.consent).not.toBeChecked();
    await expect(consult.summaryTextArea).toHaveValue(/Toestemming van de patiënt voor de verwijzing gevraagd: nee, nog vragen\n/);
    await consult.consent.check();
    await expect(consult.summaryTextArea).toHaveValue(/Toestemming van de patiënt voor de verwijzing gevraagd: ja\n/);
    await consult.consent.uncheck();
    await expect(consult.summaryTextArea).toHaveValue(/gevraagd: nee, nog vragen\n/);
  });
});
