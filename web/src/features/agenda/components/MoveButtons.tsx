import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { Icon } from '../../../components/ui/Icon';

// React Aria's Button directly: the focus moves to it after a move, which needs its ref.

/**
 * Reordering without dragging: "move up" and "move down" buttons. After a move the focus stays on
 * the moved item (on the button that still works at the top or bottom), so one can keep pressing.
 */
export function MoveButtons({
  name,
  isFirst,
  isLast,
  isDisabled,
  onMove,
  focusRequest,
  onFocused,
}: {
  name: string;
  isFirst: boolean;
  isLast: boolean;
  isDisabled?: boolean;
  onMove: (delta: -1 | 1) => void;
  focusRequest: 'up' | 'down' | null;
  onFocused: () => void;
}) {
  const { t } = useTranslation();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const target = focusRequest === 'up' ? (isFirst ? down : up) : isLast ? up : down;
    target.current?.focus();
    onFocused();
  });
  return (
    <span className="move-buttons">
      <Button ref={up} className="button button--secondary button--small move-buttons__button" onPress={() => onMove(-1)} isDisabled={isFirst || isDisabled} aria-label={t('formFields.moveUp', { name })}>
        <Icon name="chevronDown" size={18} className="move-buttons__up" />
      </Button>
      <Button ref={down} className="button button--secondary button--small move-buttons__button" onPress={() => onMove(1)} isDisabled={isLast || isDisabled} aria-label={t('formFields.moveDown', { name })}>
        <Icon name="chevronDown" size={18} />
      </Button>
    </span>
  );
}
