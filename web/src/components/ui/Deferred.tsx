import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Draws its children just after the first paint, as a low-priority render that React splits into
 * short slices: a page's lower sections (tables, a second chart) then neither delay what is seen
 * first nor freeze the page while they are drawn. Until then, `placeholder` holds their place.
 */
export function Deferred({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startTransition(() => setReady(true));
  }, []);
  return ready ? children : placeholder;
}
