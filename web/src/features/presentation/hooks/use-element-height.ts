import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The height of an element and its font size in pixels, kept current while the window (or the
 * projector's resolution) changes. 0 until measured, and where the browser cannot measure.
 */
export function useElementHeight<T extends HTMLElement>() {
  const [size, setSize] = useState({ height: 0, fontSize: 0 });
  const observer = useRef<ResizeObserver | null>(null);

  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const fontSize = Number.parseFloat(getComputedStyle(element).fontSize) || 0;
      setSize((s) => (s.height === element.clientHeight && s.fontSize === fontSize ? s : { height: element.clientHeight, fontSize }));
    };
    observer.current = new ResizeObserver(measure);
    observer.current.observe(element);
    measure();
  }, []);

  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, size] as const;
}
