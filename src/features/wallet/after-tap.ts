// Whether a pointer is pressed, known before any field is left: the press comes before the blur.
let pressed = false;
const passive = { capture: true, passive: true };
window.addEventListener("pointerdown", () => (pressed = true), passive);
window.addEventListener("pointerup", () => (pressed = false), passive);
window.addEventListener("pointercancel", () => (pressed = false), passive);

/**
 * Runs `then` once the tap that took focus away has landed. What a field says when it is left
 * pushes everything below it down: said at once, it moves the very target being tapped (a mouse
 * press blurs the field and its release lands beside the target; a finger's tap is hit-tested
 * again after the press), so the tap does nothing. A keyboard's Tab has no tap to wait for.
 */
export function afterTap(then: () => void): void {
  if (!pressed) {
    setTimeout(then);
    return;
  }
  const release = () => {
    window.removeEventListener("pointerup", release, true);
    window.removeEventListener("pointercancel", release, true);
    setTimeout(then); // after the click that follows the release in the same task
  };
  window.addEventListener("pointerup", release, true);
  window.addEventListener("pointercancel", release, true);
}
