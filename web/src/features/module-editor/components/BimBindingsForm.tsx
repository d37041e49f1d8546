// The BIM step's bindings: IFC class rules (class with its subclasses, predefined type, property conditions) or chosen
// elements by GlobalId, and a preview of what they match on a site's model.
import { isElementsBinding, type BimBinding, type BimClassBinding, type BimConditionOp, type ContentIssue } from '@fit/shared';
import { useContext, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { BimPreviewContext } from '../bimPreview';
import { issuesAt, issuesExactly } from '../editorModel';
import { FieldErrors } from './LocalisedField';
import './bim-bindings.css';

type Condition = NonNullable<BimClassBinding['where']>[number];

// The properties the index keeps (see the API's ifc-index.ts), and what kind of value each takes.
const PROPERTIES: Record<string, 'boolean' | 'number' | 'string'> = {
  IsExternal: 'boolean',
  LoadBearing: 'boolean',
  ThermalTransmittance: 'number',
  FireRating: 'string',
};
const COMMON_CLASSES = ['IfcWall', 'IfcWindow', 'IfcDoor', 'IfcSlab', 'IfcRoof', 'IfcCovering', 'IfcBeam', 'IfcColumn', 'IfcStair', 'IfcSpace', 'IfcFlowTerminal'];
const OPS: Record<string, BimConditionOp[]> = { boolean: ['eq', 'neq'], number: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'], string: ['eq', 'neq'] };

export interface BimBindingsFormProps {
  bindings: BimBinding[];
  path: string;
  issues?: ContentIssue[];
  onChange: (bindings: BimBinding[]) => void;
}

export function BimBindingsForm({ bindings, path, issues, onChange }: BimBindingsFormProps) {
  const { t } = useTranslation();
  const renderMatches = useContext(BimPreviewContext);
  const [previewing, setPreviewing] = useState(false);
  const replace = (i: number, binding: BimBinding) => onChange(bindings.map((b, j) => (j === i ? binding : b)));
  return (
    <fieldset className="editor-group bim-bindings-form">
      <legend className="editor-field__label">{t('editor.bim.heading')}</legend>
      <p className="editor-field__hint">{t('editor.bim.hint')}</p>
      <FieldErrors errors={issuesExactly(issues, `${path}.bindings`)} />
      <datalist id="ifc-class-suggestions">
        {COMMON_CLASSES.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <ol className="editor-items">
        {bindings.map((binding, i) => (
          <li key={i} className="editor-item">
            {isElementsBinding(binding) ? (
              <ElementsFields n={i + 1} binding={binding} onChange={(b) => replace(i, b)} errors={issuesAt(issues, `${path}.bindings[${i}]`)} />
            ) : (
              <ClassFields n={i + 1} binding={binding} onChange={(b) => replace(i, b)} errors={issuesAt(issues, `${path}.bindings[${i}]`)} />
            )}
            <div className="editor-item__actions">
              <Button variant="secondary" onClick={() => onChange(bindings.filter((_, j) => j !== i))}>
                {t('editor.bim.remove', { n: i + 1 })}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div className="bim-bindings-form__actions">
        <Button variant="secondary" onClick={() => onChange([...bindings, { ifcClass: 'IfcWindow' }])}>
          {t('editor.bim.addClass')}
        </Button>
        <Button variant="secondary" onClick={() => onChange([...bindings, { globalIds: [] }])}>
          {t('editor.bim.addElements')}
        </Button>
        {renderMatches && (
          <Button variant="secondary" aria-expanded={previewing} onClick={() => setPreviewing((p) => !p)}>
            {previewing ? t('editor.bim.hideMatches') : t('editor.bim.showMatches')}
          </Button>
        )}
      </div>
      {previewing && renderMatches && <div className="bim-bindings-form__preview">{renderMatches(bindings)}</div>}
    </fieldset>
  );
}

function ClassFields({ n, binding, onChange, errors }: { n: number; binding: BimClassBinding; onChange: (b: BimClassBinding) => void; errors: string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const where = binding.where ?? [];
  const setWhere = (next: Condition[]) => onChange({ ...binding, where: next.length ? next : undefined });
  return (
    <div className="bim-binding">
      <p className="editor-field__label">{t('editor.bim.classRule', { n })}</p>
      <FieldErrors errors={errors} />
      <div className="bim-binding__row">
        <label htmlFor={`${id}-class`}>{t('editor.bim.ifcClass')}</label>
        <input id={`${id}-class`} className="editor-field__input" list="ifc-class-suggestions" value={binding.ifcClass} onChange={(e) => onChange({ ...binding, ifcClass: e.target.value.trim() })} />
        <label htmlFor={`${id}-type`}>{t('editor.bim.predefinedType')}</label>
        <input
          id={`${id}-type`}
          className="editor-field__input"
          value={binding.predefinedType ?? ''}
          placeholder="INSULATION"
          onChange={(e) => onChange({ ...binding, predefinedType: e.target.value.trim().toUpperCase() || undefined })}
        />
      </div>
      {where.map((condition, k) => (
        <ConditionFields
          key={k}
          condition={condition}
          label={t('editor.bim.condition', { n: k + 1 })}
          onChange={(c) => setWhere(where.map((w, j) => (j === k ? c : w)))}
          onRemove={() => setWhere(where.filter((_, j) => j !== k))}
        />
      ))}
      <Button variant="secondary" onClick={() => setWhere([...where, { property: 'IsExternal', equals: true }])}>
        {t('editor.bim.addCondition')}
      </Button>
    </div>
  );
}

function ConditionFields({ condition, label, onChange, onRemove }: { condition: Condition; label: string; onChange: (c: Condition) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const kind = PROPERTIES[condition.property] ?? 'string';
  const setProperty = (property: string) => {
    const next = PROPERTIES[property];
    onChange({ property, equals: next === 'boolean' ? true : next === 'number' ? 0 : '' });
  };
  return (
    <fieldset className="bim-binding__condition">
      <legend>{label}</legend>
      <label htmlFor={`${id}-p`}>{t('editor.bim.property')}</label>
      <select id={`${id}-p`} value={condition.property} onChange={(e) => setProperty(e.target.value)}>
        {Object.keys(PROPERTIES).map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-op`}>{t('editor.bim.op')}</label>
      <select id={`${id}-op`} value={condition.op ?? 'eq'} onChange={(e) => onChange({ ...condition, op: e.target.value === 'eq' ? undefined : (e.target.value as BimConditionOp) })}>
        {OPS[kind]!.map((op) => (
          <option key={op} value={op}>
            {t(`editor.bim.op_${op}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-v`}>{t('editor.bim.value')}</label>
      {kind === 'boolean' ? (
        <select id={`${id}-v`} value={String(condition.equals)} onChange={(e) => onChange({ ...condition, equals: e.target.value === 'true' })}>
          <option value="true">{t('editor.bim.yes')}</option>
          <option value="false">{t('editor.bim.no')}</option>
        </select>
      ) : (
        <input
          id={`${id}-v`}
          className="editor-field__input"
          type={kind === 'number' ? 'number' : 'text'}
          step="any"
          value={String(condition.equals)}
          onChange={(e) => onChange({ ...condition, equals: kind === 'number' ? Number(e.target.value) : e.target.value })}
        />
      )}
      <Button variant="secondary" onClick={onRemove}>
        {t('editor.bim.removeCondition')}
      </Button>
    </fieldset>
  );
}

function ElementsFields({ n, binding, onChange, errors }: { n: number; binding: { globalIds: string[] }; onChange: (b: { globalIds: string[] }) => void; errors: string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [raw, setRaw] = useState(binding.globalIds.join('\n'));
  return (
    <div className="bim-binding">
      <label htmlFor={id} className="editor-field__label">
        {t('editor.bim.globalIds', { n })}
      </label>
      <p id={`${id}-hint`} className="editor-field__hint">
        {t('editor.bim.globalIdsHint')}
      </p>
      <FieldErrors errors={errors} />
      <textarea
        id={id}
        className="editor-field__input"
        rows={3}
        aria-describedby={`${id}-hint`}
        value={raw}
        onChange={(e) => {
          setRaw(e.target.value);
          onChange({ globalIds: e.target.value.split(/[\s,;]+/).filter(Boolean) });
        }}
      />
    </div>
  );
}
