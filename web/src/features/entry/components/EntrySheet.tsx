// One period's sheet: the grid, what is wrong, what someone else changed, and saving.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DataSheetGridRef } from 'react-datasheet-grid';
import type { Measurement } from '@ci/shared';
import { ConfirmDialog } from '../../../components/form/FormDialog';
import { formatPeriod } from '../../../lib/format';
import { periodMeasurementsQueryOptions } from '../api/get-period-measurements';
import { mergeSaved, StaleCellsError, useSaveMeasurements } from '../api/save-measurements';
import { planSave } from '../utils/changes';
import { useEntrySheet, type SheetInput } from '../utils/use-entry-sheet';
import { actorIdOf, AREA, type EntryColumn, type EntryLine } from '../utils/entry-model';
import { useAxes, type Orientation } from '../utils/use-axes';
import { categoryName, problemText, savedNote } from '../utils/cell-words';
import { CellInfo } from './CellInfo';
import { CellPanel } from './CellPanel';
import { threadKey, useCommentCounts } from '../../discussion';
import { ConflictPanel } from './ConflictPanel';
import { EntryGrid, type GridCellState } from './EntryGrid';
import { ProblemList } from './ProblemList';
import { ReasonDialog } from './ReasonDialog';
import { SaveBar } from './SaveBar';
import { CategoryEditor } from './CategoryEditor';
import { categoryText, partsOf } from '../utils/categories';
import { useCategoryEditor } from '../utils/use-category-editor';

export interface FocusCell {
  indicatorId: string;
  /** The organisation's column; default the first one the person can write. */
  actorId: string | null;
}

export function EntrySheet({
  initiativeId,
  orientation,
  focusCell,
  onDirtyChange,
  ...input
}: SheetInput & { initiativeId: string; orientation: Orientation; focusCell: FocusCell | null; onDirtyChange: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sheet = useEntrySheet(input);
  const save = useSaveMeasurements(initiativeId);
  const gridRef = useRef<DataSheetGridRef>(null);
  const [active, setActive] = useState<{ line: EntryLine; column: EntryColumn } | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const [askReason, setAskReason] = useState(false);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const axes = useAxes(sheet.lines, sheet.columns, orientation);
  const commentCounts = useCommentCounts(initiativeId, { period: input.period });

  const dirtyCount = sheet.changes.cells.length;
  useEffect(() => onDirtyChange(dirtyCount > 0), [dirtyCount, onDirtyChange]);

  // Typed figures are not thrown away by leaving the page or closing the tab unnoticed.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyCount > 0 && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (dirtyCount === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirtyCount]);

  // Stable between edits: the grid re-creates its columns (and re-reports the cursor) when these change.
  const { at } = axes;
  const { cell } = sheet;
  const text = useCallback(
    (rowId: string, columnId: string) => {
      const found = at(rowId, columnId);
      return found ? cell(found.line, found.column).text : '';
    },
    [at, cell],
  );
  // "Gender: Girls 6, Boys 4": what a disaggregated cell holds, for its description and the hint line.
  const { cellInput } = sheet;
  const categoryWords = useCallback(
    (line: EntryLine, column: EntryColumn) => {
      const c = cellInput(line.indicator, column.id);
      const list = line.indicator.dimensions
        .map((d) => {
          const filled = d.categories
            .map((category) => ({ category, text: partsOf(line.indicator).map((p) => categoryText(c, category.id, p)).filter(Boolean).join(' / ') }))
            .filter((x) => x.text !== '');
          return filled.length > 0 ? `${d.name}: ${filled.map((x) => `${x.category.name} ${x.text}`).join(', ')}` : '';
        })
        .filter(Boolean)
        .join('; ');
      return list ? t('categories.editor.describe', { list }) : t('categories.editor.mark');
    },
    [cellInput, t],
  );

  const state = useCallback(
    (rowId: string, columnId: string): GridCellState => {
      const found = at(rowId, columnId);
      if (!found) {
        return { exists: false, editable: false, dirty: false, invalid: false, conflict: false, mark: null, comments: 0, description: '', disaggregated: false };
      }
      const c = cell(found.line, found.column);
      const status = c.saved?.status;
      const comments =
        commentCounts.data?.get(threadKey({ indicatorId: found.line.indicator.id, actorId: actorIdOf(found.column.id), period: input.period })) ?? 0;
      const words = [
        c.disaggregated && c.exists ? categoryWords(found.line, found.column) : '',
        savedNote(t, c.saved),
        comments > 0 ? t('comments.count', { count: comments }) : '',
        c.problem ? problemText(t, c.problem, c.text, found.line.indicator) : '',
        c.exists && !c.expected ? t('entry.info.notExpected') : '',
      ];
      return {
        ...c,
        // A partner's sheet greys out what its organisation is not asked for.
        exists: c.exists && c.expected,
        // A disaggregated cell is not typed into: its categories are (in the category editor).
        editable: c.editable && !c.disaggregated,
        disaggregated: c.disaggregated && c.exists && c.expected,
        mark: status === 'returned' || status === 'draft' ? status : null,
        comments,
        description: words.filter(Boolean).join(' '),
      };
    },
    [at, cell, t, categoryWords, commentCounts.data, input.period],
  );

  // One organisation (a partner's own): the sheet reads like a form, a row per figure with its details.
  const single = orientation === 'indicators' && sheet.columns.length === 1 ? sheet.columns[0]! : null;
  const periodText = formatPeriod(input.period, input.locale);
  const form = useMemo(() => {
    if (!single) return undefined;
    const header = (
      <span className="entry-grid__form-head">
        <span>{t('entry.form.indicator')}</span>
        <span>{t('entry.form.unit')}</span>
        <span>{t('entry.form.period')}</span>
        <span>{t('entry.form.status')}</span>
      </span>
    );
    const details = (rowId: string) => {
      const found = at(rowId, single.id);
      if (!found) return null;
      const c = cell(found.line, found.column);
      const status = !c.exists || !c.expected
        ? { key: 'none', text: t('entry.form.notAsked') }
        : c.invalid
          ? { key: 'invalid', text: t('entry.form.invalid') }
          : c.dirty
            ? { key: 'changed', text: t('entry.form.changed') }
            : c.saved
              ? { key: c.saved.status, text: t(`entry.status.${c.saved.status}`) }
              : { key: 'empty', text: t('entry.form.empty') };
      // A percentage's two rows are counts (the counted number and its total), not percentages.
      const unit = found.line.part === 'value' ? found.line.indicator.unit : '';
      return (
        <>
          <span className="entry-grid__form-detail">{unit || '–'}</span>
          <span className="entry-grid__form-detail">{periodText}</span>
          <span className={`entry-grid__form-detail entry-grid__form-status--${status.key}`}>{status.text}</span>
        </>
      );
    };
    return { header, details };
  }, [single, at, cell, t, periodText]);

  const submit = (reason?: string) => {
    setSavedCount(null);
    if (sheet.changes.problems.length > 0) {
      problemsRef.current?.focus();
      return;
    }
    const plan = planSave(sheet.changes.cells, input.period, reason);
    const savedFigures = sheet.changes.cells.length;
    if (plan.items.length === 0 && plan.deletions.length === 0) return;
    if (plan.approved.length > 0 && !reason) {
      setAskReason(true);
      return;
    }
    save.mutate(
      { items: plan.items, deletions: plan.deletions, reason },
      {
        onSuccess: (saved) => {
          queryClient.setQueryData(periodMeasurementsQueryOptions(initiativeId, input.period).queryKey, (list: Measurement[] | undefined) =>
            mergeSaved(list, saved, plan.gone),
          );
          // Figures, as the save bar counted them: a total with its categories is one.
          setSavedCount(savedFigures);
          setAskReason(false);
          sheet.markSaved();
        },
        onError: (err) => {
          setAskReason(false);
          if (err instanceof StaleCellsError) sheet.reportConflicts(err.conflicts);
        },
      },
    );
  };

  const goTo = (line: EntryLine, column: EntryColumn) => {
    const position = axes.position(line, column);
    if (position) gridRef.current?.setActiveCell(position);
  };

  // Arriving from a link to one indicator (the to-do list, the indicator page): the cursor starts on its cell.
  const focusIndicatorId = focusCell?.indicatorId;
  const focusActorId = focusCell?.actorId;
  useEffect(() => {
    const line = sheet.lines.find((l) => l.indicator.id === focusIndicatorId);
    if (!line) return;
    const column =
      sheet.columns.find((c) => c.id === focusActorId && sheet.isEditable(line, c)) ??
      sheet.columns.find((c) => sheet.isEditable(line, c)) ??
      sheet.columns.find((c) => sheet.cell(line, c).exists);
    if (column) goTo(line, column);
    // Once per link: later edits must not move the cursor back.
  }, [focusIndicatorId, focusActorId]);

  const activeCell = useMemo(() => (active ? { ...active, cell: cell(active.line, active.column) } : null), [active, cell]);
  // The side panel stays on the last cell while the person types a comment outside the grid.
  const [panelAt, setPanelAt] = useState<{ line: EntryLine; column: EntryColumn } | null>(null);
  useEffect(() => {
    if (active) setPanelAt(active);
  }, [active]);
  const panelCell = useMemo(() => (panelAt ? { ...panelAt, cell: cell(panelAt.line, panelAt.column) } : null), [panelAt, cell]);
  const sheetRef = useRef<HTMLDivElement>(null);
  const editor = useCategoryEditor({
    active,
    exists: (line, column) => cell(line, column).exists && cell(line, column).expected,
    cellInput: (line, column) => sheet.cellInput(line.indicator, column.id),
    position: axes.position,
    gridRef,
    containerRef: sheetRef,
  });

  return (
    <div className="entry-sheet" ref={sheetRef}>
      <CellInfo active={activeCell} readOnly={input.readOnly} />
      {activeCell?.cell.disaggregated && activeCell.cell.exists ? (
        <p className="entry-categories-hint">
          {categoryWords(activeCell.line, activeCell.column)}{' '}
          {activeCell.cell.editable ? t('categories.editor.hint') : t('categories.editor.hintReadOnly')}
        </p>
      ) : null}
      <div className="entry-categories-anchor" ref={editor.anchorRef} aria-hidden="true" />
      {editor.open ? (
        <CategoryEditor
          indicator={editor.open.line.indicator}
          who={editor.open.column.id === AREA ? t('entry.wholeArea') : (editor.open.column.actor?.name ?? '')}
          initial={editor.open.initial}
          readOnly={!sheet.isEditable(editor.open.line, editor.open.column)}
          anchorRef={editor.anchorRef}
          onClose={editor.close}
          onDone={(texts) => {
            sheet.editCategories(editor.open!.line.indicator, editor.open!.column, texts);
            editor.close();
          }}
        />
      ) : null}
      {/* Above the sheet, not at the bottom where the save bar would sit over it. */}
      {sheet.conflicts.length > 0 ? (
        <ConflictPanel
          // One row per figure: a disaggregated cell's categories are settled with its total.
          conflicts={sheet.conflicts.filter((c) => c.categoryId === null)}
          lines={sheet.lines}
          columns={sheet.columns}
          mine={(line, column) => sheet.cell(line, column).text}
          onKeepTheirs={sheet.keepTheirs}
          onKeepMine={sheet.keepMine}
          onOverwriteAll={() => {
            // The versions reported with the conflict are already in place: send the same values again.
            sheet.keepMine(sheet.conflicts);
            submit();
          }}
        />
      ) : null}
      <div className="entry-sheet__work">
        <EntryGrid
          gridRef={gridRef}
          rows={axes.rows}
          columns={axes.columns}
          text={text}
          state={state}
          locale={input.locale}
          rowHeaderTitle={orientation === 'indicators' ? t('entry.indicatorsAsRows') : t('entry.actorsAsRows')}
          openLabel={t('categories.editor.open')}
          form={form}
          columnsAre={orientation === 'indicators' ? 'actors' : 'indicators'}
          onOpenCategories={(position, element) => {
            const found = at(position.rowId, position.columnId);
            if (found) editor.openAt(found.line, found.column, element);
          }}
          onEdit={(edits) =>
            sheet.edit(
              edits.flatMap((e) => {
                const at = axes.at(e.rowId, e.columnId);
                return at ? [{ ...at, text: e.text }] : [];
              }),
            )
          }
          onActiveCellChange={(position) =>
            setActive((current) => {
              const next = position ? at(position.rowId, position.columnId) : null;
              const same = current && next && current.line === next.line && current.column === next.column;
              return same || current === next ? current : next;
            })
          }
        />
        <CellPanel initiativeId={initiativeId} period={input.period} role={input.access.role} active={panelCell} />
      </div>
      {sheet.changes.problems.length > 0 ? (
        <ProblemList
          ref={problemsRef}
          problems={sheet.changes.problems}
          texts={(line, column) => sheet.cell(line, column).text}
          categoryName={(line, categoryId) => categoryName(line.indicator, categoryId)}
          onGoTo={goTo}
        />
      ) : null}
      {!input.readOnly ? (
        <SaveBar
          dirtyCount={dirtyCount}
          problemCount={sheet.changes.problems.length}
          isSaving={save.isPending}
          error={save.error instanceof StaleCellsError ? null : save.error}
          savedCount={savedCount}
          onSave={() => submit()}
          onDiscard={sheet.discard}
        />
      ) : null}
      {askReason ? (
        <ReasonDialog
          count={planSave(sheet.changes.cells, input.period).approved.length}
          isPending={save.isPending}
          onClose={() => setAskReason(false)}
          onConfirm={(reason) => submit(reason)}
        />
      ) : null}
      {blocker.state === 'blocked' ? (
        <ConfirmDialog
          title={t('entry.leaveTitle')}
          confirmLabel={t('entry.leaveConfirm')}
          onConfirm={() => blocker.proceed()}
          onClose={() => blocker.reset()}
        >
          {t('entry.leaveBody', { count: dirtyCount })}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
