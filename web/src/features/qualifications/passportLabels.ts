// Names the passport shows for codes: ULO titles, module titles, scheme names, in the reader's language.
import type { PassportCatalogue } from '@fit/shared';
import type { PassportInputsData } from './hooks/usePassport';
import { localText } from './passportView';

export interface PassportNames {
  lang: string;
  ulo: (code: string) => string;
  module: (id: string) => { title: string; versionId: string | null };
  scheme: (code: string) => string;
  qualification: (scheme: string, code: string) => string;
}

export function passportNames(inputs: PassportInputsData, lang: string, unknownModule: string): PassportNames {
  const cat = (inputs.catalogue ?? { ulos: [], schemes: [] }) as PassportCatalogue;
  const ulos = new Map(cat.ulos.map((u) => [u.code, localText(u.title, lang)]));
  const modules = new Map(inputs.modules.map((m) => [m.moduleId, m]));
  const schemes = new Map(cat.schemes.map((s) => [s.code, s]));
  return {
    lang,
    ulo: (code) => ulos.get(code) || code,
    module: (id) => {
      const m = modules.get(id);
      return { title: (m && localText(m.title, lang)) || unknownModule, versionId: m?.startable ? m.versionId : null };
    },
    scheme: (code) => {
      const s = schemes.get(code);
      const title = s?.title ? localText(s.title, lang) : '';
      return title && title !== code ? `${title} (${s!.country})` : s ? `${code} (${s.country})` : code;
    },
    qualification: (scheme, code) => {
      const q = schemes.get(scheme)?.qualifications.find((x) => x.code === code);
      return (q && localText(q.title, lang)) || code;
    },
  };
}
