// A cmi5 course made elsewhere (the sample in api/test-data) is imported, then played in the player: the AU runs in a
// sandboxed frame with FIT as its LMS, and its statements reach the learning record store.
import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { gql, staffToken } from '../support/api';
import { LAYING, sampleZip } from '../support/cmi5-course';
import { checkScreen, screenshot } from '../support/screens';

test('an imported cmi5 course plays its AU in a sandboxed frame and the AU\'s statements are recorded', async ({ page, request }) => {
  const token = await staffToken(request, 'trainer');
  const name = `Membranes cmi5 ${Date.now()}`;
  const imported = await request.post(`/cmi5/courses?name=${encodeURIComponent(name)}`, {
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/zip' },
    data: sampleZip(),
  });
  expect(imported.status()).toBe(201);
  const { moduleId } = (await imported.json()) as { moduleId: string };
  const data = await gql<{ module: { latestPublished: { id: string } } }>(request, token, 'query($id: ID!) { module(id: $id) { latestPublished { id } } }', { id: moduleId });

  await new LoginPage(page).signInAs('trainer');
  await page.goto(`/play/${data.module.latestPublished.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Parties de ce cours');
  await checkScreen(page);
  await screenshot(page, 'cmi5-course-parts');

  await page.getByRole('button', { name: 'Laying the membrane' }).tap();
  const au = page.frameLocator('iframe.player-cmi5__frame');
  const done = au.getByRole('button', { name: 'I have read this' });
  // Enabled once the AU fetched its token, read LMS.LaunchData and stated "initialized".
  await expect(done).toBeEnabled();
  await done.tap();
  await expect(au.getByRole('status')).toHaveText('Done');
  await checkScreen(page);
  await screenshot(page, 'cmi5-course-au');

  const statements = await request.get(`/xapi/statements?activity=${encodeURIComponent(LAYING)}&verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/completed')}`, {
    headers: { authorization: `Bearer ${token}`, 'x-experience-api-version': '2.0.0' },
  });
  const body = (await statements.json()) as { statements: { context: { registration: string } }[] };
  expect(body.statements.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Retour aux parties' }).tap();
  await expect(page.getByRole('button', { name: 'Check your knowledge' })).toBeVisible();
});
