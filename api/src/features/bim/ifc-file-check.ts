// Cheap checks of an IFC file's STEP envelope (header, schema, complete ending) before web-ifc is asked to parse it.

export const SUPPORTED_SCHEMAS = ['IFC2X3', 'IFC4', 'IFC4X3'] as const;
export type IfcSchema = (typeof SUPPORTED_SCHEMAS)[number];

export type IfcFileErrorCode = 'EMPTY' | 'NOT_STEP' | 'NO_SCHEMA' | 'UNSUPPORTED_SCHEMA' | 'TRUNCATED' | 'PARSE_FAILED';

/** A file FIT cannot index; the message is written for the trainer who uploaded it. */
export class IfcFileError extends Error {
  constructor(
    readonly code: IfcFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IfcFileError';
  }
}

const HEAD_BYTES = 64 * 1024;
// Exporters append comments or blank lines after the terminator; 4 KB is far more than any of them adds.
const TAIL_BYTES = 4 * 1024;

/** Throws an IfcFileError unless the bytes look like a complete IFC STEP file of a supported schema. */
export function checkIfcEnvelope(bytes: Uint8Array): IfcSchema {
  if (bytes.length === 0) throw new IfcFileError('EMPTY', 'The file is empty.');
  const head = latin1(bytes.subarray(0, HEAD_BYTES)).replace(/^\uFEFF|^ï»¿/, '').trimStart();
  if (!head.startsWith('ISO-10303-21;')) {
    throw new IfcFileError(
      'NOT_STEP',
      'This is not an IFC file: it does not start with the STEP header "ISO-10303-21;". Export the model as IFC (.ifc, not .ifcZIP or .ifcXML) and upload it again.',
    );
  }
  const schema = /FILE_SCHEMA\s*\(\s*\(\s*'([^']*)'/i.exec(head)?.[1];
  if (schema === undefined) {
    throw new IfcFileError('NO_SCHEMA', 'The IFC header has no FILE_SCHEMA, so the IFC version is unknown.');
  }
  const normalised = normaliseSchema(schema);
  if (!normalised) {
    throw new IfcFileError(
      'UNSUPPORTED_SCHEMA',
      `The IFC schema "${schema}" is not supported. FIT reads IFC2X3, IFC4 and IFC4X3 models.`,
    );
  }
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)));
  if (!/END-ISO-10303-21;/.test(tail)) {
    throw new IfcFileError(
      'TRUNCATED',
      'The IFC file is incomplete: it does not end with "END-ISO-10303-21;". The upload or the export was probably cut off; export it again and upload the whole file.',
    );
  }
  return normalised;
}

function normaliseSchema(schema: string): IfcSchema | undefined {
  const upper = schema.trim().toUpperCase();
  if (upper.startsWith('IFC2X3')) return 'IFC2X3';
  if (upper.startsWith('IFC4X3')) return 'IFC4X3';
  // IFC4 and its addenda (IFC4_ADD2_TC1…), but not the IFC4X1/X2 drafts web-ifc only half reads.
  if (/^IFC4(?:_|$)/.test(upper)) return 'IFC4';
  return undefined;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
