// Site tablets: enrol (device token shown once, stored hashed), revoke, and the tablet's own sign-in of workers.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isPinAttempt, PIN_LENGTH } from '@fit/shared';
import { badInput, DomainError, notFound, unauthenticated } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { isUuid } from '../../common/ids.js';
import { IdentityService } from '../identity/identity.service.js';
import { verifySecret } from '../identity/passwords.js';
import {
  type Limit,
  PIN_PER_TABLET,
  PIN_PER_WORKER_ON_TABLET,
  RateLimitsService,
  rateLimited,
} from '../identity/rate-limits.service.js';
import { digestToken, newOpaqueToken } from '../identity/secret-tokens.js';
import { SessionsService } from '../identity/sessions.service.js';
import type { LoginPayload } from '../identity/models/login-payload.model.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { SitesService } from '../sites/sites.service.js';
import { BADGE_PREFIX } from '../workers/workers.service.js';
import { TabletEntity } from './tablet.entity.js';
import { tabletPublicKey } from './sealed-section.js';
import { DEMO_TABLET_TOKEN } from '../../common/demo-tablet.js';
import { TabletEnrolmentCodeEntity } from './enrolment-code.entity.js';
import { ENROLMENT_CODE_MINUTES, newEnrolmentCode, normaliseEnrolmentCode } from './enrolment-codes.js';
import type { CrewMember, EnrolTabletPayload, Tablet, TabletEnrolmentCode } from './models/tablet.model.js';

interface CrewRow {
  id: string;
  display_name: string;
  pin_hash: string | null;
}

/** The tablet's public key when one came with the enrolment (checked: RSA-OAEP-256, no private part), else undefined. */
function checkedPublicKey(jwk: string | null | undefined): string | undefined {
  if (jwk === undefined || jwk === null) return undefined;
  tabletPublicKey(jwk);
  return jwk;
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/** The rate-limit key of one worker's wrong PINs on one tablet (the site pack shows the same lock). */
export const pinLockKey = (tabletId: string, workerId: string) => `pin:${tabletId}:${workerId}`;

@Injectable()
export class TabletsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sites: SitesService,
    private readonly identity: IdentityService,
    private readonly sessions: SessionsService,
    private readonly rateLimits: RateLimitsService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * A staff member signed in on the tablet itself binds it to a site; the token goes straight into the tablet.
   * `publicKeyJwk`: the public half of the key pair the tablet made for this enrolment (see registerKey).
   */
  async enrol(viewer: Viewer, siteId: string, label: string, publicKeyJwk?: string | null): Promise<EnrolTabletPayload> {
    const publicKey = checkedPublicKey(publicKeyJwk);
    const site = await this.sites.openOrFail(viewer, siteId);
    return this.createTablet(this.db.manager, viewer.organisationId, site.id, site.name, checkedLabel(label), publicKey);
  }

  /** A short one-time code (15 minutes) for setting up a tablet of this site: typed on it, or scanned as a QR code. */
  async createEnrolmentCode(viewer: Viewer, siteId: string, label: string): Promise<TabletEnrolmentCode> {
    const site = await this.sites.openOrFail(viewer, siteId);
    return issueEnrolmentCode(this.db, { organisationId: viewer.organisationId, siteId: site.id, label: checkedLabel(label), createdBy: viewer.userId });
  }

  /**
   * The tablet trades a set-up code for its device token. Single use even when two tablets send the same code at
   * once (one conditional update wins); wrong codes count against the caller's address like wrong passwords.
   */
  async enrolWithCode(typedCode: string, clientKey: string, publicKeyJwk?: string | null): Promise<EnrolTabletPayload> {
    // A malformed key is refused before the code is spent.
    const publicKey = checkedPublicKey(publicKeyJwk);
    const limitKey = `enrol-code:${clientKey}`;
    await this.rateLimits.assertNotLocked(limitKey, ENROL_CODE_PER_CLIENT);
    const code = normaliseEnrolmentCode(typedCode);
    return this.db.transaction(async (tx) => {
      // An UPDATE … RETURNING comes back from TypeORM as [rows, affected count].
      const [[claimed]] = await tx.query<[{ id: string; organisation_id: string; site_id: string; label: string }[], number]>(
        `update tablet_enrolment_codes set used_at = now()
          where code_hash = $1 and used_at is null and expires_at > now()
          returning id, organisation_id, site_id, label`,
        [digestToken(code)],
      );
      if (!claimed) {
        await this.rateLimits.recordFailure(limitKey);
        throw new DomainError('INVALID_CREDENTIALS', 'This set-up code is not valid: it may have expired or been used. Ask your manager for a new one.');
      }
      const site = await this.sites.ownedOrFail({ organisationId: claimed.organisation_id }, claimed.site_id);
      const payload = await this.createTablet(tx, claimed.organisation_id, site.id, site.name, claimed.label, publicKey);
      await tx.query('update tablet_enrolment_codes set tablet_id = $2 where id = $1', [claimed.id, payload.tablet.id]);
      return payload;
    });
  }

  // With its key, the tablet is ready at once: the site pack's PINs are sealed for it from the first download, and
  // nobody can register another key for this token later. Without one (an older client), it registers it once.
  private async createTablet(
    tx: EntityManager,
    organisationId: string,
    siteId: string,
    siteName: string,
    label: string,
    publicKey: string | undefined,
  ): Promise<EnrolTabletPayload> {
    const deviceToken = newOpaqueToken();
    const tablet = await tx.getRepository(TabletEntity).save({
      organisationId,
      siteId,
      label,
      tokenHash: digestToken(deviceToken),
      revokedAt: null,
      lastSeenAt: null,
      ...(publicKey ? { publicKey, keyState: 'ready' as const } : {}),
    });
    return { tablet: toModel(tablet), deviceToken, siteName };
  }

  async list(viewer: Viewer, siteId: string): Promise<Tablet[]> {
    const site = await this.sites.ownedOrFail(viewer, siteId);
    const tablets = await this.db
      .getRepository(TabletEntity)
      .find({ where: { organisationId: viewer.organisationId, siteId: site.id }, order: { createdAt: 'ASC' } });
    return tablets.map(toModel);
  }

  /** A lost tablet: its device token stops working and every worker session on it ends. */
  async revoke(viewer: Viewer, tabletId: string): Promise<Tablet> {
    const tablets = this.db.getRepository(TabletEntity);
    const tablet = isUuid(tabletId) ? await tablets.findOneBy({ id: tabletId, organisationId: viewer.organisationId }) : null;
    if (!tablet) throw notFound('This tablet');
    if (!tablet.revokedAt) {
      tablet.revokedAt = new Date();
      await tablets.save(tablet);
      await this.sessions.revokeTablet(tablet.id);
    }
    return toModel(tablet);
  }

  /** The tablet behind an `X-Device-Token` header, or UNAUTHENTICATED. */
  async authenticate(deviceToken: string | undefined): Promise<TabletEntity> {
    if (!deviceToken || deviceToken.length > 200) {
      throw unauthenticated('This device is not an enrolled site tablet. Ask your manager to enrol it.');
    }
    const tablet = await this.db.getRepository(TabletEntity).findOneBy({ tokenHash: digestToken(deviceToken) });
    if (!tablet) throw unauthenticated('This device is not an enrolled site tablet. Ask your manager to enrol it.');
    if (tablet.revokedAt) throw unauthenticated('This tablet was revoked. Ask your manager to enrol it again.');
    return tablet;
  }

  /**
   * A tablet enrolled without its key (by a client older than keys at enrolment) registers the public half of its key
   * pair here, once, at its next site-pack download. A tablet enrolled before keys existed cannot: its old token may have been copied, so it is enrolled again (a new token, a new key).
   */
  async registerKey(deviceToken: string | undefined, publicKeyJwk: string): Promise<boolean> {
    const tablet = await this.authenticate(deviceToken);
    tabletPublicKey(publicKeyJwk);
    // The demo tablet's token is public (demo mode only): any browser may pair with it, each with its own key.
    const replaceable = tablet.tokenHash === digestToken(DEMO_TABLET_TOKEN);
    if (tablet.keyState === 'reenrol' && !replaceable) throw reenrolRequired();
    const [, updated] = await this.db.query<[unknown, number]>(
      `update tablets set public_key = $2, key_state = 'ready' where id = $1 and (key_state = 'awaiting_key' or $3)`,
      [tablet.id, publicKeyJwk, replaceable],
    );
    if (updated === 0) throw new DomainError('CONFLICT', 'This tablet already has its key. Ask your manager to enrol it again.');
    return true;
  }

  /** Names only: what the name picker shows to anyone holding the tablet. */
  async crew(deviceToken: string | undefined): Promise<CrewMember[]> {
    const tablet = await this.authenticate(deviceToken);
    const rows = await this.crewRows(tablet);
    return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
  }

  /** One worker of the tablet's site crew (name and PIN hash), or undefined. */
  async crewMember(tablet: TabletEntity, workerId: string): Promise<CrewRow | undefined> {
    return isUuid(workerId) ? (await this.crewRows(tablet, workerId))[0] : undefined;
  }

  async pinLogin(deviceToken: string | undefined, workerId: string, pin: string): Promise<LoginPayload> {
    const tablet = await this.authenticate(deviceToken);
    if (!isPinAttempt(pin)) throw badInput(`The PIN is ${PIN_LENGTH} digits (or 4 for a PIN set before).`);
    const worker = await this.crewMember(tablet, workerId);
    if (!worker) throw notFound('This worker');
    const workerKey = pinLockKey(tablet.id, worker.id);
    const tabletKey = `pin:${tablet.id}`;
    if (!worker.pin_hash) {
      throw new DomainError('INVALID_CREDENTIALS', 'No PIN is set for you yet. Ask your manager or trainer to set one.');
    }
    const attempt = await this.rateLimits.attempt([
      { key: workerKey, limit: PIN_PER_WORKER_ON_TABLET, message: lockedMessage },
      { key: tabletKey, limit: PIN_PER_TABLET, message: (s) => `Too many wrong PINs on this tablet. Try again in ${minutes(s)} minutes.` },
    ]);
    if (!(await verifySecret(worker.pin_hash, pin))) {
      const lockedFor = attempt.locked.get(workerKey);
      if (lockedFor) {
        // Only the attempt that set the lock gets here: the managers hear of it once.
        await this.notifyLockout(tablet, worker.display_name, {
          fr: `est bloqué·e pendant ${minutes(lockedFor)} minutes`,
          en: `is locked out for ${minutes(lockedFor)} minutes`,
        });
        throw rateLimited(lockedFor, lockedMessage(lockedFor));
      }
      throw new DomainError('INVALID_CREDENTIALS', 'Wrong PIN. Try again.');
    }
    await this.rateLimits.succeeded(attempt, [workerKey]);
    return this.signIn(tablet, worker.id);
  }

  /** Tells the managers that a worker typed too many wrong PINs on this tablet; `what` says when and for how long. */
  async notifyLockout(tablet: TabletEntity, workerName: string, what: { fr: string; en: string }): Promise<void> {
    const site = await this.sites.ownedOrFail(tablet, tablet.siteId);
    const max = PIN_PER_WORKER_ON_TABLET.max;
    await this.notifications.notifyManagers(tablet.organisationId, 'worker_locked_out', {
      fr: `${workerName} a saisi ${max} codes faux sur la tablette « ${tablet.label} » (${site.name}) et ${what.fr}. Réinitialisez son code s’il l’a oublié.`,
      en: `${workerName} entered a wrong PIN ${max} times on the tablet "${tablet.label}" (${site.name}) and ${what.en}. Reset their PIN if they forgot it.`,
    });
  }

  async badgeLogin(deviceToken: string | undefined, code: string): Promise<LoginPayload> {
    const tablet = await this.authenticate(deviceToken);
    const badgeKey = `badge:${tablet.id}`;
    await this.rateLimits.assertNotLocked(badgeKey, PIN_PER_TABLET);
    const bare = code.startsWith(BADGE_PREFIX) ? code.slice(BADGE_PREFIX.length) : code;
    const rows =
      bare.length > 0 && bare.length <= 32
        ? await this.db.query<{ user_id: string }[]>(
            `select m.user_id from memberships m
               join site_members sm on sm.user_id = m.user_id and sm.site_id = $2
              where m.organisation_id = $1 and m.role = 'worker' and m.badge_code = $3`,
            [tablet.organisationId, tablet.siteId, bare],
          )
        : [];
    if (!rows[0]) {
      await this.rateLimits.recordFailure(badgeKey);
      throw new DomainError('INVALID_CREDENTIALS', 'This badge is not valid on this tablet.');
    }
    return this.signIn(tablet, rows[0].user_id);
  }

  private async signIn(tablet: TabletEntity, userId: string): Promise<LoginPayload> {
    await this.db.getRepository(TabletEntity).update({ id: tablet.id }, { lastSeenAt: new Date() });
    return this.identity.startSession(userId, tablet.organisationId, 'tablet', tablet.id);
  }

  private crewRows(tablet: TabletEntity, onlyWorkerId?: string): Promise<CrewRow[]> {
    return this.db.query<CrewRow[]>(
      `select u.id, u.display_name, m.pin_hash
         from site_members sm
         join memberships m on m.user_id = sm.user_id and m.organisation_id = $1 and m.role = 'worker' and m.deactivated_at is null
         join users u on u.id = sm.user_id
        where sm.site_id = $2 ${onlyWorkerId ? 'and sm.user_id = $3' : ''}
        order by u.display_name, u.id`,
      onlyWorkerId ? [tablet.organisationId, tablet.siteId, onlyWorkerId] : [tablet.organisationId, tablet.siteId],
    );
  }
}

export function reenrolRequired(): DomainError {
  return new DomainError('CONFLICT', 'This tablet was enrolled before site packs were protected. Ask your manager to enrol it again.', {
    reason: 'TABLET_REENROL',
  });
}

/** Wrong set-up codes from one address: a few typos are fine, guessing is not. */
export const ENROL_CODE_PER_CLIENT: Limit = { max: 20, windowSeconds: 15 * 60 };

function checkedLabel(label: string): string {
  const trimmed = label.trim();
  if (trimmed.length < 1 || trimmed.length > 80) throw badInput('The label must be 1 to 80 characters long.');
  return trimmed;
}

/** Stores a new set-up code (its hash) and returns it once; also used at start-up for the demo tablet. */
export async function issueEnrolmentCode(
  db: DataSource | EntityManager,
  code: { organisationId: string; siteId: string; label: string; createdBy: string | null },
): Promise<TabletEnrolmentCode> {
  const plain = newEnrolmentCode();
  const expiresAt = new Date(Date.now() + ENROLMENT_CODE_MINUTES * 60_000);
  await db.getRepository(TabletEnrolmentCodeEntity).save({ ...code, codeHash: digestToken(normaliseEnrolmentCode(plain)), expiresAt, usedAt: null, tabletId: null });
  return { code: plain, expiresAt };
}

function lockedMessage(seconds: number): string {
  return `Too many wrong PINs: you are locked out on this tablet for ${minutes(seconds)} more minutes. Your manager has been told.`;
}

function toModel(tablet: TabletEntity): Tablet {
  return {
    id: tablet.id,
    siteId: tablet.siteId,
    label: tablet.label,
    createdAt: tablet.createdAt,
    lastSeenAt: tablet.lastSeenAt,
    revokedAt: tablet.revokedAt,
  };
}
