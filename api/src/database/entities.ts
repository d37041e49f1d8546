// Every TypeORM entity of the API, listed once for the app, the CLI and the tests.
import { JobEntity } from '../common/jobs/job.entity.js';
import { BimElementEntity } from '../features/bim/bim-element.entity.js';
import { BimModelEntity } from '../features/bim/bim-model.entity.js';
import { MembershipEntity } from '../features/identity/membership.entity.js';
import { OrganisationEntity } from '../features/identity/organisation.entity.js';
import { UserEntity } from '../features/identity/user.entity.js';
import { SiteEntity } from '../features/sites/site.entity.js';

export const ENTITIES = [OrganisationEntity, UserEntity, MembershipEntity, SiteEntity, JobEntity, BimModelEntity, BimElementEntity];
