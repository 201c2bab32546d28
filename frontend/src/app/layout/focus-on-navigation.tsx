import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After a navigation inside the application, moves the focus to the main content,
 * so that keyboard and screen reader users start reading the new page, as after a full page load.
 */
export function FocusOnNavigation({ targetId }: { targetId: string }) {
  const { pathname } = useLocation();
  const isFirstRender = useRef(true);

  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    document.getElementById(targetId)?.focus();
  }, [pathname, targetId]);

  return null;
}
