// The browser's Fullscreen API for the whole page. Leaving the presentation leaves full screen too.
import { useCallback, useEffect, useState } from 'react';

const supported = () => typeof document !== 'undefined' && document.fullscreenEnabled === true;

export function useFullscreen() {
  const [active, setActive] = useState(() => typeof document !== 'undefined' && Boolean(document.fullscreenElement));

  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    };
  }, []);

  const toggle = useCallback(() => {
    if (!supported()) return;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    // Refused when not triggered by a key or click; the button simply stays as it was.
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);

  return { supported: supported(), active, toggle };
}
