import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { NotificationsService } from './notifications.service.js';

const MINE = '{ myNotifications { id kind message readAt } }';
const MARK = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';

interface Note {
  id: string;
  kind: string;
  message: string;
  readAt: string | null;
}

describe('notifications inbox (through /graphql on the real database)', () => {
  let sut: TestApp;
  let manager: string;
  let trainer: string;

  beforeAll(async () => {
    sut = await startTestApp();
    manager = await sut.login('manager@fit.demo');
    trainer = await sut.login('trainer@fit.demo');
    const [demo] = await sut.dataSource.query<{ id: string }[]>(`select id from organisations where slug = 'demo'`);
    const notifications = sut.app.get(NotificationsService);
    await notifications.notifyManagers(demo!.id, 'worker_locked_out', 'Léa entered a wrong PIN 5 times.');
    await notifications.notifyManagers(demo!.id, 'worker_locked_out', 'Hugo entered a wrong PIN 5 times.');
  });
  afterAll(() => sut.close());

  const mine = async (token: string) => (await sut.gql<{ myNotifications: Note[] }>(MINE, {}, token)).data!.myNotifications;

  it("marks the viewer's notifications read, once: a second mark changes nothing and keeps the first time", async () => {
    const [first, second] = await mine(manager);
    expect(first!.readAt).toBeNull();
    const marked = await sut.gql<{ markNotificationsRead: number }>(MARK, { ids: [first!.id] }, manager);
    expect(marked.data?.markNotificationsRead).toBe(1);
    const after = await mine(manager);
    const readAt = after.find((n) => n.id === first!.id)!.readAt;
    expect(readAt).toEqual(expect.any(String));
    expect(after.find((n) => n.id === second!.id)!.readAt).toBeNull();
    const again = await sut.gql<{ markNotificationsRead: number }>(MARK, { ids: [first!.id, second!.id] }, manager);
    expect(again.data?.markNotificationsRead).toBe(1);
    expect((await mine(manager)).find((n) => n.id === first!.id)!.readAt).toBe(readAt);
  });

  it("refuses someone else's notification as NOT_FOUND and marks nothing of the batch", async () => {
    await sut.dataSource.query(`update notifications set read_at = null`);
    const [note] = await mine(manager);
    const result = await sut.gql(MARK, { ids: [note!.id] }, trainer);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const garbage = await sut.gql(MARK, { ids: ['not-an-id'] }, manager);
    expect(garbage.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await mine(manager)).every((n) => n.readAt === null)).toBe(true);
  });

  it("writes each manager's notification in their language when the message comes in both", async () => {
    const [demo] = await sut.dataSource.query<{ id: string }[]>(`select id from organisations where slug = 'demo'`);
    await sut.dataSource.query(`update users set language = 'fr' where email = 'manager@fit.demo'`);
    await sut.app.get(NotificationsService).notifyManagers(demo!.id, 'worker_locked_out', { fr: 'Zoé est bloquée.', en: 'Zoé is locked out.' });
    expect((await mine(manager)).map((n) => n.message)).toContain('Zoé est bloquée.');
    await sut.dataSource.query(`update users set language = 'en' where email = 'manager@fit.demo'`);
    await sut.app.get(NotificationsService).notifyManagers(demo!.id, 'worker_locked_out', { fr: 'Yan est bloqué.', en: 'Yan is locked out.' });
    expect((await mine(manager)).map((n) => n.message)).toContain('Yan is locked out.');
  });
});
