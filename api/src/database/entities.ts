// Every TypeORM entity of the API, listed once for the app, the CLI and the tests.
import { MembershipEntity } from '../features/identity/membership.entity.js';
import { OrganisationEntity } from '../features/identity/organisation.entity.js';
import { UserEntity } from '../features/identity/user.entity.js';
import { LearningProgressEntity } from '../features/learning-records/learning-progress.entity.js';
import { StatementEntity } from '../features/learning-records/statement.entity.js';
import { XapiCredentialEntity } from '../features/learning-records/xapi-credential.entity.js';
import { SiteEntity } from '../features/sites/site.entity.js';

export const ENTITIES = [OrganisationEntity, UserEntity, MembershipEntity, SiteEntity, StatementEntity, LearningProgressEntity, XapiCredentialEntity];
