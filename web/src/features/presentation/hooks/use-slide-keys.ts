// The keys of a presentation: arrows and Page Up/Down (what clickers send), Space, Home/End,
// F for full screen and Escape to leave. Listened to on the window, so they work wherever focus is.
import { useEffect, useLayoutEffect, useRef } from 'react';

export interface SlideKeyActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  leave: () => void;
  toggleFullscreen?: () => void;
}

export function useSlideKeys(actions: SlideKeyActions) {
  const ref = useRef(actions);
  useLayoutEffect(() => {
    ref.current = actions;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      // Typing, menus and dialogs keep their keys.
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"], [role="listbox"]')) return;
      // On a focused button (or the table toggle) Space and Enter press it; moving on as well would skip a slide.
      const onControl = Boolean(target?.closest('button, a[href], summary, [role="button"]'));
      const a = ref.current;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          a.next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          a.previous();
          break;
        case ' ':
          if (onControl) return;
          if (event.shiftKey) a.previous();
          else a.next();
          break;
        case 'Home':
          a.first();
          break;
        case 'End':
          a.last();
          break;
        case 'Escape':
          a.leave();
          break;
        case 'f':
        case 'F':
          if (!a.toggleFullscreen) return;
          a.toggleFullscreen();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
