// The matrix table: sticky header row and name column, each cell an icon and words (never colour alone) opening the passport.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../../ui/formatDay';
import { matrixColumns, matrixCounts, matrixRows, type Matrix, type MatrixMode } from '../matrixView';
import { StateBadge, type BadgeState } from './StateBadge';
import { passportToday } from '../hooks/usePassport';
import '../../../ui/count-tiles.css';

const ORDER: BadgeState[] = ['held', 'expiring', 'expired', 'in_progress', 'awaiting_validation', 'missing'];

export function MatrixGrid({ matrix, mode }: { matrix: Matrix; mode: MatrixMode }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const columns = matrixColumns(matrix, mode, i18n.language);
  const rows = matrixRows(matrix, mode, passportToday());
  const counts = matrixCounts(rows);
  return (
    <>
      <section aria-labelledby={`${id}-summary`}>
        <h2 id={`${id}-summary`}>{t('matrix.summary')}</h2>
        <ul className="count-tiles">
          {ORDER.map((s) => (
            <li key={s} data-state={s}>
              <strong>{counts[s]}</strong> {t(`quals.count.${s}`)}
            </li>
          ))}
        </ul>
      </section>
      <div className="matrix-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="matrix-grid">
          <caption id={`${id}-caption`} className="visually-hidden">
            {mode === 'qualifications' ? t('matrix.captionQualifications') : t('matrix.captionUlos')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.worker')}</th>
              {columns.map((c) => (
                <th scope="col" key={c.key}>
                  <span className="matrix-col__title">{c.title}</span>
                  <span className="matrix-col__detail">{c.detail}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.workerId}>
                <th scope="row">
                  <Link
                    to={`/passport/${row.workerId}`}
                    aria-label={t('matrix.openPassport', { name: row.name })}
                  >
                    {row.name}
                  </Link>
                </th>
                {row.cells.map((cell, i) => {
                  const column = columns[i]!;
                  const date =
                    cell.expiresAt && cell.state !== 'missing' && cell.state !== 'in_progress'
                      ? formatDay(cell.expiresAt, i18n.language)
                      : null;
                  // Who and what are read out before the visible words (state, then date), so the name holds what is seen.
                  return (
                    <td key={column.key} data-state={cell.state} data-column={column.key}>
                      <Link className="matrix-cell" to={`/passport/${row.workerId}`}>
                        <span className="visually-hidden">{`${row.name} — ${column.title} : `}</span>
                        <StateBadge state={cell.state} percent={cell.percent} compact />
                        {date && <span className="matrix-cell__date"> {date}</span>}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
