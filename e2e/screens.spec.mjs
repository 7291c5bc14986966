// Full-page screenshots of the main screens on a phone and a desktop, for people to look at
// (e2e-artifacts/screenshots/<name>-<width>.png), and no horizontal scrolling at 320 px.
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { ConsultPage, WOR_PATH, WOR_FLOW, ADULT_ADDONS_NO } from './consult.page.mjs';

const SHOTS = path.join('e2e-artifacts', 'screenshots');
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];

/** Each screen: how to get there from a fresh page. */
const SCREENS = {
  start: async () => {},
  'question-help': async (consult) => {
    await consult.answerPath('acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no');
    await consult.expectQuestion('psychosocial');
    await consult.openHelp();
  },
  'bmi-helper': async (consult, privacy) => {
    await consult.answerPath('acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,psychosocial=no');
    await consult.expectQuestion('weight_risk');
    await consult.bmiLength.fill(privacy.typed('180'));
    await consult.bmiWeight.fill(privacy.typed('100'));
    await expect(consult.bmiResult).toContainText('BMI 30,9');
  },
  'outcome-wor': async (consult, privacy) => {
    await consult.chooseGemeente('delft');
    await consult.chooseReferrer('huisarts');
    await consult.reachOutcome(WOR_PATH, 'wor');
    await consult.dimension('meedoen').check();
    await consult.dimension('zingeving').check();
    await consult.consentGiven.check();
    await consult.wish.fill(privacy.typed('Wil weer onder de mensen komen, bijvoorbeeld bij een wandelgroep.'));
    await expect(consult.summaryTextArea).toHaveValue(/Wens van de patiënt/);
  },
  'outcome-urgent': async (consult) => {
    await consult.reachOutcome('acute_risk=yes', 'urgent_care');
  },
  'outcome-no-consent': async (consult) => {
    await consult.chooseGemeente('westland');
    await consult.reachOutcome(WOR_PATH, 'wor');
    await consult.consentRefused.check();
    await expect(consult.noReferral).toBeVisible();
  },
  'outcome-acute-unknown': async (consult) => {
    await consult.reachOutcome(WOR_PATH.replace('acute_risk=no', 'acute_risk=unknown'), 'wor');
    await expect(consult.crisisCheck).toBeVisible();
  },
  'outcome-provisional': async (consult) => {
    await consult.reachOutcome(`${WOR_FLOW.replace('open_to_coach=yes', 'open_to_coach=unknown')},${ADULT_ADDONS_NO}`, 'not_now');
    await expect(consult.provisional).toBeVisible();
  },
};

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const [name, reach] of Object.entries(SCREENS)) {
      test(name, async ({ page, privacy }) => {
        const consult = new ConsultPage(page);
        await consult.goto();
        await reach(consult, privacy);
        // One h1, the brand name in the header, on every screen.
        await expect(page.locator('h1')).toHaveText(['Verwijswijzer']);
        await expect(page.locator('header.topbar h1')).toBeVisible();
        // Park the pointer, so no answer button looks hovered where the last click was.
        await page.mouse.move(0, 0);
        await page.screenshot({
          path: path.join(SHOTS, `${name}-${viewport.width}.png`),
          fullPage: true,
          animations: 'disabled',
          caret: 'hide',
        });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'geen horizontale scrollbalk').toBeLessThanOrEqual(0);
      });
    }
  });
}

test.describe('320 px breed', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  const noHorizontalScroll = async (page) => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  };

  test('start', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await noHorizontalScroll(page);
    await consult.openHelp();
    await noHorizontalScroll(page);
  });

  test('de kop: merknaam en "Opnieuw" overlappen niet', async ({ page }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    const { textRight, buttonLeft } = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.brand-name'));
      return {
        textRight: range.getBoundingClientRect().right,
        buttonLeft: document.querySelector('[data-testid=reset]').getBoundingClientRect().left,
      };
    });
    expect(textRight, 'rechterkant van "Verwijswijzer" ligt links van de knop').toBeLessThanOrEqual(buttonLeft);
  });

  test('uitkomsten', async ({ page, privacy }) => {
    const consult = new ConsultPage(page);
    await consult.goto();
    await consult.chooseGemeente('pijnacker_nootdorp');
    await consult.reachOutcome(WOR_PATH, 'wor');
    await consult.wish.fill(privacy.typed('Bel mij op 0612345678 of mail naar heel.lang.adres@voorbeeld-organisatie.nl'));
    await expect(consult.piiWarnings.locator('.warning')).toHaveCount(2);
    await noHorizontalScroll(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SHOTS, 'outcome-wor-320.png'), fullPage: true, animations: 'disabled', caret: 'hide' });

    await consult.reset();
    await consult.reachOutcome('acute_risk=yes', 'urgent_care');
    await noHorizontalScroll(page);

    await consult.reset();
    await consult.reachOutcome('acute_risk=no,age_group=adult,needs_medical_care=no,needs_psych_treatment=no,psychosocial=yes,multi_problem=no,practical_core=yes,weight_risk=unknown,carer_strain=yes', 'social_work');
    await consult.alsoRoute('wor').locator('summary').click();
    await noHorizontalScroll(page);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(SHOTS, 'outcome-social-work-320.png'), fullPage: true, animations: 'disabled', caret: 'hide' });
  });
});
