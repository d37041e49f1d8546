// The xAPI Agents resource (a Person object for an Agent) and Activities resource (the full Activity object, built
// from the definitions statements of the organisation gave it).
import { Controller, Get, Query, Req, UseGuards } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FIT_ACCOUNT_HOMEPAGE } from '@fit/shared';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/policy.decorators.js';
import type { RequestWithXapi } from '../learning-records/xapi-principal.js';
import { mergeDefinitions, type ActivityDefinition } from './activity-definition.js';
import { checkAgentAccess } from './document-access.js';
import { activityIdOf, agentOf, type Query as Params, type XapiAgent } from './document-params.js';
import { XapiDocumentsGuard } from './xapi-version.guard.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Enough history to assemble a definition; older ones have been superseded by these. */
const DEFINITIONS_READ = 200;

export interface Person {
  objectType: 'Person';
  name?: string[];
  mbox?: string[];
  mbox_sha1sum?: string[];
  openid?: string[];
  account?: { homePage: string; name: string }[];
}

@Public()
@UseGuards(XapiDocumentsGuard)
@Controller('xapi')
export class XapiAgentsActivitiesController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Person object: what the request named, plus the FIT user's name when the agent is a member of this organisation. */
  @Get('agents')
  async person(@Req() req: RequestWithXapi, @Query() query: Params): Promise<Person> {
    const principal = req.xapi!;
    const agent = agentOf(query);
    checkAgentAccess(principal, agent);
    const names = new Set<string>(agent.name ? [agent.name] : []);
    const member = await this.memberName(agent, principal.organisationId);
    if (member) names.add(member);
    return {
      objectType: 'Person',
      ...(names.size ? { name: [...names] } : {}),
      ...(agent.mbox ? { mbox: [agent.mbox] } : {}),
      ...(agent.mbox_sha1sum ? { mbox_sha1sum: [agent.mbox_sha1sum] } : {}),
      ...(agent.openid ? { openid: [agent.openid] } : {}),
      ...(agent.account ? { account: [agent.account] } : {}),
    };
  }

  /** Activity object; one the organisation never defined still answers with its id, as the specification asks. */
  @Get('activities')
  async activity(@Req() req: RequestWithXapi, @Query() query: Params): Promise<{ objectType: 'Activity'; id: string; definition?: ActivityDefinition }> {
    const activityId = activityIdOf(query);
    const rows = await this.dataSource.query<{ definition: ActivityDefinition }[]>(
      `select definition from (
         select statement->'object'->'definition' as definition, stored
           from xapi_statements
          where organisation_id = $1 and object_id = $2 and not voided
            and coalesce(statement->'object'->>'objectType', 'Activity') = 'Activity'
            and statement->'object' ? 'definition'
          order by stored desc limit $3) recent
       order by stored asc`,
      [req.xapi!.organisationId, activityId, DEFINITIONS_READ],
    );
    const definition = mergeDefinitions(rows.map((row) => row.definition));
    return { objectType: 'Activity', id: activityId, ...(definition ? { definition } : {}) };
  }

  private async memberName(agent: XapiAgent, organisationId: string): Promise<string | undefined> {
    const name = agent.account?.homePage === FIT_ACCOUNT_HOMEPAGE ? agent.account.name : undefined;
    if (!name || !UUID.test(name)) return undefined;
    const rows = await this.dataSource.query<{ display_name: string }[]>(
      `select u.display_name from users u join memberships m on m.user_id = u.id where u.id = $1 and m.organisation_id = $2 limit 1`,
      [name, organisationId],
    );
    return rows[0]?.display_name;
  }
}
