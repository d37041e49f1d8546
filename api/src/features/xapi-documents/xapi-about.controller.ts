// GET /xapi/about: the xAPI versions FIT's learning record store speaks. Public, as the specification allows.
import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../common/auth/policy.decorators.js';
import { SUPPORTED_VERSIONS } from './xapi-version.guard.js';

@Public()
@Controller('xapi/about')
export class XapiAboutController {
  @Get()
  about(@Res({ passthrough: true }) res: Response): { version: string[]; extensions: Record<string, unknown> } {
    res.setHeader('X-Experience-API-Version', '2.0.0');
    return { version: SUPPORTED_VERSIONS, extensions: {} };
  }
}
