// Every TypeORM entity of the API, listed once for the app, the CLI and the tests.
import { AfestAdditionEntity, AfestEntity, AfestSequenceEntity } from '../features/afest/afest.entities.js';
import { AuthFailureEntity } from '../features/identity/auth-failure.entity.js';
import { BimElementEntity } from '../features/bim/bim-element.entity.js';
import { BimModelEntity } from '../features/bim/bim-model.entity.js';
import { MembershipEntity } from '../features/identity/membership.entity.js';
import { OrganisationEntity } from '../features/identity/organisation.entity.js';
import { RefreshTokenEntity } from '../features/identity/refresh-token.entity.js';
import { SessionEntity } from '../features/identity/session.entity.js';
import { PasswordResetEntity } from '../features/identity/password-reset.entity.js';
import { UserEntity } from '../features/identity/user.entity.js';
import { NotificationEntity } from '../features/notifications/notification.entity.js';
import { InvitationEntity } from '../features/organisations/invitation.entity.js';
import { LearningModuleEntity } from '../features/learning-modules/learning-module.entity.js';
import { ModuleVersionEntity } from '../features/learning-modules/module-version.entity.js';
import { MediaAssetEntity } from '../features/media/media-asset.entity.js';
import { EvidenceUploadEntity } from '../features/media/evidence-upload.entity.js';
import { AssignmentEntity } from '../features/assignments/assignment.entity.js';
import { LearningProgressEntity } from '../features/learning-records/learning-progress.entity.js';
import { StatementEntity } from '../features/learning-records/statement.entity.js';
import { RefusedStatementEntity } from '../features/learning-records/refused-statement.entity.js';
import { StatementAttachmentEntity } from '../features/learning-records/statement-attachment.entity.js';
import { XapiCredentialEntity } from '../features/learning-records/xapi-credential.entity.js';
import { SiteEntity } from '../features/sites/site.entity.js';
import { TabletEntity } from '../features/tablets/tablet.entity.js';
import { OfflineLockoutEntity } from '../features/tablets/offline-lockout.entity.js';
import { TabletEnrolmentCodeEntity } from '../features/tablets/enrolment-code.entity.js';
import { SiteMemberEntity } from '../features/workers/site-member.entity.js';
import { TeamMemberEntity } from '../features/workers/team-member.entity.js';
import { AwardEntity } from '../features/qualifications/award.entity.js';
import { FrameworkEntity, FrameworkTaskEntity, ReferenceUloEntity, SchemeEntity, SchemeQualificationEntity, SchemeUnitEntity, UloMappingEntity } from '../features/qualifications/framework.entity.js';
import { TeamEntity } from '../features/workers/team.entity.js';
import { AgreementEntity } from '../features/qualifications/agreement.entity.js';
import { FrameworkChangeEntity } from '../features/qualifications/framework-change.entity.js';
import { TenderRequirementEntity } from '../features/tender-requirements/tender-requirement.entity.js';
import { SiteReviewItemEntity } from '../features/bcf/site-review-item.entity.js';
import { RenewalPolicyEntity } from '../features/renewals/renewal-policy.entity.js';
import { SharingAgreementEntity } from '../features/network/sharing-agreement.entity.js';
import { TerritoryEntity } from '../features/network/territory.entity.js';
import { ForecastHeadcountEntity, ForecastProjectEntity, ForecastRatioEntity, ForecastScenarioEntity } from '../features/forecast/forecast.entities.js';
import { RecallCardEntity } from '../features/recall/recall-card.entity.js';
import { RecallPolicyEntity } from '../features/recall/recall-policy.entity.js';
import { CredentialKeyEntity, IssuedCredentialEntity, StatusListEntity } from '../features/credentials/credential.entities.js';
import { XapiDocumentEntity } from '../features/xapi-documents/xapi-document.entity.js';
import { Cmi5AuResultEntity, Cmi5CourseEntity, Cmi5CourseFileEntity, Cmi5RegistrationEntity, Cmi5SessionEntity } from '../features/cmi5/cmi5.entities.js';
import { PersonalDataRequestEntity } from '../features/personal-data/personal-data-request.entity.js';
import {
  PositioningCandidateEntity,
  PositioningHandoverEntity,
  PositioningRetentionEntity,
  PositioningSessionEntity,
} from '../features/positioning/positioning.entities.js';
import { EvidenceRetentionPolicyEntity } from '../features/personal-data/evidence-retention-policy.entity.js';
import { ClauseContractEntity } from '../features/social-clause/entities/contract.entity.js';
import { ClauseLotAwardEntity, ClauseLotEntity, ClauseLotSiteEntity } from '../features/social-clause/entities/lot.entity.js';
import { ClauseParticipantEntity } from '../features/social-clause/entities/participant.entity.js';
import { ClauseHourDeclarationEntity } from '../features/social-clause/entities/hour-declaration.entity.js';
import { EligibilityReadEntity } from '../features/social-clause/entities/eligibility-read.entity.js';

export const ENTITIES = [
  RefusedStatementEntity,
  OrganisationEntity,
  UserEntity,
  MembershipEntity,
  SiteEntity,
  TabletEntity,
  OfflineLockoutEntity,
  TabletEnrolmentCodeEntity,
  SessionEntity,
  RefreshTokenEntity,
  PasswordResetEntity,
  AuthFailureEntity,
  InvitationEntity,
  TeamEntity,
  TeamMemberEntity,
  SiteMemberEntity,
  NotificationEntity,
  LearningModuleEntity,
  ModuleVersionEntity,
  MediaAssetEntity,
  EvidenceUploadEntity,
  StatementEntity,
  StatementAttachmentEntity,
  LearningProgressEntity,
  XapiCredentialEntity,
  AssignmentEntity,
  BimModelEntity,
  BimElementEntity,
  FrameworkEntity,
  FrameworkTaskEntity,
  ReferenceUloEntity,
  SchemeEntity,
  SchemeUnitEntity,
  SchemeQualificationEntity,
  UloMappingEntity,
  AwardEntity,
  AgreementEntity,
  FrameworkChangeEntity,
  TenderRequirementEntity,
  SiteReviewItemEntity,
  RenewalPolicyEntity,
  RecallCardEntity,
  RecallPolicyEntity,
  CredentialKeyEntity,
  StatusListEntity,
  IssuedCredentialEntity,
  XapiDocumentEntity,
  Cmi5CourseEntity,
  Cmi5CourseFileEntity,
  Cmi5RegistrationEntity,
  Cmi5AuResultEntity,
  Cmi5SessionEntity,
  TerritoryEntity,
  ForecastProjectEntity,
  ForecastRatioEntity,
  ForecastHeadcountEntity,
  ForecastScenarioEntity,
  SharingAgreementEntity,
  PersonalDataRequestEntity,
  EvidenceRetentionPolicyEntity,
  AfestEntity,
  AfestSequenceEntity,
  AfestAdditionEntity,
  ClauseContractEntity,
  ClauseLotEntity,
  ClauseLotAwardEntity,
  ClauseLotSiteEntity,
  ClauseParticipantEntity,
  ClauseHourDeclarationEntity,
  EligibilityReadEntity,
  PositioningSessionEntity,
  PositioningCandidateEntity,
  PositioningRetentionEntity,
  PositioningHandoverEntity,
];
