// Every TypeORM entity of the API, listed once for the app, the CLI and the tests.
import { MembershipEntity } from '../features/identity/membership.entity.js';
import { OrganisationEntity } from '../features/identity/organisation.entity.js';
import { UserEntity } from '../features/identity/user.entity.js';
import { LearningModuleEntity } from '../features/learning-modules/learning-module.entity.js';
import { ModuleVersionEntity } from '../features/learning-modules/module-version.entity.js';
import { MediaAssetEntity } from '../features/media/media-asset.entity.js';
import { SiteEntity } from '../features/sites/site.entity.js';

export const ENTITIES = [OrganisationEntity, UserEntity, MembershipEntity, SiteEntity, LearningModuleEntity, ModuleVersionEntity, MediaAssetEntity];
