// Daily in-app reminders of overdue work: one notification a day per worker with overdue modules, and one per
// trainer whose assignments are overdue. Safe to run often and on several instances: each day is sent once.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { submissionsOf } from '../validations/practical-submissions.sql.js';
import { queryRows } from '../../common/sql.js';

const CHECK_EVERY_MS = 60 * 60 * 1000;

// Open, past due, and not done (passed, or completed without a fail): the rule of assignmentStatus/isDone.
const NOT_DONE = 'not (p.passed_at is not null or (p.completed_at is not null and p.failed_at is null))';

/**
 * The trainer sent a practical task of the assignment's version back to redo: the latest submission of one of its
 * steps has "to redo" as its review (signOffState's rule). Done or not, the work is back in the worker's hands.
 */
const TO_REDO = `exists (
  select 1 from (
    select distinct on (x."activityId") x.review
      from (${submissionsOf('a.organisation_id')}
              and s.actor_user_id = a.worker_id
              and s.object_id like 'https://w3id.org/fit/module-versions/' || a.module_version_id || '/steps/%') x
     order by x."activityId", x."submittedAt" desc
  ) latest where latest.review = 'to_redo')`;

const message = (fr: string, en: string) => `case when u.language = 'fr' then ${fr} else ${en} end`;

@Injectable()
export class AssignmentRemindersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(AssignmentRemindersService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    const run = () => void this.sendOverdueReminders().catch((error: unknown) => this.log.warn(`overdue reminders failed: ${String(error)}`));
    this.timer = setInterval(run, CHECK_EVERY_MS);
    this.timer.unref();
    run();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sendOverdueReminders(): Promise<{ workers: number; trainers: number }> {
    const workers = await this.notify(
      'worker_id',
      'assignment_overdue',
      message(`count(*) || ' module(s) en retard : ouvrez « Aujourd''hui » pour les terminer.'`, `count(*) || ' overdue module(s): open Today to finish them.'`),
    );
    const trainers = await this.notify(
      'assigned_by',
      'team_overdue',
      message(`count(*) || ' formation(s) assignée(s) en retard dans vos équipes.'`, `count(*) || ' assigned module(s) overdue in your teams.'`),
    );
    return { workers, trainers };
  }

  private async notify(recipient: 'worker_id' | 'assigned_by', kind: string, text: string): Promise<number> {
    const rows = await queryRows<{ id: string }>(
      this.db,
      `insert into notifications (user_id, organisation_id, kind, message)
       select a.${recipient}, a.organisation_id, $1::varchar, ${text}
         from assignments a
         join users u on u.id = a.${recipient}
         left join learning_progress p
           on p.user_id = a.worker_id and p.activity_id = 'https://w3id.org/fit/module-versions/' || a.module_version_id
        where a.state = 'open' and a.due_on < current_date and (${NOT_DONE} or ${TO_REDO})
          and not exists (select 1 from notifications n where n.user_id = a.${recipient} and n.organisation_id = a.organisation_id
                           and n.kind = $1::varchar and n.created_at >= current_date)
        group by a.${recipient}, a.organisation_id, u.language
       returning id`,
      [kind],
    );
    return rows.length;
  }
}
