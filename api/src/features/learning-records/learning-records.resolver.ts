// GraphQL reads of the ledger's projections.
import { Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { ROLES, STAFF_ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { LearningProgressEntity } from './learning-progress.entity.js';
import { LearningProgress } from './models/learning-progress.model.js';
import { RefusedStatement } from './models/refused-statement.model.js';
import { queryRows } from '../../common/sql.js';

@Resolver(() => LearningProgress)
export class LearningRecordsResolver {
  constructor(
    @InjectRepository(LearningProgressEntity) private readonly progress: Repository<LearningProgressEntity>,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Roles(...ROLES)
  @Query(() => [LearningProgress], { description: "The signed-in user's own progress, derived from their statements" })
  myLearningProgress(@CurrentViewer() viewer: Viewer): Promise<LearningProgress[]> {
    return this.progress.find({ where: { userId: viewer.userId }, order: { lastAt: 'DESC' } });
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [RefusedStatement], { description: "Statements sent to the viewer's organisation and refused by the rule of who may state what, newest first" })
  refusedStatements(@CurrentViewer() viewer: Viewer): Promise<RefusedStatement[]> {
    return queryRows<RefusedStatement>(
      this.db,
      // Names only of the organisation's own members: a refused statement may name anyone's id, and must reveal nobody.
      `select r.statement_id as "statementId", m.user_id as "workerId", u.display_name as "workerName", s.display_name as "sentByName",
              r.statement->'verb'->>'id' as verb, coalesce(r.statement->'object'->>'id', '') as "activityId", r.rule, r.reason, r.refused_at as "refusedAt"
         from refused_statements r
         left join memberships m on m.user_id = r.user_id and m.organisation_id = r.organisation_id
         left join users u on u.id = m.user_id
         left join users s on s.id = r.sent_by
        where r.organisation_id = $1 order by r.refused_at desc limit 100`,
      [viewer.organisationId],
    );
  }
}
