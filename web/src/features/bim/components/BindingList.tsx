// A BIM step's bindings in words ("IfcWindow · IsExternal = true", "3 chosen elements"), for the step screen, the
// fallback without a model or 3D, and the editor's summary.
import { isElementsBinding, type BimBinding } from '@fit/shared';
import { useTranslation } from 'react-i18next';

const OP_SIGNS: Record<string, string> = { eq: '=', neq: '≠', lt: '<', lte: '≤', gt: '>', gte: '≥' };

export function BindingList({ bindings }: { bindings: readonly BimBinding[] }) {
  const { t } = useTranslation();
  if (bindings.length === 0) return <p className="bim-bindings__none">{t('bim.step.noBindings')}</p>;
  return (
    <ul className="bim-bindings">
      {bindings.map((binding, i) =>
        isElementsBinding(binding) ? (
          <li key={i}>{t('bim.step.chosenElements', { count: binding.globalIds.length })}</li>
        ) : (
          <li key={i}>
            <code>{binding.ifcClass}</code>
            {binding.predefinedType && <> · {binding.predefinedType}</>}
            {binding.where?.map((w) => (
              <span key={w.property}>
                {' '}
                · {w.property} {OP_SIGNS[w.op ?? 'eq']} {String(w.equals)}
              </span>
            ))}
          </li>
        ),
      )}
    </ul>
  );
}
