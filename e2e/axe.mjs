// axe-core for every spec: no WCAG 2.2 AA violations and no violations of axe's best-practice
// rules on the screen the test has reached.
import AxeBuilder from '@axe-core/playwright';
import { expect } from './fixtures.mjs';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One readable block per violation: rule, impact, help and every failing node. */
export function describeViolations(violations) {
  return violations.map((v) => [
    `${v.id} (${v.impact}): ${v.help}`,
    `  ${v.helpUrl}`,
    ...v.nodes.map((n) => `  - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
  ].join('\n')).join('\n\n');
}

/**
 * Runs axe on the page as it is and fails on any violation; the violations are attached to the
 * test report. `name` labels the attachment when one test checks several screens.
 */
export async function expectNoViolations(page, testInfo, name = 'axe-violations') {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await testInfo.attach(`${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  expect(results.passes.length, 'axe heeft regels gecontroleerd').toBeGreaterThan(10);
  // The best-practice rules ran too, among them one h1 per page and one main landmark.
  const passed = results.passes.map((rule) => rule.id);
  expect(passed, 'best-practice-regels zijn gecontroleerd').toEqual(expect.arrayContaining(['page-has-heading-one', 'landmark-one-main', 'heading-order']));
  expect(results.violations, `axe vond ${results.violations.length} overtreding(en)${name === 'axe-violations' ? '' : ` (${name})`}:\n\n${describeViolations(results.violations)}`).toEqual([]);
}
