import { describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { validateBcfEntries } from '../../test-support/bcf-xsd.js';
import { BcfFormatError, readBcf, writeBcf, type BcfTopic } from './bcf-archive.js';
import { cameraOn } from './element-boxes.js';

const topic: BcfTopic = {
  guid: '0f6b2c1e-8d1a-4b2c-9e3f-5a6b7c8d9e0f',
  type: 'Practical validation',
  status: 'Validated',
  title: 'Fenêtre <R+1> & "joint"',
  labels: ['FIT', 'ULO-AIR-01'],
  creationDate: '2026-11-30T15:00:00.000Z',
  creationAuthor: 'Thomas Formateur',
  description: 'Ligne 1\nLigne 2',
  comments: [{ guid: '1f6b2c1e-8d1a-4b2c-9e3f-5a6b7c8d9e0f', date: '2026-11-30T15:00:00.000Z', author: 'Thomas Formateur', text: 'Conforme.', viewpointGuid: '2f6b2c1e-8d1a-4b2c-9e3f-5a6b7c8d9e0f' }],
  viewpoints: [
    {
      guid: '2f6b2c1e-8d1a-4b2c-9e3f-5a6b7c8d9e0f',
      selected: ['2O2Fr$t4X7Zf8NOew3FLOH', '0B1RwEzzP3CfME5NR$Vqh5'],
      camera: cameraOn({ min: { x: 0, y: 0, z: 0 }, max: { x: 1.2, y: 0.3, z: 1.4 } }),
      snapshot: { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), format: 'png' },
    },
  ],
};

describe('BCF 3.0 archives', () => {
  it('reads back exactly what it writes, escaping included', () => {
    const read = readBcf(writeBcf([topic], { id: 'site-1', name: 'Chantier' }));
    expect(read.version).toBe('3.0');
    expect(read.project).toEqual({ id: 'site-1', name: 'Chantier' });
    const [back] = read.topics;
    const { camera, ...viewpoint } = back!.viewpoints[0]!;
    const { camera: _written, ...expected } = topic.viewpoints[0]!;
    expect({ ...back, viewpoints: [viewpoint] }).toMatchObject({ ...topic, viewpoints: [expected] });
    expect(camera!.viewPoint.x).toBeCloseTo(topic.viewpoints[0]!.camera!.viewPoint.x, 5);
    expect(camera!.fieldOfView).toBe(60);
  });

  it('writes files the BCF 3.0 schemas accept, and the check does refuse a broken one', () => {
    const { entries } = readBcf(writeBcf([topic]));
    expect(validateBcfEntries(entries)).toEqual({ checked: expect.arrayContaining(['bcf.version', 'extensions.xml', `${topic.guid}/markup.bcf`, `${topic.guid}/viewpoint.bcfv`]), errors: [] });
    const broken = { ...entries, [`${topic.guid}/markup.bcf`]: strToU8(new TextDecoder().decode(entries[`${topic.guid}/markup.bcf`]).replace(/<CreationAuthor>[^<]*<\/CreationAuthor>/, '')) };
    expect(validateBcfEntries(broken).errors).toEqual([expect.stringContaining('CreationAuthor')]);
  });

  it('is deterministic: the same topics make the same bytes', () => {
    expect(Buffer.from(writeBcf([topic])).equals(Buffer.from(writeBcf([topic])))).toBe(true);
  });

  it('reads a BCF 2.1 style topic from another tool (prefixed names, viewpoints beside the topic)', () => {
    const guid = '3f6b2c1e-8d1a-4b2c-9e3f-5a6b7c8d9e0f';
    const bytes = zipSync({
      'bcf.version': strToU8('<?xml version="1.0"?><Version VersionId="2.1"><DetailedVersion>2.1</DetailedVersion></Version>'),
      [`${guid}/markup.bcf`]: strToU8(
        `<?xml version="1.0"?><Markup xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Topic Guid="${guid}" TopicType="Issue" TopicStatus="Open"><Title>Check <![CDATA[the sill]]></Title><CreationDate>2020-01-01T00:00:00Z</CreationDate><CreationAuthor>a@b.c</CreationAuthor></Topic>` +
          `<Viewpoints Guid="4f6b2c1e-8d1a-4b2c-9e3f-5a6b7c8d9e0f"><Viewpoint>v.bcfv</Viewpoint></Viewpoints></Markup>`,
      ),
      [`${guid}/v.bcfv`]: strToU8('<VisualizationInfo Guid="4f6b2c1e-8d1a-4b2c-9e3f-5a6b7c8d9e0f"><Components><Selection><Component IfcGuid="2O2Fr$t4X7Zf8NOew3FLOH"/></Selection></Components></VisualizationInfo>'),
    });
    const [read] = readBcf(bytes).topics;
    expect(read).toMatchObject({ guid, title: 'Check the sill', status: 'Open', viewpoints: [{ selected: ['2O2Fr$t4X7Zf8NOew3FLOH'] }] });
  });

  it('refuses what is not BCF', () => {
    expect(() => readBcf(strToU8('not a zip'))).toThrow(BcfFormatError);
    expect(() => readBcf(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/no bcf.version/);
    expect(() => readBcf(zipSync({ 'bcf.version': strToU8('<Version VersionId="3.0">') }))).toThrow(/well-formed/);
  });
});
