// Reads and validates the environment once at start-up; a bad value stops the app with the variable's name.
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  DATABASE_OWNER_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  FIT_DATA_DIR: z.string().min(1).default('.data'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
  CREDENTIALS_KEY: z.string().min(32, 'must be at least 32 characters long').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  TABLET_ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(600),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  TABLET_IDLE_MINUTES: z.coerce.number().int().min(1).max(480).default(30),
  PUBLIC_URL: z.string().url('must be a URL like https://fit.example.org').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL, e.g. smtps://user:pass@mail.example.org:465')
    .optional(),
  MAIL_FROM: z.string().min(3).default('FIT <no-reply@fit.local>'),
  FIT_SEED_DEMO: booleanFlag.optional(),
  FIT_DEMO_WORK: booleanFlag.default(true),
  FIT_WEB_DIST: z.string().optional(),
  FIT_MAX_IFC_MB: z.coerce.number({ message: 'must be a number of megabytes' }).positive('must be positive').default(250),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  FIT_TRUST_PROXY: z.string().optional(),
  CMI5_CONTENT_ORIGIN: z.string().url('must be an origin like https://content.fit.example.org').optional(),
  CMI5_SESSION_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(10_080).default(240),
  FIT_VERIFY_ALLOW_HOSTS: z.string().optional(),
});

export type AppEnv = z.infer<typeof envSchema>;

export interface AppConfig {
  env: AppEnv['NODE_ENV'];
  port: number;
  host: string;
  /** Undefined means: run the embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  /** The schema owner's connection: migrations and grants. Unset: DATABASE_URL does both (a warning at start). */
  databaseOwnerUrl?: string;
  dataDir: string;
  jwtSecret?: string;
  /** Encrypts the organisations' credential signing keys at rest; generated into dataDir when unset. */
  credentialsKey?: string;
  accessTokenTtlSeconds: number;
  /** Workers on a shared tablet get shorter access tokens. */
  tabletAccessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** A tablet session whose refresh token is not used within this time is over (inactivity logout). */
  tabletIdleMinutes: number;
  /** Base of links sent by email (invitations, password resets); defaults to http://localhost:PORT. */
  publicUrl: string;
  /** When set, invitations and password reset links go out by SMTP; otherwise they are logged. */
  smtpUrl?: string;
  mailFrom: string;
  seedDemo?: boolean;
  /** The demo comes with work in hand (assignments due today, overdue, next week…); test harnesses turn it off. */
  demoWork: boolean;
  webDist?: string;
  /** Largest IFC upload accepted, in bytes (FIT_MAX_IFC_MB). */
  maxIfcBytes: number;
  logLevel: AppEnv['LOG_LEVEL'];
  /** Express `trust proxy` (FIT_TRUST_PROXY): whose X-Forwarded-For/-Proto are believed. Default: loopback only. */
  trustProxy: TrustProxy;
  /**
   * Hosts whose private addresses a verification may still fetch from (FIT_VERIFY_ALLOW_HOSTS, comma-separated):
   * an issuer on the same private network, a test server. Everything else must resolve to public addresses only.
   */
  verifyAllowHosts: string[];
  /** How a verification resolves host names; DNS unless a test gives its own table. */
  resolveHost?: (hostname: string) => Promise<{ address: string; family: number }[]>;
  /** GraphQL depth/cost/alias limits; the defaults suit the PWA (tests lower them to prove the wiring). */
  queryLimits?: { maxDepth: number; maxCost: number; maxAliases: number };
  /** Where cmi5 AU content is served from (CMI5_CONTENT_ORIGIN); unset, FIT's own origin in a sandbox. */
  cmi5ContentOrigin?: string;
  /** An AU session without a terminated statement for this long is abandoned. */
  cmi5SessionTimeoutMinutes: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`));
  }
  const e = parsed.data;
  const trustProxy = parseTrustProxy(e.FIT_TRUST_PROXY);
  if (trustProxy instanceof Error) throw new ConfigError([`FIT_TRUST_PROXY ${trustProxy.message}`]);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  // The content origin keeps AU content away from FIT's storage and tokens: it must be another origin than FIT's.
  if (e.CMI5_CONTENT_ORIGIN && new URL(e.CMI5_CONTENT_ORIGIN).origin === new URL(publicUrl).origin) {
    throw new ConfigError([`CMI5_CONTENT_ORIGIN must be another origin than PUBLIC_URL (${publicUrl}): another host name or port`]);
  }
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.JWT_SECRET) {
    throw new ConfigError(['JWT_SECRET is required in production with an external DATABASE_URL']);
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    dataDir: e.FIT_DATA_DIR,
    jwtSecret: e.JWT_SECRET,
    credentialsKey: e.CREDENTIALS_KEY,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    tabletAccessTokenTtlSeconds: e.TABLET_ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    tabletIdleMinutes: e.TABLET_IDLE_MINUTES,
    publicUrl,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    seedDemo: e.FIT_SEED_DEMO,
    demoWork: e.FIT_DEMO_WORK,
    webDist: e.FIT_WEB_DIST,
    maxIfcBytes: Math.round(e.FIT_MAX_IFC_MB * 1024 * 1024),
    logLevel: e.LOG_LEVEL,
    trustProxy,
    cmi5ContentOrigin: e.CMI5_CONTENT_ORIGIN ? new URL(e.CMI5_CONTENT_ORIGIN).origin : undefined,
    cmi5SessionTimeoutMinutes: e.CMI5_SESSION_TIMEOUT_MINUTES,
    verifyAllowHosts: (e.FIT_VERIFY_ALLOW_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean),
  };
}

// Empty variables (`PORT=`) are treated as unset, as most shells and compose files produce them.
function blankToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}
