// The public face of credentials: the signed JSON by its link, the issuer profiles with their keys, the status
// lists, the PDF certificate, and verification of any credential (JSON in, verdict out; 400 only for non-JSON).
import { Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/policy.decorators.js';
import { notFound } from '../../common/errors/domain-error.js';
import { certificatePdf } from './certificate-pdf.js';
import { CredentialsService } from './credentials.service.js';
import { CredentialVerifier, type Verification } from './credential-verifier.service.js';
import { IssuerDocumentsService } from './issuer-documents.service.js';
import { isLanguage, type Language } from './verification-messages.js';

// Anyone's verifier may fetch these from a browser on another origin.
const publicJson = (res: Response) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
};

@Controller()
export class CredentialsController {
  constructor(
    private readonly credentials: CredentialsService,
    private readonly documents: IssuerDocumentsService,
    private readonly verifier: CredentialVerifier,
  ) {}

  @Public()
  @Get('credentials/:uuid')
  async credential(@Param('uuid') uuid: string, @Res({ passthrough: true }) res: Response): Promise<object> {
    const doc = await this.credentials.document(uuid);
    if (!doc) throw notFound('This credential');
    publicJson(res);
    res.setHeader('Cache-Control', 'no-cache');
    return doc;
  }

  @Public()
  @Get('credentials/:uuid/certificate.pdf')
  async certificate(@Param('uuid') uuid: string, @Query('lang') lang: string | undefined, @Res() res: Response): Promise<void> {
    const doc = await this.credentials.document(uuid);
    if (!doc) throw notFound('This credential');
    const language = lang === 'en' ? 'en' : 'fr';
    const pdf = await certificatePdf(doc, language, language === 'fr' ? await this.credentials.frenchTitles(uuid) : {});
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="certificate-${uuid}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.end(pdf);
  }

  @Public()
  @Get('issuers/:slug')
  async issuer(@Param('slug') slug: string, @Res({ passthrough: true }) res: Response): Promise<object> {
    const profile = await this.documents.localProfile(slug);
    if (!profile) throw notFound('This issuer');
    publicJson(res);
    res.setHeader('Cache-Control', 'public, max-age=300');
    return profile;
  }

  @Public()
  @Get('status-lists/:id')
  async statusList(@Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<object> {
    const list = await this.documents.localStatusList(id);
    if (!list) throw notFound('This status list');
    publicJson(res);
    // A revocation must reach verifiers promptly.
    res.setHeader('Cache-Control', 'no-cache');
    return list;
  }

  @Public()
  @Post('credentials/verify')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  async verify(@Req() req: Request, @Query('lang') lang: unknown, @Res({ passthrough: true }) res: Response): Promise<Verification | { error: string }> {
    // The body arrives as text (see request-limits): parsing it here is what tells "not JSON" from "not a badge".
    const text = typeof req.body === 'string' ? req.body : Buffer.isBuffer(req.body) ? req.body.toString('utf8') : undefined;
    let credential: unknown;
    try {
      if (text === undefined) throw new Error('no body');
      credential = JSON.parse(text);
    } catch {
      res.status(400);
      return { error: 'The body is not JSON: send the credential as a JSON document.' };
    }
    res.setHeader('Access-Control-Allow-Origin', '*');
    // The checks' details in the reader's language: `?lang=` first, then Accept-Language; English otherwise.
    const accepted = req.acceptsLanguages('en', 'fr');
    const language: Language = isLanguage(lang) ? lang : isLanguage(accepted) ? accepted : 'en';
    res.setHeader('Content-Language', language);
    res.setHeader('Vary', 'Accept-Language');
    return this.verifier.verify(credential, language);
  }
}
